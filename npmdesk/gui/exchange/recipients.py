"""The contacts a package can be encrypted for: live contacts with a valid age recipient, with
whether their keys were verified (a fingerprint compared by phone). A malformed recipient is left
out (the contact's detail says it is malformed)."""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.exchange import contact_keys
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
    """By name; contacts whose age recipient is empty or malformed are left out."""
    found = []
    for choice in recipient_contacts(store):
        try:
            contact = store.get(choice.record_id)
        except RecordNotFound:
            continue
        recipient = contact_keys.keys_of(contact).recipient
        if recipient is not None:
            found.append(Recipient(choice.record_id, choice.name, recipient.encode(),
                                   contact_keys.is_verified(contact)))
    return found
