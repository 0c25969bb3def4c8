"""Reprisals as a case: the checks that a person and the checks that are steps of one case.

A `reprisal_case` names the person it is about by an alias of the record's own pseudonyms
("person A"), never by a real name: `check_person` is the rule the form and the command line
apply before saving (a record that travels carries no pseudonym table, so the rule applies to
records in the vault). A `reprisal_check` (a return visit to someone met during a visit) may be
one step of a case (its `case` field names the case) or stand alone; `steps` lists a case's
checks and `return_visit_check` prepares a new one for it.
"""

from __future__ import annotations

from npmdesk.records.model import InvalidRecord, Link, Record, is_uuid
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

CASE, CHECK = "reprisal_case", "reprisal_check"
MAX_CHECKS = 10_000  # reprisal checks read when listing a case's steps


class RealNameAsPerson(InvalidRecord):
    """The person of a reprisal case is not one of the record's aliases."""

    message = ("Name the person by a pseudonym from this record's people (for example person A), "
               "never by a real name.")

    def __init__(self) -> None:
        super().__init__("person", self.message)


def check_person(record: Record) -> None:
    """Raise RealNameAsPerson unless a reprisal case's `person` is one of its record's aliases.

    Records of other kinds pass. A case without a person is left to the core's validation
    (the field is required)."""
    if record.kind != CASE:
        return
    person = record.fields.get("person")
    if person is None:
        return
    if person not in record.pseudonyms.values():
        raise RealNameAsPerson()


def steps(store: RecordStore, case_id: str) -> list[Record]:
    """The live reprisal checks whose `case` is `case_id`, oldest first (by date, then title)."""
    found = []
    for summary in store.list(ListQuery(kinds=(CHECK,), limit=MAX_CHECKS)):
        check = store.get(summary.id)
        if check.fields.get("case") == case_id:
            found.append(check)
    return sorted(found, key=lambda r: (r.date or "", r.title))


def return_visit_check(case: Record, title: str, date: str | None) -> Record:
    """A new (unsaved) reprisal check that is a step of `case`: linked to it and to its visit,
    with the case's sensitivity, country and people (so its own text may name them)."""
    fields: dict[str, object] = {"case": case.id}
    links = [Link(case.id, "about")]
    visit = case.fields.get("visit")
    if isinstance(visit, str) and visit:
        fields["visit"] = visit
        if is_uuid(visit):
            links.append(Link(visit, "visit"))
    return Record(kind=CHECK, title=title, date=date, status="planned", country=case.country,
                  sensitivity=case.sensitivity, personal_data=case.personal_data,
                  pseudonyms=dict(case.pseudonyms), fields=fields, links=links)
