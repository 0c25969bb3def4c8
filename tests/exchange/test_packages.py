"""Packages between two vaults: export, preview, import and merge, through the public API."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import subprocess
from dataclasses import replace

import pytest

from npmdesk.exchange import age
from npmdesk.exchange.errors import ConfirmationNeeded, ReAddressed, SignerNotTrusted
from npmdesk.exchange.export import OutputExists, plan_export, write_package
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.exchange.importer import UNKNOWN, UNVERIFIED, VERIFIED, import_package, preview_package
from npmdesk.exchange.merge import ADDED, AHEAD, CONFLICT, UNCHANGED, UPDATED
from npmdesk.records import ListQuery, Record
from npmdesk.records import attachments as files
from npmdesk.vault.secret import Secret
from tests.support.package_helpers import SCRYPT_LOG_N, communication, side

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")


def export(source, target, path, ids=None, **options):
    plan = plan_export(source.store, ids)
    options.setdefault("recipients", [target.identity.recipient])
    return write_package(source.store, source.identity, plan, path, confirmed=True, overwrite=True, **options)


def test_vault_identity_is_made_at_creation_and_stays_the_same(pair, tmp_path):
    office, _field = pair
    recipient = office.identity.recipient.encode()
    assert recipient.startswith("age1")
    assert office.identity.signing_key.encode().startswith("npmsig1")
    with VaultIdentity.of(office.vault) as again:
        assert again.recipient.encode() == recipient
        assert again.fingerprint == office.identity.fingerprint
    fingerprint = office.identity.fingerprint
    assert len(fingerprint) == 24 and fingerprint.count("-") == 4


def test_signing_keys_parse_and_catch_typos(pair):
    office, _field = pair
    text = office.identity.signing_key.encode()
    assert SigningKey.parse(text) == office.identity.signing_key
    typo = text[:-3] + ("q" if text[-3] != "q" else "p") + text[-2:]
    with pytest.raises(Exception, match="not a valid npmdesk signing key"):
        SigningKey.parse(typo)


def test_round_trip_keeps_every_record_and_attachment(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Visit notes from Ouagadougou", body="Long body\nwith lines"))
    field.attach(letter.id, "photo été.jpg", b"\xff\xd8\xff" + bytes(range(256)) * 5000)
    field.attach(letter.id, "empty.txt", b"")
    package = tmp_path / "field.age"
    result = export(field, office, package)
    assert (result.records, result.attachments) == (2, 2)  # the letter and the contact of the office

    preview = preview_package(office.store, office.identity, package)
    assert preview.signer.status == VERIFIED and preview.signer.contact_name == "Field laptop"
    assert preview.plan.outcomes[letter.id] == ADDED
    assert preview.plan.new_attachments == 2
    assert office.store.count() == 1  # a preview changes nothing

    import_package(office.store, office.identity, package)
    copy = office.store.get(letter.id)
    assert (copy.title, copy.body, copy.version, copy.created_by) == (letter.title, letter.body, 1, "Bo")
    got = {a.name: a for a in files.list_for(office.store, letter.id)}
    assert set(got) == {"photo été.jpg", "empty.txt"}
    assert files.verify(office.store, got["photo été.jpg"].id)
    assert [h.record.id for h in office.store.search("Ouagadougou")] == [letter.id]
    assert [h.record.id for h in office.store.search("photo")] == [letter.id]  # found by its attachment too


def test_importing_twice_changes_nothing(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Annual report 2025"))
    field.attach(letter.id, "report.txt", b"text of the report")
    export(field, office, tmp_path / "p.age")
    import_package(office.store, office.identity, tmp_path / "p.age")
    before = office.snapshot()
    again = import_package(office.store, office.identity, tmp_path / "p.age")
    assert set(again.plan.outcomes.values()) == {UNCHANGED} and again.plan.new_attachments == 0
    assert office.snapshot() == before


def test_newer_version_updates_and_older_one_is_ignored(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Draft reply", status="draft"))
    export(field, office, tmp_path / "v1.age")
    import_package(office.store, office.identity, tmp_path / "v1.age")
    sent = field.store.update(replace(field.store.get(letter.id), status="sent", body="Final text"))
    export(field, office, tmp_path / "v2.age")
    result = import_package(office.store, office.identity, tmp_path / "v2.age")
    assert result.plan.outcomes[letter.id] == UPDATED
    current = office.store.get(letter.id)
    assert (current.status, current.body) == ("sent", "Final text") and sent.version == 2
    assert [old.status for old in office.store.history(letter.id)] == ["draft"]
    # The older package, imported late, does not undo the newer version.
    late = import_package(office.store, office.identity, tmp_path / "v1.age")
    assert late.plan.outcomes[letter.id] == AHEAD
    assert office.store.get(letter.id).status == "sent"


def test_edits_on_both_sides_keep_both_versions_and_flag_the_record(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Shared letter", body="original"))
    export(field, office, tmp_path / "base.age")
    import_package(office.store, office.identity, tmp_path / "base.age")
    field.store.update(replace(field.store.get(letter.id), body="edited in the field"))
    office.store.update(replace(office.store.get(letter.id), body="edited in the office"))
    export(field, office, tmp_path / "field.age")
    result = import_package(office.store, office.identity, tmp_path / "field.age")
    assert result.plan.outcomes[letter.id] == CONFLICT
    assert office.store.get(letter.id).body == "edited in the office"
    assert "edited in the field" in [old.body for old in office.store.history(letter.id)]
    assert office.store.conflicts() == [letter.id]
    assert [s.id for s in office.store.list(ListQuery(conflicts=True))] == [letter.id]
    before = office.snapshot()
    assert import_package(office.store, office.identity, tmp_path / "field.age").plan.outcomes[letter.id] == AHEAD
    assert office.snapshot() == before  # idempotent, conflict or not
    office.store.settle_conflict(letter.id)
    assert office.store.conflicts() == [] and office.store.count(ListQuery(conflicts=True)) == 0


def test_selected_records_travel_with_their_counterpart(pair, tmp_path):
    office, field = pair
    rapporteur = field.store.add(Record(kind="contact", title="Country rapporteur", status="active",
                                        fields={"role": "country_rapporteur"}))
    wanted = field.store.add(communication("To the rapporteur", counterpart=rapporteur.id))
    field.store.add(communication("Not chosen"))
    export(field, office, tmp_path / "p.age", ids=[wanted.id])
    result = import_package(office.store, office.identity, tmp_path / "p.age")
    assert set(result.plan.outcomes) == {wanted.id, rapporteur.id}
    assert office.store.get(wanted.id).counterpart == rapporteur.id


def test_pseudonymised_names_stay_pseudonymised(pair, tmp_path):
    office, field = pair
    record = field.store.add(communication("Interview with Ahmed Benali", body="Ahmed Benali said",
                                           pseudonyms={"Ahmed Benali": "person A"}))
    export(field, office, tmp_path / "p.age")
    import_package(office.store, office.identity, tmp_path / "p.age")
    copy = office.store.get(record.id)
    assert (copy.title, copy.body, copy.pseudonyms) == ("Interview with person A", "person A said", {})
    assert office.store.search("Benali") == []


def test_sensitive_records_need_confirmation_and_nothing_is_written(pair, tmp_path):
    office, field = pair
    secret = field.store.add(communication("Names of detainees", sensitivity="strictly_confidential"))
    personal = field.store.add(communication("Medical file", personal_data=True, consent="pending"))
    fine = field.store.add(communication("Consent given", personal_data=True, consent="given",
                                         sensitivity="confidential"))
    plan = plan_export(field.store, [secret.id, personal.id, fine.id])
    assert {(f.id, f.reason) for f in plan.flagged} == {
        (secret.id, "strictly confidential"), (personal.id, "personal data without recorded consent")}
    with pytest.raises(ConfirmationNeeded):
        write_package(field.store, field.identity, plan, tmp_path / "p.age", recipients=[office.identity.recipient])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["field", "office"]  # no package, no partial file


def test_an_existing_file_is_not_overwritten_unless_asked(pair, tmp_path):
    office, field = pair
    field.store.add(communication("Letter"))
    target = tmp_path / "p.age"
    target.write_bytes(b"keep me")
    with pytest.raises(OutputExists):
        write_package(field.store, field.identity, plan_export(field.store), target,
                      recipients=[office.identity.recipient], confirmed=True)
    assert target.read_bytes() == b"keep me"


def test_passphrase_packages(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("For the secretariat"))
    with Secret.from_passphrase("a package passphrase") as phrase:
        export(field, office, tmp_path / "p.age", recipients=(), passphrase=phrase, scrypt_log_n=SCRYPT_LOG_N)
    with pytest.raises(age.PassphraseRequired):
        preview_package(office.store, office.identity, tmp_path / "p.age")
    with pytest.raises(age.WrongAgePassphrase):
        preview_package(office.store, office.identity, tmp_path / "p.age", passphrase=Secret.from_passphrase("nope"))
    done = import_package(office.store, office.identity, tmp_path / "p.age",
                          passphrase=lambda: Secret.from_passphrase("a package passphrase"))
    assert done.plan.outcomes[letter.id] == ADDED and done.manifest.passphrase


def test_signer_is_described_and_untrusted_signers_are_refused_by_default(tmp_path):
    with side(tmp_path / "office", "Office", "Ana") as office, side(tmp_path / "other", "Other", "Cy") as other:
        other.store.add(communication("From a stranger"))
        export(other, office, tmp_path / "p.age")
        preview = preview_package(office.store, office.identity, tmp_path / "p.age")
        assert preview.signer.status == UNKNOWN and preview.signer.fingerprint in preview.signer.describe()
        before = office.snapshot()
        with pytest.raises(SignerNotTrusted, match=preview.signer.fingerprint):
            import_package(office.store, office.identity, tmp_path / "p.age")
        assert office.snapshot() == before
        office.contact_for(other, verified=False)
        assert preview_package(office.store, office.identity, tmp_path / "p.age").signer.status == UNVERIFIED
        done = import_package(office.store, office.identity, tmp_path / "p.age", accept_signer=lambda s: True)
        assert done.plan.count(ADDED) == 1


def test_imports_never_change_a_contacts_keys_or_verification(pair, tmp_path):
    office, field = pair
    # The field vault's record of the office carries keys_verified=True: it must not travel.
    export(field, office, tmp_path / "p.age")
    with age_payload(office, tmp_path / "p.age") as members:
        records = json.loads(gzip.decompress(members["records.json.gz"]))["records"]
    assert all("keys_verified" not in r["fields"] for r in records)
    # An update of a contact known here keeps the local keys and mark.
    known = next(r for r in office.store.list() if r.kind == "contact")
    office_key = SigningKey(bytes(range(32))).encode()  # a third party's key, new to both vaults
    shared = field.store.add(Record(kind="contact", title="Secretariat", status="active",
                                    fields={"role": "secretariat", "signing_key": office_key}))
    export(field, office, tmp_path / "c1.age", ids=[shared.id])
    import_package(office.store, office.identity, tmp_path / "c1.age")
    assert "keys_verified" not in office.store.get(shared.id).fields
    office.store.update(replace(office.store.get(shared.id), fields={
        **office.store.get(shared.id).fields, "keys_verified": True}))
    field.store.update(replace(field.store.get(shared.id), fields={
        "role": "secretariat", "signing_key": field.identity.signing_key.encode(), "email": "new@example.org"}))
    export(field, office, tmp_path / "c2.age", ids=[shared.id])
    import_package(office.store, office.identity, tmp_path / "c2.age")
    now = office.store.get(shared.id).fields
    assert now["email"] == "new@example.org"
    assert now["signing_key"] == office_key and now["keys_verified"] is True
    assert known.id in {s.id for s in office.store.list()}


def test_a_package_for_someone_else_does_not_open(pair, tmp_path):
    office, field = pair
    field.store.add(communication("Letter"))
    with side(tmp_path / "third", "Third", "Di") as third:
        export(field, third, tmp_path / "p.age")
    with pytest.raises(age.NoMatchingIdentity):
        preview_package(office.store, office.identity, tmp_path / "p.age")


def test_re_addressed_package_is_refused(pair, tmp_path):
    """Someone who can read a package re-encrypts its contents for another recipient."""
    office, field = pair
    field.store.add(communication("Letter"))
    with side(tmp_path / "third", "Third", "Di") as third:
        export(field, third, tmp_path / "p.age")
        plain = tmp_path / "plain.tar"
        with open(tmp_path / "p.age", "rb") as src, open(plain, "wb") as dst:
            age.decrypt(src, dst, identities=[third.identity.age])
    with open(plain, "rb") as src, open(tmp_path / "readdressed.age", "wb") as dst:
        age.encrypt(src, dst, recipients=[office.identity.recipient])
    before = office.snapshot()
    with pytest.raises(ReAddressed):
        import_package(office.store, office.identity, tmp_path / "readdressed.age")
    assert office.snapshot() == before


def test_package_opens_with_the_age_tool_and_tar(pair, tmp_path):
    _office, field = pair
    letter = field.store.add(communication("Read me without npmdesk", body="<script>alert(1)</script>"))
    field.attach(letter.id, "../../etc/passwd", b"not really")
    key = tmp_path / "spt.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True).stdout
    plan = plan_export(field.store, [letter.id])
    write_package(field.store, field.identity, plan, tmp_path / "p.age", recipients=[recipient.strip()], armor=True,
                  confirmed=True)
    plain = subprocess.run(["age", "-d", "-i", str(key), str(tmp_path / "p.age")], check=True,
                           capture_output=True).stdout
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(["tar", "-x", "-C", str(out)], input=plain, check=True)
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    attachment = files.list_for(field.store, letter.id)[0]
    assert names == [f"attachments/{attachment.id}/passwd", "manifest.json", "manifest.json.sshsig", "manifest.sig",
                     "records.json.gz", "summary.html"]
    summary = (out / "summary.html").read_text(encoding="utf-8")
    assert "Read me without npmdesk" in summary and "<script>" not in summary
    assert "&lt;script&gt;" in summary


class age_payload:  # used like a function
    """The members of a package decrypted for `side` (test inspection only)."""

    def __init__(self, side_, path):
        self._side, self._path = side_, path

    def __enter__(self):
        import io
        import tarfile

        buffer = io.BytesIO()
        with open(self._path, "rb") as src:
            age.decrypt(src, buffer, identities=[self._side.identity.age])
        buffer.seek(0)
        with tarfile.open(fileobj=buffer) as tar:
            return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}

    def __exit__(self, *exc):
        return False


def test_export_time_is_recorded_in_the_signed_manifest(pair, tmp_path):
    office, field = pair
    field.store.add(communication("Letter"))
    fixed = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)
    plan = plan_export(field.store)
    write_package(field.store, field.identity, plan, tmp_path / "p.age", recipients=[office.identity.recipient],
                  confirmed=True, clock=lambda: fixed)
    preview = preview_package(office.store, office.identity, tmp_path / "p.age")
    assert preview.manifest.created_at == "2026-11-29T12:00:00+00:00"
    assert preview.manifest.recipients == [office.identity.recipient.encode()]


def test_a_report_pdf_can_travel_alone_and_nothing_is_no_package(pair, tmp_path):
    from npmdesk.exchange.errors import NothingToExport
    from npmdesk.exchange.unpack import open_package

    office, field = pair
    empty = plan_export(field.store, [])
    with pytest.raises(NothingToExport):
        write_package(field.store, field.identity, empty, tmp_path / "none.age", recipients=[office.identity.recipient])
    assert not (tmp_path / "none.age").exists()
    pdf = b"%PDF-1.7 report bytes"
    write_package(field.store, field.identity, empty, tmp_path / "report.age", recipients=[office.identity.recipient],
                  documents=[("Correspondence log 2026.pdf", pdf)])
    before = office.snapshot()
    done = import_package(office.store, office.identity, tmp_path / "report.age")
    assert done.plan.outcomes == {} and office.snapshot() == before
    opened = open_package(tmp_path / "report.age", tmp_path / "out", [office.identity.age])
    assert (opened.folder / "documents" / "Correspondence_log_2026.pdf").read_bytes() == pdf


def test_import_reports_progress_and_cancelling_changes_nothing(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Big annex"))
    field.attach(letter.id, "annex.bin", bytes(3_000_000))
    export(field, office, tmp_path / "p.age")
    seen: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def cancel_halfway(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:
            raise Stop

    before = office.snapshot()
    with pytest.raises(Stop):
        import_package(office.store, office.identity, tmp_path / "p.age", progress=cancel_halfway)
    assert office.snapshot() == before
    assert seen and seen[-1][1] == (tmp_path / "p.age").stat().st_size
    steps: list[int] = []
    import_package(office.store, office.identity, tmp_path / "p.age", progress=lambda done, total: steps.append(done))
    assert steps == sorted(steps) and steps[-1] == (tmp_path / "p.age").stat().st_size
