"""The team folder and the member devices, kept in the vault (vault_meta, team_member).

A member is a contact that the user verified and marked as one of the NPM's own devices
(exchange/contact_keys.is_own_device), with an age recipient. Its subfolder in the team folder
is named by its signing-key fingerprint. Removing a member only stops addressing new changesets
to it: what it already received stays on it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from npmdesk.exchange import contact_keys
from npmdesk.exchange.age.keys import X25519Recipient
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.store import RecordStore
from npmdesk.team.errors import (
    AlreadyMember,
    NoAgeRecipient,
    NotAMember,
    NotAnOwnDevice,
    NotATeamFolder,
    NoTeamFolder,
    SameDeviceTwice,
    TeamFolderInsideVault,
    TeamFolderMissing,
    TeamFolderNotWritable,
)

FOLDER_META = "team_folder"


@dataclass(frozen=True)
class Member:
    """A member device as this vault sees it now. `usable` is False when its contact was deleted,
    lost its verification or own-device mark, or its keys: changesets then leave it out."""

    contact_id: str
    name: str
    fingerprint: str  # as it was when it joined: its subfolder's name
    recipient: X25519Recipient | None
    signing_key: SigningKey | None
    snapshot: int | None  # this vault's sequence the snapshot made for it covers (None: not made yet)

    @property
    def usable(self) -> bool:
        return (self.recipient is not None and self.signing_key is not None
                and self.signing_key.fingerprint == self.fingerprint)


def set_folder(store: RecordStore, folder: Path) -> Path:
    """Choose the team folder (an existing folder outside the vault); returns it, absolute."""
    path = Path(os.path.abspath(folder.expanduser()))
    if not path.exists():
        raise TeamFolderMissing(path)
    if not path.is_dir():
        raise NotATeamFolder(path)
    if not os.access(path, os.W_OK | os.X_OK):
        raise TeamFolderNotWritable(path)
    vault_folder = Path(os.path.realpath(store.vault.folder))
    real = Path(os.path.realpath(path))
    if real == vault_folder or vault_folder in real.parents:
        raise TeamFolderInsideVault()
    store.vault.set_meta(FOLDER_META, str(path))
    return path


def folder_of(store: RecordStore) -> Path | None:
    """The team folder chosen for this vault, None if none was."""
    text = store.vault.meta(FOLDER_META)
    return Path(text) if text else None


def team_folder(store: RecordStore) -> Path:
    """The team folder, which must be there now (NoTeamFolder, TeamFolderMissing)."""
    path = folder_of(store)
    if path is None:
        raise NoTeamFolder()
    if not path.is_dir():
        raise TeamFolderMissing(path)
    return path


def _usable_keys(contact: Record) -> tuple[X25519Recipient | None, SigningKey | None]:
    if not contact_keys.is_own_device(contact):
        return None, None
    keys = contact_keys.keys_of(contact)
    return keys.recipient, keys.signing_key


def members(store: RecordStore) -> list[Member]:
    """Every member, in the order they joined, with their contact's keys as they are now."""
    found = []
    rows = store.db.execute(
        "SELECT contact_id, fingerprint, snapshot FROM team_member ORDER BY added_at, contact_id").fetchall()
    for contact_id, fingerprint, snapshot in rows:
        try:
            contact = store.get(contact_id)
        except RecordNotFound:
            found.append(Member(contact_id, "", fingerprint, None, None, snapshot))
            continue
        recipient, signing = _usable_keys(contact)
        found.append(Member(contact_id, contact.title, fingerprint, recipient, signing, snapshot))
    return found


def add(store: RecordStore, identity: VaultIdentity, contact: Record) -> Member:
    """Make `contact` a member (NotAnOwnDevice, NoAgeRecipient, AlreadyMember, SameDeviceTwice).
    A snapshot of this vault is made for it at the next sync round."""
    recipient, signing = _usable_keys(contact)
    if signing is None:
        raise NotAnOwnDevice(contact.title)
    if recipient is None:
        raise NoAgeRecipient(contact.title)
    current = members(store)
    if any(m.contact_id == contact.id for m in current):
        raise AlreadyMember(contact.title)
    if signing == identity.signing_key or any(m.fingerprint == signing.fingerprint for m in current):
        raise SameDeviceTwice()
    with store.transaction() as db:
        db.execute("INSERT INTO team_member(contact_id, fingerprint, added_at, snapshot) VALUES (?, ?, ?, NULL)",
                   (contact.id, signing.fingerprint, store.now()))
    return Member(contact.id, contact.title, signing.fingerprint, recipient, signing, None)


def remove(store: RecordStore, contact: Record) -> None:
    """Stop addressing changesets to `contact` (NotAMember). What it received stays with it; the
    snapshots made for it are removed from this device's subfolder at the next round."""
    with store.transaction() as db:
        gone = db.execute("DELETE FROM team_member WHERE contact_id = ?", (contact.id,)).rowcount
        if not gone:
            raise NotAMember(contact.title)


def mark_snapshot(store: RecordStore, contact_id: str, sequence: int) -> None:
    """The snapshot made for this member covers this vault's changesets up to `sequence`."""
    with store.transaction() as db:
        db.execute("UPDATE team_member SET snapshot = ? WHERE contact_id = ?", (sequence, contact_id))
