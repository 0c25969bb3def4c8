"""The recommendation tracker's queries: recommendations by report, addressee, both statuses,
priority and responsible authority.

A recommendation is a three-way dialogue: the State reports a status (`state_status`, dated
`state_status_on`, from `state_status_source`) and the NPM makes its own assessment (the
record's status, dated `evidence_date`, from `assessment_source`, with its `evidence`).

Read-only SQL over the record table, like query.py: filtering, sorting, paging and counting
happen in the database, so a vault with tens of thousands of recommendations is never loaded
into memory. A recommendation's report is its `report` field (the id of a report record).

- `list_recommendations` / `count_recommendations`: one page of `RecommendationRow`s, and how many match;
- `status_counts` / `state_status_counts`: how many recommendations have each status of the NPM's
  assessment / of the State's report (every status, in kinds.py's order, zeros included) under the
  same filters except that status's own filter, for the chart;
- `reports_with_recommendations`, `authorities`: the filters' choices, with how many;
- `reports_for_recommendations`: the reports a recommendation may come from (the form's picker);
- `status_history`: the dated changes of both statuses, with their sources, from the versions;
- `implementing_projects`: the Special Fund projects that list a recommendation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from npmdesk.records import recommendation_sources
from npmdesk.records.kinds import KINDS
from npmdesk.records.model import Record
from npmdesk.records.recommendation_sources import RECOMMENDATION_REPORT_TYPES
from npmdesk.records.store import RecordStore

STATUSES = KINDS["recommendation"].statuses
ADDRESSEES = KINDS["recommendation"].field("addressee").choices  # type: ignore[union-attr]
PRIORITIES = KINDS["recommendation"].field("priority").choices  # type: ignore[union-attr]
SOURCES = KINDS["recommendation"].field("state_status_source").choices  # type: ignore[union-attr]
OPEN_STATUSES = ("not_started", "in_progress", "partially_implemented")
NO_REPORT = ""  # as `report` filter: recommendations that name no report (or one since purged)
NOT_REPORTED = ""  # as `state_status` filter: the State has reported no status
NO_AUTHORITY = ""  # as `authority` filter: no responsible authority is named
NO_PRIORITY = ""  # as `priority` filter: no priority is given

_REPORT = "json_extract(r.fields, '$.report')"
_STATE = "json_extract(r.fields, '$.state_status')"
_AUTHORITY = "json_extract(r.fields, '$.responsible_authority')"
_PRIORITY = "json_extract(r.fields, '$.priority')"


def _rank(column: str, values: tuple[str, ...]) -> str:
    return f"CASE {column} " + " ".join(f"WHEN '{s}' THEN {n}" for n, s in enumerate(values)) + " END"


ORDERS = {
    "report": f"p.title COLLATE NOCASE {{direction}} NULLS LAST, {_REPORT}",
    "paragraph": "json_extract(r.fields, '$.paragraph') COLLATE NOCASE {direction}",
    "title": "r.title COLLATE NOCASE {direction}",
    "addressee": "json_extract(r.fields, '$.addressee') {direction}",
    "status": _rank("r.status", STATUSES) + " {direction}",
    "state_status": _rank(_STATE, STATUSES) + " {direction} NULLS LAST",
    "priority": _rank(_PRIORITY, PRIORITIES) + " {direction} NULLS LAST",
    "authority": f"{_AUTHORITY} COLLATE NOCASE {{direction}} NULLS LAST",
    "date": "r.date {direction}",
    "due": "r.due_date {direction}",
}


@dataclass(frozen=True)
class RecommendationQuery:
    """Filters (all optional, combined with AND), order and page."""

    report: str | None = None  # a report's id, or NO_REPORT
    addressee: str | None = None
    status: str | None = None  # the NPM's assessment
    visit: str | None = None  # recommendations of the reports on this visit
    state_status: str | None = None  # what the State reports, or NOT_REPORTED
    priority: str | None = None  # or NO_PRIORITY
    authority: str | None = None  # the responsible authority as written, or NO_AUTHORITY
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
    state_status: str | None = None
    priority: str | None = None
    authority: str | None = None


@dataclass(frozen=True)
class StatusCount:
    status: str
    count: int


@dataclass(frozen=True)
class ReportChoice:
    report_id: str  # NO_REPORT for recommendations without a report
    title: str | None
    count: int


@dataclass(frozen=True)
class AuthorityChoice:
    authority: str  # NO_AUTHORITY for recommendations that name none
    count: int


_FROM = (
    "FROM record r LEFT JOIN record p"
    f" ON p.id = {_REPORT} AND p.kind = 'report' AND p.deleted_at IS NULL"
    " WHERE r.kind = 'recommendation' AND r.deleted_at IS NULL"
)


def _optional_match(column: str, value: str | None, none: str, conditions: list[str], params: list[Any]) -> None:
    """`column = value`, or "no value" for the filter's `none` marker."""
    if value is None:
        return
    if value == none:
        conditions.append(f"({column} IS NULL OR {column} = '')")
    else:
        conditions.append(f"{column} = ?")
        params.append(value)


def _where(query: RecommendationQuery, *, with_status: bool = True, with_state: bool = True) -> tuple[str, list[Any]]:
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
    if with_state:
        _optional_match(_STATE, query.state_status, NOT_REPORTED, conditions, params)
    _optional_match(_PRIORITY, query.priority, NO_PRIORITY, conditions, params)
    _optional_match(_AUTHORITY, query.authority, NO_AUTHORITY, conditions, params)
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
        f" json_extract(r.fields, '$.paragraph'), {_REPORT}, p.title, {_STATE}, {_PRIORITY}, {_AUTHORITY}"
        f" {_FROM}{where}"
        f" ORDER BY {order}, json_extract(r.fields, '$.paragraph') COLLATE NOCASE, r.seq {direction}"
        " LIMIT ? OFFSET ?",
        (*params, max(0, query.limit), max(0, query.offset)),
    ).fetchall()
    return [RecommendationRow(*row) for row in rows]


def _by_status_only(query: RecommendationQuery) -> bool:
    """No filter that reads the fields: counts come from the (kind, deleted_at, status) index alone."""
    return all(value is None for value in (query.report, query.addressee, query.visit, query.state_status,
                                           query.priority, query.authority))


_LIVE = "FROM record r WHERE r.kind = 'recommendation' AND r.deleted_at IS NULL"


def count_recommendations(store: RecordStore, query: RecommendationQuery) -> int:
    if _by_status_only(query):
        status = " AND r.status = ?" if query.status is not None else ""
        row = store.db.execute(f"SELECT count(*) {_LIVE}{status}", () if not status else (query.status,)).fetchone()
        return int(row[0])
    where, params = _where(query)
    row = store.db.execute(f"SELECT count(*) {_FROM}{where}", params).fetchone()
    return int(row[0])


def _counted(rows: list[tuple[Any, ...]]) -> tuple[StatusCount, ...]:
    found = {status: int(count) for status, count in rows}
    return tuple(StatusCount(status, found.get(status, 0)) for status in STATUSES)


def status_counts(store: RecordStore, query: RecommendationQuery) -> tuple[StatusCount, ...]:
    """Recommendations per status of the NPM's assessment under `query`'s filters, its (NPM)
    status filter left out."""
    if _by_status_only(query):
        rows = store.db.execute(f"SELECT r.status, count(*) {_LIVE} GROUP BY r.status").fetchall()
    else:
        where, params = _where(query, with_status=False)
        rows = store.db.execute(f"SELECT r.status, count(*) {_FROM}{where} GROUP BY r.status", params).fetchall()
    return _counted(rows)


def state_status_counts(store: RecordStore, query: RecommendationQuery) -> tuple[StatusCount, ...]:
    """Recommendations per status the State reported under `query`'s filters, its State status
    filter left out (those the State has not reported on are in no status)."""
    where, params = _where(query, with_state=False)
    source = _FROM if query.report == NO_REPORT else _LIVE  # only "no report" needs the reports joined
    rows = store.db.execute(f"SELECT {_STATE}, count(*) {source}{where} GROUP BY {_STATE}", params).fetchall()
    return _counted(rows)


def reports_with_recommendations(store: RecordStore) -> list[ReportChoice]:
    """Each report that has live recommendations, by title, then NO_REPORT if some have none."""
    rows = store.db.execute(
        f"SELECT p.id, p.title, count(*) {_FROM} GROUP BY p.id"
        " ORDER BY p.id IS NULL, p.title COLLATE NOCASE, p.id"
    ).fetchall()
    return [ReportChoice(report_id or NO_REPORT, title, int(count)) for report_id, title, count in rows]


def authorities(store: RecordStore) -> list[AuthorityChoice]:
    """Each responsible authority named by live recommendations (as written), by name, then
    NO_AUTHORITY if some name none."""
    rows = store.db.execute(
        f"SELECT coalesce({_AUTHORITY}, ''), count(*) {_LIVE} GROUP BY coalesce({_AUTHORITY}, '')"
        f" ORDER BY coalesce({_AUTHORITY}, '') = '', coalesce({_AUTHORITY}, '') COLLATE NOCASE"
    ).fetchall()
    return [AuthorityChoice(str(name), int(count)) for name, count in rows]


def reports_for_recommendations(store: RecordStore, limit: int = 500) -> list[tuple[str, str]]:
    """(title, id) of the live reports a recommendation may come from (a visit report to the
    State or to the NPM, or the NPM's own report), by title: not the SPT's annual report or guidance."""
    types = ", ".join("?" * len(RECOMMENDATION_REPORT_TYPES))
    rows = store.db.execute(
        "SELECT title, id FROM record WHERE kind = 'report' AND deleted_at IS NULL"  # noqa: S608 - placeholders
        f" AND json_extract(fields, '$.report_type') IN ({types})"
        " ORDER BY title COLLATE NOCASE, id LIMIT ?",
        (*RECOMMENDATION_REPORT_TYPES, limit),
    ).fetchall()
    return [(str(title), str(record_id)) for title, record_id in rows]


def names_unfit_report(store: RecordStore, record: Record) -> bool:
    """True if `record` is a recommendation whose report is the SPT's annual report or guidance
    (saved before the rule): it stays readable, and saving it again asks for another report."""
    try:
        recommendation_sources.check(store.db, record)
    except recommendation_sources.NotARecommendationReport:
        return True
    return False


# ------------------------------------------------------------------------------ the dialogue


@dataclass(frozen=True)
class StatusChange:
    """One dated status of one side of the dialogue, as a version of the record set it.

    `on` is the date the status is dated (the State's report, the NPM's assessment), `source`
    where it comes from (SOURCES), `recorded_at`/`recorded_by` when and by whom it was entered,
    `evidence` the NPM's evidence (None for the State's side)."""

    status: str | None
    on: str | None
    source: str | None
    version: int
    recorded_at: str
    recorded_by: str
    evidence: str | None = None


@dataclass(frozen=True)
class StatusHistory:
    """Both sides of a recommendation's dialogue, each oldest first; the last item is the current one."""

    state: tuple[StatusChange, ...]
    npm: tuple[StatusChange, ...]


def _text(record: Record, name: str) -> str | None:
    value = record.fields.get(name)
    return value if isinstance(value, str) and value else None


def state_side(record: Record) -> StatusChange:
    return StatusChange(_text(record, "state_status"), _text(record, "state_status_on"),
                        _text(record, "state_status_source"), record.version, record.updated_at, record.updated_by)


def npm_side(record: Record) -> StatusChange:
    return StatusChange(record.status, _text(record, "evidence_date"), _text(record, "assessment_source"),
                        record.version, record.updated_at, record.updated_by, _text(record, "evidence"))


def _changes(versions: list[Record], side: Any) -> tuple[StatusChange, ...]:
    found: list[StatusChange] = []
    for version in versions:
        change = side(version)
        key = (change.status, change.on, change.source)
        if key == (None, None, None) and not found:
            continue  # nothing said yet
        if not found or key != (found[-1].status, found[-1].on, found[-1].source):
            found.append(change)
    return tuple(found)


def status_history(store: RecordStore, record_id: str) -> StatusHistory:
    """The dated changes of the State's reported status and of the NPM's assessment of one
    recommendation, each with its source, oldest first, read from the record's versions (a
    version that changes neither the status, its date nor its source is not a change).
    RecordNotFound if there is no such record."""
    current = store.get(record_id, include_deleted=True)
    versions = [*reversed(store.history(record_id)), current]
    versions = [v for v in versions if v.kind == "recommendation"]
    return StatusHistory(_changes(versions, state_side), _changes(versions, npm_side))


@dataclass(frozen=True)
class ProjectRef:
    """A Special Fund project (application) that lists a recommendation."""

    id: str
    title: str
    status: str | None
    call_year: int | None
    amount: float | None
    currency: str | None


def implementing_projects(store: RecordStore, recommendation_id: str) -> list[ProjectRef]:
    """The live Special Fund projects whose `recommendations` list this recommendation, by call
    year (newest first), then title."""
    rows = store.db.execute(
        "SELECT r.id, r.title, r.status, json_extract(r.fields, '$.call_year'), json_extract(r.fields, '$.amount'),"
        " json_extract(r.fields, '$.currency') FROM record r"
        " WHERE r.kind = 'special_fund' AND r.deleted_at IS NULL"
        " AND EXISTS (SELECT 1 FROM json_each(r.fields, '$.recommendations') j WHERE j.value = ?)"
        " ORDER BY json_extract(r.fields, '$.call_year') DESC NULLS LAST, r.title COLLATE NOCASE, r.id",
        (recommendation_id,),
    ).fetchall()
    return [ProjectRef(str(i), str(t), s, y if isinstance(y, int) else None,
                       a if isinstance(a, int | float) else None, c if isinstance(c, str) else None)
            for i, t, s, y, a, c in rows]


FUND_REPORT_TYPES = ("visit_report_to_state", "report_to_npm")


def published_visit_reports(store: RecordStore, limit: int = 500) -> list[tuple[str, str]]:
    """(title, id) of the live, published visit reports (to the State or to the NPM), by title:
    the reports whose recommendations a Special Fund project may implement (art. 26)."""
    rows = store.db.execute(
        "SELECT title, id FROM record WHERE kind = 'report' AND deleted_at IS NULL"
        " AND json_extract(fields, '$.report_type') IN (?, ?)"
        " AND (status = 'published' OR json_extract(fields, '$.published_on') IS NOT NULL)"
        " ORDER BY title COLLATE NOCASE, id LIMIT ?",
        (*FUND_REPORT_TYPES, limit),
    ).fetchall()
    return [(str(title), str(record_id)) for title, record_id in rows]
