"""Emergency erase: make a vault unreadable at once, then remove its files.

Order is the point. The key-slot files are the only place the vault key exists on disk
(wrapped), so they go first: each is read (to learn its keyring entry), overwritten in place
with random bytes of the same length, flushed to the disk and deleted. From then on no
passphrase, recovery code or keyring entry can give the key back, and the database is
ciphertext nobody can read; that takes milliseconds. Then the attachment files (ciphertext under
keys kept only in the database) and their folder, the database, its WAL,
shared-memory and journal files and the lock file are deleted, the folder is removed if it
is empty (files that are not the vault's are left alone), and the keyring entry is deleted
last: a missing or silent keyring does not stop the erase.

Decision: an erase goes ahead even if the vault is open in another window or process. The
user whose laptop is about to be seized must not be told "close it first". The process that
has it open keeps its key in memory until it locks, and its further writes go to deleted
files that vanish when it closes them; nothing on disk opens the vault any more. Where open files cannot be
deleted (Windows), the keys still go first and EraseIncomplete asks for a second run.

Limits, said plainly: on SSDs and copy-on-write file systems an in-place overwrite may leave
the old blocks in the flash until the drive reuses them; they hold only wrapped keys
(Argon2id for the passphrase). Backups are not touched: each holds the key slots too.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from npmdesk.errors import (
    DamagedVault,
    EraseIncomplete,
    KeyringUnavailable,
    KeysNotErased,
    NewerVaultFormat,
    NotAVault,
    VaultNotFound,
)
from npmdesk.vault import attachment_files, keyslots
from npmdesk.vault.device_keyring import DeviceKeyring, SystemKeyring
from npmdesk.vault.files import DATA_FILES, SLOT_FILES
from npmdesk.vault.storage import Storage, delete_and_remove_folder


def destroy(
    folder: Path,
    device_keyring: DeviceKeyring | None = None,
    *,
    after_keys: Callable[[], None] | None = None,
) -> None:
    """Erase the vault in `folder`: key slots first, then every vault file, then the keyring entry.

    `after_keys` runs once the keys are gone (an open Vault uses it to lock itself before its
    files go). Raises VaultNotFound or NotAVault (nothing changed), KeysNotErased (a key-slot
    file could not be erased) or EraseIncomplete (keys erased, some files left).
    """
    folder = Path(folder)
    if not os.path.lexists(folder):
        raise VaultNotFound(folder)
    if not folder.is_dir() or not any(os.path.lexists(folder / n) for n in SLOT_FILES + DATA_FILES):
        raise NotAVault(folder)
    entries, left = erase_keys(folder)
    if after_keys is not None:
        after_keys()
    left += attachment_files.erase(folder)
    left += delete_files(folder)
    forget_keyring_entries(device_keyring or SystemKeyring(), entries)
    if left:
        raise EraseIncomplete(left)


def erase_keys(folder: Path) -> tuple[list[str], int]:
    """Overwrite and delete every key-slot file.

    Returns the keyring entries they named and how many overwritten files could not be
    deleted; KeysNotErased if a key-slot file could be neither overwritten nor deleted.
    """
    entries: list[str] = []
    left = 0
    intact = False
    for name in SLOT_FILES:
        path = folder / name
        if not os.path.lexists(path):
            continue
        entries += _keyring_entries(path)
        try:
            _overwrite(path)
            overwritten = True
        except OSError:
            overwritten = False
        with contextlib.suppress(OSError):
            os.unlink(path)
        if os.path.lexists(path):
            left += 1
            intact = intact or not overwritten
    with contextlib.suppress(OSError):
        Storage.fsync_dir(folder)
    if intact:
        raise KeysNotErased(folder)
    return entries, left


def delete_files(folder: Path) -> int:
    """Delete the database and the other vault files, then the folder if empty; returns how many files are left."""
    return delete_and_remove_folder(folder, DATA_FILES)


def forget_keyring_entries(device_keyring: DeviceKeyring, entries: list[str]) -> None:
    """Delete the keyring entries; a missing or silent keyring is no reason to stop."""
    for entry in entries:
        with contextlib.suppress(KeyringUnavailable):
            device_keyring.delete(entry)


def _keyring_entries(path: Path) -> list[str]:
    """The keyring entry a key-slot file names, if it can be read at all."""
    try:
        slots = keyslots.parse(Storage().read_small(path, keyslots.MAX_FILE_BYTES), where=path)
    except (OSError, ValueError, NotAVault, DamagedVault, NewerVaultFormat):
        return []
    slot = slots.slot("keyring")
    return [] if slot is None else [keyslots.keyring_entry(slots.vault_id, slot)]


def _overwrite(path: Path) -> None:
    """Replace the file's bytes in place with as many random bytes, and flush them to the disk."""
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        left = os.fstat(fd).st_size
        while left > 0:
            written = os.write(fd, os.urandom(min(left, 65536)))
            left -= written
        os.fsync(fd)
    finally:
        os.close(fd)
