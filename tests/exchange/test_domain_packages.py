"""Domain values in packages: consents under aliases, sub-paragraph articles, new kinds, and
packages made by the previous version (schema 6 values) still importing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.exchange.merge import UPDATED
from npmdesk.records import Record
from npmdesk.records.consent import GIVEN, PUBLICATION, REFUSED, SPT_TRANSMISSION, Consent, PersonConsent
from npmdesk.records.content import content_sha256
from tests.support.hostile_packages import edit_records, encrypt_for, resign, tar_bytes
from tests.support.hostile_packages import members_of as package_members
from tests.support.package_helpers import communication

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")


def send(source, target, path, ids=None):
    write_package(source.store, source.identity, plan_export(source.store, ids), path,
                  recipients=[target.identity.recipient], confirmed=True, overwrite=True)
    return import_package(target.store, target.identity, path)


def test_consents_and_references_travel_under_aliases_and_come_home_with_names(pair, tmp_path):
    office, field = pair
    people = [PersonConsent("Ahmed Benali", (Consent(SPT_TRANSMISSION, GIVEN, "2026-03-01", "written", "Bo"),
                                             Consent(PUBLICATION, REFUSED, "2026-03-01", "oral", "Bo")))]
    record = field.store.add(communication(
        "Interview with Ahmed Benali", personal_data=True, pseudonyms={"Ahmed Benali": "person A"},
        consents=people, articles=["11(1)(b)(ii)", "19(b)"], review_date="2030-01-01"))
    send(field, office, tmp_path / "out.age")
    copy = office.store.get(record.id)
    assert copy.title == "Interview with person A"
    assert [(p.person, p.state(PUBLICATION)) for p in copy.consents] == [("person A", REFUSED)]
    assert (copy.articles, copy.review_date) == (["11(1)(b)(ii)", "19(b)"], "2030-01-01")
    # The office edits it and sends it back: the field laptop keeps its real names.
    office.store.update(replace(copy, body="Seen again on 3 March"))
    result = send(office, field, tmp_path / "back.age", [record.id])
    assert result.plan.outcomes[record.id] == UPDATED
    home = field.store.get(record.id)
    assert home.body == "Seen again on 3 March"
    assert [p.person for p in home.consents] == ["Ahmed Benali"] and home.pseudonyms == {"Ahmed Benali": "person A"}


def test_the_new_kinds_travel(pair, tmp_path):
    office, field = pair
    case = field.store.add(Record(kind="reprisal_case", title="Transfer after the SPT visit", status="recorded",
                                  fields={"person": "person A", "linked_to": "spt_visit", "measure": "transfer"}))
    statement = field.store.add(Record(kind="statement", title="Network statement", status="issued",
                                       fields={"statement_type": "npm_network", "signatories": ["NPM A", "NPM B"]}))
    send(field, office, tmp_path / "out.age")
    assert office.store.get(case.id).fields["measure"] == "transfer"
    assert office.store.get(statement.id).fields["signatories"] == ["NPM A", "NPM B"]


def test_a_package_of_the_previous_version_imports_in_todays_values(pair, tmp_path):
    """A report that "replied" and a visit step "report_published", as schema 6 wrote them."""
    office, field = pair
    report = field.store.add(Record(kind="report", title="Report to the State", status="state_replied",
                                    fields={"report_type": "visit_report_to_state"}, articles=["16"]))
    letter = field.store.add(communication("Please publish", fields={
        "direction": "sent", "channel": "letter", "visit_step": "report_to_state"}))
    path = tmp_path / "new.age"
    write_package(field.store, field.identity, plan_export(field.store), path,
                  recipients=[office.identity.recipient], confirmed=True)

    def as_schema_6(doc):
        for item in doc["records"]:
            if item["id"] == report.id:
                item["status"] = "replied"
            elif item["id"] == letter.id:
                item["fields"]["visit_step"] = "report_published"
            else:
                continue
            old = Record.from_json({k: v for k, v in item.items()
                                    if k not in ("content_sha256", "lineage", "attachments")}
                                   | {"pseudonyms": {}, "deleted_at": None})
            item["content_sha256"] = content_sha256(old)

    members = resign(edit_records(package_members(path, office.identity), as_schema_6), field.identity)
    old_package = encrypt_for(tar_bytes(members), office.identity.recipient, tmp_path / "old.age")
    import_package(office.store, office.identity, old_package)
    assert office.store.get(report.id).status == "state_replied"
    assert office.store.get(report.id).articles == ["16"]
    assert office.store.get(letter.id).fields["visit_step"] == "report_to_state"
