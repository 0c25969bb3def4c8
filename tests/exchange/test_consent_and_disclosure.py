"""What leaves the vault, through the public API: refused consent blocks, sensitivity is judged
against the recipient, real names travel only between the NPM's own devices, every export is
logged, and records come up for review."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from dataclasses import replace

import pytest

from npmdesk.exchange.errors import (
    ConfirmationNeeded,
    DamagedPackage,
    EverythingLeftOut,
    ExportPlanOutdated,
    PackageError,
    RealNamesRefused,
)
from npmdesk.exchange.export import (
    INTERNAL,
    NO_CONSENT,
    STRICTLY_CONFIDENTIAL,
    own_devices_only,
    plan_export,
    write_package,
)
from npmdesk.exchange.importer import import_package, preview_package
from npmdesk.exchange.merge import ADDED, NAMES_FILLED
from npmdesk.exchange.unpack import open_package
from npmdesk.records import attachments as files
from npmdesk.records import disclosures
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.records.model import Link, RecordNotFound
from npmdesk.records.review import due_for_review
from npmdesk.vault.secret import Secret
from tests.support.hostile_packages import edit_manifest, edit_records, encrypt_for, members_of, resign, tar_bytes
from tests.support.package_helpers import SCRYPT_LOG_N, communication, side

REAL, ALIAS = "Ahmed Benali", "person A"


def refusing(title: str = "Return visit to prison X", *states: str, **changes: object):
    """A record about Ahmed Benali (and Sara Haddad) with their consents to transmission to the SPT."""
    states = states or ("refused",)
    people = [(REAL, ALIAS), ("Sara Haddad", "person B")][:len(states)]
    return communication(
        title, body=f"{REAL} described the cell.", personal_data=True, sensitivity="confidential",
        pseudonyms=dict(people),
        consents=[PersonConsent(real, (Consent("spt_transmission", state),))
                  for (real, _), state in zip(people, states, strict=True)],
        **changes)


def records_in(path, side_):
    doc = json.loads(gzip.decompress(dict(members_of(path, side_.identity))["records.json.gz"]))
    return {r["id"]: r for r in doc["records"]}


@pytest.fixture
def pair(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field:
        office.field = office.contact_for(field)
        field.office = field.contact_for(office)
        yield office, field


def own_device(side_, contact, on=True):
    current = side_.store.get(contact.id)
    fields = {k: v for k, v in current.fields.items() if k != "own_device"} | ({"own_device": True} if on else {})
    return side_.store.update(replace(current, fields=fields))


def export(source, target, path, ids=None, **options):
    options.setdefault("recipients", [target.identity.recipient])
    return write_package(source.store, source.identity, plan_export(source.store, ids), path, overwrite=True,
                         **options)


# ----------------------------------------------------------------------------- refused blocks


def test_a_refused_record_never_leaves_whatever_is_confirmed_and_the_user_is_told_who_refused(pair, tmp_path):
    office, field = pair
    refused = field.store.add(refusing())
    field.attach(refused.id, "statement.txt", b"what Ahmed said")
    one_of_two = field.store.add(refusing("Group interview", "given", "withdrawn"))
    legacy = field.store.add(communication("Medical file", personal_data=True, consent="refused",
                                           sensitivity="confidential"))
    pending = field.store.add(refusing("Interview to confirm", "pending"))
    given = field.store.add(refusing("Interview agreed", "given"))
    linking = field.store.add(communication("Follow-up letter", sensitivity="confidential",
                                            links=[Link(refused.id, "related")]))
    plan = plan_export(field.store)
    assert {e.id for e in plan.excluded} == {refused.id, one_of_two.id, legacy.id}
    assert {(f.id, f.reason) for f in plan.flagged} == {(pending.id, NO_CONSENT)}  # pending: a confirmation

    result = export(field, office, tmp_path / "p.age", confirmed=True)
    sent = records_in(tmp_path / "p.age", office)
    assert set(sent) == {pending.id, given.id, linking.id, field.office.id}
    assert sent[linking.id]["links"] == [{"to": refused.id, "relation": "related"}]
    assert not any(name.startswith(f"attachments/{files.list_for(field.store, refused.id)[0].id}")
                   for name, _ in members_of(tmp_path / "p.age", office.identity))
    told = {e.id: e.describe() for e in result.excluded}
    assert told[refused.id] == "Return visit to prison X: person A refused transmission to the SPT"
    assert told[one_of_two.id] == "Group interview: person B refused transmission to the SPT"
    assert told[legacy.id] == "Medical file: consent to transmission was refused"
    assert REAL not in json.dumps(told)
    import_package(office.store, office.identity, tmp_path / "p.age")
    with pytest.raises(RecordNotFound):
        office.store.get(refused.id)
    assert office.store.get(linking.id).title == "Follow-up letter"


def test_only_refused_records_chosen_write_nothing(pair, tmp_path):
    office, field = pair
    refused = field.store.add(refusing())
    with pytest.raises(EverythingLeftOut, match="consent to their transmission to the SPT was refused"):
        export(field, office, tmp_path / "p.age", ids=[refused.id], confirmed=True)
    assert not (tmp_path / "p.age").exists()


def test_a_consent_refused_after_the_plan_stops_the_export(pair, tmp_path):
    office, field = pair
    record = field.store.add(refusing("Interview", "given"))
    plan = plan_export(field.store, [record.id])
    now = field.store.get(record.id)
    field.store.update(replace(now, consents=[PersonConsent(REAL, (Consent("spt_transmission", "refused"),))]))
    with pytest.raises(ExportPlanOutdated):
        write_package(field.store, field.identity, plan, tmp_path / "p.age", recipients=[office.identity.recipient],
                      confirmed=True)
    assert not (tmp_path / "p.age").exists()
    assert disclosures.disclosures(field.store, record.id) == []


# ------------------------------------------------------------------ sensitivity and recipient


def test_internal_records_need_a_confirmation_beyond_the_npm_own_devices_only(pair, tmp_path):
    office, field = pair
    internal = field.store.add(communication("Staff rota"))  # internal is the default
    secret = field.store.add(communication("Names of detainees", sensitivity="strictly_confidential"))
    field.store.add(communication("Letter to the SPT", sensitivity="confidential"))
    plan = plan_export(field.store)
    assert {(f.id, f.reason) for f in plan.flagged} == {(internal.id, INTERNAL), (secret.id, STRICTLY_CONFIDENTIAL)}
    with pytest.raises(ConfirmationNeeded, match="internal to the NPM"):
        export(field, office, tmp_path / "p.age")
    assert not own_devices_only(field.store, field.identity, [office.identity.recipient])
    own_device(field, field.office)
    assert own_devices_only(field.store, field.identity, [office.identity.recipient])
    assert plan.addressed(True).flagged == [] and plan.addressed(True).excluded == []
    assert export(field, office, tmp_path / "p.age").records == 4  # nothing to confirm between own devices
    with Secret.from_passphrase("a package passphrase") as phrase:  # a passphrase: for anyone
        with pytest.raises(ConfirmationNeeded):
            export(field, office, tmp_path / "q.age", recipients=(), passphrase=phrase, scrypt_log_n=SCRYPT_LOG_N)


def test_the_own_device_mark_counts_only_while_the_keys_are_verified(pair, tmp_path):
    office, field = pair
    marked = own_device(field, field.office)
    field.store.update(replace(marked, fields={**marked.fields, "keys_verified": False}))
    assert not own_devices_only(field.store, field.identity, [office.identity.recipient])
    again = field.store.get(field.office.id)
    field.store.update(replace(again, fields={**again.fields, "keys_verified": True,
                                              "signing_key": field.identity.signing_key.encode()}))
    assert "own_device" not in field.store.get(field.office.id).fields  # a new key drops the mark
    assert not own_devices_only(field.store, field.identity, [office.identity.recipient])


# ------------------------------------------------------------------ real names travel where they should


def test_real_names_travel_between_own_devices_and_fill_in_the_office_copy(pair, tmp_path):
    office, field = pair
    record = field.store.add(refusing(f"Interview with {REAL}", "given"))
    export(field, office, tmp_path / "first.age", confirmed=True)
    import_package(office.store, office.identity, tmp_path / "first.age")
    assert office.store.get(record.id).title == f"Interview with {ALIAS}"  # pseudonymised for anyone

    own_device(field, field.office)
    own_device(office, office.field)
    refused = field.store.add(refusing("Refused to the SPT"))
    result = export(field, office, tmp_path / "own.age")
    assert result.own_devices and result.excluded == ()
    sent = records_in(tmp_path / "own.age", office)
    assert sent[record.id]["pseudonyms"] == {REAL: ALIAS} and REAL in sent[record.id]["title"]
    assert refused.id in sent  # between own devices nothing is left out
    done = import_package(office.store, office.identity, tmp_path / "own.age")
    assert done.plan.outcomes[record.id] == NAMES_FILLED and done.plan.outcomes[refused.id] == ADDED
    copy = office.store.get(record.id)
    assert (copy.title, copy.pseudonyms) == (f"Interview with {REAL}", {REAL: ALIAS})
    assert [p.person for p in copy.consents] == [REAL]
    again = import_package(office.store, office.identity, tmp_path / "own.age")
    assert again.plan.count("unchanged") == len(sent)

    # Unpacked without a vault, it is what it carries.
    unpacked = open_package(tmp_path / "own.age", tmp_path / "unpacked", [office.identity.age])
    assert unpacked.contents.manifest.identities
    assert REAL in (tmp_path / "unpacked" / "records.json").read_text(encoding="utf-8")

    # Back out to the SPT, the office copy is pseudonymised as ever.
    office.store.update(replace(office.store.get(office.field.id), fields={
        k: v for k, v in office.store.get(office.field.id).fields.items() if k != "own_device"}))
    export(office, field, tmp_path / "back.age", ids=[record.id], confirmed=True)
    assert REAL not in json.dumps(records_in(tmp_path / "back.age", field))


def test_real_names_from_a_device_not_marked_as_ours_are_refused(pair, tmp_path):
    office, field = pair
    field.store.add(refusing(f"Interview with {REAL}", "given"))
    own_device(field, field.office)
    export(field, office, tmp_path / "own.age")
    before = office.snapshot()
    for attempt in (preview_package, import_package):
        with pytest.raises(RealNamesRefused, match="carries real names"):
            attempt(office.store, office.identity, tmp_path / "own.age")
    assert office.snapshot() == before


def test_a_record_with_names_its_manifest_does_not_announce_is_refused(pair, tmp_path):
    office, field = pair
    record = field.store.add(refusing(f"Interview with {REAL}", "given"))
    own_device(field, field.office)
    own_device(office, office.field)
    export(field, office, tmp_path / "own.age")
    members = edit_manifest(members_of(tmp_path / "own.age", office.identity), lambda doc: doc.pop("identities"))
    forged = encrypt_for(tar_bytes(resign(members, field.identity)), office.identity.recipient, tmp_path / "f.age")
    with pytest.raises(DamagedPackage, match="does not announce"):
        import_package(office.store, office.identity, forged)

    def unmask(doc):  # real names that do not give the pseudonymised content its hash
        for item in doc["records"]:
            if item["id"] == record.id:
                item["pseudonyms"] = {"Someone Else": ALIAS}
    members = edit_records(members_of(tmp_path / "own.age", office.identity), unmask)
    forged = encrypt_for(tar_bytes(resign(members, field.identity)), office.identity.recipient, tmp_path / "g.age")
    with pytest.raises(PackageError, match="does not match its hash"):
        import_package(office.store, office.identity, forged)


# ----------------------------------------------------------------------------- disclosure log


def test_every_export_logs_each_record_that_left_with_its_recipients(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Letter to the SPT", sensitivity="confidential"))
    refused = field.store.add(refusing())
    export(field, office, tmp_path / "p.age", confirmed=True)
    [logged] = disclosures.disclosures(field.store, letter.id)
    assert (logged.package, logged.by) == ("p.age", "Bo")
    assert [(r.kind, r.name, r.fingerprint) for r in logged.recipients] == [
        ("age", "Office NPM", office.identity.fingerprint)]
    assert disclosures.disclosures(field.store, refused.id) == []  # left out: did not leave
    with Secret.from_passphrase("a package passphrase") as phrase:
        export(field, office, tmp_path / "q.age", recipients=(), passphrase=phrase, scrypt_log_n=SCRYPT_LOG_N,
               confirmed=True)
    assert [d.recipients[0].kind for d in disclosures.disclosures(field.store, letter.id)] == ["age", "passphrase"]
    assert disclosures.count(field.store, letter.id) == 2
    export(field, field, tmp_path / "mine.age", confirmed=True)  # only this vault can open it: nothing disclosed
    assert disclosures.count(field.store, letter.id) == 2
    with pytest.raises(ConfirmationNeeded):  # an export that writes nothing logs nothing
        export(field, office, tmp_path / "r.age", ids=[field.store.add(communication("Internal")).id])
    assert disclosures.count(field.store, letter.id) == 2


def test_exporting_can_mark_draft_communications_as_sent(pair, tmp_path):
    office, field = pair
    draft = field.store.add(communication("Reply to the SPT", status="draft", sensitivity="confidential"))
    received = field.store.add(communication("From the SPT", status="draft", sensitivity="confidential",
                                             fields={"direction": "received", "channel": "letter"}))
    result = export(field, office, tmp_path / "p.age", mark_sent=True)
    assert result.marked_sent == (draft.id,)
    assert (field.store.get(draft.id).status, field.store.get(draft.id).version) == ("sent", 2)
    assert field.store.get(received.id).status == "draft"
    assert records_in(tmp_path / "p.age", office)[draft.id]["status"] == "draft"  # the package has what left


# ----------------------------------------------------------------------------- review dates


def test_records_due_for_review_within_thirty_days_earliest_first(pair):
    _office, field = pair
    today = dt.date(2026, 12, 7)
    late = field.store.add(communication("Overdue", review_date="2026-11-01"))
    soon = field.store.add(communication("Soon", review_date="2027-01-06"))
    field.store.add(communication("Later", review_date="2027-01-07"))
    field.store.add(communication("No date"))
    binned = field.store.add(communication("Binned", review_date="2026-12-01"))
    field.store.delete(binned.id)
    due = due_for_review(field.store, today)
    assert [(d.summary.id, d.review_date) for d in due] == [(late.id, "2026-11-01"), (soon.id, "2027-01-06")]
    assert [d.days_left(today) for d in due] == [-36, 30]


def test_a_left_out_record_is_shown_as_its_whole_pseudonymised_record_would_show_it(pair):
    """The plan reads a refused record's pseudonym table, not the whole record: its title and the
    people named are what pseudonymising the whole record gives (names in any case, one name
    inside another, regular-expression characters)."""
    from npmdesk.exchange.planned import Excluded
    from npmdesk.records.consent import SPT_TRANSMISSION
    from npmdesk.records.consent import refusing as refusing_people
    from npmdesk.records.pseudonyms import pseudonymised

    _, field = pair
    names = {"Ahmed Benali": "person A", "ahmed": "person B", "A.B. (Ben)": "person C", "Ōno Ümit": "person D"}
    titles = ["AHMED BENALI met ahmed and a.b. (ben) with ōNO üMIT", "Ahmedx Benali", "No names here"]
    for title in titles:
        for refused in (["Ahmed Benali"], ["ahmed", "Ōno Ümit"]):
            field.store.add(communication(
                title, body="Ahmed Benali", personal_data=True, sensitivity="confidential", pseudonyms=names,
                consents=[PersonConsent(name, (Consent(SPT_TRANSMISSION, "refused" if name in refused else "given"),))
                          for name in names]))
    plan = plan_export(field.store)
    assert len(plan.excluded) == 2 * len(titles)
    for left in plan.excluded:
        whole = field.store.get(left.id)
        assert left == Excluded(whole.id, pseudonymised(whole).title,
                                tuple(refusing_people(whole, SPT_TRANSMISSION)))
        assert "ahmed benali" not in left.title.lower() and "ōno" not in left.title.lower()
