"""Trust that a package cannot rewrite: a record's kind, a contact's keys and verification, what a
dry run promises, and records deleted here. Hostile packages come from a sender the office has
verified (re-signed with its real key), so only the merge and import rules can refuse them."""

from __future__ import annotations

import gzip
import json
from contextlib import contextmanager
from dataclasses import replace

import pytest

from npmdesk.exchange.contact_keys import MalformedContactKey
from npmdesk.exchange.errors import DamagedPackage, PackageError
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.exchange.importer import UNKNOWN, VERIFIED, import_package, preview_package, signer_of
from npmdesk.exchange.merge import ADDED, DELETED, DELETED_CHANGED, KindMismatch
from npmdesk.exchange.schema import RECORD_KEYS
from npmdesk.records import Record
from npmdesk.records.content import content_sha256, version_hash
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.hostile_packages import (
    edit_manifest,
    edit_records,
    encrypt_for,
    members_of,
    replace_attachment,
    resign,
    tar_bytes,
)
from tests.support.package_helpers import communication, side

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


@contextmanager
def world(tmp_path):
    """The office, which has verified the field laptop and the SPT; the field laptop (the sender of
    hostile packages: verified, so its signature alone lets them through); the SPT."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field, \
            side(tmp_path / "spt", "SPT Secretariat", "Cy") as spt:
        office.contact_for(field)
        office.spt = office.contact_for(spt, name="SPT Secretariat")
        yield office, field, spt


def export(source, target, path, ids=None):
    write_package(source.store, source.identity, plan_export(source.store, ids), path,
                  recipients=[target.identity.recipient], confirmed=True, overwrite=True)
    return path


def _hash(doc):
    values = {key: doc[key] for key in RECORD_KEYS - {"content_sha256", "lineage", "attachments"}}
    return content_sha256(Record.from_json({**values, "pseudonyms": {}, "deleted_at": None}))


def forged(source, target, path, change, ids=None):
    """A package from `source` whose records `change` rewrites (a list of dicts); content hashes,
    the manifest and the signature are made consistent again, with `source`'s own key."""
    members = members_of(export(source, target, path, ids), target.identity)

    def edit(doc):
        change(doc["records"])
        for record in doc["records"]:
            record["content_sha256"] = _hash(record)

    members = edit_records(members, edit)
    records = json.loads(gzip.decompress(dict(members)["records.json.gz"]))["records"]
    members = edit_manifest(members, lambda doc: doc.update(
        records=[{"id": r["id"], "content_sha256": r["content_sha256"]} for r in records]))
    return encrypt_for(tar_bytes(resign(members, source.identity)), target.identity.recipient, path)


def cli(vault, *args, ok=True):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    if ok:
        assert result.status == 0, result.err
    else:
        assert result.status != 0 and len(result.errors) == 1 and "Traceback" not in result.err, result.err
    return result


def refused(office, path, error=PackageError):
    """Both the dry run and the import refuse the package, with the same sentence; nothing changes."""
    before = office.snapshot()
    with pytest.raises(error) as dry:
        preview_package(office.store, office.identity, path)
    with pytest.raises(error) as real:
        import_package(office.store, office.identity, path)
    assert str(dry.value) == str(real.value) and "\n" not in str(real.value)
    assert office.snapshot() == before
    return str(real.value)


# --------------------------------------------------------------------------- A. kinds, keys, trust


@pytest.mark.parametrize("lineage", ["ours", "none"])
def test_a_package_cannot_turn_a_contact_into_another_kind(tmp_path, lineage):
    """A record with the SPT contact's id but another kind: refused whole (as an update with the
    right lineage, or as an edit on both sides), and the SPT's later packages are still verified."""
    with world(tmp_path) as (office, field, spt):
        letter = field.store.add(communication("Innocent letter"))
        spt_hash = version_hash(office.store.get(office.spt.id))

        def hijack(records):
            record = next(r for r in records if r["id"] == letter.id)
            record.update(id=office.spt.id, lineage=[spt_hash] if lineage == "ours" else [])

        hostile = forged(field, office, tmp_path / "hijack.age", hijack, ids=[letter.id])
        assert "different kind" in refused(office, hostile, KindMismatch)
        assert office.store.get(office.spt.id).kind == "contact"
        spt.store.add(communication("From the SPT"))
        later = export(spt, office, tmp_path / "spt.age")
        assert preview_package(office.store, office.identity, later).signer.status == VERIFIED


def test_a_purged_contact_cannot_come_back_as_another_kind(tmp_path):
    with world(tmp_path) as (office, field, _spt):
        stranger = office.store.add(Record(kind="contact", title="Former member", status="former",
                                           fields={"role": "member"}))
        office.store.delete(stranger.id)
        office.store.empty_bin()
        letter = field.store.add(communication("Letter"))
        hostile = forged(field, office, tmp_path / "p.age",
                         lambda records: next(r for r in records if r["id"] == letter.id).update(id=stranger.id),
                         ids=[letter.id])
        refused(office, hostile, KindMismatch)


@pytest.mark.parametrize("lineage", ["ours", "none"])
def test_an_update_or_conflict_never_changes_a_contacts_keys_or_verification(tmp_path, lineage):
    """The sender has the SPT contact too (same id) and sends a version with its own keys in it."""
    with world(tmp_path) as (office, field, _spt):
        before = office.store.get(office.spt.id)
        with field.store.transaction() as db:  # the field laptop got the same contact, without keys
            field.store.import_new(db, replace(before, fields={"role": before.fields["role"]}))
        ours = version_hash(before)

        def rekey(records):
            record = next(r for r in records if r["id"] == office.spt.id)
            record["fields"].update(email="spt@example.org", signing_key=field.identity.signing_key.encode(),
                                    age_recipient=field.identity.recipient.encode())
            record["lineage"] = [ours] if lineage == "ours" else []

        hostile = forged(field, office, tmp_path / "rekey.age", rekey, ids=[office.spt.id])
        import_package(office.store, office.identity, hostile)
        after = office.store.get(office.spt.id)
        keys = ("signing_key", "age_recipient", "keys_verified")
        assert {k: after.fields[k] for k in keys} == {k: before.fields[k] for k in keys}
        for old in office.store.history(office.spt.id):  # the conflict path keeps ours in the history too
            assert old.fields.get("signing_key") == before.fields["signing_key"]
        assert (after.fields.get("email") == "spt@example.org") == (lineage == "ours")
        assert signer_of(office.store, office.identity, field.identity.signing_key).contact_id != office.spt.id


def test_a_new_contact_cannot_take_a_key_that_another_contact_has(tmp_path):
    """Impersonation: new contacts named like the SPT, carrying the SPT's key or this vault's, arrive
    without those keys; a contact with a key nobody here has keeps it, unverified."""
    with world(tmp_path) as (office, field, spt):
        spt_keys = {"signing_key": spt.identity.signing_key.encode(), "age_recipient": spt.identity.recipient.encode()}
        fake = field.store.add(Record(kind="contact", title="SPT Secretariat (new)", status="active",
                                      fields={"role": "secretariat", **spt_keys}))
        mirror = field.store.add(Record(kind="contact", title="Office", status="active", fields={
            "role": "other", "signing_key": office.identity.signing_key.encode()}))
        fresh_key = SigningKey(bytes(range(32))).encode()
        fresh = field.store.add(Record(kind="contact", title="New rapporteur", status="active",
                                       fields={"role": "country_rapporteur", "signing_key": fresh_key}))
        package = export(field, office, tmp_path / "contacts.age", ids=[fake.id, mirror.id, fresh.id])
        preview = preview_package(office.store, office.identity, package)
        assert sorted(preview.plan.keys_set_aside) == sorted([fake.id, mirror.id])
        done = import_package(office.store, office.identity, package)
        assert done.plan.count(ADDED) == 3
        assert "signing_key" not in office.store.get(fake.id).fields
        assert "age_recipient" not in office.store.get(fake.id).fields
        assert "signing_key" not in office.store.get(mirror.id).fields
        assert office.store.get(fresh.id).fields["signing_key"] == fresh_key
        assert "keys_verified" not in office.store.get(fresh.id).fields
        signer = signer_of(office.store, office.identity, spt.identity.signing_key)
        assert (signer.status, signer.contact_id) == (VERIFIED, office.spt.id)


# --------------------------------------------------------------------------- B. malformed keys


@pytest.mark.parametrize(("field_name", "bad"), [
    ("signing_key", "npmsig1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"),
    ("signing_key", "not a key at all"),
    ("age_recipient", "age1zzzz"),
])
def test_a_contact_with_a_malformed_key_refuses_the_package(tmp_path, field_name, bad):
    with world(tmp_path) as (office, field, _spt):
        contact = field.store.add(Record(kind="contact", title="Garbled", status="active",
                                         fields={"role": "member", field_name: bad}))
        package = export(field, office, tmp_path / "bad.age", ids=[contact.id])
        assert "malformed" in refused(office, package, MalformedContactKey)


def test_a_malformed_key_in_the_vault_is_shown_and_removable(tmp_path):
    """A key stored before this check existed (or typed by hand): list, verify, export and the
    judging of signers all keep working; remove-key clears it."""
    with world(tmp_path) as (office, field, _spt):
        bad = office.store.add(Record(kind="contact", title="Garbled", status="active", fields={
            "role": "member", "signing_key": "npmsig1garbage", "age_recipient": "age1garbage", "keys_verified": True}))
        office.store.add(communication("Something to export"))
        assert signer_of(office.store, office.identity, field.identity.signing_key).status == VERIFIED
        assert signer_of(office.store, office.identity, SigningKey(bytes(32))).status == UNKNOWN
    vault = tmp_path / "office"
    listed = cli(vault, "contact", "list").out
    line = next(row for row in listed.splitlines() if bad.id in row)
    assert "malformed key" in line and "Field laptop" in listed
    assert "malformed" in cli(vault, "contact", "verify", "Garbled", "--fingerprint", "AAAA", ok=False).err
    exported = cli(vault, "export", "--all", "--to-contact", "Garbled", "-o", tmp_path / "x.age", ok=False)
    assert "malformed" in exported.err and not (tmp_path / "x.age").exists()
    shown_text = cli(vault, "show", bad.id).out
    assert shown_text.count("(malformed key: remove it with 'npmdesk contact remove-key')") == 2
    assert "Removed" in cli(vault, "contact", "remove-key", "Garbled").out
    line = next(row for row in cli(vault, "contact", "list").out.splitlines() if bad.id in row)
    assert "no keys" in line
    shown = json.loads(cli(vault, "show", bad.id, "--json").out)
    assert not {"signing_key", "age_recipient", "keys_verified"} & set(shown["fields"])


# --------------------------------------------------------------------------- C. a dry run checks everything


def test_dry_run_refuses_what_the_import_refuses(tmp_path):
    """An attachment that does not match the manifest: the dry run says so, like the import."""
    with world(tmp_path) as (office, field, _spt):
        letter = field.store.add(communication("Letter with a file"))
        field.attach(letter.id, "notes.txt", b"visit notes " * 100)
        members = members_of(export(field, office, tmp_path / "ok.age"), office.identity)
        name, data = members[-1]
        hostile = encrypt_for(tar_bytes([*members[:-1], (name, bytes([data[0] ^ 1]) + data[1:])]),
                              office.identity.recipient, tmp_path / "bad.age")
        refused(office, hostile, DamagedPackage)
    dry = cli(tmp_path / "office", "import", hostile, "--dry-run", ok=False)
    assert "does not match" in dry.err and "Would import" not in dry.out


def test_dry_run_checks_attachment_ids_against_the_vault(tmp_path):
    """The same attachment id with other bytes (a forged package from a known sender)."""
    with world(tmp_path) as (office, field, _spt):
        letter = field.store.add(communication("Letter"))
        field.attach(letter.id, "a.txt", b"the real bytes")
        package = export(field, office, tmp_path / "p.age")
        import_package(office.store, office.identity, package)
        members = members_of(package, office.identity)
        name, _data = members[-1]
        hostile = resign(replace_attachment(members, name, b"other bytes"), field.identity)
        path = encrypt_for(tar_bytes(hostile), office.identity.recipient, tmp_path / "collide.age")
        assert "different attachment" in refused(office, path, DamagedPackage)


def test_dry_run_says_what_the_import_then_does_and_changes_nothing(tmp_path):
    with world(tmp_path) as (office, field, _spt):
        letter = field.store.add(communication("Letter"))
        field.attach(letter.id, "a.txt", b"bytes")
        package = export(field, office, tmp_path / "p.age")
        before = office.snapshot()
        dry = preview_package(office.store, office.identity, package)
        assert office.snapshot() == before and office.store.search("Letter") == []
        done = import_package(office.store, office.identity, package)
        assert (dry.plan.outcomes, dry.plan.new_attachments) == (done.plan.outcomes, done.plan.new_attachments)
        assert [h.record.id for h in office.store.search("Letter")] == [letter.id]


# --------------------------------------------------------------------------- D. deleted here


def test_purged_and_binned_records_are_deleted_here_not_new(tmp_path):
    with world(tmp_path) as (office, field, _spt):
        gone = field.store.add(communication("Purged here"))
        field.attach(gone.id, "a.txt", b"attached")
        binned = field.store.add(communication("In the bin here"))
        package = export(field, office, tmp_path / "old.age")
        import_package(office.store, office.identity, package)
        office.store.delete(gone.id)
        office.store.empty_bin()
        office.store.delete(binned.id)
        tombstone = office.store.tombstone(gone.id)
        assert tombstone is not None and tombstone.kind == "communication"
        assert "Purged" not in json.dumps(tombstone.__dict__)  # ids, kind, times and hashes only
        # The sender changes the binned one: it is listed apart, and still not brought back.
        field.store.update(replace(field.store.get(binned.id), body="changed by the sender"))
        newer = export(field, office, tmp_path / "newer.age")
        before = office.snapshot()
    vault = tmp_path / "office"
    dry = cli(vault, "import", package, "--dry-run").out
    assert "0 new" in dry and "2 deleted here" in dry and f"deleted here: {gone.id}" in dry
    assert f"deleted here, changed by the sender: {binned.id}" in cli(vault, "import", newer).out
    assert "0 new" in cli(vault, "import", package).out
    assert cli(vault, "show", gone.id, ok=False).status != 0
    listed = cli(vault, "list", "--bin", "--json").out
    assert [r["id"] for r in json.loads(listed)] == [binned.id]
    with side_of(vault) as office:
        assert office.snapshot() == before
    assert f"brought back: {binned.id}" in cli(vault, "import", newer, "--restore-deleted", binned.id).out
    assert cli(vault, "list", "--bin", "--json").out.strip() in ("", "[]")


@contextmanager
def side_of(folder):
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.records import RecordStore
    from npmdesk.vault import Credential, Vault
    from tests.support.doubles import MemoryKeyring
    from tests.support.package_helpers import Side

    vault = Vault.unlock(folder, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())
    identity = VaultIdentity.of(vault)
    try:
        yield Side(vault, RecordStore(vault), identity)
    finally:
        identity.close()
        vault.close()


def test_a_deleted_record_is_recognised_in_an_edit_made_before_it_was_deleted(tmp_path):
    """The tombstone keeps every version's hash: an older version of it is 'deleted here' too."""
    with world(tmp_path) as (office, field, _spt):
        letter = field.store.add(communication("First version"))
        first = export(field, office, tmp_path / "first.age")
        import_package(office.store, office.identity, first)
        office.store.update(replace(office.store.get(letter.id), title="Edited here"))
        office.store.delete(letter.id)
        office.store.empty_bin()
        assert preview_package(office.store, office.identity, first).plan.outcomes[letter.id] == DELETED
        field.store.update(replace(field.store.get(letter.id), title="Edited there"))
        second = export(field, office, tmp_path / "second.age")
        done = import_package(office.store, office.identity, second)
        assert done.plan.outcomes[letter.id] == DELETED_CHANGED and office.store.tombstone(letter.id) is not None


def test_the_user_can_bring_a_deleted_record_back_from_a_package_deliberately(tmp_path):
    with world(tmp_path) as (office, field, _spt):
        gone = field.store.add(communication("Purged here"))
        field.attach(gone.id, "a.txt", b"attached")
        binned = field.store.add(communication("In the bin here"))
        import_package(office.store, office.identity, export(field, office, tmp_path / "old.age"))
        office.store.delete(gone.id)
        office.store.empty_bin()
        office.store.delete(binned.id)
        field.store.update(replace(field.store.get(binned.id), body="changed by the sender"))
        package = export(field, office, tmp_path / "newer.age")
        before = office.snapshot()
        dry = preview_package(office.store, office.identity, package, restore=[gone.id, binned.id])
        assert office.snapshot() == before and sorted(dry.plan.restored) == sorted([gone.id, binned.id])
        done = import_package(office.store, office.identity, package, restore=[gone.id])  # only this one
        assert done.plan.restored == [gone.id] and done.plan.outcomes[binned.id] == DELETED_CHANGED
        assert office.store.get(gone.id).title == "Purged here" and office.store.tombstone(gone.id) is None
        assert [h.record.id for h in office.store.search("Purged")] == [gone.id]
        done = import_package(office.store, office.identity, package, restore=[binned.id])
        assert done.plan.outcomes[binned.id] == "updated"
        assert office.store.get(binned.id).body == "changed by the sender"


def test_a_vault_older_than_exchange_gets_its_keys_once_and_keeps_them(tmp_path):
    """Vault.ensure_exchange_keys makes the keys a vault from before exchange lacks, and keeps keys
    that are there: the vault's fingerprint (which contacts compared by phone) never changes."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office:
        fingerprint = office.identity.fingerprint
        office.vault.ensure_exchange_keys()
        with VaultIdentity.of(office.vault) as same:
            assert same.fingerprint == fingerprint
        office.vault.db.execute("DELETE FROM vault_meta WHERE key IN ('exchange_x25519', 'exchange_ed25519')")
        with VaultIdentity.of(office.vault) as made, VaultIdentity.of(office.vault) as again:
            assert made.fingerprint == again.fingerprint != fingerprint
