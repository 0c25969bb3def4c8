"""The visit overview: the three phases of an SPT country visit and the state of each checklist item."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from npmdesk.demo import fill
from npmdesk.records import InvalidRecord, Link, ListQuery, Record, RecordNotFound, RecordStore
from npmdesk.records.kinds import VISIT_CHECKLIST, VISIT_TYPES
from npmdesk.records.visits import (
    CONCERN,
    CURRENT,
    DONE,
    IN_PROGRESS,
    ITEM_STATES,
    NOT_HELD,
    OVERDUE,
    PAST,
    PHASES,
    TO_DO,
    UPCOMING,
    visit_overview,
)
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.visit_helpers import step, visit_dossier, visit_report


def states(overview) -> dict[str, str]:
    return {item.key: item.state for item in overview.items}


def bare_visit(store: RecordStore, status: str = "preparation", **fields: object) -> Record:
    values = {"start_date": "2026-03-02", "end_date": "2026-03-11", **fields}
    return store.add(Record(kind="visit", title="SPT visit", status=status, date=values.get("start_date"),
                            fields={k: v for k, v in values.items() if v is not None}))


def test_each_item_takes_its_state_from_the_linked_records(store) -> None:
    dossier = visit_dossier(store)
    overview = visit_overview(store, dossier.visit.id, dt.date(2026, 5, 1))
    assert [item.key for item in overview.items] == list(VISIT_CHECKLIST)
    assert states(overview) == {
        "background_sent": DONE,  # a letter sent
        "national_actors_suggested": IN_PROGRESS,  # only a draft
        "opening_meeting": OVERDUE,  # the visit is over and no opening meeting is recorded
        "joint_visits": NOT_HELD,  # optional, and the visit is over
        "final_discussion": DONE,
        "private_meeting": DONE,
        "press_release": OVERDUE,
        "reprisal_checks": CONCERN,  # one check raised a concern
        "report_to_state": IN_PROGRESS,  # the report is under review, not published
        "report_to_npm": TO_DO,  # sent "if relevant": long term, optional in a country visit
        "tripartite_dialogue": TO_DO,  # long term: never overdue
    }
    assert overview.visit_type == "country_visit"  # a visit without a type
    assert {item.key for item in overview.items if item.optional} == {"joint_visits", "report_to_npm"}
    assert [s.id for s in overview.item("reprisal_checks").records] == [dossier.check_done.id,
                                                                         dossier.check_concern.id]
    assert [s.id for s in overview.item("background_sent").records] == [dossier.background.id]
    assert [s.id for s in overview.item("report_to_state").records] == [dossier.report.id]
    assert not any(item.ticked for item in overview.items)


def test_the_timeline_has_three_phases_with_their_dates_and_other_records(store) -> None:
    dossier = visit_dossier(store)
    overview = visit_overview(store, dossier.visit.id, dt.date(2026, 5, 1))
    assert [p.key for p in overview.phases] == list(PHASES)
    spans = [(p.start, p.end, p.state) for p in overview.phases]
    assert spans == [("2025-06-24", "2026-03-01", PAST), ("2026-03-02", "2026-03-11", PAST),
                     ("2026-03-12", None, CURRENT)]
    assert overview.current_phase == "follow_up"
    assert [s.id for s in overview.phase("during").records] == [dossier.place.id]
    assert [s.id for s in overview.phase("follow_up").records] == [dossier.other_letter.id]
    assert overview.phase("preparation").records == ()
    assert [i.key for i in overview.phase("during").items] == [
        "opening_meeting", "joint_visits", "final_discussion", "private_meeting", "press_release"]


def test_where_today_stands_moves_along_the_timeline(store) -> None:
    visit = bare_visit(store)
    before = visit_overview(store, visit.id, dt.date(2026, 1, 1))
    assert [p.state for p in before.phases] == [CURRENT, UPCOMING, UPCOMING]
    assert set(states(before).values()) == {TO_DO}
    during = visit_overview(store, visit.id, dt.date(2026, 3, 5))
    assert [p.state for p in during.phases] == [PAST, CURRENT, UPCOMING]
    assert states(during)["background_sent"] == states(during)["national_actors_suggested"] == OVERDUE
    assert states(during)["final_discussion"] == states(during)["joint_visits"] == TO_DO
    assert states(during)["opening_meeting"] == states(during)["press_release"] == TO_DO
    after = visit_overview(store, visit.id, dt.date(2026, 4, 1))
    assert states(after)["final_discussion"] == states(after)["private_meeting"] == OVERDUE
    assert states(after)["opening_meeting"] == states(after)["press_release"] == OVERDUE
    assert states(after)["joint_visits"] == NOT_HELD
    assert states(after)["reprisal_checks"] == TO_DO  # checks are due within 30 days of the end
    later = visit_overview(store, visit.id, dt.date(2026, 4, 11))
    assert states(later)["reprisal_checks"] == OVERDUE
    assert states(later)["report_to_state"] == states(later)["tripartite_dialogue"] == TO_DO


def test_a_tick_marks_an_item_done_but_not_over_a_concern(store) -> None:
    dossier = visit_dossier(store, ticked=("tripartite_dialogue", "reprisal_checks", "joint_visits"))
    overview = visit_overview(store, dossier.visit.id, dt.date(2026, 5, 1))
    assert overview.item("tripartite_dialogue").state == DONE and overview.item("tripartite_dialogue").ticked
    assert overview.item("joint_visits").state == DONE
    assert overview.item("reprisal_checks").state == CONCERN and overview.item("reprisal_checks").ticked


def test_checks_and_reports_complete_their_items(store) -> None:
    dossier = visit_dossier(store)
    concern = store.get(dossier.check_concern.id)
    store.update(Record(**{**concern.__dict__, "status": "closed"}))
    report = store.get(dossier.report.id)
    store.update(Record(**{**report.__dict__, "status": "published",
                           "fields": {**report.fields, "published_on": "2026-07-01"}}))
    overview = visit_overview(store, dossier.visit.id, dt.date(2026, 8, 1))
    assert overview.item("reprisal_checks").state == DONE
    assert overview.item("report_to_state").state == DONE
    store.add(Record(kind="reprisal_check", title="Second round", status="planned", date="2026-08-10",
                     links=[Link(dossier.visit.id, "visit")]))
    assert visit_overview(store, dossier.visit.id, dt.date(2026, 8, 1)).item("reprisal_checks").state == IN_PROGRESS


def test_records_in_the_bin_no_longer_count(store) -> None:
    dossier = visit_dossier(store)
    store.delete(dossier.check_concern.id)
    store.delete(dossier.background.id)
    overview = visit_overview(store, dossier.visit.id, dt.date(2026, 5, 1))
    assert overview.item("reprisal_checks").state == DONE
    assert overview.item("background_sent").state == OVERDUE
    assert overview.item("background_sent").records == ()


def test_letters_pressing_for_publication_are_progress_not_publication(store) -> None:
    visit = bare_visit(store, status="follow_up")
    letter = step(store, visit, "report_to_state", "2026-06-01", title="Please publish the report")
    item = visit_overview(store, visit.id, dt.date(2026, 7, 1)).item("report_to_state")
    assert item.state == IN_PROGRESS and [s.id for s in item.records] == [letter.id]


def test_a_closed_visit_has_every_missing_item_not_held(store) -> None:
    visit = bare_visit(store, status="closed", checklist_done=["background_sent"])
    overview = visit_overview(store, visit.id, dt.date(2026, 1, 1))
    assert [p.state for p in overview.phases] == [PAST, PAST, PAST] and overview.current_phase is None
    assert states(overview) == {key: DONE if key == "background_sent" else NOT_HELD for key in VISIT_CHECKLIST}


def test_a_visit_without_dates_follows_its_status(store) -> None:
    visit = bare_visit(store, status="during", start_date=None, end_date=None)
    overview = visit_overview(store, visit.id, dt.date(2026, 5, 1))
    assert overview.current_phase == "during"
    assert [(p.start, p.end) for p in overview.phases] == [(None, None)] * 3
    assert set(states(overview).values()) == {TO_DO}


def test_only_visits_have_an_overview(store) -> None:
    letter = store.add(Record(kind="place", title="Police station", status="active", fields={"place_type": "other"}))
    with pytest.raises(InvalidRecord, match="not a visit"):
        visit_overview(store, letter.id, dt.date(2026, 5, 1))
    with pytest.raises(RecordNotFound):
        visit_overview(store, "6f1c9a4e-0000-4000-8000-000000000000", dt.date(2026, 5, 1))


def test_the_demo_vault_has_visit_dossiers_in_every_state(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "vault", Secret.from_passphrase(PASSPHRASE), user_name="Ana",
                            argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    try:
        store = RecordStore(vault)
        summary = fill.generate(store, 1500, seed=5)
        assert store.count(ListQuery(kinds=("communication",))) == summary.by_kind["communication"]
        seen: set[str] = set()
        steps = 0
        for visit in store.list(ListQuery(kinds=("visit",), limit=1000)):
            overview = visit_overview(store, visit.id, fill.BASE_DATE)
            seen |= {item.state for item in overview.items}
            steps += sum(len(item.records) for item in overview.items if item.key != "reprisal_checks")
        assert seen == set(ITEM_STATES)
        assert steps >= 6  # one to three SPT visits in a vault (npmdesk/demo/visits.py)
    finally:
        vault.close()


# ------------------------------------------------------------------ types of visit and statuses

CHECKLIST_OF_TYPE = {  # (items absent, optional items)
    "country_visit": (set(), {"joint_visits", "report_to_npm"}),
    "follow_up_visit": ({"national_actors_suggested"}, {"joint_visits", "report_to_npm"}),
    "npm_advisory_visit": ({"private_meeting"}, {"joint_visits", "report_to_state"}),
    "opcat_advisory_visit": ({"joint_visits"}, {"private_meeting", "reprisal_checks", "report_to_npm"}),
}


@pytest.mark.parametrize("visit_type", sorted(CHECKLIST_OF_TYPE))
def test_each_type_of_visit_has_its_own_checklist(store, visit_type: str) -> None:
    assert set(CHECKLIST_OF_TYPE) == set(VISIT_TYPES)
    absent, optional = CHECKLIST_OF_TYPE[visit_type]
    visit = bare_visit(store, visit_type=visit_type)
    overview = visit_overview(store, visit.id, dt.date(2026, 1, 1))
    assert overview.visit_type == visit_type
    assert [item.key for item in overview.items] == [key for key in VISIT_CHECKLIST if key not in absent]
    assert {item.key for item in overview.items if item.optional} == optional
    after = states(visit_overview(store, visit.id, dt.date(2026, 4, 1)))
    assert {key for key, state in after.items() if state == NOT_HELD} == optional - {
        "report_to_npm", "report_to_state", "reprisal_checks"}  # these have no deadline yet


def test_an_npm_advisory_visit_follows_the_report_to_the_npm(store) -> None:
    visit = bare_visit(store, status="follow_up", visit_type="npm_advisory_visit")
    meeting = step(store, visit, "private_meeting", "2026-03-05", title="Meeting with the SPT delegation")
    visit_report(store, visit, "report_to_npm", transmitted_on="2026-05-10")
    overview = visit_overview(store, visit.id, dt.date(2026, 6, 1))
    assert overview.item("report_to_npm").state == IN_PROGRESS and not overview.item("report_to_npm").optional
    assert overview.item("report_to_state").optional
    # A step the type does not have is shown with the other records of its phase.
    assert [s.id for s in overview.phase("during").records] == [meeting.id]
    late = visit_overview(store, visit.id, dt.date(2026, 11, 11))  # six months after transmission
    assert late.item("report_to_npm").state == OVERDUE


@pytest.mark.parametrize("status", ["postponed", "suspended"])
def test_a_postponed_or_suspended_visit_has_nothing_overdue(store, status: str) -> None:
    visit = bare_visit(store, status=status)
    visit_report(store, visit, transmitted_on="2026-04-01")  # its reply would be overdue
    overview = visit_overview(store, visit.id, dt.date(2027, 1, 1))
    assert OVERDUE not in states(overview).values() and NOT_HELD not in states(overview).values()
    assert overview.paused
    assert overview.item("background_sent").state == TO_DO and overview.item("joint_visits").state == TO_DO
    assert overview.item("report_to_state").state == IN_PROGRESS
    assert overview.current_phase == ("preparation" if status == "postponed" else "during")


def test_a_terminated_visit_shows_what_happened_and_nothing_overdue(store) -> None:
    visit = bare_visit(store, status="terminated")
    opening = step(store, visit, "opening_meeting", "2026-03-02", title="Opening meeting")
    overview = visit_overview(store, visit.id, dt.date(2026, 6, 1))
    assert [p.state for p in overview.phases] == [PAST, PAST, PAST]
    assert overview.item("opening_meeting").state == DONE
    assert [s.id for s in overview.item("opening_meeting").records] == [opening.id]
    assert {key: state for key, state in states(overview).items() if key != "opening_meeting"} == {
        key: NOT_HELD for key in VISIT_CHECKLIST if key != "opening_meeting"}
