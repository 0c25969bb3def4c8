"""The attachment store: each attachment's bytes in a file of its own beside the database,
sealed under a key of its own that only the database holds.

    <vault>/attachments/            owner-only folder (0700), made when the first file is written
    <vault>/attachments/<32 hex>    one file per attachment (0600), named by a random name kept in
                                    the attachment's row (never its id); its key is in that row too

A file is HEADER (16 bytes: the format and its version) followed by chunks of CHUNK_SIZE bytes of
plaintext, each sealed with AES-256-GCM under the attachment's key, with the header as associated
data and as nonce an 11-byte big-endian chunk counter and a last-chunk flag (age's STREAM
construction): every chunk but the last holds exactly CHUNK_SIZE bytes, the last one fewer (none
when the size is a multiple of CHUNK_SIZE), so a file of `size` bytes has `size // CHUNK_SIZE + 1`
chunks and `sealed_size(size)` bytes, both known from the row. Reordered, cut, extended, altered or
swapped files (another attachment's file under this name: another key) fail authentication:
`Unreadable`, never wrong bytes. Files are opened without following symbolic links, relative to the
folder opened without following one either, and must be regular files.

Crash safety with the database (records/attachments.py drives it): a file is written, fsynced and
its folder fsynced before the transaction that inserts its row commits; a transaction that rolls
back deletes the files it wrote; a removed row's file is deleted after the commit. A kill leaves at
worst an orphan: a file no committed row names, whose key never committed (or was erased with its
row: SQLCipher's secure_delete overwrites it), so nobody can read it. `sweep` deletes orphans when a
vault is unlocked, under the vault's lock (lockfile.py: no other npmdesk has it open), skipping the
files this process is writing (`Sealer` registers them until their transaction ends) and, as a
second guard, any file changed within ORPHAN_AGE seconds.

Nothing here knows records: the rows are read with plain SQL over the vault's connection.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from npmdesk.vault.disk_writer import DiskWriter, write_all
from npmdesk.vault.files import ATTACHMENTS_DIR
from npmdesk.vault.storage import DIR_MODE, FILE_MODE, Storage, delete_and_remove_folder

FOLDER = ATTACHMENTS_DIR
HEADER = b"npmdesk-attach1\n"  # the format and its version; bound into every chunk as associated data
CHUNK_SIZE = 1024 * 1024
TAG = 16
KEY_BYTES = 32
NAME_HEX = 32
ORPHAN_AGE = 3600  # seconds: an unreferenced file changed more recently than this is left alone
_NAME = re.compile(r"[0-9a-f]{32}")
_POSIX = os.name == "posix" and os.open in os.supports_dir_fd
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)

Connection = Any  # sqlcipher3 connection (untyped C extension)


class Unreadable(Exception):
    """The file is missing, not a regular file, of the wrong size or fails authentication."""


def folder_of(vault_folder: Path) -> Path:
    return Path(vault_folder) / FOLDER


def valid_name(name: object) -> bool:
    """True for a file name this store makes: exactly 32 lowercase hex digits."""
    return isinstance(name, str) and _NAME.fullmatch(name) is not None


def new_name() -> str:
    return secrets.token_hex(NAME_HEX // 2)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def chunk_count(size: int) -> int:
    return size // CHUNK_SIZE + 1


def sealed_size(size: int) -> int:
    """The file's size for `size` bytes of plaintext."""
    return len(HEADER) + size + TAG * chunk_count(size)


def nonce(number: int, last: bool) -> bytes:
    return number.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# ----------------------------------------------------------------------------- files in flight

_LOCK = threading.Lock()
_IN_FLIGHT: set[tuple[str, str]] = set()  # (folder, name): written by this process, not yet settled


def _in_flight(folder: Path, name: str) -> bool:
    with _LOCK:
        return (str(folder), name) in _IN_FLIGHT


# ----------------------------------------------------------------------------- the folder


@contextlib.contextmanager
def _opened_folder(folder: Path, *, create: bool = False) -> Iterator[int | None]:
    """The attachments folder as a descriptor (POSIX: opened without following a link, so a folder
    replaced by a link to elsewhere is refused), or None where descriptors cannot anchor paths."""
    if create and not os.path.lexists(folder):
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, DIR_MODE)  # never its parents: a vault folder moved away is not made again
            os.chmod(folder, DIR_MODE)
            Storage.fsync_dir(folder.parent)
    if not _POSIX:
        if folder.is_symlink() or not folder.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(folder))
        yield None
        return
    fd = os.open(folder, os.O_RDONLY | _DIRECTORY | _NOFOLLOW)
    try:
        yield fd
    finally:
        os.close(fd)


def _open_in(folder: Path, dir_fd: int | None, name: str, flags: int, mode: int = FILE_MODE) -> int:
    if dir_fd is not None:
        return os.open(name, flags | _NOFOLLOW | _BINARY, mode, dir_fd=dir_fd)
    path = folder / name
    if path.is_symlink():
        raise OSError(errno.ELOOP, "a link", str(path))
    return os.open(path, flags | _NOFOLLOW | _BINARY, mode)


def _unlink_in(folder: Path, dir_fd: int | None, name: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        if dir_fd is not None:
            os.unlink(name, dir_fd=dir_fd)
        else:
            os.unlink(folder / name)


def delete(vault_folder: Path, names: list[str]) -> None:
    """Delete these files (after the commit that removed their rows); what cannot be deleted is an
    orphan for the next `sweep` (its key is gone already)."""
    folder = folder_of(vault_folder)
    with contextlib.suppress(OSError), _opened_folder(folder) as dir_fd:
        for name in names:
            if valid_name(name):
                with contextlib.suppress(OSError):
                    _unlink_in(folder, dir_fd, name)


# ----------------------------------------------------------------------------- writing


class Sealer:
    """One new file, sealed chunk by chunk as the bytes come (`seal` each full chunk, `finish` with
    the rest). Registered as in flight until `settle()`; `discard()` deletes it.

    With `disk` (disk_writer.py), the sealed chunks are written, and the file fsynced and closed,
    on the writer's thread: the caller must `drain()` it before the commit (records/attachments.py
    does); `discard` and `settle` wait for it first, so nothing of this file is still queued when
    it is deleted or its descriptor closed."""

    def __init__(self, vault_folder: Path, name: str, key: bytes, disk: DiskWriter | None = None) -> None:
        if not valid_name(name):
            raise ValueError("not an attachment file name")
        self.folder = folder_of(vault_folder)
        self.name = name
        self._aead = AESGCM(key)
        self._n = 0
        self._fd: int | None = None
        self._disk = disk
        with _LOCK:
            _IN_FLIGHT.add((str(self.folder), name))
        try:
            with _opened_folder(self.folder, create=True) as dir_fd:
                self._fd = _open_in(self.folder, dir_fd, name, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
            write_all(self._fd, HEADER)
        except BaseException:
            self.discard()
            raise

    def seal(self, plaintext: bytes | bytearray | memoryview, last: bool = False) -> None:
        """Seal and write one chunk: CHUNK_SIZE bytes, or fewer for the last (`finish`)."""
        assert self._fd is not None  # noqa: S101 - a finished or discarded sealer is not written to
        sealed = self._aead.encrypt(nonce(self._n, last), plaintext, HEADER)
        if self._disk is None:
            write_all(self._fd, sealed)
        else:
            self._disk.write(self._fd, sealed)
        self._n += 1

    def finish(self, rest: bytes | bytearray | memoryview) -> None:
        """Seal the last chunk, flush the file to the disk and close it (the folder is fsynced
        before the commit: `sync_folder`)."""
        self.seal(rest, last=True)
        fd, self._fd = self._fd, None
        assert fd is not None  # noqa: S101
        if self._disk is not None:
            self._disk.close(fd)  # fsynced and closed behind; the commit drains the writer first
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def discard(self) -> None:
        """Close and delete the file (its transaction rolled back); settles it."""
        if self._disk is not None:
            self._disk.wait()  # nothing of it still queued (errors: the file goes anyway)
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)
        delete(self.folder.parent, [self.name])
        self.settle()

    def settle(self) -> None:
        """Its transaction is over (committed, or rolled back and discarded): a sweep may judge it."""
        if self._disk is not None:
            self._disk.wait()
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)
        with _LOCK:
            _IN_FLIGHT.discard((str(self.folder), self.name))


def sync_folder(vault_folder: Path) -> None:
    """fsync the attachments folder: the new files' names are on the disk before the commit."""
    Storage.fsync_dir(folder_of(vault_folder))


# ----------------------------------------------------------------------------- reading


def _pread(fd: int, length: int, offset: int) -> bytes:
    """`length` bytes at `offset` (fewer at the end of the file); Windows has no pread."""
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - Windows
    return os.read(fd, length)  # pragma: no cover


class Opened:
    """A sealed file open for reading: `chunk(i)` decrypts one chunk (Unreadable if it fails)."""

    def __init__(self, vault_folder: Path, name: object, key: object, size: int) -> None:
        if not valid_name(name) or not isinstance(key, bytes) or len(key) != KEY_BYTES:
            raise Unreadable()
        assert isinstance(name, str)  # noqa: S101 - valid_name said so
        self.size = size
        self.count = chunk_count(size)
        self._aead = AESGCM(key)
        self._fd: int | None = None
        folder = folder_of(vault_folder)
        try:
            with _opened_folder(folder) as dir_fd:
                self._fd = _open_in(folder, dir_fd, name, os.O_RDONLY | _NONBLOCK)
        except OSError:
            raise Unreadable() from None
        try:
            st = os.fstat(self._fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size != sealed_size(size):
                raise Unreadable()
            if _pread(self._fd, len(HEADER), 0) != HEADER:
                raise Unreadable()
        except OSError:  # the disk failed to read it (EIO): as damaged as a file that fails its check
            self.close()
            raise Unreadable() from None
        except BaseException:
            self.close()
            raise

    def chunk(self, number: int) -> bytes:
        if not 0 <= number < self.count or self._fd is None:
            raise Unreadable()
        last = number == self.count - 1
        length = (self.size % CHUNK_SIZE if last else CHUNK_SIZE) + TAG
        try:
            sealed = _pread(self._fd, length, len(HEADER) + number * (CHUNK_SIZE + TAG))
            if len(sealed) != length:
                raise Unreadable()
            return self._aead.decrypt(nonce(number, last), sealed, HEADER)
        except (InvalidTag, OSError):
            raise Unreadable() from None

    def chunks(self) -> Iterator[bytes]:
        for number in range(self.count):
            yield self.chunk(number)

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def __enter__(self) -> Opened:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_raw(vault_folder: Path, name: str, size: int, piece: int = CHUNK_SIZE) -> Iterator[bytes]:
    """The file's bytes as they are (ciphertext: what a backup carries); Unreadable unless it is a
    regular file of exactly `size` bytes."""
    folder = folder_of(vault_folder)
    try:
        with _opened_folder(folder) as dir_fd:
            fd = _open_in(folder, dir_fd, name, os.O_RDONLY | _NONBLOCK)
    except OSError:
        raise Unreadable() from None
    try:
        st = os.fstat(fd)
        if not valid_name(name) or not stat.S_ISREG(st.st_mode) or st.st_size != size:
            raise Unreadable()
        left = size
        while left:
            try:
                data = os.read(fd, min(piece, left))
            except OSError:  # the disk failed to read it (EIO)
                raise Unreadable() from None
            if not data:
                raise Unreadable()
            left -= len(data)
            yield data
    finally:
        os.close(fd)


class Checker:
    """Authenticates a sealed file from its bytes as they stream past (a backup's copy): `feed`
    them, then `close()`; Unreadable at the first chunk that fails, or if the bytes are not
    exactly the file of `size` bytes of plaintext under `key`."""

    def __init__(self, key: object, size: int) -> None:
        if not isinstance(key, bytes) or len(key) != KEY_BYTES:
            raise Unreadable()
        self._aead = AESGCM(key)
        self._size = size
        self._count = chunk_count(size)
        self._n = -1  # the header comes first
        self._buffer = bytearray()

    def _wanted(self) -> int:
        if self._n < 0:
            return len(HEADER)
        last = self._n == self._count - 1
        return (self._size % CHUNK_SIZE if last else CHUNK_SIZE) + TAG

    def feed(self, data: bytes) -> None:
        self._buffer += data
        while self._n < self._count and len(self._buffer) >= self._wanted():
            wanted = self._wanted()
            piece = bytes(self._buffer[:wanted])
            del self._buffer[:wanted]
            if self._n < 0:
                if piece != HEADER:
                    raise Unreadable()
            else:
                try:
                    self._aead.decrypt(nonce(self._n, self._n == self._count - 1), piece, HEADER)
                except InvalidTag:
                    raise Unreadable() from None
            self._n += 1
        if self._n == self._count and self._buffer:
            raise Unreadable()

    def close(self) -> None:
        if self._n != self._count or self._buffer:
            raise Unreadable()


# ----------------------------------------------------------------------------- the whole store


@dataclass(frozen=True)
class Stored:
    """One attachment row's file: its name (as the row holds it), key and plaintext size."""

    attachment_id: str
    name: object
    key: object = field(repr=False)  # never in a log or a traceback's locals
    size: int
    record_id: str = ""


def stored(db: Connection) -> list[Stored]:
    """Every attachment row that has a file (rows of older vaults keep their chunks in the database)."""
    return [Stored(row[0], row[1], row[2], int(row[3]), row[4]) for row in db.execute(
        "SELECT a.id, a.blob, a.blob_key, a.size, r.id FROM attachment a LEFT JOIN record r ON r.seq = a.record_seq"
        " WHERE a.blob IS NOT NULL ORDER BY a.seq")]


def whole(vault_folder: Path, row: Stored) -> bool:
    """True if the row's file is there and every chunk of it authenticates."""
    try:
        with Opened(vault_folder, row.name, row.key, row.size) as opened:
            for _ in opened.chunks():
                pass
    except Unreadable:
        return False
    return True


def check(db: Connection, vault_folder: Path) -> list[str]:
    """Every attachment file read and authenticated: one line for each that is missing or not
    whole (vault/integrity_problems.py words them); empty when all are whole."""
    problems: list[str] = []
    for row in stored(db):
        there = valid_name(row.name) and os.path.lexists(folder_of(vault_folder) / str(row.name))
        if not there:
            problems.append(f"attachment {row.attachment_id} of record {row.record_id}: its file is missing")
        elif not whole(vault_folder, row):
            problems.append(f"attachment {row.attachment_id} of record {row.record_id}: its file is damaged")
    return problems


def sweep(db: Connection, vault_folder: Path, *, min_age: float = ORPHAN_AGE, now: float | None = None) -> int:
    """Delete orphans: files in the attachments folder that no committed row names, that this
    process is not writing, and that nothing changed for `min_age` seconds. Call it with the vault's
    lock held (Vault.unlock does). Returns how many it deleted; a file it cannot judge is kept."""
    folder = folder_of(vault_folder)
    if not os.path.isdir(folder) or os.path.islink(folder):
        return 0
    referenced = {row[0] for row in db.execute("SELECT blob FROM attachment WHERE blob IS NOT NULL")}
    now = time.time() if now is None else now
    deleted = 0
    with _opened_folder(folder) as dir_fd:
        for name in os.listdir(folder if dir_fd is None else dir_fd):
            if not valid_name(name) or name in referenced or _in_flight(folder, name):
                continue
            try:
                if dir_fd is not None:
                    st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
                else:
                    st = os.lstat(folder / name)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode) or now - st.st_mtime < min_age:
                continue
            with contextlib.suppress(OSError):
                _unlink_in(folder, dir_fd, name)
                deleted += 1
    return deleted


def erase(vault_folder: Path) -> int:
    """Delete the attachments folder's files (the emergency erase, once the keys are gone: every
    file is then ciphertext under keys nobody can reach), then the folder if it is empty. Only
    this store's own names are deleted; returns how many files are left."""
    folder = folder_of(vault_folder)
    if not os.path.lexists(folder):
        return 0
    if os.path.islink(folder) or not os.path.isdir(folder):
        with contextlib.suppress(OSError):
            os.unlink(folder)
        return int(os.path.lexists(folder))
    try:
        names = os.listdir(folder)
    except OSError:
        return 1
    # Names that are not ours stay, as files that are not the vault's do.
    return delete_and_remove_folder(folder, (name for name in names if valid_name(name)))
