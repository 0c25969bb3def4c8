"""The contacts that can join the team: verified, marked as one of the NPM's own devices, with an
age recipient, and not members yet (membership.add takes the same ones)."""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.exchange import contact_keys
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore
from npmdesk.team import membership


@dataclass(frozen=True)
class Candidate:
    record_id: str
    name: str  # the contact's title, as typed (neutralise it to show it)
    fingerprint: str


def candidates(store: RecordStore, own_fingerprint: str) -> list[Candidate]:
    """Live own-device contacts with usable keys that are not members, by name; never this vault itself."""
    current = membership.members(store)
    taken = {m.contact_id for m in current}
    taken_keys = {m.fingerprint for m in current} | {own_fingerprint}
    found: list[Candidate] = []
    for summary in store.each(ListQuery(kinds=("contact",), order_by="title", descending=False)):
        if summary.id in taken:
            continue
        contact = store.get(summary.id)
        keys = contact_keys.keys_of(contact)
        if contact_keys.is_own_device(contact) and keys.recipient is not None and keys.fingerprint not in taken_keys:
            found.append(Candidate(contact.id, contact.title, keys.fingerprint))
    return found
