"""Contacts with their role and SPT regional team, for lists that name a counterpart.

A counterpart is chosen from a list of contacts; a name alone does not tell two rapporteurs or
a member from the Secretariat apart, so the list shows each contact's role and regional team.
"""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore


@dataclass(frozen=True)
class ContactRole:
    id: str
    title: str
    role: str | None
    regional_team: str | None


def contacts(store: RecordStore, query: ListQuery) -> list[ContactRole]:
    """The contacts `query` lists (in its order), each with its role and regional team (None if unset)."""
    summaries = [s for s in store.list(query) if s.kind == "contact"]
    rows = store.db.execute(
        "SELECT id, json_extract(fields, '$.role'), json_extract(fields, '$.regional_team') FROM record"
        " WHERE kind = 'contact' AND deleted_at IS NULL"
    ).fetchall()
    found = {row[0]: (_text(row[1]), _text(row[2])) for row in rows}
    return [ContactRole(s.id, s.title, *found.get(s.id, (None, None))) for s in summaries]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
