"""Where the team stands, as this vault sees it (for `npmdesk team status` and a window).

Reads the vault and lists the team folder's subfolders; decrypts nothing.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.phrase import Phrase, about
from npmdesk.records.store import RecordStore
from npmdesk.team import layout, state_file, writing
from npmdesk.team.applying import device_state, set_aside_reason
from npmdesk.team.membership import Member, folder_of, members


class DeviceState(Enum):
    """Where a member device stands as this vault sees it, the most pressing first."""

    LEFT_OUT = "left out"  # no longer a verified own device with usable keys
    SET_ASIDE = "set aside"  # one of its files was refused
    NOT_STARTED = "not started"  # its first snapshot not applied yet
    WAITING = "waiting"  # a newer changeset of it is in the folder, the next one not applied
    UP_TO_DATE = "up to date"


@dataclass(frozen=True)
class MemberStatus:
    member: Member
    applied: int  # the last of its changesets applied here (0: none)
    started: bool  # a snapshot or changeset of it was applied here
    last_applied_at: str | None  # when this vault last applied one of its files
    newest: int  # the newest of its changesets in the team folder (0: none there)
    refused: Phrase | None  # the file set aside, and why (str(): in English, as `team status --json` shows it)
    has_applied_ours: int | None  # how far it applied this device's changesets (its signed state file)
    last_seen: str | None  # when it last wrote to the team folder (the newest file of its subfolder)
    snapshot_wanted: bool = False  # this vault, restored from an older backup, waits for a new snapshot of it

    @property
    def state(self) -> DeviceState:
        if not self.member.usable:
            return DeviceState.LEFT_OUT
        if self.refused:
            return DeviceState.SET_ASIDE
        if not self.started:
            return DeviceState.NOT_STARTED
        return DeviceState.WAITING if self.newest > self.applied else DeviceState.UP_TO_DATE


@dataclass(frozen=True)
class TeamStatus:
    folder: Path | None
    folder_present: bool
    fingerprint: str  # this device's: the name of its subfolder
    sequence: int  # this device's last changeset
    changes_waiting: bool  # changes here not yet in a changeset
    members: list[MemberStatus]


def _last_seen(folder: Path) -> str | None:
    try:
        newest = max((e.stat().st_mtime for e in os.scandir(folder) if e.is_file()), default=None)
    except OSError:
        return None
    if newest is None:
        return None
    return dt.datetime.fromtimestamp(newest, dt.UTC).isoformat(timespec="seconds")


def team_status(store: RecordStore, identity: VaultIdentity) -> TeamStatus:
    """The team folder, this device's sequence, and each member's progress both ways."""
    folder = folder_of(store)
    present = folder is not None and folder.is_dir()
    found = []
    wanted = writing.snapshots_wanted(store)
    for member in members(store):
        row = store.db.execute("SELECT applied_at FROM team_device WHERE fingerprint = ?",
                               (member.fingerprint,)).fetchone()
        state = device_state(store, member.fingerprint)
        sub = folder / member.fingerprint if present and folder is not None else None
        newest = layout.read_device_folder(sub).newest if sub is not None else 0
        refused = None
        if state.refused is not None:
            refused = about(str(state.refused.get("file")), set_aside_reason(state))
        theirs = None
        if sub is not None and member.signing_key is not None:
            published = state_file.read(sub / layout.STATE_FILE, member.signing_key)
            theirs = published.get(identity.fingerprint) if published is not None else None
        found.append(MemberStatus(member, state.applied, state.started, row[0] if row else None, newest, refused,
                                  theirs, _last_seen(sub) if sub is not None else None,
                                  member.fingerprint in wanted))
    return TeamStatus(folder, present, identity.fingerprint, writing.last_sequence(store),
                      writing.has_changes(store), found)
