"""The SQLCipher connection: raw key, safe settings, integrity checks.

The 256-bit vault key is given to SQLCipher as a raw key (`x'…'`), so SQLCipher's own
PBKDF2 is not run: the slow derivation already happened in the passphrase slot.

Settings, each checked by a test:
- `journal_mode=WAL` with `synchronous=FULL`: a committed transaction survives a crash or
  a power cut;
- `foreign_keys=ON`; `temp_store=MEMORY` (no temporary files for sorts and indexes);
- `secure_delete=ON` (deleted content is overwritten, not left in free pages);
- `cipher_memory_security=OFF` is SQLCipher's default and kept for speed; see the README.
SQLCipher's own log is turned off so it cannot print to the user's terminal.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from npmdesk.errors import (
    DamagedVault,
    DiskFull,
    NpmdeskError,
    VaultBusy,
    VaultFolderUnwritable,
    VaultWriteFailed,
    from_os_error,
)
from npmdesk.phrase import Phrase
from npmdesk.vault.integrity_problems import problem_phrase
from npmdesk.vault.secret import Secret, wipe

Connection = Any  # sqlcipher3.dbapi2.Connection (untyped C extension)
DatabaseError = sqlcipher.DatabaseError

BUSY_MS = 5_000  # SQLite's wait for another connection's write (the GUI's writes wait on a thread)
SETTINGS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
    "PRAGMA journal_size_limit = 67108864",  # shrink the WAL back to 64 MiB after big writes
    "PRAGMA cache_size = -65536",  # 64 MiB of decrypted pages: search reads many of them
)


def _raw_key(key: Secret) -> bytearray:
    """`x'<64 hex digits>'` in a wipeable buffer."""
    out = bytearray(b"x'")
    for byte in key.buffer:
        out += b"0123456789abcdef"[byte >> 4 : (byte >> 4) + 1]
        out += b"0123456789abcdef"[byte & 15 : (byte & 15) + 1]
    out += b"'"
    return out


def connect(path: Path, key: Secret, *, create: bool = False, busy_ms: int = BUSY_MS,
            full_disk_fallback: bool = False) -> Connection:
    """An open, keyed connection; DamagedVault if the file cannot be read with this key.

    `full_disk_fallback` (for the unlock, which holds the vault's lock file, so no other npmdesk
    connection exists): where SQLite cannot make its shared-memory file (`vault.db-shm`, 32 KiB)
    because the disk is full, the vault is opened anyway, for reading: the half-made -shm is
    removed and the connection keeps that index in its own memory (`locking_mode=EXCLUSIVE`), so
    no other connection can open the vault meanwhile (`reading_only` says so) and writes fail with
    DiskFull until space is freed; the next normal open rebuilds the index from the WAL.
    `busy_ms`: how long a write waits for another connection's write transaction to end."""
    try:
        return _connect(path, key, create=create, busy_ms=busy_ms, exclusive=False)
    except (VaultWriteFailed, DiskFull):
        if create or not full_disk_fallback:
            raise
    with contextlib.suppress(FileNotFoundError):
        path.with_name(path.name + "-shm").unlink()  # never trusted again: it may be half-written
    return _connect(path, key, create=False, busy_ms=busy_ms, exclusive=True)


def _connect(path: Path, key: Secret, *, create: bool, busy_ms: int, exclusive: bool) -> Connection:
    db = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, timeout=busy_ms / 1000)
    try:
        db.execute("PRAGMA cipher_log_level = NONE")
        raw = _raw_key(key)
        try:
            db.set_key(raw)
        finally:
            wipe(raw)
        if exclusive:  # before the first read: the WAL index then lives in memory, not in -shm
            db.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
        # The first read proves the key and the first page; anything else is damage.
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if create:
            db.execute("PRAGMA journal_mode = WAL").fetchone()
        elif db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            raise DamagedVault()
        db.execute("PRAGMA synchronous = FULL")
        for pragma in SETTINGS:
            db.execute(pragma)
    except sqlcipher.DatabaseError as exc:
        db.close()
        raise user_error(exc, path.parent) or DamagedVault() from None
    except BaseException:
        db.close()
        raise
    return db


def set_busy_wait(db: Connection, ms: int) -> None:
    """How long a write on `db` waits for another connection's write to end before VaultBusy."""
    db.execute(f"PRAGMA busy_timeout = {int(ms)}")


@contextlib.contextmanager
def busy_wait(db: Connection, ms: int) -> Iterator[None]:
    """`set_busy_wait(db, ms)` for the `with` block, then the wait it had before."""
    before = int(db.execute("PRAGMA busy_timeout").fetchone()[0])
    set_busy_wait(db, ms)
    try:
        yield
    finally:
        set_busy_wait(db, before)


@contextlib.contextmanager
def small_page_cache(db: Connection, kib: int = 4096) -> Iterator[None]:
    """A page cache of `kib` KiB for the `with` block (a pass that reads every page once, like an
    export, gains nothing from the usual 64 MiB), then the usual size again."""
    before = int(db.execute("PRAGMA cache_size").fetchone()[0])
    db.execute(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")


def reading_only(db: Connection) -> bool:
    """True for a connection that `connect` opened on a full disk (no other connection can open the
    vault while it is open)."""
    try:
        return str(db.execute("PRAGMA locking_mode").fetchone()[0]).lower() == "exclusive"
    except sqlcipher.DatabaseError:
        return False


_DAMAGE = ("malformed", "not a database", "corrupt", "hmac", "out of memory")


def user_error(exc: BaseException, folder: Path | None = None) -> NpmdeskError | None:
    """The user's view of a failed write or read (a full disk, a read-only folder, a vault kept
    busy by another task, damage), from SQLite or the operating system; None when it is none of
    these (a constraint or a bug: the caller re-raises the original)."""
    if isinstance(exc, OSError):
        return from_os_error(exc)
    text = str(exc).lower()
    if "disk is full" in text:
        return DiskFull(folder)
    if "disk i/o error" in text:
        return VaultWriteFailed()
    if "database is locked" in text or "database is busy" in text:
        return VaultBusy()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return VaultFolderUnwritable(folder) if folder is not None else VaultWriteFailed()
    if any(word in text for word in _DAMAGE):
        return DamagedVault()
    return None


def rekey(db: Connection, new_key: Secret) -> None:
    """Re-encrypt every page with `new_key` (one transaction)."""
    raw = _raw_key(new_key)
    try:
        db.reset_key(raw)
    finally:
        wipe(raw)


@dataclass(frozen=True)
class IntegrityReport:
    """Result of both integrity checks; `problems` is empty for a healthy vault."""

    cipher_problems: list[str]
    sqlite_problems: list[str]
    attachment_problems: list[str] = field(default_factory=list)  # the attachment files (Vault.check)

    @property
    def healthy(self) -> bool:
        return not self.cipher_problems and not self.sqlite_problems and not self.attachment_problems

    @property
    def problems(self) -> list[str]:
        return self.cipher_problems + self.sqlite_problems + self.attachment_problems

    @property
    def phrases(self) -> list[Phrase]:
        """The problems as phrases, to show in the user's language (vault/integrity_problems.py)."""
        return [problem_phrase(problem) for problem in self.problems]


def integrity_check(db: Connection) -> IntegrityReport:
    """SQLCipher's page authentication check, then SQLite's structural check.

    The cipher check reads the database file itself, not the WAL: the WAL is checkpointed
    first, or pages a key rotation left there would be reported as damage."""
    with contextlib.suppress(sqlcipher.DatabaseError):
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    try:
        cipher = [str(r[0]) for r in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        cipher = [f"cipher check stopped: {exc}"]
    try:
        rows = [str(r[0]) for r in db.execute("PRAGMA integrity_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        rows = [f"integrity check stopped: {exc}"]
    sqlite = [] if rows == ["ok"] else rows
    return IntegrityReport(cipher, sqlite)
