"""The contacts a package can be encrypted for: live contacts with an age recipient, with whether
their keys were verified (a fingerprint compared by phone)."""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.gui.settings.recipients import recipient_contacts
from npmdesk.records.model import RecordNotFound
from npmdesk.records.store import RecordStore


@dataclass(frozen=True)
class Recipient:
    record_id: str
    name: str
    age_recipient: str
    verified: bool


def package_recipients(store: RecordStore) -> list[Recipient]:
    """By name; contacts whose age recipient field is empty are left out."""
    found = []
    for choice in recipient_contacts(store):
        try:
            fields = store.get(choice.record_id).fields
        except RecordNotFound:
            continue
        found.append(Recipient(choice.record_id, choice.name, str(fields.get("age_recipient") or "").strip(),
                               fields.get("keys_verified") is True))
    return found
