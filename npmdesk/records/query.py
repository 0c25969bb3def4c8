"""Lists of records, filtered, sorted and paged in SQL (never by loading everything).

`ListQuery` is the one description of "which records, in which order" that lists, the GUI's
lazy models and search filters share.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
    counterpart_roles: tuple[str, ...] = ()  # records whose counterpart is a contact with one of these roles
    country: str | None = None
    sensitivity: str | None = None
    tag: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    ids: tuple[str, ...] = ()
    in_bin: bool = False
    conflicts: bool = False  # only records edited on both sides of an import, not yet settled
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
    if query.ids or query.conflicts:  # a few rows: found by id or the conflict index, not by deleted_at
        conditions[0] = f"+{conditions[0]}"
    params: list[Any] = []
    if query.kinds:
        conditions.append(f"{alias}.kind IN ({', '.join('?' * len(query.kinds))})")
        params += query.kinds
    for column in ("status", "counterpart", "country", "sensitivity"):
        value = getattr(query, column)
        if value is not None:
            conditions.append(f"{alias}.{column} = ?")
            params.append(value)
    if query.counterpart_roles:
        # The contacts are few; pages walk the list order's index with this as a filter (see
        # count_records for counts).
        conditions.append(f"{alias}.counterpart IN {_contacts_with_roles(len(query.counterpart_roles))}")
        params += query.counterpart_roles
    if query.conflicts:
        conditions.append(f"{alias}.conflict = 1")
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
    if query.ids:  # a few named rows: read them by id and sort them, never walk an order's index
        order = f"+{order}" if order else "+"
    # Every order has an index on (deleted_at, column) and (kind, deleted_at, column), which
    # holds the row id too: pages are read from the index, never sorted in memory.
    rows = db.execute(
        f"SELECT {SUMMARY_COLUMNS} FROM record r WHERE {where}"  # noqa: S608 - fixed fragments
        f" ORDER BY {order}r.seq {direction} LIMIT ? OFFSET ?",
        (*params, max(0, query.limit), max(0, query.offset)),
    ).fetchall()
    return [Summary(*row) for row in rows]


def _contacts_with_roles(count: int) -> str:
    return (
        "(SELECT c.id FROM record c WHERE c.kind = 'contact' AND c.deleted_at IS NULL"  # noqa: S608 - placeholders only
        f" AND json_extract(c.fields, '$.role') IN ({', '.join('?' * count)}))"
    )


def _count_by_counterpart_roles(db: Connection, roles: tuple[str, ...]) -> int:
    """Records whose counterpart has one of `roles`: every such record, read from the covering
    index record_by_counterpart, less those in the bin (few, read by deleted_at). Counting the live
    ones directly would read every matching row: about ten times slower (navigator counts)."""
    contacts = _contacts_with_roles(len(roles))
    row = db.execute(
        f"SELECT (SELECT count(*) FROM record r INDEXED BY record_by_counterpart WHERE r.counterpart IN {contacts})"  # noqa: S608
        f" - (SELECT count(*) FROM record r INDEXED BY record_by_kind_only"
        f" WHERE r.deleted_at IS NOT NULL AND r.counterpart IN {contacts})",
        (*roles, *roles),
    ).fetchone()
    return int(row[0])


def count_records(db: Connection, query: ListQuery) -> int:
    if query.counterpart_roles and replace(
        query, counterpart_roles=(), order_by="date", descending=True, offset=0, limit=ListQuery.limit
    ) == ListQuery():
        return _count_by_counterpart_roles(db, query.counterpart_roles)
    where, params = where_clause(query)
    sql = f"SELECT count(*) FROM record r WHERE {where}"  # noqa: S608 - fixed fragments, values bound
    row = db.execute(sql, params).fetchone()
    return int(row[0])
