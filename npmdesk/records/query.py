"""Lists of records, filtered, sorted and paged in SQL (never by loading everything).

`ListQuery` is the one description of "which records, in which order" that lists, the GUI's
lazy models and search filters share.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from npmdesk.vault.database import Connection

ORDERS = {
    "date": "r.date",
    "title": "r.title COLLATE NOCASE",
    "updated": "r.updated_at",
    "kind": "r.kind",
    "status": "r.status",
    "due": "r.due_date",
}


@dataclass(frozen=True)
class ListQuery:
    """Filters (all optional, combined with AND), order and page."""

    kinds: tuple[str, ...] = ()
    status: str | None = None
    counterpart: str | None = None
    country: str | None = None
    tag: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    ids: tuple[str, ...] = ()
    in_bin: bool = False
    order_by: str = "date"
    descending: bool = True
    offset: int = 0
    limit: int = 200


@dataclass(frozen=True)
class Summary:
    """What a list row shows of a record."""

    id: str
    kind: str
    title: str
    date: str | None
    status: str | None
    counterpart: str | None
    country: str | None
    sensitivity: str
    updated_at: str
    due_date: str | None


SUMMARY_COLUMNS = (
    "r.id, r.kind, r.title, r.date, r.status, r.counterpart, r.country, r.sensitivity, r.updated_at, r.due_date"
)


def where_clause(query: ListQuery, alias: str = "r") -> tuple[str, list[Any]]:
    """SQL conditions and parameters for the filters of `query`."""
    conditions = [f"{alias}.deleted_at IS {'NOT ' if query.in_bin else ''}NULL"]
    params: list[Any] = []
    if query.kinds:
        conditions.append(f"{alias}.kind IN ({', '.join('?' * len(query.kinds))})")
        params += query.kinds
    for column in ("status", "counterpart", "country"):
        value = getattr(query, column)
        if value is not None:
            conditions.append(f"{alias}.{column} = ?")
            params.append(value)
    if query.tag is not None:
        conditions.append(f"{alias}.seq IN (SELECT seq FROM record_tag WHERE tag = ?)")  # noqa: S608
        params.append(query.tag)
    if query.date_from is not None:
        conditions.append(f"{alias}.date >= ?")
        params.append(query.date_from)
    if query.date_to is not None:
        conditions.append(f"{alias}.date <= ?")
        params.append(query.date_to)
    if query.ids:
        conditions.append(f"{alias}.id IN ({', '.join('?' * len(query.ids))})")
        params += query.ids
    return " AND ".join(conditions), params


def list_records(db: Connection, query: ListQuery) -> list[Summary]:
    where, params = where_clause(query)
    direction = "DESC" if query.descending else "ASC"
    nulls = "NULLS LAST" if query.descending else "NULLS FIRST"
    order = f"{ORDERS.get(query.order_by, ORDERS['date'])} {direction} {nulls}, "
    if query.order_by == "kind" and len(query.kinds) == 1:
        order = ""  # every row has that kind: the tie-break alone keeps the index usable
    # Every order has an index on (deleted_at, column) and (kind, deleted_at, column), which
    # holds the row id too: pages are read from the index, never sorted in memory.
    rows = db.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM record r WHERE {where}"  # noqa: S608 - fixed fragments
        f" ORDER BY {order}r.seq {direction} LIMIT ? OFFSET ?",
        (*params, max(0, query.limit), max(0, query.offset)),
    ).fetchall()
    return [Summary(*row) for row in rows]


def count_records(db: Connection, query: ListQuery) -> int:
    where, params = where_clause(query)
    sql = f"SELECT count(*) FROM record r WHERE {where}"  # noqa: S608 - fixed fragments, values bound
    row = db.execute(sql, params).fetchone()
    return int(row[0])
