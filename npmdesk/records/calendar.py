"""The NPM's year with the SPT, and what in the vault is due soon.

`upcoming()` is pure date arithmetic. Its dates are APPROXIMATIONS, to be confirmed against
the dates the SPT publishes each year:
- SPT sessions in Geneva: February, June and November, taken to start on the second Monday
  of the month and to last one working week (Monday to Friday);
- the visiting programme for the following year: announced after the June and November
  sessions, taken as the Monday after the session ends;
- the Special Fund's annual call: dated data (special_fund_calls.py: the reference data's call
  of that year, or its default rule, or the vault's own dates), approximate only under the rule;
- the NPM's own annual report: OPCAT sets no deadline, so it is the NPM's national deadline when
  the user has set it (the annual report's `national_deadline`, annual_reports.py), otherwise
  approximated as the last day of a configurable month (March by default).

`due_items()` lists live records whose due date, or a communication's reply-by date, has
passed or falls within the next few days, leaving out records whose status means finished.
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from npmdesk.records.query import SUMMARY_COLUMNS, Summary
from npmdesk.records.special_fund_calls import FundCall, call_for, reference_call
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import Connection

SESSION_MONTHS = (2, 6, 11)
ANNOUNCING_SESSIONS = (6, 11)
DEFAULT_REPORT_MONTH = 3
DEFAULT_WITHIN_DAYS = 14

# Statuses that mean "nothing more to do" (see kinds.py); such records are never due.
FINISHED_STATUSES = (
    "done", "closed", "answered", "acknowledged", "published", "replied", "implemented",
    "not_implemented", "no_longer_relevant", "rejected", "reported", "former",
)


@dataclass(frozen=True)
class CalendarEvent:
    """An event of the SPT year. `kind` is one of: session, visiting_programme,
    special_fund_call, annual_report_due. `end` is None for one-day events; `covers` is the year an
    annual report is about (its deadline, a national one, may fall in any year)."""

    kind: str
    title: str
    start: dt.date
    end: dt.date | None = None
    approximate: bool = True
    covers: int | None = None

    @property
    def last_day(self) -> dt.date:
        return self.end or self.start


@dataclass(frozen=True)
class DueItem:
    """A record that is due: which date (`due_date` or `reply_by`), and how many days away
    (negative when overdue)."""

    record: Summary
    due: dt.date
    field: str
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based) `weekday` (Monday=0) of a month."""
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def last_day_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def annual_report_due(year: int, report_month: int = DEFAULT_REPORT_MONTH) -> dt.date:
    """The approximate deadline of the NPM's annual report on `year` (the year it covers): the
    last day of `report_month` of the following year. OPCAT sets none: a national one replaces it."""
    return last_day_of_month(year + 1, report_month)


FundCalls = Callable[[int], FundCall]


def events_of_year(year: int, report_month: int = DEFAULT_REPORT_MONTH, *, fund_call: FundCalls = reference_call,
                   national_deadlines: Mapping[int, dt.date] | None = None) -> list[CalendarEvent]:
    """Every event of one calendar year, in date order. `fund_call(year)` gives the Special Fund's
    call; `national_deadlines` the NPM's own deadline of its annual report, by the year the report
    covers (the report on `year - 1` is due in `year`, at its national deadline if there is one)."""
    events: list[CalendarEvent] = []
    for month in SESSION_MONTHS:
        start = nth_weekday(year, month, 0, 2)
        end = start + dt.timedelta(days=4)
        events.append(CalendarEvent("session", f"SPT session ({_cal.month_name[month]} {year})", start, end))
        if month in ANNOUNCING_SESSIONS:
            events.append(CalendarEvent(
                "visiting_programme", f"SPT announces its visits for {year + 1}",
                end + dt.timedelta(days=3),
            ))
    call = fund_call(year)
    events.append(CalendarEvent(
        "special_fund_call", f"OPCAT Special Fund: call for applications {year}", call.opens, call.closes,
        approximate=call.approximate,
    ))
    national = (national_deadlines or {}).get(year - 1)
    events.append(CalendarEvent(
        "annual_report_due", f"NPM annual report for {year - 1} due",
        national or annual_report_due(year - 1, report_month), approximate=national is None, covers=year - 1,
    ))
    return sorted(events, key=lambda e: (e.start, e.kind))


def upcoming(today: dt.date, horizon_days: int = 365, report_month: int = DEFAULT_REPORT_MONTH, *,
             fund_call: FundCalls = reference_call,
             national_deadlines: Mapping[int, dt.date] | None = None) -> list[CalendarEvent]:
    """Events not yet over on `today` that start within `horizon_days`, in date order.

    An event under way (a session this week, the Special Fund call) is included. Events marked
    approximate (see the module docstring) are to be confirmed against the published calendar;
    `fund_call` and `national_deadlines` are as for `events_of_year`.
    """
    if not 1 <= report_month <= 12:
        raise ValueError("report_month must be 1 to 12")
    horizon = today + dt.timedelta(days=horizon_days)
    found = [
        event
        for year in range(today.year - 1, horizon.year + 1)
        for event in events_of_year(year, report_month, fund_call=fund_call, national_deadlines=national_deadlines)
        if event.last_day >= today and event.start <= horizon
    ]
    return sorted(found, key=lambda e: (e.start, e.kind))


_FINISHED_SQL = ", ".join(f"'{status}'" for status in FINISHED_STATUSES)


def _due_rows(db: Connection, until: str, limit: int) -> list[tuple[Any, ...]]:
    """Summary columns, the due date and its field, of live unfinished records due by `until`.

    SQL because a communication's reply-by date lives in its JSON fields, which ListQuery
    does not filter on; both dates are indexed (migration 3), so this reads only due rows.
    """
    live = f"deleted_at IS NULL AND (status IS NULL OR status NOT IN ({_FINISHED_SQL}))"
    reply_by = "json_extract(fields, '$.reply_by')"
    # Each branch walks its own index in date order and stops after `limit` rows.
    sql = (
        f"SELECT {SUMMARY_COLUMNS}, min(d.due), d.field FROM ("  # noqa: S608 - fixed fragments
        " SELECT * FROM (SELECT seq, due_date AS due, 'due_date' AS field FROM record"
        f"  WHERE {live} AND due_date <= ? ORDER BY due_date LIMIT ?)"
        f" UNION ALL SELECT * FROM (SELECT seq, {reply_by} AS due, 'reply_by' AS field FROM record"
        f"  WHERE kind = 'communication' AND {reply_by} <= ? AND {live} ORDER BY {reply_by} LIMIT ?)"
        ") d JOIN record r ON r.seq = d.seq GROUP BY r.seq ORDER BY min(d.due), r.title, r.id LIMIT ?"
    )
    return list(db.execute(sql, (until, limit, until, limit, limit)).fetchall())


def due_items(store: RecordStore, today: dt.date, within_days: int = DEFAULT_WITHIN_DAYS,
              limit: int = 500) -> list[DueItem]:
    """Records overdue or due within `within_days`, soonest (most overdue) first, at most `limit`."""
    until = (today + dt.timedelta(days=within_days)).isoformat()
    items = []
    for row in _due_rows(store.db, until, limit):
        try:
            when = dt.date.fromisoformat(row[10])
        except (TypeError, ValueError):
            continue
        items.append(DueItem(Summary(*row[:10]), when, row[11], (when - today).days))
    return items


def national_deadlines(store: RecordStore) -> dict[int, dt.date]:
    """The national deadline the user set on each of the NPM's own annual reports, by the year the
    report covers (live annual reports of the vault's State, or without a country; the latest
    recorded deadline wins if two reports cover one year)."""
    state = store.vault.meta("npm_state")
    rows = store.db.execute(
        "SELECT json_extract(fields, '$.year'), json_extract(fields, '$.national_deadline'), country FROM record"
        " WHERE kind = 'annual_report' AND deleted_at IS NULL"
        " AND json_extract(fields, '$.national_deadline') IS NOT NULL ORDER BY updated_at, seq"
    ).fetchall()
    found: dict[int, dt.date] = {}
    for year, deadline, country in rows:
        if state and country and country != state:
            continue  # another State's NPM report (kept for reference)
        try:
            found[int(year)] = dt.date.fromisoformat(deadline)
        except (TypeError, ValueError):
            continue
    return found


def upcoming_for(store: RecordStore, today: dt.date, horizon_days: int = 365,
                 report_month: int = DEFAULT_REPORT_MONTH) -> list[CalendarEvent]:
    """`upcoming` with this vault's data: its Special Fund calls (special_fund_calls.call_for) and
    the national deadlines of its annual reports."""
    def fund_call(year: int) -> FundCall:
        return call_for(store.vault, year)

    return upcoming(today, horizon_days, report_month, fund_call=fund_call,
                    national_deadlines=national_deadlines(store))
