"""Backups: a verified, encrypted, one-file snapshot of an open vault, and its restore.

`write_backup` works while the vault is in use: a second connection holds one read
transaction (WAL lets the user keep writing) while SQLite's online backup API copies the
database, as of that one moment, into a new SQLCipher database under the same vault key. The
copy, the key-slot file (without the device-only keyring slot) and the attachment files that
the copy's rows name (vault/attachment_files.py: ciphertext, copied as it is; their keys are in
the copy) are packed into one file (backup_format.py) under a temporary name beside the target,
fsynced, checked as a restore would check them (hashes, key slots, the database unpacked and
opened with the key, both integrity checks, every attachment file authenticated under its key
and the rows and the files agreeing), and only then given the final name. An attachment removed
after the copy was taken and before its file was read (its file is deleted once the removal
commits) ends the backup with BackupAttachmentChanged: try again. An attachment whose file in the
vault itself is missing or damaged ends it with BackupAttachmentDamaged, which names it (found by
authenticating the vault's files once the backup failed). A failure at any step deletes it all:
no half-written or unverified backup ever has the final name; no file is ever overwritten.

`restore_backup` checks the whole file before creating anything, unpacks it into a temporary
vault folder beside the target (`.<name>.restore-<random>`, 0700, files 0600), unlocks it with
the passphrase or recovery code, runs both integrity checks, authenticates every attachment file
and checks that the files are exactly those the rows name, and only then renames it to the
target's name; on any failure it removes everything it created. Temporary files and folders
(owner-only) hold only ciphertext; they are in the litter journal (npmdesk/litter.py), so what a
kill leaves is removed at the next start of npmdesk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from npmdesk import errors, litter
from npmdesk.vault import attachment_files, backup_format, database, migrations
from npmdesk.vault.backup_format import Header
from npmdesk.vault.device_keyring import DeviceKeyring
from npmdesk.vault.files import DB_NAME, SLOTS_NAME
from npmdesk.vault.secret import Secret
from npmdesk.vault.storage import FILE_MODE, Storage
from npmdesk.vault.vault import Credential, Vault

ATTACHMENT_FILES_SCHEMA = 11  # the first schema with attachment files (migrations._v11_attachment_files)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
STEP_PAGES = 1024  # database pages copied per step of the online backup (4 MiB)
SQLITE_SIDE_FILES = ("", "-wal", "-shm", "-journal")
Progress = Callable[[int, int], None]  # (done, total): copy, pack and check each count the database once


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    created_at: str
    vault_id: str
    schema_version: int


def write_backup(vault: Vault, target: Path, progress: Progress | None = None) -> BackupInfo:
    """Write a consistent, verified backup of the open `vault` to the new file `target`.

    Raises VaultLocked, BackupExists, BackupInsideVault, VaultFolderUnwritable or
    BackupVerificationFailed (and OSError, e.g. a full disk); after any failure no file is left.
    """
    if database.reading_only(vault.db):  # VaultLocked if the vault is closed
        raise errors.ReadOnlyForNow()  # opened on a full disk: no second connection can read it
    target = Path(target).absolute()
    _check_target(vault.folder, target)
    base = f".{target.name}.{secrets.token_hex(4)}"
    packed, copy, check = (target.parent / (base + suffix) for suffix in (".tmp", ".copy.tmp", ".check.tmp"))
    meter = _Meter(progress)
    # backup.py belongs to the vault package: it reads the open vault's key and slots.
    slots = vault._slots.without("keyring").to_bytes()
    # The temporary files are in the litter journal: removed on failure, or at the next start after a kill.
    try:
        with litter.guarded(packed, copy, check), Secret(vault._key.buffer) as key:
            _create_private(copy, target.parent)
            schema = _snapshot(vault.folder / DB_NAME, key, copy, meter)
            files = _VaultFiles(vault.folder, _files_of(copy, key))  # those the snapshot's rows name
            meter.total += 2 * sum(size for _, size in files.listing())
            created_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            _create_private(packed, target.parent)
            with open(packed, "wb") as out:
                header = backup_format.write(
                    out, vault_id=vault.vault_id, created_at=created_at, schema_version=schema,
                    slots=slots, db_path=copy, advance=meter.advance, files=files,
                )
                out.flush()
                os.fsync(out.fileno())
            _remove(copy)
            _create_private(check, target.parent)
            _verify(packed, check, key, header, meter)
            _remove(check)
            _publish(packed, target)
    except errors.BackupAttachmentChanged:
        _damaged_in_vault(vault)  # BackupAttachmentDamaged if a file of the vault itself is bad
        raise
    finally:
        for path in (packed, copy, check):
            _remove(path)
    meter.advance(meter.total)
    return BackupInfo(target, target.stat().st_size, created_at, vault.vault_id, schema)


def inspect_backup(backup: Path) -> BackupInfo:
    """Check a backup file's structure and hashes (no credential needed); raises like `restore_backup`."""
    header, _ = backup_format.read(Path(backup))
    return BackupInfo(Path(backup), Path(backup).stat().st_size, header.created_at, header.vault_id,
                      header.schema_version)


def restore_backup(
    backup: Path,
    new_vault: Path,
    credential: Credential,
    *,
    storage: Storage | None = None,
    device_keyring: DeviceKeyring | None = None,
    progress: Progress | None = None,
) -> None:
    """Restore `backup` into the new vault folder `new_vault` and prove it opens with `credential`.

    Raises VaultExists (the folder exists and is not empty), BackupUnreadable, NotABackup,
    NewerBackupFormat, NewerVaultFormat, DamagedBackup, WrongPassphrase, WrongRecoveryCode or
    VaultFolderUnwritable; after any failure nothing it created is left. `progress(done, total)`
    counts the check, the unpacking, and the unlock with its integrity checks, a third each; it
    is last called just before the restored vault gets its final name, so an exception raised
    from it (a Cancel) leaves nothing behind.
    """
    backup, folder = Path(backup), Path(new_vault).absolute()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise errors.VaultExists(folder)
    meter = _Meter(progress)
    with contextlib.suppress(OSError):  # an unreadable file is reported by the read below
        meter.start(backup.stat().st_size)
    header, _ = backup_format.read(backup, None, meter.advance)  # all checked before anything is created
    if header.schema_version > migrations.LATEST:
        raise errors.NewerVaultFormat()
    storage = storage or Storage()
    try:
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        guard = litter.Guard()
    except OSError:
        raise errors.VaultFolderUnwritable(folder) from None
    # Built in a temporary folder beside the target (same file system) and renamed into place
    # at the end: a kill leaves no half-restored vault under the target's name, and the
    # temporary folder is removed on failure, or at the next start of npmdesk after a kill.
    with guard:
        temp = folder.parent / f".{folder.name}.restore-{secrets.token_hex(4)}"
        try:
            guard.add(temp)
            storage.make_private_dir(temp)
            storage.create_private_file(temp / DB_NAME)
        except OSError:
            raise errors.VaultFolderUnwritable(folder) from None
        files = _Unpacked(temp, storage)
        try:
            with open(temp / DB_NAME, "wb") as sink:
                try:
                    unpacked, slots = backup_format.read(backup, sink, meter.advance, files)
                finally:
                    files.abandon()
                sink.flush()
                os.fsync(sink.fileno())
            if unpacked != header:
                raise errors.DamagedBackup()  # the file changed after it was checked
            if files.names:
                Storage.fsync_dir(files.folder)
            storage.replace_atomically(temp / SLOTS_NAME, slots)
            with Vault.unlock(temp, credential, storage=storage, device_keyring=device_keyring) as vault:
                # Every file authenticates under its row's key, and the rows and the files agree.
                if not vault.check().healthy or {str(row.name) for row in _files_of_db(vault.db)} != files.names:
                    raise errors.DamagedBackup()
            meter.advance(meter.total)  # the last moment a Cancel undoes everything
        except (errors.DamagedVault, errors.NotAVault, database.DatabaseError):
            raise errors.DamagedBackup() from None
        _move_into_place(temp, folder, storage)


def _move_into_place(temp: Path, folder: Path, storage: Storage) -> None:
    """Rename the restored vault folder to its final name (an empty folder there is replaced)."""
    Storage.fsync_dir(temp)
    storage.step("publish-restore")
    try:
        if os.name != "posix" and folder.is_dir():
            folder.rmdir()  # rename(2) replaces an empty folder; Windows' MoveFile does not
        os.replace(temp, folder)
    except OSError:
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise errors.VaultExists(folder) from None
        raise errors.VaultFolderUnwritable(folder) from None
    Storage.fsync_dir(folder.parent)


class _Meter:
    """Overall progress; the total is three times the database's size (copy, pack, check)."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.done = 0
        self.total = 1

    def start(self, db_bytes: int) -> None:
        self.total = max(1, 3 * db_bytes)

    def advance(self, count: int) -> None:
        self.done = min(self.total, self.done + count)
        if self.progress is not None:
            self.progress(self.done, self.total)


def _snapshot(source_path: Path, key: Secret, copy: Path, meter: _Meter) -> int:
    """Copy the database as of one moment into `copy`; returns its schema version."""
    source = database.connect(source_path, key)
    try:
        source.execute("BEGIN")  # the first read below pins the snapshot until COMMIT
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
        schema = migrations.schema_version(source)
        page_size = int(source.execute("PRAGMA page_size").fetchone()[0])
        meter.start(int(source.execute("PRAGMA page_count").fetchone()[0]) * page_size)
        target = database.connect(copy, key, create=True)
        copied = 0

        def step(status: int, remaining: int, total: int) -> None:
            nonlocal copied
            meter.advance((total - remaining - copied) * page_size)
            copied = total - remaining

        try:
            source.backup(target, pages=STEP_PAGES, progress=step)
        finally:
            target.close()
        source.execute("COMMIT")
    finally:
        source.close()
    return schema


def _verify(packed: Path, check: Path, key: Secret, expected: Header, meter: _Meter) -> None:
    """Check the packed file as a restore would; BackupVerificationFailed if anything is wrong
    (BackupAttachmentChanged if an attachment file fails its authentication: the vault's own copy
    was not whole when it was read)."""
    try:
        with open(check, "wb") as sink:
            files = _Authenticated(sink, check, key)
            header, _ = backup_format.read(packed, sink, meter.advance, files)
        if header != expected:
            raise errors.DamagedBackup()
        db = database.connect(check, key)
        try:
            healthy = database.integrity_check(db).healthy
            files.all_seen(_files_of_db(db))
        finally:
            db.close()
    except (errors.BackupAttachmentChanged, attachment_files.Unreadable):
        raise errors.BackupAttachmentChanged() from None
    except (errors.NpmdeskError, database.DatabaseError):
        raise errors.BackupVerificationFailed() from None
    if not healthy:
        raise errors.BackupVerificationFailed()


def _damaged_in_vault(vault: Vault) -> None:
    """After an attachment failed a backup: BackupAttachmentDamaged naming the first attachment of
    the vault as it is now whose file is missing or fails authentication (then trying again cannot
    help); nothing if every file is whole (one was removed while the backup ran: try again)."""
    try:
        rows = _files_of_db(vault.db)
    except (errors.NpmdeskError, database.DatabaseError):
        return  # the vault cannot be read now (locked meanwhile…): the backup's own error stands
    for row in rows:
        if not attachment_files.whole(vault.folder, row):
            raise errors.BackupAttachmentDamaged(row.attachment_id, row.record_id) from None


def _files_of(db_path: Path, key: Secret) -> list[attachment_files.Stored]:
    db = database.connect(db_path, key)
    try:
        return _files_of_db(db)
    finally:
        db.close()


def _files_of_db(db: database.Connection) -> list[attachment_files.Stored]:
    """The attachment files a database's rows name (none before schema 11)."""
    if migrations.schema_version(db) < ATTACHMENT_FILES_SCHEMA:
        return []
    return attachment_files.stored(db)


class _VaultFiles:
    """The attachment files a backup packs: those its database copy names, read from the vault as
    they are (ciphertext). A file that is gone or not its size when it is read: the attachment was
    removed meanwhile (or the vault's file is damaged): BackupAttachmentChanged."""

    def __init__(self, folder: Path, rows: list[attachment_files.Stored]) -> None:
        self._folder = folder
        if any(not attachment_files.valid_name(row.name) for row in rows):
            raise errors.BackupAttachmentChanged()
        self._listing = [(str(row.name), attachment_files.sealed_size(row.size)) for row in rows]

    def listing(self) -> list[tuple[str, int]]:
        return self._listing

    def read(self, name: str, size: int) -> Iterator[bytes]:
        try:
            yield from attachment_files.read_raw(self._folder, name, size, backup_format.CHUNK)
        except attachment_files.Unreadable:
            raise errors.BackupAttachmentChanged() from None


class _Authenticated:
    """The verification's file sink: each attachment file of the backup authenticated under its
    key from the database copy (read once the database member is in `sink`, which comes first)."""

    def __init__(self, sink: BinaryIO, db_path: Path, key: Secret) -> None:
        self._sink = sink
        self._db_path = db_path
        self._key = key
        self._rows: dict[str, attachment_files.Stored] | None = None
        self._checker: attachment_files.Checker | None = None
        self._seen: set[str] = set()

    def open(self, name: str, size: int) -> None:
        if self._rows is None:
            self._sink.flush()
            self._rows = {str(row.name): row for row in _files_of(self._db_path, self._key)}
        row = self._rows.get(name)
        if row is None or attachment_files.sealed_size(row.size) != size:
            raise errors.DamagedBackup()
        self._checker = attachment_files.Checker(row.key, row.size)
        self._seen.add(name)

    def write(self, data: bytes) -> None:
        assert self._checker is not None  # noqa: S101 - open() comes first
        self._checker.feed(data)

    def close(self) -> None:
        assert self._checker is not None  # noqa: S101
        self._checker.close()

    def all_seen(self, rows: list[attachment_files.Stored]) -> None:
        if {str(row.name) for row in rows} != self._seen:
            raise errors.DamagedBackup()


class _Unpacked:
    """A restore's file sink: each attachment file written into the new vault's attachments
    folder (0700; files 0600, created new, without following links) and flushed to the disk."""

    def __init__(self, vault_folder: Path, storage: Storage) -> None:
        self.folder = attachment_files.folder_of(vault_folder)
        self._storage = storage
        self._fd: int | None = None
        self.names: set[str] = set()

    def open(self, name: str, size: int) -> None:
        if not self.folder.exists():
            self._storage.make_private_dir(self.folder)
        self._fd = os.open(self.folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
        self.names.add(name)

    def write(self, data: bytes) -> None:
        assert self._fd is not None  # noqa: S101 - open() comes first
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def abandon(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


def _check_target(vault_folder: Path, target: Path) -> None:
    if os.path.lexists(target):
        raise errors.BackupExists(target)
    if not target.parent.is_dir():
        raise errors.VaultFolderUnwritable(target.parent)
    parent, folder = target.parent.resolve(), vault_folder.resolve()
    if parent == folder or folder in parent.parents:
        raise errors.BackupInsideVault()


def _publish(packed: Path, target: Path) -> None:
    """Give the checked file its final name, never replacing a file that appeared meanwhile."""
    try:
        os.link(packed, target)
    except FileExistsError:
        raise errors.BackupExists(target) from None
    except OSError:  # no hard links on this file system (FAT, some network drives)
        if os.path.lexists(target):
            raise errors.BackupExists(target) from None
        os.replace(packed, target)
    Storage.fsync_dir(target.parent)


def _create_private(path: Path, folder: Path) -> None:
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except OSError:
        raise errors.VaultFolderUnwritable(folder) from None


def _remove(path: Path) -> None:
    """Delete a temporary database and SQLite's side files for it."""
    for suffix in SQLITE_SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{path}{suffix}")
