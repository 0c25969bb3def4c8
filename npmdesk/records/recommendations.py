"""The recommendation tracker's queries: recommendations by report, addressee and status.

Read-only SQL over the record table, like query.py: filtering, sorting, paging and counting
happen in the database, so a vault with tens of thousands of recommendations is never loaded
into memory. A recommendation's report is its `report` field (the id of a report record); its
addressee (State or NPM) and paragraph are fields too; its status of implementation is the
record's status.

- `list_recommendations` / `count_recommendations`: one page of `RecommendationRow`s, and how many match;
- `status_counts`: how many recommendations have each status (every status of kinds.py, in that
  order, zeros included) under the same filters except the status filter itself, for the chart;
- `reports_with_recommendations`: the reports that have recommendations, with how many (the filter's choices).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from npmdesk.records.kinds import KINDS
from npmdesk.records.store import RecordStore

STATUSES = KINDS["recommendation"].statuses
ADDRESSEES = KINDS["recommendation"].field("addressee").choices  # type: ignore[union-attr]
OPEN_STATUSES = ("not_started", "in_progress", "partially_implemented")
NO_REPORT = ""  # as `report` filter: recommendations that name no report (or one since purged)

_REPORT = "json_extract(r.fields, '$.report')"
_STATUS_RANK = "CASE r.status " + " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(STATUSES)) + " END"
ORDERS = {
    "report": f"p.title COLLATE NOCASE {{direction}} NULLS LAST, {_REPORT}",
    "paragraph": "json_extract(r.fields, '$.paragraph') COLLATE NOCASE {direction}",
    "title": "r.title COLLATE NOCASE {direction}",
    "addressee": "json_extract(r.fields, '$.addressee') {direction}",
    "status": _STATUS_RANK + " {direction}",
    "date": "r.date {direction}",
    "due": "r.due_date {direction}",
}


@dataclass(frozen=True)
class RecommendationQuery:
    """Filters (all optional, combined with AND), order and page."""

    report: str | None = None  # a report's id, or NO_REPORT
    addressee: str | None = None
    status: str | None = None
    visit: str | None = None  # recommendations of the reports on this visit
    order_by: str = "report"
    descending: bool = False
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class RecommendationRow:
    id: str
    title: str
    date: str | None
    status: str | None
    due_date: str | None
    addressee: str | None
    paragraph: str | None
    report_id: str | None
    report_title: str | None  # None if the report is not (or no longer) in the vault


@dataclass(frozen=True)
class StatusCount:
    status: str
    count: int


@dataclass(frozen=True)
class ReportChoice:
    report_id: str  # NO_REPORT for recommendations without a report
    title: str | None
    count: int


_FROM = (
    "FROM record r LEFT JOIN record p"
    f" ON p.id = {_REPORT} AND p.kind = 'report' AND p.deleted_at IS NULL"
    " WHERE r.kind = 'recommendation' AND r.deleted_at IS NULL"
)


def _where(query: RecommendationQuery, *, with_status: bool = True) -> tuple[str, list[Any]]:
    conditions: list[str] = []
    params: list[Any] = []
    if query.report == NO_REPORT:
        conditions.append("p.id IS NULL")
    elif query.report is not None:
        conditions.append(f"{_REPORT} = ?")
        params.append(query.report)
    if query.addressee is not None:
        conditions.append("json_extract(r.fields, '$.addressee') = ?")
        params.append(query.addressee)
    if with_status and query.status is not None:
        conditions.append("r.status = ?")
        params.append(query.status)
    if query.visit is not None:
        conditions.append(
            f"{_REPORT} IN (SELECT v.id FROM record v WHERE v.kind = 'report' AND v.deleted_at IS NULL"  # noqa: S608
            " AND json_extract(v.fields, '$.visit') = ?)"
        )
        params.append(query.visit)
    return "".join(f" AND {c}" for c in conditions), params


def list_recommendations(store: RecordStore, query: RecommendationQuery) -> list[RecommendationRow]:
    where, params = _where(query)
    direction = "DESC" if query.descending else "ASC"
    order = ORDERS.get(query.order_by, ORDERS["report"]).format(direction=direction)
    # Within a report, recommendations keep the order of their paragraphs, then of entry.
    rows = store.db.execute(
        f"SELECT r.id, r.title, r.date, r.status, r.due_date, json_extract(r.fields, '$.addressee'),"
        f" json_extract(r.fields, '$.paragraph'), {_REPORT}, p.title {_FROM}{where}"
        f" ORDER BY {order}, json_extract(r.fields, '$.paragraph') COLLATE NOCASE, r.seq {direction}"
        " LIMIT ? OFFSET ?",
        (*params, max(0, query.limit), max(0, query.offset)),
    ).fetchall()
    return [RecommendationRow(*row) for row in rows]


def _by_status_only(query: RecommendationQuery) -> bool:
    """No filter that reads the fields: counts come from the (kind, deleted_at, status) index alone."""
    return query.report is None and query.addressee is None and query.visit is None


_LIVE = "FROM record r WHERE r.kind = 'recommendation' AND r.deleted_at IS NULL"


def count_recommendations(store: RecordStore, query: RecommendationQuery) -> int:
    if _by_status_only(query):
        status = " AND r.status = ?" if query.status is not None else ""
        row = store.db.execute(f"SELECT count(*) {_LIVE}{status}", () if not status else (query.status,)).fetchone()
        return int(row[0])
    where, params = _where(query)
    row = store.db.execute(f"SELECT count(*) {_FROM}{where}", params).fetchone()
    return int(row[0])


def status_counts(store: RecordStore, query: RecommendationQuery) -> tuple[StatusCount, ...]:
    """Recommendations per status under `query`'s filters, its status filter left out."""
    if _by_status_only(query):
        rows = store.db.execute(f"SELECT r.status, count(*) {_LIVE} GROUP BY r.status").fetchall()
    else:
        where, params = _where(query, with_status=False)
        rows = store.db.execute(f"SELECT r.status, count(*) {_FROM}{where} GROUP BY r.status", params).fetchall()
    found = {status: int(count) for status, count in rows}
    return tuple(StatusCount(status, found.get(status, 0)) for status in STATUSES)


def reports_with_recommendations(store: RecordStore) -> list[ReportChoice]:
    """Each report that has live recommendations, by title, then NO_REPORT if some have none."""
    rows = store.db.execute(
        f"SELECT p.id, p.title, count(*) {_FROM} GROUP BY p.id"
        " ORDER BY p.id IS NULL, p.title COLLATE NOCASE, p.id"
    ).fetchall()
    return [ReportChoice(report_id or NO_REPORT, title, int(count)) for report_id, title, count in rows]
