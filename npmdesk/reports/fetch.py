"""Reading what a report needs through the record store: filtered and ordered in SQL, page by page.

Nothing here loads the whole vault: every list is a `ListQuery` (kinds, period, ids) read in
pages, and full records are loaded only for the rows the report shows. A report stops with
ReportTooLarge rather than build a document of tens of thousands of rows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass

from npmdesk.errors import NpmdeskError
from npmdesk.records.model import Record
from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.store import RecordStore
from npmdesk.reports.errors import ReportTooLarge
from npmdesk.reports.request import Period

PAGE = 500
MAX_ROWS = 10_000


def listed(store: RecordStore, query: ListQuery, limit: int = MAX_ROWS) -> list[Summary]:
    """Every row of `query` (its own offset and limit are ignored), in its order; ReportTooLarge past `limit`."""
    rows: list[Summary] = []
    for row in store.each(query, PAGE):
        rows.append(row)
        if len(rows) > limit:
            raise ReportTooLarge(limit)
    return rows


def in_period(kinds: tuple[str, ...], period: Period) -> ListQuery:
    """Live records of these kinds dated within the period, oldest first."""
    return ListQuery(kinds=kinds, date_from=period.date_from, date_to=period.date_to, order_by="date",
                     descending=False)


def among(ids: Iterable[str], period: Period | None = None, kinds: tuple[str, ...] = ()) -> ListQuery:
    """Live records with these ids (optionally of these kinds, within the period), oldest first."""
    chosen = tuple(dict.fromkeys(ids))
    return ListQuery(ids=chosen, kinds=kinds, date_from=period.date_from if period else None,
                     date_to=period.date_to if period else None, order_by="date", descending=False)


def records(store: RecordStore, rows: Iterable[Summary]) -> list[Record]:
    """The full records of these rows, in the same order."""
    return [store.get(row.id) for row in rows]


@dataclass(frozen=True)
class Contact:
    name: str
    role: str | None


def contacts(store: RecordStore, ids: Iterable[str | None]) -> dict[str, Contact]:
    """Name and role of each contact named by id (ids that are gone are left out)."""
    found: dict[str, Contact] = {}
    for contact_id in {i for i in ids if i}:
        with contextlib.suppress(NpmdeskError):
            record = store.get(contact_id)
            if record.kind == "contact":
                role = record.fields.get("role")
                found[contact_id] = Contact(record.title, role if isinstance(role, str) else None)
    return found


def titles(store: RecordStore, ids: Iterable[str]) -> dict[str, Summary]:
    """The live rows of these ids, by id."""
    chosen = tuple(dict.fromkeys(i for i in ids if i))
    if not chosen:
        return {}
    return {row.id: row for row in listed(store, among(chosen))}


def short_ref(record_id: str) -> str:
    """The first eight characters of a record's id: enough to find it (`npmdesk list`), short on paper."""
    return record_id[:8]
