"""The SPT calendar (pure dates) and the records that are due."""

from __future__ import annotations

import datetime as dt

import pytest

from npmdesk.demo.fill import BASE_DATE, generate
from npmdesk.records import Record
from npmdesk.records.calendar import due_items, events_of_year, nth_weekday, upcoming

D = dt.date


def test_second_monday():
    assert nth_weekday(2026, 2, 0, 2) == D(2026, 2, 9)
    assert nth_weekday(2026, 6, 0, 2) == D(2026, 6, 8)
    assert nth_weekday(2026, 11, 0, 2) == D(2026, 11, 9)
    assert nth_weekday(2027, 2, 0, 1) == D(2027, 2, 1)  # the 1st is a Monday


def test_a_year_of_events():
    events = events_of_year(2026)
    sessions = [e for e in events if e.kind == "session"]
    assert [(e.start, e.end) for e in sessions] == [
        (D(2026, 2, 9), D(2026, 2, 13)), (D(2026, 6, 8), D(2026, 6, 12)), (D(2026, 11, 9), D(2026, 11, 13))]
    assert all(e.start.weekday() == 0 and e.end and e.end.weekday() == 4 and e.approximate for e in sessions)
    announcements = [e for e in events if e.kind == "visiting_programme"]
    assert [e.start for e in announcements] == [D(2026, 6, 15), D(2026, 11, 16)]
    assert all("2027" in e.title for e in announcements)
    fund = next(e for e in events if e.kind == "special_fund_call")
    assert (fund.start, fund.end) == (D(2026, 1, 1), D(2026, 3, 1))  # resources/data/special_fund_calls.json
    report = next(e for e in events if e.kind == "annual_report_due")
    assert report.start == D(2026, 3, 31) and report.approximate  # until the national deadline is set
    assert events == sorted(events, key=lambda e: e.start)


def test_upcoming_within_the_horizon_in_date_order():
    events = upcoming(D(2026, 1, 1))
    assert [e.kind for e in events] == [
        "special_fund_call", "session", "annual_report_due", "session", "visiting_programme", "session",
        "visiting_programme", "special_fund_call"]
    assert all(D(2026, 1, 1) <= e.start <= D(2027, 1, 1) for e in events)
    assert upcoming(D(2026, 1, 1), horizon_days=30) == [events[0]]


def test_events_under_way_are_included():
    during_session = upcoming(D(2026, 6, 10), horizon_days=0)
    assert [e.kind for e in during_session] == ["session"]
    during_call = upcoming(D(2026, 2, 20), horizon_days=0)
    assert [e.kind for e in during_call] == ["special_fund_call"]
    assert upcoming(D(2026, 12, 1), horizon_days=10) == []


def test_annual_report_month_is_configurable():
    due = [e.start for e in upcoming(D(2026, 1, 1), report_month=6) if e.kind == "annual_report_due"]
    assert due == [D(2026, 6, 30)]
    due = [e.start for e in upcoming(D(2028, 1, 1), report_month=2) if e.kind == "annual_report_due"]
    assert due == [D(2028, 2, 29)]
    with pytest.raises(ValueError):
        upcoming(D(2026, 1, 1), report_month=13)


def _reminder(title: str, due: str, status: str = "open") -> Record:
    return Record(kind="reminder", title=title, due_date=due, date=due, status=status)


def _message(title: str, reply_by: str, status: str) -> Record:
    return Record(kind="communication", title=title, status=status, date="2026-01-02",
                  fields={"direction": "sent", "channel": "email", "reply_by": reply_by})


def test_due_items_overdue_and_soon_but_not_finished_or_far(store):
    today = D(2026, 3, 1)
    soon = store.add(_reminder("Send the annual report", "2026-03-04"))
    store.add(_reminder("Far away", "2026-04-30"))
    store.add(_reminder("Already done", "2026-02-01", status="done"))
    overdue = store.add(Record(kind="recommendation", title="Fund the NPM", status="in_progress",
                               due_date="2026-02-15", fields={"addressee": "state"}))
    waiting = store.add(_message("Meeting request", "2026-02-27", "awaiting_reply"))
    store.add(_message("Answered long ago", "2026-02-01", "answered"))
    binned = store.add(_reminder("In the bin", "2026-03-02"))
    store.delete(binned.id)
    items = due_items(store, today)
    assert [(i.record.id, i.field, i.days_left, i.overdue) for i in items] == [
        (overdue.id, "due_date", -14, True),
        (waiting.id, "reply_by", -2, True),
        (soon.id, "due_date", 3, False),
    ]
    assert [i.record.title for i in due_items(store, today, within_days=60)][-1] == "Far away"


def test_due_items_of_a_demo_vault(store):
    generate(store, 600, seed=3)
    items = due_items(store, BASE_DATE, within_days=30)
    assert items
    limit = BASE_DATE + dt.timedelta(days=30)
    assert all(i.due <= limit for i in items)
    assert {i.field for i in items} == {"due_date", "reply_by"}
    assert [i.due for i in items] == sorted(i.due for i in items)
