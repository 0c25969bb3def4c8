"""Saved email becomes communications: plan first (what would be imported, what is already
there, who is unknown), then apply (each message and its files stored together, or not at all).

- Direction follows the NPM's own addresses (`own_addresses`, a vault setting): a message from
  one of them was sent; anything else was received.
- The counterpart is the contact whose address (`email`, or one of `emails`) is the sender's
  (received) or the first recipient's that a contact has (sent). People with no contact are
  listed in the plan (`unknown_people`) for the user to add; none is created silently.
- The same message twice (its Message-ID, or its bytes' hash when it has none) is imported once.
- Threads: a message answering one already in the vault (In-Reply-To, else the last of its
  References) is linked to it and joins its thread; one imported before the message it answers
  is linked when that message arrives.
- Each record holds the message's text; its files are the untouched original (first, with its
  SHA-256 in the attachment list) and every attachment, inline images included.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from npmdesk.mail.message import Address, MailMessage
from npmdesk.mail.sources import Source
from npmdesk.phrase import Phrase
from npmdesk.records import attachments, mail_lookup
from npmdesk.records.extract_worker import Extractor
from npmdesk.records.model import MAX_TITLE, Link, Record
from npmdesk.records.store import RecordStore

OWN_ADDRESSES_KEY = "own_email_addresses"  # vault_meta: a JSON list of lower-cased addresses
NO_SUBJECT = "(no subject)"


@dataclass
class Planned:
    source: str | Phrase  # where it came from (sources.Source.label)
    message: MailMessage
    direction: str  # "sent" or "received"
    counterpart: str | None  # a contact id
    unknown: tuple[Address, ...]  # the people of the message that no contact has
    duplicate_of: str | None = None  # the communication that already holds it
    parent: str | None = None  # the communication it answers, when already in the vault


@dataclass
class Plan:
    messages: list[Planned] = field(default_factory=list)
    failures: list[Source] = field(default_factory=list)

    @property
    def new(self) -> list[Planned]:
        return [item for item in self.messages if item.duplicate_of is None]

    @property
    def duplicates(self) -> list[Planned]:
        return [item for item in self.messages if item.duplicate_of is not None]

    def unknown_people(self) -> list[Address]:
        """Each unknown address once, in the order met (senders of received mail first)."""
        seen: dict[str, Address] = {}
        for item in self.new:
            for person in item.unknown:
                seen.setdefault(person.email, person)
        return list(seen.values())


def own_addresses(store: RecordStore) -> list[str]:
    raw = store.vault.meta(OWN_ADDRESSES_KEY)
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(item) for item in value if isinstance(item, str)] if isinstance(value, list) else []


def set_own_addresses(store: RecordStore, addresses: Iterable[str]) -> list[str]:
    """Replace the NPM's own addresses (lower-cased, each once, in order); returns them."""
    cleaned = list(dict.fromkeys(address.strip().lower() for address in addresses if "@" in address))
    store.vault.set_meta(OWN_ADDRESSES_KEY, json.dumps(cleaned))
    return cleaned


def plan(store: RecordStore, sources: Iterable[Source]) -> Plan:
    """What importing `sources` would do; reads the vault, changes nothing."""
    result = Plan()
    read: list[tuple[str | Phrase, MailMessage]] = []
    for source in sources:
        if source.message is None:
            result.failures.append(source)
        else:
            read.append((source.label, source.message))
    ours = set(own_addresses(store))
    contacts = mail_lookup.contacts_by_email(store.db)
    wanted = {message.key for _, message in read}
    wanted |= {parent for _, message in read if (parent := _parent_key(message))}
    known = mail_lookup.records_by_message_id(store.db, wanted)
    seen: set[str] = set()
    for label, message in read:
        sent = message.sender is not None and message.sender.email in ours
        people = message.recipients() if sent else ((message.sender,) if message.sender else ())
        counterpart = next((contacts[p.email] for p in people if p.email in contacts), None)
        unknown = tuple(p for p in people if p.email and p.email not in contacts and p.email not in ours)
        duplicate = known.get(message.key) or ("" if message.key in seen else None)
        seen.add(message.key)
        parent_key = _parent_key(message)
        result.messages.append(Planned(
            label, message, "sent" if sent else "received", counterpart, unknown,
            duplicate_of=duplicate, parent=known.get(parent_key) if parent_key else None,
        ))
    return result


def apply(store: RecordStore, planned: Plan, *, add_contacts: Iterable[Address] = (),
          extractor: Extractor | None = None,
          progress: Callable[[int, int], None] | None = None) -> list[str]:
    """Import the plan's new messages (oldest first, so a reply finds what it answers); add the
    chosen unknown people as contacts first. Returns the new communications' ids. Each message
    is stored with its files in one transaction: a failure leaves the messages before it
    imported and nothing of the failed one."""
    contacts = {person.email: _add_contact(store, person) for person in add_contacts if person.email}
    items = sorted(planned.new, key=lambda item: _sort_key(item.message))
    ids: list[str] = []
    by_key: dict[str, str] = {}
    for number, item in enumerate(items, start=1):
        counterpart = item.counterpart or next(
            (contacts[p.email] for p in _people(item) if p.email in contacts), None)
        parent = item.parent or by_key.get(_parent_key(item.message) or "")
        record = _record(store, item, counterpart, parent)
        _store(store, record, item.message)
        by_key[item.message.key] = record.id
        ids.append(record.id)
        _adopt_waiting_replies(store, record)
        if progress is not None:
            progress(number, len(items))
    attachments.index_pending(store, ids, extractor)
    return ids


def _people(item: Planned) -> tuple[Address, ...]:
    message = item.message
    if item.direction == "sent":
        return message.recipients()
    return (message.sender,) if message.sender else ()


def _sort_key(message: MailMessage) -> tuple[int, str]:
    return (0, message.date.astimezone(dt.UTC).isoformat()) if message.date else (1, "")


def _parent_key(message: MailMessage) -> str:
    return message.in_reply_to or (message.references[-1] if message.references else "")


def _add_contact(store: RecordStore, person: Address) -> str:
    existing = mail_lookup.contacts_by_email(store.db).get(person.email)
    if existing:
        return existing
    contact = store.add(Record(
        kind="contact", title=(person.name or person.email)[:MAX_TITLE], status="active",
        fields={"role": "other", "email": person.email},
    ))
    return contact.id


def _record(store: RecordStore, item: Planned, counterpart: str | None, parent: str | None) -> Record:
    message = item.message
    fields: dict[str, object] = {
        "direction": item.direction, "channel": "email", "message_id": message.key,
        "participants": [p.display() for p in ((message.sender,) if message.sender else ()) + message.recipients()],
    }
    if message.date is not None:
        fields["sent_at"] = message.date.isoformat()
    parent_key = _parent_key(message)
    if parent_key:
        fields["mail_parent"] = parent_key
    links: list[Link] = []
    if parent:
        original = store.get(parent, include_deleted=True)
        fields["in_reply_to"] = parent
        fields["thread"] = str(original.fields.get("thread") or original.id)
        links = [Link(parent, "reply_to")]
    title = " ".join(message.subject.split())[:MAX_TITLE] or NO_SUBJECT
    return store.stamped(Record(
        kind="communication", title=title, body=message.body,
        date=message.date.date().isoformat() if message.date else None,
        status="sent" if item.direction == "sent" else "closed",
        counterpart=counterpart, fields=fields, links=links,
    ))


def _store(store: RecordStore, record: Record, message: MailMessage) -> None:
    with store.transaction() as db:
        store.add_in(db, record)
        files = [(message.original_name, "message/rfc822" if not message.original_name.endswith(".msg")
                  else "application/vnd.ms-outlook", message.original)]
        files += [(item.filename, item.media_type, item.data) for item in message.attachments]
        for name, media_type, data in files:
            writer = attachments.AttachmentWriter(store, db, record.id, name, media_type=media_type)
            writer.write(data)
            writer.finish()
        store.reindex(db, record.id)


def _adopt_waiting_replies(store: RecordStore, record: Record) -> None:
    """Link the replies imported before `record` (the message they answer) to it."""
    key = str(record.fields.get("message_id"))
    thread = str(record.fields.get("thread") or record.id)
    for reply_id in mail_lookup.replies_waiting_for(store.db, key):
        followers = [summary.id for summary in store.thread(reply_id) if summary.id != reply_id]
        reply = store.get(reply_id)
        fields = dict(reply.fields) | {"in_reply_to": record.id, "thread": thread}
        store.update(replace(reply, fields=fields, links=[*reply.links, Link(record.id, "reply_to")]))
        for follower_id in followers:  # the replies to that reply move into the thread too
            follower = store.get(follower_id)
            store.update(replace(follower, fields=dict(follower.fields) | {"thread": thread}))


__all__ = ["OWN_ADDRESSES_KEY", "Plan", "Planned", "apply", "own_addresses", "plan", "set_own_addresses"]
