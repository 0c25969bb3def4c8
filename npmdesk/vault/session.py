"""What the record store and the exchange, reports and records cores need of an open vault
(`VaultSession`), and a session of its own for one piece of work on another thread (`JobSession`).

`Vault` is a VaultSession over the window's connection. `Vault.job_session(stop)` opens another
connection to the same vault with the same key (WAL lets the window go on reading meanwhile): the
window's connection is shared with the GUI thread and is closed under a job's feet when the vault
locks, and a long import must not be visible to the window half-way. The job's copy of the key is
wiped as soon as SQLCipher has it.

Cancel: once `stop` is set, SQLite's own progress handler interrupts the session's statements
inside an explicit transaction (within PROGRESS_OPS virtual-machine steps, however long the
statement would run); the statement raises a DatabaseError for which `stopped(error)` is True,
and the transaction is rolled back whole (SQLite undoes an interrupted write itself; the record
store's `transaction()` rolls back the rest). Statements outside a transaction are left to run:
SQLite reports to the handler once more after a COMMIT has committed, and interrupting there
would report a cancel for work that was kept. Work between statements stops at its next progress
report (the GUI's BackgroundJob raises Cancelled there).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from npmdesk.errors import VaultLocked
from npmdesk.vault import database
from npmdesk.vault.database import Connection
from npmdesk.vault.secret import Secret

PROGRESS_OPS = 50  # how often (in SQLite virtual-machine steps) a running statement looks at `stop`
SQLITE_INTERRUPT = 9


EXCHANGE_KEYS = ("exchange_x25519", "exchange_ed25519")


def exchange_keys() -> dict[str, str]:
    """Fresh secret keys for exchange (an X25519 identity, an Ed25519 signing key), as hex."""
    out: dict[str, str] = {}
    for name in EXCHANGE_KEYS:
        with Secret.random(32) as raw:
            out[name] = bytes(raw.buffer).hex()
    return out


class VaultSession(Protocol):
    """An open vault as the cores use it: one connection, its folder and its settings."""

    @property
    def folder(self) -> Path: ...

    @property
    def db(self) -> Connection:
        """The connection; VaultLocked once the vault (or this session) is closed."""

    @property
    def is_open(self) -> bool: ...

    def meta(self, key: str) -> str:
        """A vault_meta value, or "" if it is not set."""

    def set_meta(self, key: str, value: str) -> None:
        """Write one vault_meta value; a failed write raises the user's error and changes nothing."""

    def ensure_in_place(self) -> None:
        """VaultMoved if the vault's folder is no longer where it was opened."""

    def ensure_exchange_keys(self) -> None:
        """Make the exchange keys if this vault predates them; keys already there are kept."""

    def job_session(self, stop: threading.Event | None) -> JobSession:
        """A session of its own of the same vault, for work on another thread (call it on the
        thread that holds this one); VaultLocked if the vault is locked."""


def stopped(error: BaseException) -> bool:
    """True if `error` is a statement interrupted because its session's `stop` was set."""
    return isinstance(error, database.DatabaseError) and getattr(error, "sqlite_errorcode", None) == SQLITE_INTERRUPT


class OpenConnection:
    """What the vault and a job session share: one open connection (VaultLocked once closed) and
    the vault_meta settings read and written over it. A subclass sets `folder` and `_db` and
    defines `ensure_in_place`."""

    folder: Path
    _db: Connection | None

    def ensure_in_place(self) -> None:
        raise NotImplementedError

    @property
    def db(self) -> Connection:
        """The open connection; VaultLocked once closed."""
        if self._db is None:
            raise VaultLocked()
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def meta(self, key: str) -> str:
        """A vault_meta value, or "" if it is not set."""
        row = self.db.execute("SELECT value FROM vault_meta WHERE key = ?", (key,)).fetchone()
        return "" if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Write one vault_meta value (added, or replacing the old one); a failed write raises
        the user's error (a full disk, a busy vault) and changes nothing."""
        self.ensure_in_place()
        try:
            self.db.execute(
                "INSERT INTO vault_meta(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value),
            )
        except database.DatabaseError as exc:
            mapped = database.user_error(exc, self.folder)
            if mapped is None:
                raise
            raise mapped from None

    def ensure_exchange_keys(self) -> None:
        """Make the exchange keys (EXCHANGE_KEYS in vault_meta) if this vault predates them, in one
        transaction; keys already there are kept."""
        if all(self.meta(name) for name in EXCHANGE_KEYS):
            return
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.executemany("INSERT OR IGNORE INTO vault_meta(key, value) VALUES (?, ?)", exchange_keys().items())
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise


class JobSession(OpenConnection):
    """A VaultSession over a connection of its own, for one piece of work on one other thread.

    Made by `Vault.job_session(stop)` on the thread that holds the vault; used, then `close()`d,
    on the job's thread. With `stop` None the session is never interrupted (the window's writer)."""

    def __init__(self, db: Connection, folder: Path, ensure_in_place: Callable[[], None],
                 opener: Callable[[threading.Event | None], JobSession], stop: threading.Event | None) -> None:
        """`ensure_in_place` and `opener` are the vault's (its own check, its `job_session`)."""
        self.folder = folder
        self._db: Connection | None = db
        self._ensure_in_place = ensure_in_place
        self._opener = opener
        self._stop = stop
        self._stoppable = stop is not None
        if stop is not None:
            db.set_progress_handler(self._interrupts, PROGRESS_OPS)

    def _interrupts(self) -> bool:  # SQLite's progress handler, on the job's thread
        db = self._db
        return (self._stoppable and self._stop is not None and self._stop.is_set()
                and db is not None and bool(db.in_transaction))

    def ensure_in_place(self) -> None:
        self._ensure_in_place()

    def job_session(self, stop: threading.Event | None) -> JobSession:
        return self._opener(stop)

    @contextlib.contextmanager
    def unstoppable(self) -> Iterator[None]:
        """Statements in the block run even once `stop` is set (undoing what a cancelled job did);
        a transaction the stop left open is rolled back first."""
        db = self.db
        if db.in_transaction:
            with contextlib.suppress(database.DatabaseError):  # the vault went away: the undo fails next
                db.execute("ROLLBACK")
        before, self._stoppable = self._stoppable, False
        try:
            yield
        finally:
            self._stoppable = before

    def close(self) -> None:
        """Close the connection (rolling back a transaction left open). Idempotent."""
        if self._db is not None:
            db, self._db = self._db, None
            db.close()
