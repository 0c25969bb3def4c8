"""Broken and hostile packages: each gives one clear error and leaves the vault exactly as it was."""

from __future__ import annotations

import gzip
import io
import os
import tarfile
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npmdesk.errors import NpmdeskError
from npmdesk.exchange import age, reader
from npmdesk.exchange.errors import (
    BadSignature,
    DamagedPackage,
    InvalidPackageRecord,
    NotAPackage,
    PackageError,
    PackageTooLarge,
    UnsupportedPackageVersion,
)
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package, preview_package
from tests.support.hostile_packages import (
    clone_records,
    edit_manifest,
    edit_records,
    encrypt_for,
    members_of,
    refresh_file,
    replace_attachment,
    resign,
    tar_bytes,
)
from tests.support.package_helpers import communication, side

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """An office vault that already holds one record, and a valid package from the field."""
    tmp = tmp_path_factory.mktemp("hostile")
    with side(tmp / "office", "Office NPM", "Ana") as office, side(tmp / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.contact_for(office)
        office.store.add(communication("Already in the office"))
        letter = field.store.add(communication("Field letter", body="from the field"))
        field.attach(letter.id, "notes.txt", b"visit notes " * 1000)
        field.attach(letter.id, "second.bin", os.urandom(70_000))
        package = tmp / "valid.age"
        write_package(field.store, field.identity, plan_export(field.store), package,
                      recipients=[office.identity.recipient], confirmed=True)
        members = members_of(package, office.identity)
        yield office, field, package, members, tmp


def refused(office, path, error=PackageError, match=None):
    before = office.snapshot()
    with pytest.raises(error, match=match) as caught:
        import_package(office.store, office.identity, path)
    assert office.snapshot() == before
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def build(world, members, name="hostile.age"):
    office, _field, _package, _members, tmp = world
    return encrypt_for(tar_bytes(members), office.identity.recipient, tmp / name)


def test_rebuilt_members_make_a_valid_package(world):
    office, _field, _package, members, _tmp = world
    assert [name for name, _ in members][:5] == ["manifest.json", "manifest.sig", "manifest.json.sshsig",
                                               "records.json.gz", "summary.html"]
    # Rebuilt from its members it is still valid: the crafting below changes only what each test says.
    preview = preview_package(office.store, office.identity, build(world, members))
    assert preview.signer.trusted and preview.attachments == 2


@pytest.mark.parametrize("keep", [0, 30, 200, 5_000, 60_000, -1])
def test_truncated_package(world, tmp_path, keep):
    office, _field, package, _members, _tmp = world
    data = package.read_bytes()
    cut = tmp_path / "cut.age"
    cut.write_bytes(data[:keep] if keep >= 0 else data[:-1])
    refused(office, cut, NpmdeskError)


@pytest.mark.parametrize("position", [0, 40, 120, 250, 3_000, 40_000, -20])
def test_flipped_bit(world, tmp_path, position):
    office, _field, package, _members, _tmp = world
    data = bytearray(package.read_bytes())
    data[position] ^= 0x04
    damaged = tmp_path / "flipped.age"
    damaged.write_bytes(bytes(data))
    refused(office, damaged, NpmdeskError)


def test_not_a_package(world):
    office, _field, _package, _members, tmp = world
    path = encrypt_for(b"just some text\n", office.identity.recipient, tmp / "text.age")
    refused(office, path, NotAPackage)
    path = encrypt_for(b"", office.identity.recipient, tmp / "empty.age")
    refused(office, path, PackageError)


def test_changed_manifest_breaks_the_signature(world):
    office, _field, _package, members, _tmp = world
    changed = edit_manifest(members, lambda doc: doc["exporter"].update(npm_name="Someone else"))
    refused(office, build(world, changed), BadSignature)


def test_signature_by_another_key(world):
    office, _field, _package, members, _tmp = world
    forged = resign(members, office.identity)  # signed, but not by the key the manifest names
    refused(office, build(world, forged), BadSignature)


def test_missing_signature(world):
    office, _field, _package, members, _tmp = world
    refused(office, build(world, [m for m in members if m[0] != "manifest.sig"]), DamagedPackage, "signature")


def test_unknown_format_version(world):
    office, field, _package, members, _tmp = world
    newer = resign(edit_manifest(members, lambda doc: doc.update(format_version=3)), field.identity)
    message = refused(office, build(world, newer), UnsupportedPackageVersion)
    assert "newer version of npmdesk" in message


@pytest.mark.parametrize("bad", ["../evil.txt", "/etc/passwd", "attachments/../../x", "attachments\\x",
                                 "documents/.hidden", "records.json"])
def test_unsafe_paths_in_the_manifest(world, bad):
    office, field, _package, members, _tmp = world

    def change(doc):
        doc["files"][-1]["path"] = bad

    hostile = resign(edit_manifest(members, change), field.identity)
    refused(office, build(world, hostile), DamagedPackage)


@pytest.mark.parametrize("bad", ["../evil.txt", "/etc/passwd", "attachments/x/../../y"])
def test_unsafe_member_names(world, bad):
    office, _field, _package, members, _tmp = world
    hostile = [*members[:-1], (bad, members[-1][1])]
    refused(office, build(world, hostile), DamagedPackage)


def test_duplicate_member(world):
    office, _field, _package, members, _tmp = world
    refused(office, build(world, [*members, members[-1]]), DamagedPackage)


def test_duplicate_file_in_the_manifest(world):
    office, field, _package, members, _tmp = world
    hostile = resign(edit_manifest(members, lambda doc: doc["files"].append(doc["files"][-1])), field.identity)
    refused(office, build(world, [*members, members[-1]]), DamagedPackage)
    refused(office, build(world, hostile), DamagedPackage, "twice")


def test_extra_member_not_in_the_manifest(world):
    office, _field, _package, members, _tmp = world
    refused(office, build(world, [*members, ("documents/extra.pdf", b"%PDF")]), DamagedPackage)


def test_missing_attachment(world):
    office, _field, _package, members, _tmp = world
    refused(office, build(world, members[:-1]), DamagedPackage)


def _with_special_member(members, kind):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members[:-1]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        info = tarfile.TarInfo(members[-1][0])
        info.type = kind
        info.linkname = "/etc/passwd"
        tar.addfile(info)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE])
def test_links_folders_and_devices_are_refused(world, kind):
    office, _field, _package, members, tmp = world
    path = encrypt_for(_with_special_member(members, kind), office.identity.recipient, tmp / "special.age")
    refused(office, path, DamagedPackage)


def test_pax_headers_are_refused(world):
    office, _field, _package, members, tmp = world
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.pax_headers = {"comment": "x" * 10}
            tar.addfile(info, io.BytesIO(data))
    refused(office, encrypt_for(buffer.getvalue(), office.identity.recipient, tmp / "pax.age"), PackageError)


def test_data_after_the_end(world):
    office, _field, _package, members, tmp = world
    plain = tar_bytes(members) + b"trailing garbage"
    refused(office, encrypt_for(plain, office.identity.recipient, tmp / "trailing.age"), DamagedPackage)


def test_attachment_that_does_not_match_its_hash_rolls_back_the_records_too(world):
    office, _field, _package, members, _tmp = world
    name, data = members[-1]
    hostile = [*members[:-1], (name, bytes([data[0] ^ 1]) + data[1:])]
    refused(office, build(world, hostile), DamagedPackage, "does not match")


def test_decompression_bomb(world):
    office, field, _package, members, _tmp = world
    head = b'{"schema": "npmdesk-records", "schema_version": 1, "records": ['
    bomb = gzip.compress(head + b" " * (40 * 1024 * 1024), 9)  # 40 MiB of spaces in about 40 KiB
    hostile = resign(refresh_file(members, "records.json.gz", bomb), field.identity)
    refused(office, build(world, hostile), PackageTooLarge, "decompression bomb")


def test_records_are_merged_one_at_a_time_and_a_late_refusal_undoes_them_all(world, tmp_path):
    """Records come one at a time (none waits for the others: seven bodies of 16 MB as strings, more
    than the old reader would hold together), each merged as it comes; what is checked once the
    records end (their count, the attachments against the manifest) still refuses the whole
    package, and the records merged before it are rolled back with it."""
    _office, field, _package, members, _tmp = world
    body = os.urandom(2_000_000).hex() + "\U0001F600"  # 4 bytes a character in memory
    with side(tmp_path / "office", "Office NPM", "Ana") as office:
        office.contact_for(field)
        for_office = [office.identity.recipient.encode()]
        members = edit_manifest(members, lambda doc: doc["recipients"].update(age=for_office))
        big = resign(clone_records(members, 7, body=body), field.identity)
        small = clone_records(members, 3)
        one_more = resign(edit_manifest(small, lambda doc: doc["records"].append(
            {"id": str(uuid.uuid4()), "content_sha256": "0" * 64})), field.identity)
        extra_file = resign(clone_records(members, 3, files=1), field.identity)
        for name, hostile in (("one_more", one_more), ("extra_file", extra_file)):
            refused(office, encrypt_for(tar_bytes(hostile), office.identity.recipient, tmp_path / f"{name}.age"),
                    DamagedPackage, "do not match its manifest")
        done = import_package(office.store, office.identity, encrypt_for(
            tar_bytes(big), office.identity.recipient, tmp_path / "big.age"))
        assert done.plan.count("added") == 7
        assert all(office.store.get(rid).body == body for rid in done.plan.ids("added"))


def test_enormous_manifest_member(world, monkeypatch):
    office, _field, _package, members, _tmp = world
    monkeypatch.setattr(reader, "MAX_MANIFEST", 1000)
    refused(office, build(world, members), PackageTooLarge)


def test_invalid_utf8_and_invalid_json(world):
    office, field, _package, members, _tmp = world
    for bad in (b"\xff\xfe{not utf-8", b"{\"schema\": ", b"[" * 100_000):
        hostile = resign(refresh_file(members, "records.json.gz", gzip.compress(bad)), field.identity)
        refused(office, build(world, hostile), DamagedPackage)


def _first_record(doc):
    return next(r for r in doc["records"] if r["kind"] == "communication")


@pytest.mark.parametrize(("key", "value"), [
    ("title", 42), ("title", ""), ("version", "1"), ("version", True), ("tags", "a,b"), ("date", "29/11/2026"),
    ("sensitivity", "top_secret"), ("fields", []), ("links", [{"to": "x"}]), ("created_at", "yesterday"),
    ("personal_data", "no"), ("lineage", ["nothex"]), ("attachments", {}), ("counterpart", "not-a-uuid"),
])
def test_wrong_types_and_values(world, key, value):
    office, field, _package, members, _tmp = world

    def change(doc):
        _first_record(doc)[key] = value

    hostile = resign(edit_records(members, change), field.identity)
    refused(office, build(world, hostile), PackageError)


def test_unknown_key_in_a_record(world):
    office, field, _package, members, _tmp = world
    hostile = resign(edit_records(members, lambda doc: _first_record(doc).update(extra=1)), field.identity)
    refused(office, build(world, hostile), InvalidPackageRecord, "unexpected or missing keys")


def test_content_that_does_not_match_its_hash(world):
    office, field, _package, members, _tmp = world
    hostile = resign(edit_records(members, lambda doc: _first_record(doc).update(body="changed")), field.identity)
    refused(office, build(world, hostile), InvalidPackageRecord, "does not match its hash")


def test_records_that_do_not_match_the_manifest(world):
    office, field, _package, members, _tmp = world
    hostile = resign(edit_records(members, lambda doc: doc["records"].pop()), field.identity)
    refused(office, build(world, hostile), DamagedPackage, "do not match its manifest")


def test_smuggled_verification_of_a_contact(world):
    office, field, _package, members, _tmp = world

    def change(doc):
        contact = next(r for r in doc["records"] if r["kind"] == "contact")
        contact["fields"]["keys_verified"] = True

    hostile = resign(edit_records(members, change), field.identity)
    refused(office, build(world, hostile), InvalidPackageRecord)


def test_attachment_id_that_names_a_different_attachment_here(world, tmp_path):
    office, field, _package, _members, _tmp = world
    import_package(office.store, office.identity, world[2])  # now the office has the attachments
    # The same attachment id with other bytes: a forged package from a known sender.
    letter = next(s for s in field.store.list() if s.title == "Field letter")
    members = members_of(world[2], office.identity)
    name, _data = members[-1]
    hostile = resign(replace_attachment(members, name, b"other bytes"), field.identity)
    refused(office, build(world, hostile, "collide.age"), DamagedPackage, "different attachment")
    assert letter.id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_fuzzed_packages_fail_cleanly(world, data):
    """Random damage to the decrypted contents (re-encrypted, so only the package reader can object)."""
    office, _field, _package, members, tmp = world
    plain = bytearray(tar_bytes(members))
    for _ in range(data.draw(st.integers(1, 4))):
        action = data.draw(st.sampled_from(["flip", "cut", "insert", "zero"]))
        at = data.draw(st.integers(0, len(plain) - 1))
        if action == "flip":
            plain[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del plain[at:]
            if not plain:
                plain += b"x"
        elif action == "insert":
            plain[at:at] = data.draw(st.binary(min_size=1, max_size=600))
        else:
            plain[at : at + 512] = bytes(min(512, len(plain) - at))
    path = encrypt_for(bytes(plain), office.identity.recipient, tmp / "fuzz.age")
    before = office.snapshot()
    try:
        import_package(office.store, office.identity, path)
    except (PackageError, age.AgeError) as err:
        assert "\n" not in str(err)
    else:  # a mutation that changed nothing that matters (padding of a member) may import
        pass
    after = office.snapshot()
    assert after == before or set(after) >= set(before)
