"""One sync round, and the cheap check a window can run before it (docs/team-sync.md).

    summary = sync_round(store, identity)   # write ours, make snapshots, apply theirs, publish, prune
    anything_new(store, identity)           # True if a round would do something (no decryption)

A round with nothing new reads the change log's first row, lists each member's subfolder, reads
the signed state files (this device's and the members'), and decrypts nothing. A round first
checks whether this vault was restored from an older backup (restore.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.phrase import Phrase
from npmdesk.records.store import RecordStore
from npmdesk.team import layout, restore, state_file, writing
from npmdesk.team.applying import (
    Applied,
    DeviceProgress,
    answered_snapshot,
    applied_numbers,
    catch_up,
    device_state,
    refused_already,
)
from npmdesk.team.membership import Member, members, team_folder


@dataclass
class SyncSummary:
    """What a round did, for the CLI to print and a window to show."""

    written: writing.Written | None = None  # this device's new changeset
    snapshots: list[tuple[str, writing.Written]] = field(default_factory=list)  # (member name, snapshot)
    devices: list[DeviceProgress] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)  # members no changeset can be addressed to now
    ignored: list[str] = field(default_factory=list)  # subfolders of devices that are not members
    pruned: int = 0  # files of this device removed: every member applied them
    restored: restore.Restored | None = None  # this vault was restored from an older backup: what was done

    @property
    def applied(self) -> list[Applied]:
        return [a for d in self.devices for a in d.applied]

    @property
    def opened(self) -> int:
        """Files decrypted this round (0 when there was nothing new)."""
        return sum(d.opened for d in self.devices)

    @property
    def problems(self) -> list[str]:
        """The files set aside this round, each in English (the devices' `refused` phrases translate)."""
        return [str(d.refused) for d in self.devices if d.refused]

    @property
    def up_to_date(self) -> bool:
        return not self.problems and not self.left_out and all(d.waiting is None for d in self.devices)


def _own_folder(folder: Path, identity: VaultIdentity) -> Path:
    own = folder / identity.fingerprint
    own.mkdir(exist_ok=True)
    return own


def sync_round(store: RecordStore, identity: VaultIdentity) -> SyncSummary:
    """Apply the other members' changesets, write this device's changeset (if anything changed
    here) and the snapshots new members wait for, publish how far this device applied, and remove
    this device's files that every member applied. NoTeamFolder / TeamFolderMissing if the folder
    is not set or not there; a refused file is reported in the summary, not raised."""
    folder = team_folder(store)
    summary = SyncSummary()
    current = members(store)
    own = _own_folder(folder, identity)
    summary.restored = restore.recover(store, identity, own, current)
    by_fingerprint = {m.fingerprint: m for m in current}
    for name in layout.device_folders(folder):
        if name == identity.fingerprint:
            continue
        member = by_fingerprint.get(name)
        if member is None:
            summary.ignored.append(name)
        elif member.usable:
            summary.devices.append(catch_up(store, identity, member, folder))
    summary.left_out = [m.name or m.fingerprint for m in current if not m.usable]
    for member in current:  # a member whose subfolder is not there yet: it has not synced yet
        if member.usable and not (folder / member.fingerprint).is_dir():
            summary.devices.append(DeviceProgress(member, waiting=Phrase("it has not written to the team folder yet")))
    if current or writing.has_changes(store):
        summary.written = writing.write_changeset(store, identity, own, current)
    for member in current:
        if member.usable and (member.snapshot is None or needs_snapshot(store, identity, own, member)):
            summary.snapshots.append((member.name, writing.write_snapshot(store, identity, own, member)))
            request = _request_of(identity, own, member)
            if request is not None:
                writing.answer_request(store, member.fingerprint, request)
    state_file.publish(identity, own, applied_numbers(store), writing.last_sequence(store),
                       writing.snapshots_wanted(store), writing.requests_answered(store))
    summary.pruned = prune(store, identity, own, members(store))
    return summary


def prune(store: RecordStore, identity: VaultIdentity, own: Path, current: list[Member]) -> int:
    """Remove this device's changesets that every usable member applied (by their signed state
    files), and the snapshots a member applied or that were made for a device no longer a member.
    Returns how many files were removed."""
    listing = layout.read_device_folder(own)
    removed = sum(layout.remove(p) for p in listing.stale_snapshots)
    usable = [m for m in current if m.usable and m.signing_key is not None]
    seen = {m.fingerprint: number for m in usable if (number := applied_ours(identity, own, m)) is not None}
    fingerprints = {m.fingerprint for m in current}
    wanting = {m.fingerprint for m in usable if _request_of(identity, own, m) is not None}
    for fingerprint, (number, path) in listing.snapshots.items():
        if fingerprint not in fingerprints or (seen.get(fingerprint, -1) >= number and fingerprint not in wanting):
            removed += layout.remove(path)
    if usable and all(m.fingerprint in seen for m in usable):
        everyone = min(seen[m.fingerprint] for m in usable)
        removed += sum(layout.remove(path) for number, path in listing.changesets.items() if number <= everyone)
    return removed


def applied_ours(identity: VaultIdentity, own: Path, member: Member) -> int | None:
    """How far `member` applied this device's changesets, by its signed state file (None: it says
    nothing of this device, or it has no valid state file)."""
    if member.signing_key is None:
        return None
    state = state_file.read(own.parent / member.fingerprint / layout.STATE_FILE, member.signing_key)
    return None if state is None else state.get(identity.fingerprint)


def _request_of(identity: VaultIdentity, own: Path, member: Member) -> int | None:
    """The request of `member`, restored from a backup, for a new snapshot of this device (None:
    it asks for none)."""
    if member.signing_key is None:
        return None
    return state_file.number_for(own.parent / member.fingerprint / layout.STATE_FILE, member.signing_key,
                                 "wants_snapshot", identity.fingerprint)


def needs_snapshot(store: RecordStore, identity: VaultIdentity, own: Path, member: Member) -> bool:
    """Whether `member` (which had its snapshot) needs a new one; its signed state file says so when
    it was restored from an older backup (team/restore.py):
    - it asks for one (`wants_snapshot`) and this device has not answered that request yet;
    - or it needs changesets of this device that were already removed (every member had applied
      them), or never applied the snapshot that was removed once it had, and no snapshot here
      covers it."""
    request = _request_of(identity, own, member)
    if request is not None:
        return writing.requests_answered(store).get(member.fingerprint) != request
    if member.signing_key is None:
        return False
    state = state_file.read(own.parent / member.fingerprint / layout.STATE_FILE, member.signing_key)
    if state is None:  # no valid state file (yet): nothing says it went back
        return False
    theirs = state.get(identity.fingerprint)
    listing = layout.read_device_folder(own)
    snapshot = listing.snapshots.get(member.fingerprint)
    if snapshot is not None and (theirs is None or snapshot[0] > theirs):
        return False  # it has one to take
    if theirs is None:
        return True
    return theirs < writing.last_sequence(store) and (theirs + 1) not in listing.changesets


def anything_new(store: RecordStore, identity: VaultIdentity) -> bool:
    """Cheap, decrypts nothing: True if a round would write, apply or report something new (changes
    here, a member without its snapshot or needing a new one, a file a member wrote past what was
    applied here, or this vault restored from an older backup)."""
    folder = team_folder(store)
    current = members(store)
    if writing.has_changes(store) or any(m.usable and m.snapshot is None for m in current):
        return True
    own = folder / identity.fingerprint
    if restore.highest_published(identity, own, current) > restore.remembered(store):
        return True
    for member in current:
        if not member.usable:
            continue
        if needs_snapshot(store, identity, own, member):
            return True
        listing = layout.read_device_folder(folder / member.fingerprint)
        state = device_state(store, member.fingerprint)
        mine = listing.snapshots.get(identity.fingerprint)
        following = listing.changesets.get(state.applied + 1)
        answer = answered_snapshot(store, identity, member, folder, mine)
        if answer is not None and not refused_already(state, answer[1]):
            return True
        if (following is not None and not refused_already(state, following)) or (
                mine is not None and (not state.started or mine[0] > state.applied)):
            return True
    return False
