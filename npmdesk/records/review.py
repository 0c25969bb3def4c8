"""Records due for review (retention): those whose `review_date` is at most `days` ahead.

Read-only SQL over the record table's review index (record_by_review), like query.py: a
dashboard list or `npmdesk list --review-due` never loads every record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.store import RecordStore

AHEAD_DAYS = 30  # a record shows from this many days before its review date


@dataclass(frozen=True)
class DueForReview:
    summary: Summary
    review_date: str

    def days_left(self, today: dt.date) -> int:
        return (dt.date.fromisoformat(self.review_date) - today).days


def due_for_review(store: RecordStore, today: dt.date, *, days: int = AHEAD_DAYS,
                   limit: int = 200) -> list[DueForReview]:
    """Live records whose review date is on or before `today` + `days`, the earliest first
    (overdue ones first); at most `limit`."""
    until = (today + dt.timedelta(days=days)).isoformat()
    rows = store.db.execute(
        "SELECT id, review_date FROM record WHERE deleted_at IS NULL AND review_date IS NOT NULL"
        " AND review_date <= ? ORDER BY review_date, seq LIMIT ?", (until, max(0, limit))).fetchall()
    dates = {row[0]: row[1] for row in rows}
    summaries = {s.id: s for s in store.list(ListQuery(ids=tuple(dates), limit=max(len(dates), 1)))} if dates else {}
    return [DueForReview(summaries[rid], when) for rid, when in dates.items() if rid in summaries]


def count_due(store: RecordStore, today: dt.date, *, days: int = AHEAD_DAYS) -> int:
    until = (today + dt.timedelta(days=days)).isoformat()
    row = store.db.execute(
        "SELECT count(*) FROM record WHERE deleted_at IS NULL AND review_date IS NOT NULL AND review_date <= ?",
        (until,)).fetchone()
    return int(row[0])
