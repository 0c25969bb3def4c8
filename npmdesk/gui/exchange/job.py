"""One exchange job (planning or writing an export, previewing or importing a package) off the GUI
thread, with progress and a real Cancel.

Each job opens a connection of its own to the open vault, as attachment jobs do
(gui/attachments/job_store.py): the window's connection is shared with the GUI thread and is
closed under a job's feet when the vault locks, and an import's long transaction must not be
visible to the window half-way. WAL lets the window go on reading meanwhile. The job's copy of
the vault key is wiped as soon as SQLCipher has it; the connection closes when the job ends.

Cancel sets `stop`: every further statement but ROLLBACK raises `Cancelled`, and so does the next
progress report, so the core's transaction rolls back whole and an export's half-written file is
removed by the core (it writes through an atomic output). `cleanup` runs on the worker thread
once the work is over, whatever happened (it wipes the VaultIdentity the work used).

The job has no Qt parent: it lives until its result is delivered even if the dialog that started
it is gone (after a lock it is cancelled with its signals blocked).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from npmdesk.errors import NpmdeskError
from npmdesk.gui.worker import run_in_background
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault
from npmdesk.vault.database import Connection

Progress = Callable[[int, int], None]
Work = Callable[[RecordStore, Progress], Any]
STEPS = 1000
META = ("user_name", "npm_name")
_CANCELLED = object()


class Cancelled(Exception):
    """Raised inside a job to stop it."""


class JobWriteFailed(NpmdeskError):
    def __init__(self, reason: str) -> None:
        super().__init__(QCoreApplication.translate(
            "ExchangeJob", "npmdesk could not write the package: {reason}. Nothing was written.").format(reason=reason))


class _StoppableConnection:
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
    """What RecordStore and the exchange core need of a vault, over the job's own connection."""

    def __init__(self, vault: Vault, db: Any, meta: dict[str, str]) -> None:
        self._vault = vault
        self.folder = vault.folder
        self.db = db
        self._meta = meta

    def meta(self, key: str) -> str:
        return self._meta.get(key, "")

    def ensure_in_place(self) -> None:
        self._vault.ensure_in_place()


class ExchangeJob(QObject):
    progressed = Signal(int)  # thousandths done
    succeeded = Signal(object)  # what `work` returned
    cancelled = Signal()
    failed = Signal(object)  # NpmdeskError

    def __init__(self, vault: Vault, work: Work, cleanup: Callable[[], None] | None = None) -> None:
        """Open the job's connection now (on the GUI thread); NpmdeskError (VaultLocked…) if it cannot be."""
        super().__init__()
        self._work = work
        self._cleanup = cleanup
        self.stop = threading.Event()
        meta = {key: vault.meta(key) for key in META}
        self._db: Connection | None = vault.second_connection()
        self.store = RecordStore(_JobVault(vault, _StoppableConnection(self._db, self.stop), meta))  # type: ignore[arg-type]
        self._reported = -1
        self.running = False

    def start(self) -> None:
        self.running = True
        run_in_background(self._run, self._delivered, self._failed)

    def cancel(self) -> None:
        self.stop.set()

    @property
    def cancelling(self) -> bool:
        return self.stop.is_set()

    def abandon(self) -> None:
        """On lock: cancel, and let nobody hear of the result."""
        self.blockSignals(True)
        self.cancel()

    # -------------------------------------------------------------- on the worker thread

    def _run(self) -> Any:
        try:
            return self._work(self.store, self._progress)
        except Cancelled:
            return _CANCELLED
        except OSError as error:  # a full disk, a USB stick pulled out
            raise JobWriteFailed(error.strerror or type(error).__name__) from None
        finally:
            if self._cleanup is not None:
                self._cleanup()
            if self._db is not None:
                db, self._db = self._db, None
                db.close()

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        step = STEPS * done // max(total, 1)
        if step != self._reported:
            self._reported = step
            self.progressed.emit(step)  # queued to the GUI thread

    # ---------------------------------------------------------------- on the GUI thread

    def _delivered(self, result: Any) -> None:
        self.running = False
        if result is _CANCELLED:
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)

    def _failed(self, error: NpmdeskError) -> None:
        self.running = False
        self.failed.emit(error)
