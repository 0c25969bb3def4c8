"""A record store of its own for one attachment job on a worker thread.

The window's store shares one SQLite connection with the GUI thread; a job that streams a
large file must not write through it (the GUI would read half-written rows, and locking the
vault closes that connection under the job's feet). So each job opens a second connection
to the same vault with the same key, as the vault's backup does (WAL lets the window go on
reading). The job's copy of the key is wiped as soon as SQLCipher has it; the connection is
closed when the job ends, whatever happened.

While the job runs, `stop` (a threading.Event) makes every further statement but ROLLBACK
raise `Cancelled` (gui/background_job.py): Cancel then interrupts even the parts of the core that report no progress
(text extraction reading a large PDF back), and the core's transaction rolls back whole.

The connection comes from `Vault.second_connection()`, which keeps the key inside the vault.
"""

from __future__ import annotations

import threading

from npmdesk.gui.background_job import JobVault, StoppableConnection
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault
from npmdesk.vault.database import Connection


class JobStore:
    """`store` stops when `stop` is set; `undo_store` (same connection) never does."""

    def __init__(self, vault: Vault) -> None:
        """Open the connection (on the GUI thread, while the vault is open); NpmdeskError if it cannot be."""
        meta = {"user_name": vault.meta("user_name")}
        self._db: Connection | None = vault.second_connection()
        self.stop = threading.Event()
        self.store = RecordStore(JobVault(vault, StoppableConnection(self._db, self.stop), meta))  # type: ignore[arg-type]
        self.undo_store = RecordStore(JobVault(vault, self._db, meta))  # type: ignore[arg-type]

    def close(self) -> None:
        if self._db is not None:
            db, self._db = self._db, None
            db.close()
