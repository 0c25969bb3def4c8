"""One exchange job (planning or writing an export, previewing or importing a package) off the GUI
thread, with progress and a real Cancel.

Made of gui/background_job.py. Each job opens a connection of its own to the open vault, as
attachment jobs do: the window's connection is shared with the GUI thread and is
closed under a job's feet when the vault locks, and an import's long transaction must not be
visible to the window half-way. WAL lets the window go on reading meanwhile. The job's copy of
the vault key is wiped as soon as SQLCipher has it; the connection closes when the job ends.

Cancel sets `stop`: every further statement but ROLLBACK raises `Cancelled`, and so does the next
progress report, so the core's transaction rolls back whole and an export's half-written file is
removed by the core (it writes through an atomic output). `cleanup` runs on the worker thread
once the work is over, whatever happened (it wipes the VaultIdentity the work used).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from npmdesk.errors import NpmdeskError
from npmdesk.gui.background_job import STEPS, BackgroundJob, JobVault, Progress, StoppableConnection
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault
from npmdesk.vault.database import Connection

__all__ = ["STEPS", "ExchangeJob", "JobWriteFailed", "Progress", "Work"]

Work = Callable[[RecordStore, Progress], Any]
META = ("user_name", "npm_name")


class JobWriteFailed(NpmdeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(QCoreApplication.translate(
            "ExchangeJob", "npmdesk could not write the package: {reason}. Nothing was written.").format(reason=reason))


class ExchangeJob(BackgroundJob):
    def __init__(self, vault: Vault, work: Work, cleanup: Callable[[], None] | None = None) -> None:
        """Open the job's connection now (on the GUI thread); NpmdeskError (VaultLocked…) if it cannot be."""
        stop = threading.Event()
        meta = {key: vault.meta(key) for key in META}
        db = vault.second_connection()
        store = RecordStore(JobVault(vault, StoppableConnection(db, stop), meta))  # type: ignore[arg-type]
        super().__init__(lambda progress: work(store, progress), stop=stop, write_error=JobWriteFailed,
                         cleanup=self._close)
        self._db: Connection | None = db
        self.store = store
        self._cleanup_work = cleanup

    def _close(self) -> None:  # on the worker thread, once the work is over
        if self._cleanup_work is not None:
            self._cleanup_work()
        if self._db is not None:
            db, self._db = self._db, None
            db.close()
