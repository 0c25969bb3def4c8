"""Merging a package's records into the vault, by UUID.

For each incoming record, compared by content hash (schema.content_sha256) with ours:
- we do not have it: it is **added** as it is (id, version, authors, times);
- same content: **unchanged**;
- ours is one of its earlier versions (in its lineage): it is **updated**, ours kept in the history;
- theirs is one of our earlier versions: we are **ahead**, nothing changes;
- otherwise both sides edited it: a **conflict**; ours stays current, theirs joins the history,
  and the record is marked for the user to settle.
Importing the same package twice therefore changes nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from npmdesk.exchange.schema import TRUST_FIELDS, IncomingRecord, content_sha256
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.pseudonyms import pseudonymised
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import Connection

ADDED, UPDATED, UNCHANGED, AHEAD, CONFLICT = "added", "updated", "unchanged", "ahead", "conflict"


@dataclass
class MergePlan:
    """What an import will do, record by record (id -> one of the outcomes above)."""

    outcomes: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    new_attachments: int = 0

    def ids(self, outcome: str) -> list[str]:
        return [rid for rid, o in self.outcomes.items() if o == outcome]

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)

    @property
    def changes_anything(self) -> bool:
        return self.new_attachments > 0 or any(o in (ADDED, UPDATED, CONFLICT) for o in self.outcomes.values())


def history_hashes(store: RecordStore, record_id: str) -> list[str]:
    """Content hashes of a record's earlier versions, oldest first (a package's `lineage`)."""
    return [content_sha256(pseudonymised(old)) for old in reversed(store.history(record_id))]


def outcome(store: RecordStore, incoming: IncomingRecord) -> str:
    try:
        current = store.get(incoming.record.id, include_deleted=True)
    except RecordNotFound:
        return ADDED
    here = content_sha256(pseudonymised(current))
    if incoming.content_sha256 == here:
        return UNCHANGED
    if here in incoming.lineage:
        return UPDATED
    # Only now read the history: unchanged and newer records (the common case) never need it.
    if incoming.content_sha256 in history_hashes(store, incoming.record.id):
        return AHEAD
    return CONFLICT


def attachment_sha256(store: RecordStore, attachment_id: str) -> str | None:
    """The SHA-256 of the vault's attachment with this id, None if it has none."""
    row = store.db.execute("SELECT sha256 FROM attachment WHERE id=?", (attachment_id,)).fetchone()
    return None if row is None else str(row[0])


def plan(store: RecordStore, records: list[IncomingRecord]) -> MergePlan:
    """Read-only: what `apply` would do."""
    result = MergePlan()
    for incoming in records:
        result.outcomes[incoming.record.id] = outcome(store, incoming)
        result.titles[incoming.record.id] = incoming.record.title
        result.new_attachments += sum(1 for a in incoming.attachments if attachment_sha256(store, a["id"]) is None)
    return result


def _keep_local_trust(store: RecordStore, record: Record) -> Record:
    """A contact's keys and verification stay as this vault has them."""
    if record.kind != "contact":
        return record
    local = store.get(record.id, include_deleted=True).fields
    fields = {k: v for k, v in record.fields.items() if k not in TRUST_FIELDS}
    fields.update({k: local[k] for k in TRUST_FIELDS if k in local})
    return replace(record, fields=fields)


def apply(store: RecordStore, db: Connection, records: list[IncomingRecord], merge_plan: MergePlan) -> None:
    """Write the planned outcomes inside the caller's transaction."""
    for incoming in records:
        decided = merge_plan.outcomes[incoming.record.id]
        if decided == ADDED:
            store.import_new(db, incoming.record)
        elif decided == UPDATED:
            store.import_newer(db, _keep_local_trust(store, incoming.record))
        elif decided == CONFLICT:
            store.import_conflict(db, _keep_local_trust(store, incoming.record))
