"""The contacts that can be default export recipients: kind "contact" with an age recipient."""

from __future__ import annotations

from dataclasses import dataclass, replace

from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

PAGE = 500


@dataclass(frozen=True)
class RecipientChoice:
    record_id: str
    name: str  # the contact's title: shown in the dialog, never stored in the settings
    role: str


def recipient_contacts(store: RecordStore) -> list[RecipientChoice]:
    """Live contacts with a non-empty `age_recipient` field, by name (reads each contact once)."""
    query = ListQuery(kinds=("contact",), order_by="title", descending=False, limit=PAGE)
    choices: list[RecipientChoice] = []
    offset = 0
    while True:
        page = store.list(replace(query, offset=offset))
        for summary in page:
            record = store.get(summary.id)
            if str(record.fields.get("age_recipient") or "").strip():
                choices.append(RecipientChoice(record.id, record.title, str(record.fields.get("role") or "")))
        if len(page) < PAGE:
            return choices
        offset += PAGE
