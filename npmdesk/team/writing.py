"""Writing this device's changesets and the snapshots for new members (docs/team-sync.md).

What changed here is logged by triggers in `team_change` (schemas 9 and 10) while the team has
members: a row per write, purge, attachment added or removed, never the content. A changeset takes every row up
to a cut, and is an ordinary package (exchange/export.py) of:
- the live records those rows name (as they are now, with their real names: the team's devices
  are the NPM's own), with only the attachments added since the last changeset (attachments
  travel once), but not the contacts that are team members (each vault keeps its own);
- the team document (document.py): the records deleted here (to the bin or purged) as tombstones
  (their id and the content hashes the deletion knew), those taken out of the bin, and the
  attachments removed from a record.

A changeset is numbered: first its number and cut are noted in the vault (`team_pending`), then
the file is written under a temporary name, flushed and renamed, then the vault notes it as
written and drops the rows up to the cut, in one transaction. A kill in between is finished at
the next round: a changeset file with the pending number is complete (it has its final name),
else it is written again, from the same rows. A number is never given to two different files
that a member could both have seen.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from npmdesk.exchange.export import ExportPlan, plan_export, write_package
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.merge import history_hashes
from npmdesk.records.attachments import sha256_of
from npmdesk.records.content import version_hash
from npmdesk.records.model import is_uuid
from npmdesk.records.store import RecordStore
from npmdesk.team import layout
from npmdesk.team.document import MAX_HASHES, NAME, Deleted, TeamDocument
from npmdesk.team.membership import Member, mark_snapshot
from npmdesk.vault.database import Connection

SEQUENCE_META = "team_sequence"  # the number of the last changeset written (0: none yet)
PENDING_META = "team_pending"  # {"sequence": N, "cut": S} while changeset N is being written
WANTED_META = "team_snapshots_wanted"  # restored from a backup: {member: its request (a random number)}
ANSWERED_META = "team_snapshots_answered"  # {member restored from a backup: its request this device answered}


@dataclass(frozen=True)
class Written:
    """A changeset or snapshot this round wrote."""

    path: Path
    sequence: int
    records: int
    deleted: int
    attachments: int


def last_sequence(store: RecordStore) -> int:
    text = store.vault.meta(SEQUENCE_META)
    return int(text) if text else 0


def pending_sequence(store: RecordStore) -> int | None:
    """The number of the changeset being written when a kill came (None: none was)."""
    pending = store.vault.meta(PENDING_META)
    return int(json.loads(pending)["sequence"]) if pending else None


def continue_after(store: RecordStore, sequence: int, own_fingerprint: str, wanted: Sequence[str]) -> None:
    """A vault restored from an older backup (team/restore.py): number the next changeset
    `sequence` + 1, give up the one that was being written at backup time (its rows stay in the
    change log, for the next changeset), drop the note of its own changesets applied again, and
    note the members (fingerprints) whose new snapshot it needs."""
    with store.transaction() as db:
        _set_meta(db, SEQUENCE_META, str(sequence))
        _set_meta(db, PENDING_META, None)
        db.execute("DELETE FROM team_device WHERE fingerprint = ?", (own_fingerprint,))
        if wanted:
            request = secrets.randbits(48)  # a new one at each restore: the same backup may be restored twice
            table = snapshots_wanted(store) | dict.fromkeys(wanted, request)
            _set_meta(db, WANTED_META, json.dumps(table, sort_keys=True))


def snapshots_wanted(store: RecordStore) -> dict[str, int]:
    """The members (fingerprints) whose new snapshot this vault, restored from a backup, needs,
    each with its request (a random number, new at each restore)."""
    text = store.vault.meta(WANTED_META)
    return {k: int(v) for k, v in json.loads(text).items()} if text else {}


def snapshot_received(store: RecordStore, db: Connection, fingerprint: str) -> None:
    """Inside the caller's transaction: the snapshot wanted from this member was applied."""
    left = {k: v for k, v in snapshots_wanted(store).items() if k != fingerprint}
    _set_meta(db, WANTED_META, json.dumps(left, sort_keys=True) if left else None)


def requests_answered(store: RecordStore) -> dict[str, int]:
    """The restored members' requests this device answered with a new snapshot."""
    text = store.vault.meta(ANSWERED_META)
    return {k: int(v) for k, v in json.loads(text).items()} if text else {}


def answer_request(store: RecordStore, fingerprint: str, request: int) -> None:
    """Note that the snapshot just written for `fingerprint` answers its request."""
    with store.transaction() as db:
        _set_meta(db, ANSWERED_META, json.dumps(requests_answered(store) | {fingerprint: request}, sort_keys=True))


def has_changes(store: RecordStore) -> bool:
    """Cheap: whether anything changed here since the last changeset (or one is half written)."""
    if store.vault.meta(PENDING_META):
        return True
    return bool(store.db.execute("SELECT EXISTS (SELECT 1 FROM team_change)").fetchone()[0])


def _set_meta(db: Connection, key: str, value: str | None) -> None:
    """A vault_meta value set (or removed, None) inside the caller's transaction."""
    if value is None:
        db.execute("DELETE FROM vault_meta WHERE key = ?", (key,))
    else:
        db.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)"
                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def _deleted_hashes(store: RecordStore, record_id: str) -> tuple[str, ...] | None:
    """The content hashes, newest first, of a record deleted here (in the bin or purged); None
    if it is live or was never here."""
    row = store.db.execute("SELECT deleted_at FROM record WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        tombstone = store.tombstone(record_id)
        return None if tombstone is None else tombstone.hashes[:MAX_HASHES]
    if row[0] is None:
        return None
    current = store.get(record_id, include_deleted=True)
    return (version_hash(current), *reversed(history_hashes(store, record_id)))[:MAX_HASHES]


@dataclass
class _Changes:
    live: list[str]
    deleted: list[Deleted]
    restored: list[str]
    attachments: set[str]
    attachments_removed: list[str]


def _collect(store: RecordStore, cut: int) -> _Changes:
    rows = store.db.execute(
        "SELECT record_id, attachment_id, restored FROM team_change WHERE seq <= ? ORDER BY seq", (cut,)).fetchall()
    ids = list(dict.fromkeys(row[0] for row in rows if row[0] is not None))
    attachments = {row[1] for row in rows if row[1] is not None}
    restored_ids = {row[0] for row in rows if row[2]}
    removed = sorted(a for a in attachments if is_uuid(a) and sha256_of(store, a) is None)  # logged, gone
    changes = _Changes([], [], [], attachments, removed)
    for record_id in ids:
        hashes = _deleted_hashes(store, record_id)
        if hashes is not None:
            changes.deleted.append(Deleted(record_id, hashes))
        elif store.db.execute("SELECT 1 FROM record WHERE id = ?", (record_id,)).fetchone() is not None:
            changes.live.append(record_id)
            if record_id in restored_ids:
                changes.restored.append(record_id)
    return changes


def _without_members(store: RecordStore, plan: ExportPlan) -> ExportPlan:
    """The plan without the contacts that are team members here: each vault makes, verifies and
    marks its own contacts for the other devices (they would arrive elsewhere as copies)."""
    ids = {row[0] for row in store.db.execute("SELECT contact_id FROM team_member")}
    if not ids & {r.id for r in plan.records}:
        return plan
    return ExportPlan([r for r in plan.records if r.id not in ids],
                      {rid: infos for rid, infos in plan.attachments.items() if rid not in ids})


def _package(store: RecordStore, identity: VaultIdentity, path: Path, plan: ExportPlan, doc: TeamDocument,
             recipients: Sequence[Member], to_self: bool) -> None:
    targets = [m.recipient.encode() for m in recipients if m.recipient is not None]
    if to_self:
        targets.append(identity.recipient.encode())
    write_package(store, identity, plan, path, recipients=targets, confirmed=True, overwrite=True,
                  documents=[(NAME, doc.to_bytes())])
    layout.sync_folder(path.parent)


def write_changeset(store: RecordStore, identity: VaultIdentity, own: Path,
                    members: Sequence[Member]) -> Written | None:
    """Write the next changeset into `own` (this device's subfolder) for every usable member and
    this vault, if anything changed here; finish one a kill interrupted. None if nothing to do."""
    pending = store.vault.meta(PENDING_META)
    if pending:
        noted = json.loads(pending)
        sequence, cut = int(noted["sequence"]), int(noted["cut"])
    else:
        row = store.db.execute("SELECT max(seq) FROM team_change").fetchone()
        if row[0] is None:
            return None
        sequence, cut = last_sequence(store) + 1, int(row[0])
        with store.transaction() as db:
            _set_meta(db, PENDING_META, json.dumps({"sequence": sequence, "cut": cut}))
    path = own / layout.changeset_name(sequence)
    written: Written | None = Written(path, sequence, 0, 0, 0)
    if not path.exists():  # else: complete (only a complete file has its final name); a kill came after
        changes = _collect(store, cut)
        plan = plan_export(store, changes.live) if changes.live else ExportPlan([])
        new = {rid: kept for rid, infos in plan.attachments.items()
               if (kept := [a for a in infos if a.id in changes.attachments])}
        plan = _without_members(store, ExportPlan(plan.records, new))
        if plan.records or changes.deleted or changes.restored or changes.attachments_removed:
            conflicts = [rid for rid in changes.live if store.is_conflicted(rid)]
            doc = TeamDocument(identity.fingerprint, sequence, None, changes.deleted, changes.restored, conflicts,
                               changes.attachments_removed)
            _package(store, identity, path, plan, doc, [m for m in members if m.usable], to_self=True)
            written = Written(path, sequence, len(plan.records), len(changes.deleted),
                              sum(len(infos) for infos in new.values()))
        else:  # only member contacts changed (they stay here): no changeset, the number stays free
            written, sequence = None, sequence - 1
    left_out = [m.contact_id for m in members if not m.usable]
    with store.transaction() as db:
        _set_meta(db, SEQUENCE_META, str(sequence))
        db.execute("DELETE FROM team_change WHERE seq <= ?", (cut,))
        _set_meta(db, PENDING_META, None)
        if written is not None:  # a member this changeset could not be addressed to needs a new snapshot
            db.executemany("UPDATE team_member SET snapshot = NULL WHERE contact_id = ?", [(c,) for c in left_out])
    return written


SNAPSHOT_DELETIONS = 50_000  # the newest deletions a snapshot carries (its document stays under its size limit)
SNAPSHOT_HASHES = 10  # per deleted record in a snapshot: the latest versions


def _every_deletion(store: RecordStore) -> list[Deleted]:
    """The records deleted here (in the bin, or purged: their tombstones), newest first, at most
    SNAPSHOT_DELETIONS, each with its kind and its SNAPSHOT_HASHES latest content hashes."""
    rows = store.db.execute(
        "SELECT id, kind, NULL, deleted_at AS at FROM record WHERE deleted_at IS NOT NULL"
        " UNION ALL SELECT id, kind, hashes, purged_at AS at FROM record_tombstone"
        " ORDER BY at DESC LIMIT ?", (SNAPSHOT_DELETIONS,)).fetchall()
    found = []
    for record_id, kind, hashes, _at in rows:
        known = _deleted_hashes(store, record_id) if hashes is None else tuple(json.loads(hashes))
        if known is not None:
            found.append(Deleted(record_id, known[:SNAPSHOT_HASHES], kind))
    return found


def write_snapshot(store: RecordStore, identity: VaultIdentity, own: Path, member: Member) -> Written:
    """A snapshot of every live record (with every attachment) and of every deletion (the bin and
    the tombstones, with their kinds) for one new member, covering this device's changesets up to
    the last one written; older snapshots for it are removed."""
    sequence = last_sequence(store)
    path = own / layout.snapshot_name(member.fingerprint, sequence)
    plan = _without_members(store, plan_export(store, None))
    doc = TeamDocument(identity.fingerprint, sequence, member.fingerprint, _every_deletion(store))
    _package(store, identity, path, plan, doc, [member], to_self=False)
    mark_snapshot(store, member.contact_id, sequence)
    for _member, (number, old) in layout.read_device_folder(own).snapshots.items():
        if _member == member.fingerprint and number != sequence:
            layout.remove(old)
    for old in layout.read_device_folder(own).stale_snapshots:
        layout.remove(old)
    return Written(path, sequence, len(plan.records), 0, sum(len(i) for i in plan.attachments.values()))
