"""Where the team stands, as this vault sees it (for `npmdesk team status` and a window).

Reads the vault and lists the team folder's subfolders; decrypts nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.records.store import RecordStore
from npmdesk.team import layout, writing
from npmdesk.team.applying import device_state
from npmdesk.team.membership import Member, folder_of, members


@dataclass(frozen=True)
class MemberStatus:
    member: Member
    applied: int  # the last of its changesets applied here (0: none)
    started: bool  # a snapshot or changeset of it was applied here
    last_applied_at: str | None  # when this vault last applied one of its files
    newest: int  # the newest of its changesets in the team folder (0: none there)
    refused: str | None  # the file set aside, and why


@dataclass(frozen=True)
class TeamStatus:
    folder: Path | None
    folder_present: bool
    fingerprint: str  # this device's: the name of its subfolder
    sequence: int  # this device's last changeset
    changes_waiting: bool  # changes here not yet in a changeset
    members: list[MemberStatus]


def team_status(store: RecordStore, identity: VaultIdentity) -> TeamStatus:
    folder = folder_of(store)
    present = folder is not None and folder.is_dir()
    found = []
    for member in members(store):
        row = store.db.execute("SELECT applied_at FROM team_device WHERE fingerprint = ?",
                               (member.fingerprint,)).fetchone()
        state = device_state(store, member.fingerprint)
        newest = layout.read_device_folder(folder / member.fingerprint).newest if present and folder else 0
        refused = None
        if state.refused is not None:
            refused = f"{state.refused.get('file')}: {state.refused.get('reason')}"
        found.append(MemberStatus(member, state.applied, state.started, row[0] if row else None, newest, refused))
    return TeamStatus(folder, present, identity.fingerprint, writing.last_sequence(store),
                      writing.has_changes(store), found)
