"""The contacts that can be default export recipients: kind "contact" with an age recipient."""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore


@dataclass(frozen=True)
class RecipientChoice:
    record_id: str
    name: str  # the contact's title: shown in the dialog, never stored in the settings
    role: str


def recipient_contacts(store: RecordStore) -> list[RecipientChoice]:
    """Live contacts with a non-empty `age_recipient` field, by name (reads each contact once)."""
    choices: list[RecipientChoice] = []
    for summary in store.each(ListQuery(kinds=("contact",), order_by="title", descending=False)):
        record = store.get(summary.id)
        if str(record.fields.get("age_recipient") or "").strip():
            choices.append(RecipientChoice(record.id, record.title, str(record.fields.get("role") or "")))
    return choices
