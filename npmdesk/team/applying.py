"""Applying the other members' changesets, each in one transaction with the note of how far.

For each member's subfolder, changesets are applied in sequence through the exchange's import
(exchange/importer.py: verify, decrypt, merge by lineage; conflicts land in "Edited on both
sides"). In the same transaction as the merge: the team document's deletions (a record moves to
the bin here if its version here is one the deleting device knew; one edited here since stays),
and the note in `team_device` that this changeset was applied. A kill at any moment therefore
applies a changeset wholly or not at all, and never twice.

- A device not started yet starts from the snapshot made for this vault (then follows from the
  sequence the snapshot covers); without one, it waits.
- A gap (changeset N+1 missing while later ones are there) waits for the missing file.
- A file that fails verification (signature, signer, damage, a team document that does not
  match its name) is set aside: noted with its size and time, reported at every round, never
  half-applied, and tried again only if the file changes.
- Attachments removed there are removed here; a snapshot's deletions of records this vault
  never had are kept as tombstones (so that a later merge cannot bring them back).
- Writes made by applying are not logged as this device's changes (no echo).
- Concurrent edits: the import marks the record "Edited on both sides" on the device that meets
  the other's version first; its next changeset says so, and the other device, taking that
  version, marks it too (both sides end with the same current version, both in the history).
- Edit against delete: the edit wins. A record deleted here that comes back changed (or that the
  other device took out of its bin) is brought back here (the import runs again, restoring it).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from npmdesk.exchange import merge
from npmdesk.exchange.age.errors import AgeError, UserFacingError
from npmdesk.exchange.errors import NotAddressedToYou, PackageError
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.importer import Preview, Signer, import_package
from npmdesk.exchange.manifest import FileEntry
from npmdesk.exchange.tarball import MemberSink
from npmdesk.phrase import Phrase
from npmdesk.records import attachments as files
from npmdesk.records.content import version_hash
from npmdesk.records.model import InvalidRecord
from npmdesk.records.store import RecordStore
from npmdesk.team import document, layout, state_file, writing
from npmdesk.team.document import Deleted, DocumentSink, TeamDocument
from npmdesk.team.errors import BadTeamFile
from npmdesk.team.membership import Member
from npmdesk.vault.database import Connection

REFUSED_ERRORS = (PackageError, AgeError, BadTeamFile, InvalidRecord)


@dataclass
class Applied:
    """One changeset (or snapshot) applied."""

    device: str  # the member's name
    sequence: int
    snapshot: bool
    outcomes: dict[str, int] = field(default_factory=dict)  # merge outcome -> records
    deleted: int = 0  # moved to the bin here
    kept: int = 0  # deleted there, edited here since: kept
    attachments_removed: int = 0  # removed there, so removed here

    @property
    def conflicts(self) -> int:
        return self.outcomes.get(merge.CONFLICT, 0)


@dataclass
class DeviceProgress:
    """What a round did and saw for one member device."""

    member: Member
    applied: list[Applied] = field(default_factory=list)
    waiting: Phrase | None = None  # what it waits for (npmdesk/phrase.py: translated where shown)
    refused: Phrase | None = None  # the file set aside and why
    opened: int = 0  # files decrypted this round


@dataclass(frozen=True)
class DeviceState:
    started: bool
    applied: int
    refused: dict[str, object] | None


def device_state(store: RecordStore, fingerprint: str) -> DeviceState:
    """How far this vault applied a device's changesets; `started` once a snapshot or changeset of
    it was applied (a refused first file does not start it)."""
    row = store.db.execute("SELECT applied, applied_at, refused FROM team_device WHERE fingerprint = ?",
                           (fingerprint,)).fetchone()
    if row is None:
        return DeviceState(False, 0, None)
    return DeviceState(row[1] is not None, int(row[0]), json.loads(row[2]) if row[2] else None)


def applied_numbers(store: RecordStore) -> dict[str, int]:
    """Device fingerprint -> the last of its changesets applied here."""
    return {row[0]: int(row[1]) for row in
            store.db.execute("SELECT fingerprint, applied FROM team_device WHERE applied_at IS NOT NULL")}


class _Discard:
    def write(self, data: bytes) -> None:
        pass

    def close(self) -> None:
        pass


class _Restore(Exception):
    """A signal, not an error: run the import again, restoring these records."""

    def __init__(self, ids: set[str]) -> None:
        super().__init__()
        self.ids = ids


class _Stale(Exception):
    """Another process (the window, a command) applied this file first: nothing to do."""


def _file_mark(path: Path) -> dict[str, object]:
    stat = path.stat()
    return {"file": path.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


class _Changeset:
    """One file being applied: the callbacks the import calls, and what they saw."""

    def __init__(self, store: RecordStore, identity: VaultIdentity, member: Member, path: Path,
                 sequence: int, snapshot: bool, restoring: set[str], wanted: bool = False) -> None:
        self.store, self.identity, self.member = store, identity, member
        self.path, self.sequence, self.snapshot = path, sequence, snapshot
        self.wanted = wanted  # the snapshot this vault, restored from a backup, asked the member for
        self.restoring = restoring
        self.sink = DocumentSink()
        self.before = 0
        self.result = Applied(member.name, sequence, snapshot)

    def accept(self, signer: Signer) -> bool:
        """The signer must be the member device of this subfolder. Called inside the import's
        transaction before any record is merged: the change log's end is noted here, so that the
        rows this import's own writes log are dropped (no echo) and no other; and _Stale is raised
        if another process applied this file (or a later one) since the state was read."""
        state = device_state(self.store, self.member.fingerprint)
        if self.wanted:
            if self.member.fingerprint not in writing.snapshots_wanted(self.store):
                raise _Stale()
        elif state.started and state.applied >= self.sequence:
            raise _Stale()
        row = self.store.db.execute("SELECT coalesce(max(seq), 0) FROM team_change").fetchone()
        self.before = int(row[0])
        return signer.own_device and signer.fingerprint == self.member.fingerprint

    def documents(self, entry: FileEntry) -> MemberSink:
        return self.sink if entry.path == document.MEMBER else _Discard()

    def _document(self) -> TeamDocument:
        if not self.sink.complete:
            raise BadTeamFile("it holds no team document")
        doc = document.parse(bytes(self.sink.data))
        if doc.device != self.member.fingerprint or doc.sequence != self.sequence:
            raise BadTeamFile("its signed device or number is not the one its name says")
        expected = self.identity.fingerprint if self.snapshot else None
        if doc.snapshot_for != expected:
            if self.snapshot:
                raise BadTeamFile("it was made for another device")
            raise BadTeamFile("it is not a changeset")
        return doc

    def before_commit(self, db: Connection, preview: Preview) -> None:
        doc = self._document()
        outcomes = preview.plan.outcomes
        back = {rid for rid, o in outcomes.items() if o == merge.DELETED_CHANGED}
        back |= {rid for rid in doc.restored if outcomes.get(rid) in (merge.DELETED, merge.DELETED_CHANGED)}
        if back - self.restoring:
            raise _Restore(back | self.restoring)
        for deleted in doc.deleted:
            row = db.execute("SELECT deleted_at FROM record WHERE id = ?", (deleted.id,)).fetchone()
            if row is None and deleted.kind is not None:  # never here: keep its tombstone (snapshots)
                _keep_tombstone(self.store, db, deleted)
            if row is None or row[0] is not None or outcomes.get(deleted.id) in merge.WRITTEN:
                continue
            if version_hash(self.store.get(deleted.id)) in deleted.hashes:
                self.store.import_delete(db, deleted.id)
                self.result.deleted += 1
            else:
                self.result.kept += 1
        self.result.attachments_removed = sum(
            files.remove_in(self.store, db, aid) for aid in doc.attachments_removed)
        for rid in doc.conflicts:  # their version, unsettled there, took ours over: show it here too
            if outcomes.get(rid) == merge.UPDATED:
                db.execute("UPDATE record SET conflict = 1 WHERE id = ?", (rid,))
        db.execute("DELETE FROM team_change WHERE seq > ?", (self.before,))
        db.execute("INSERT INTO team_device(fingerprint, applied, applied_at, refused) VALUES (?, ?, ?, NULL)"
                   " ON CONFLICT(fingerprint) DO UPDATE SET applied = max(team_device.applied, excluded.applied),"
                   " applied_at = excluded.applied_at, refused = NULL",
                   (self.member.fingerprint, self.sequence, self.store.now()))
        if self.wanted:
            writing.snapshot_received(self.store, db, self.member.fingerprint)
        for outcome in outcomes.values():
            self.result.outcomes[outcome] = self.result.outcomes.get(outcome, 0) + 1


def _keep_tombstone(store: RecordStore, db: Connection, deleted: Deleted) -> None:
    """A tombstone for a record this vault never had (a snapshot's deletion), so that a later
    merge (an old package, another device's copy) finds it deleted here instead of adding it."""
    now = store.now()
    db.execute("INSERT OR IGNORE INTO record_tombstone(id, kind, deleted_at, purged_at, hashes)"
               " VALUES (?, ?, ?, ?, ?)", (deleted.id, deleted.kind, now, now, json.dumps(list(deleted.hashes))))


def apply_file(store: RecordStore, identity: VaultIdentity, member: Member, path: Path, sequence: int, *,
               snapshot: bool = False, wanted: bool = False) -> Applied | None:
    """Verify and apply one changeset (or a snapshot for this vault) of `member`, all or nothing;
    None if it was applied meanwhile (by another process on this vault). Raises what refuses it
    (a PackageError, an age error, BadTeamFile) with nothing changed. `wanted`: the snapshot this
    vault, restored from a backup, asked for (applied whatever its number; the request is then
    dropped in the same transaction)."""
    restoring: set[str] = set()
    while True:
        run = _Changeset(store, identity, member, path, sequence, snapshot, restoring, wanted)
        try:
            import_package(store, identity, path, accept_signer=run.accept, restore=restoring,
                           documents=run.documents, before_commit=run.before_commit)
        except _Restore as again:
            restoring = again.ids
            continue
        except _Stale:
            return None
        return run.result


def _set_aside(store: RecordStore, member: Member, path: Path, refused: Exception) -> None:
    """Note the refused file (name, size, time, reason): it is not tried again until it changes.
    The reason is kept in English ("reason", as older versions wrote it) and as a phrase ("why",
    npmdesk/phrase.py) that `set_aside_reason` reads back to show it in the user's language."""
    mark = {**_file_mark(path), "reason": str(refused), "why": why_refused(refused).as_json()}
    with store.transaction() as db:
        db.execute("INSERT INTO team_device(fingerprint, applied, applied_at, refused) VALUES (?, 0, NULL, ?)"
                   " ON CONFLICT(fingerprint) DO UPDATE SET refused = excluded.refused",
                   (member.fingerprint, json.dumps(mark)))


def catch_up(store: RecordStore, identity: VaultIdentity, member: Member, folder: Path) -> DeviceProgress:
    """Apply every changeset of `member` that can be applied now, in sequence (see the module)."""
    progress = DeviceProgress(member)
    listing = layout.read_device_folder(folder / member.fingerprint)
    mine = listing.snapshots.get(identity.fingerprint)
    prefer_snapshot = False  # its next changeset is not for this device, and a newer snapshot is
    answer = answered_snapshot(store, identity, member, folder, mine)
    state = device_state(store, member.fingerprint)
    if answer is not None and refused_already(state, answer[1]):
        progress.refused = _refusal_sentence(answer[1], set_aside_reason(state))
        return progress
    if answer is not None:  # restored from a backup: the snapshot it asked for, first
        try:
            progress.opened += 1
            _note(progress, apply_file(store, identity, member, answer[1], answer[0], snapshot=True, wanted=True))
        except REFUSED_ERRORS as refused:
            _set_aside(store, member, answer[1], refused)
            progress.refused = _refusal_sentence(answer[1], why_refused(refused))
            return progress
        mine = None
    elif member.fingerprint in writing.snapshots_wanted(store):
        progress.waiting = Phrase("waiting for the new snapshot it makes for this device (this vault was "
                                  "restored from a backup)")
    while True:
        state = device_state(store, member.fingerprint)
        nxt = state.applied + 1
        path = listing.changesets.get(nxt)
        if not state.started and mine is None:
            progress.waiting = Phrase("waiting for the snapshot it makes for this device")
            return progress
        snapshot_ahead = mine is not None and (not state.started or mine[0] > state.applied)
        use_snapshot = snapshot_ahead and (not state.started or path is None or prefer_snapshot)
        target, number = (mine[1], mine[0]) if use_snapshot and mine is not None else (path, nxt)
        if target is None:
            if listing.newest > nxt:
                progress.waiting = Phrase("waiting for its changeset {number} (later ones are already here)",
                                          number=nxt)
            return progress
        if refused_already(state, target):
            progress.refused = _refusal_sentence(target, set_aside_reason(state))
            return progress
        try:
            progress.opened += 1
            _note(progress, apply_file(store, identity, member, target, number, snapshot=use_snapshot))
        except REFUSED_ERRORS as refused:
            if isinstance(refused, NotAddressedToYou) and not use_snapshot:
                if mine is not None and mine[0] >= nxt:
                    prefer_snapshot = True
                    continue
                progress.waiting = Phrase("its changeset {number} is not addressed to this device: waiting for a "
                                          "snapshot (is this device still a member there?)", number=number)
                return progress
            _set_aside(store, member, target, refused)
            progress.refused = _refusal_sentence(target, why_refused(refused))
            return progress
        if use_snapshot:
            mine, prefer_snapshot = None, False


def answered_snapshot(store: RecordStore, identity: VaultIdentity, member: Member, folder: Path,
                       mine: tuple[int, Path] | None) -> tuple[int, Path] | None:
    """The snapshot for this vault in the member's subfolder, if this vault (restored from a
    backup) asked the member for one and the member's signed state file says it answered."""
    request = writing.snapshots_wanted(store).get(member.fingerprint)
    if request is None or mine is None or member.signing_key is None:
        return None
    answered = state_file.number_for(folder / member.fingerprint / layout.STATE_FILE, member.signing_key,
                                     "answered", identity.fingerprint)
    return mine if answered == request else None


def _note(progress: DeviceProgress, applied: Applied | None) -> None:
    if applied is not None:
        progress.applied.append(applied)


def refused_already(state: DeviceState, path: Path) -> bool:
    """Whether `path` is the very file (name, size, time) set aside for this device before."""
    if state.refused is None:
        return False
    try:
        return _file_mark(path) == {k: state.refused.get(k) for k in ("file", "size", "mtime_ns")}
    except OSError:
        return False


def _refusal_sentence(path: Path, reason: Phrase) -> Phrase:
    return Phrase("{file} was set aside, not applied: {reason}", file=path.name, reason=reason)


def why_refused(refused: Exception) -> Phrase:
    """Why a file was refused, as a phrase: the error's own sentence, translated where shown."""
    return Phrase.of(refused) if isinstance(refused, UserFacingError) else Phrase("{text}", text=refused)


def set_aside_reason(state: DeviceState) -> Phrase:
    """Why the device's file was set aside, as a phrase (an English text noted by an older npmdesk
    stays English)."""
    refused = state.refused or {}
    return Phrase.from_json(refused.get("why"), str(refused.get("reason", "")))

