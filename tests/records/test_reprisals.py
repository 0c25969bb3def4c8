"""Reprisal cases: the person is named by an alias of the record, never by a real name; a case's
steps are the return-visit checks that name it."""

from __future__ import annotations

import pytest

from npmdesk.records import Record
from npmdesk.records.reprisals import RealNameAsPerson, check_person, return_visit_check, steps


def case(**changes) -> Record:
    values = {"kind": "reprisal_case", "title": "Transfer after the SPT visit", "date": "2026-05-04",
              "status": "recorded", "personal_data": True, "pseudonyms": {"Ahmed Benali": "person A"},
              "fields": {"person": "person A", "linked_to": "spt_visit"}, **changes}
    return Record(**values)


def test_the_person_of_a_case_is_one_of_its_aliases() -> None:
    check_person(case())
    with pytest.raises(RealNameAsPerson) as raised:
        check_person(case(fields={"person": "Ahmed Benali", "linked_to": "spt_visit"}))
    assert raised.value.field == "person"
    assert "Ahmed" not in str(raised.value)  # no user content in the message
    with pytest.raises(RealNameAsPerson):
        check_person(case(pseudonyms={}))
    check_person(Record(kind="reprisal_check", title="Check", fields={"people_met": ["Ahmed Benali"]}))


def test_a_case_lists_its_return_visit_checks_in_date_order(store) -> None:
    visit = store.add(Record(kind="visit", title="SPT visit", status="follow_up"))
    made = store.add(case(fields={"person": "person A", "linked_to": "spt_visit", "visit": visit.id}))
    other = store.add(case(title="Another case"))
    assert steps(store, made.id) == []
    later = return_visit_check(made, "Second check", "2026-09-01")
    assert later.fields == {"case": made.id, "visit": visit.id}
    assert {(link.to, link.relation) for link in later.links} == {(made.id, "about"), (visit.id, "visit")}
    assert later.pseudonyms == made.pseudonyms and later.sensitivity == made.sensitivity
    store.add(later)
    store.add(return_visit_check(made, "First check", "2026-06-01"))
    store.add(return_visit_check(other, "Check for the other case", "2026-07-01"))
    alone = store.add(Record(kind="reprisal_check", title="Standalone check", status="done"))
    assert [c.title for c in steps(store, made.id)] == ["First check", "Second check"]
    assert [c.title for c in steps(store, other.id)] == ["Check for the other case"]
    store.delete(alone.id)
    assert alone.id not in {c.id for c in steps(store, made.id)}
