"""Merging a package's records into the vault, by UUID.

For each incoming record, compared by content hash (records/content.py) with ours:
- we do not have it: it is **added** as it is (id, version, authors, times);
- same content: **unchanged**;
- ours is one of its earlier versions (in its lineage): it is **updated**, ours kept in the history;
- theirs is one of our earlier versions: we are **ahead**, nothing changes;
- otherwise both sides edited it: a **conflict**; ours stays current, theirs joins the history,
  and the record is marked for the user to settle;
- same content, and the package comes from one of the NPM's own devices with real names that we
  do not have (our copy came pseudonymised): the **names are filled in** (theirs becomes current,
  ours goes to the history; its content hash is the same);
- we deleted it (it is in the bin, or purged and only its tombstone is left): **deleted here**,
  nothing changes; if the sender has a version we never had, it is **deleted here, changed by
  the sender**, still not brought back. Only if the user names it (`restore`) is it brought
  back from the package: out of the bin and merged as above, or added again if it was purged.
Importing the same package twice therefore changes nothing the second time.

What a package can never do (the whole package is refused, nothing written):
- give a record another kind than ours (KindMismatch: a contact stays a contact);
- carry a malformed contact key (contact_keys.MalformedContactKey).
What a package can never change: a contact's keys and their verification. Updates and conflicts
keep ours (the store enforces it too); a NEW contact's keys are taken only if no contact here (nor
this vault) already has them, otherwise they are set aside (`MergePlan.keys_set_aside`): a package
cannot give a second name to a key you know.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from npmdesk.exchange import contact_keys
from npmdesk.exchange.errors import PackageError
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.schema import IncomingRecord
from npmdesk.records import attachments
from npmdesk.records.content import version_hash
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.new_rows import NewRows
from npmdesk.records.pseudonyms import pseudonymised
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import Connection

if TYPE_CHECKING:
    from npmdesk.exchange.parse_worker import Parsed

ADDED, UPDATED, UNCHANGED, AHEAD, CONFLICT = "added", "updated", "unchanged", "ahead", "conflict"
DELETED, DELETED_CHANGED = "deleted here", "deleted here, changed by the sender"
NAMES_FILLED = "real names filled in"
WRITTEN = (ADDED, UPDATED, CONFLICT, NAMES_FILLED)  # outcomes that write the record (and its new attachments)
TITLE_KEPT = 120  # characters of a record's title the plan keeps, for the preview's lists…
TITLES_KEPT = 10_000  # …for this many records (the first ones): the lists name the others by id


class KindMismatch(PackageError):
    def __init__(self, record_id: str) -> None:
        super().__init__(
            "This package was refused: its record {record_id} has the id of a different kind of record in "
            "your vault (a package cannot turn one kind of record into another). Nothing was changed.",
            record_id=record_id)


class Titles(dict[str, str]):
    """Record id -> title; "" for a record whose title was not kept (see MergePlan)."""

    def __missing__(self, record_id: str) -> str:
        return ""


@dataclass
class MergePlan:
    """What an import will do, record by record (id -> one of the outcomes above), with the titles
    of the first TITLES_KEPT records (their first TITLE_KEPT characters) for the preview's lists:
    never the records, so a plan costs a few hundred bytes a record whatever they hold."""

    outcomes: dict[str, str] = field(default_factory=dict)
    titles: Titles = field(default_factory=Titles)
    new_attachments: int = 0
    keys_set_aside: list[str] = field(default_factory=list)  # new contacts whose keys are not taken
    restored: list[str] = field(default_factory=list)  # deleted here, brought back as the user asked

    def ids(self, outcome: str) -> list[str]:
        return [rid for rid, o in self.outcomes.items() if o == outcome]

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)

    def writes(self, record_id: str) -> bool:
        return self.outcomes.get(record_id) in WRITTEN

    @property
    def changes_anything(self) -> bool:
        return self.new_attachments > 0 or bool(self.restored) or any(o in WRITTEN for o in self.outcomes.values())


def history_hashes(store: RecordStore, record_id: str) -> list[str]:
    """Content hashes of a record's earlier versions, oldest first (a package's `lineage`)."""
    return [version_hash(old) for old in reversed(store.history(record_id))]


def _deleted_outcome(incoming: IncomingRecord, known: list[str]) -> str:
    """A record deleted here: is the incoming version one we had, or one the sender changed since?"""
    return DELETED if incoming.content_sha256 in known else DELETED_CHANGED


def outcome(store: RecordStore, incoming: IncomingRecord, *, restore: bool = False) -> str:
    """The outcome for one record; KindMismatch if ours (live, in the bin or purged) is of another kind.
    With `restore`, a record deleted here gets the outcome it would have had if it was not deleted."""
    rid = incoming.record.id
    if not store.knows(rid):  # the common case of a first import: one cheap look-up
        return ADDED
    try:
        current = store.get(rid, include_deleted=True)
    except RecordNotFound:
        tombstone = store.tombstone(rid)
        if tombstone is None or restore:
            if tombstone is not None and tombstone.kind != incoming.record.kind:
                raise KindMismatch(rid) from None
            return ADDED
        if tombstone.kind != incoming.record.kind:
            raise KindMismatch(rid) from None
        return _deleted_outcome(incoming, list(tombstone.hashes))
    if current.kind != incoming.record.kind:
        raise KindMismatch(rid)
    here = version_hash(current)
    if current.deleted_at is not None and not restore:
        return _deleted_outcome(incoming, [here, *history_hashes(store, rid)])
    if incoming.content_sha256 == here:
        return UNCHANGED
    if here in incoming.lineage:
        return UPDATED
    # Only now read the history: unchanged and newer records (the common case) never need it.
    if incoming.content_sha256 in history_hashes(store, rid):
        return AHEAD
    return CONFLICT


def attachment_sha256(store: RecordStore, attachment_id: str) -> str | None:
    """The SHA-256 of the vault's attachment with this id, None if it has none."""
    return attachments.sha256_of(store, attachment_id)


class Merge:
    """One import's merge, a record at a time: `take(db, incoming)` plans the record (raising a
    PackageError if the package must be refused) and writes it inside the caller's transaction.

    Records never wait for one another: memory does not grow with the package beyond the plan's
    id, outcome and (shortened) title per record, and the keys of the new contacts seen so far.
    A refusal on a later record (or on the package as a whole) must roll back the caller's
    transaction: the import is all or nothing.

    `restore`: ids of records deleted here that the user asked to bring back from this package.
    A new contact whose keys another contact (or this vault, or an earlier contact of the same
    package) already has loses them (`MergePlan.keys_set_aside`)."""

    def __init__(self, store: RecordStore, identity: VaultIdentity, restore: Collection[str] = ()) -> None:
        self._store = store
        self._restore = frozenset(restore)
        self._taken = {identity.signing_key.encode(), identity.recipient.encode()}
        self.plan = MergePlan()
        self._index: NewRows | None = None  # added records' rows and search entries, written a batch at a time
        self.unindexed: set[str] = set()  # added with attachments: the caller must index them (store.reindex)

    def take(self, db: Connection, incoming: IncomingRecord) -> str:
        """Plan and write one record; returns its outcome. Added records (their rows and search
        entries) are written a batch at a time (records/new_rows.py): call `finish()` once every
        record is taken, and before anything reads them (their attachments). Added records
        with attachments are not indexed here (`unindexed`): the caller indexes them once their
        attachments are in (RecordStore.reindex)."""
        decided = self.plan_one(incoming)
        restored = bool(self.plan.restored) and self.plan.restored[-1] == incoming.record.id
        if self._index is None:
            self._index = NewRows(db)
        if restored or (decided in WRITTEN and decided != ADDED):
            self._index.flush()  # the store reads or rewrites this record and the index: they must be complete
        elif decided == ADDED and incoming.attachments:
            self._index.leave_out(incoming.record.id)  # indexed once complete, with its attachments
            self.unindexed.add(incoming.record.id)
        apply_one(self._store, db, incoming, decided, restored, self._index)
        return decided

    def take_made(self, db: Connection, parsed: Parsed) -> bool:
        """Add a record by the rows exchange/parse_worker.py's child made of it, if this vault
        never had a record with its id and it is not one to restore: what `take` would do with
        it, without the record itself (False: nothing done, `take` the record instead)."""
        rid = parsed.id
        if parsed.made is None or rid in self._restore or self._store.knows(rid):
            return False
        result = self.plan
        result.outcomes[rid] = ADDED
        if len(result.titles) < TITLES_KEPT:
            result.titles[rid] = parsed.made.row[2][:TITLE_KEPT]
        if self._index is None:
            self._index = NewRows(db)
        self._index.add_made(parsed.made)
        return True

    def finish(self) -> None:
        """Write the added records still pending, and their search entries (before anything reads
        them or the index, and before the commit). Taking more records after it is fine."""
        if self._index is not None:
            self._index.flush()

    def plan_one(self, incoming: IncomingRecord) -> str:
        """Read-only: the record's outcome, noted in the plan. The incoming record is changed in
        place (a new contact's keys set aside), so `apply_one` writes exactly what was planned."""
        store, result = self._store, self.plan
        incoming.record = contact_keys.check_incoming(incoming.record)  # MalformedContactKey
        rid = incoming.record.id
        decided = outcome(store, incoming)
        if rid in self._restore and decided in (DELETED, DELETED_CHANGED):
            decided = outcome(store, incoming, restore=True)
            result.restored.append(rid)
        if decided == UNCHANGED and _brings_names(store, incoming.record):
            decided = NAMES_FILLED
        result.outcomes[rid] = decided
        if len(result.titles) < TITLES_KEPT:
            result.titles[rid] = incoming.record.title[:TITLE_KEPT]
        if decided == ADDED and incoming.record.kind == "contact":
            incoming.record = _new_contact_keys(store, incoming.record, self._taken, result)
        if decided in WRITTEN or decided in (UNCHANGED, AHEAD):
            result.new_attachments += sum(1 for a in incoming.attachments if attachment_sha256(store, a["id"]) is None)
        return decided


def _new_contact_keys(store: RecordStore, contact: Record, taken: set[str], result: MergePlan) -> Record:
    """The new contact without the keys that are already someone's here (or earlier in the package)."""
    keys = contact_keys.keys_of(contact)
    drop: list[str] = []
    if keys.signing_key is not None:
        text = keys.signing_key.encode()
        if text in taken or store.contacts_with_signing_key(text, include_deleted=True):
            drop.append(contact_keys.SIGNING_KEY)
        taken.add(text)
    if keys.recipient is not None:
        text = keys.recipient.encode()
        if text in taken or store.contacts_with_age_recipient(text, include_deleted=True):
            drop.append(contact_keys.AGE_RECIPIENT)
        taken.add(text)
    if not drop:
        return contact
    result.keys_set_aside.append(contact.id)
    return contact_keys.without_keys(contact, tuple(drop))


def apply_one(store: RecordStore, db: Connection, incoming: IncomingRecord, decided: str, restored: bool,
              index: NewRows | None = None) -> None:
    """Write one planned outcome inside the caller's transaction. Deleted-here records are not
    written; the store keeps kinds and contacts' keys and verification whatever comes in. With
    `index`, an added record's rows and search entry wait there (records/new_rows.py)."""
    record = incoming.record if incoming.record.deleted_at is None else replace(incoming.record, deleted_at=None)
    if restored and decided != ADDED:
        store.import_restore(db, record.id)  # out of the bin, then merged as a live record
    if decided == ADDED:
        store.import_new(db, incoming.to_write(record), index)
    elif decided in (UPDATED, NAMES_FILLED):
        store.import_newer(db, incoming.to_write(record))  # their real names fill in ours (the store merges the tables)
    elif decided == CONFLICT:
        store.import_conflict(db, pseudonymised(record))  # their version joins our history as others see it


def _brings_names(store: RecordStore, record: Record) -> bool:
    """True if `record` (from one of the NPM's own devices) names people whom our copy knows only
    by their aliases: our copy came pseudonymised."""
    if not record.pseudonyms:
        return False
    ours = store.get(record.id, include_deleted=True).pseudonyms
    return any(real not in ours for real in record.pseudonyms)
