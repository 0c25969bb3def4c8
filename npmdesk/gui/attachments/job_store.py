"""A record store of its own for one attachment job on a worker thread.

The window's store shares one SQLite connection with the GUI thread; a job that streams a
large file must not write through it (the GUI would read half-written rows, and locking the
vault closes that connection under the job's feet). So each job opens a second connection
to the same vault with the same key, as the vault's backup does (WAL lets the window go on
reading). The job's copy of the key is wiped as soon as SQLCipher has it; the connection is
closed when the job ends, whatever happened.

While the job runs, `stop` (a threading.Event) makes every further statement but ROLLBACK
raise `Cancelled`: Cancel then interrupts even the parts of the core that report no progress
(text extraction reading a large PDF back), and the core's transaction rolls back whole.

The connection comes from `Vault.second_connection()`, which keeps the key inside the vault.
"""

from __future__ import annotations

import threading
from typing import Any

from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault
from npmdesk.vault.database import Connection


class Cancelled(Exception):
    """Raised inside a job to stop it; the job's transaction rolls back."""


class _StoppableConnection:
    """A connection whose statements raise Cancelled once `stop` is set (ROLLBACK still runs)."""

    def __init__(self, db: Connection, stop: threading.Event) -> None:
        self._db = db
        self._stop = stop

    def execute(self, sql: str, *args: Any) -> Any:
        if self._stop.is_set() and sql != "ROLLBACK":
            raise Cancelled()
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


class _JobVault:
    """What RecordStore needs of a vault, over the job's own connection."""

    def __init__(self, vault: Vault, db: Any, user_name: str) -> None:
        self._vault = vault
        self.folder = vault.folder
        self.db = db
        self._user_name = user_name

    def meta(self, key: str) -> str:
        return self._user_name if key == "user_name" else ""

    def ensure_in_place(self) -> None:
        self._vault.ensure_in_place()


class JobStore:
    """`store` stops when `stop` is set; `undo_store` (same connection) never does."""

    def __init__(self, vault: Vault) -> None:
        """Open the connection (on the GUI thread, while the vault is open); NpmdeskError if it cannot be."""
        user_name = vault.meta("user_name") or "unknown"
        self._db: Connection | None = vault.second_connection()
        self.stop = threading.Event()
        self.store = RecordStore(_JobVault(vault, _StoppableConnection(self._db, self.stop), user_name))  # type: ignore[arg-type]
        self.undo_store = RecordStore(_JobVault(vault, self._db, user_name))  # type: ignore[arg-type]

    def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            db.close()
