"""One long piece of work off the GUI thread, with progress in thousandths and a real Cancel.

`BackgroundJob(work)` runs `work(progress)` on the thread pool (worker.py). `progress(done,
total)` reaches the GUI thread as `progressed(thousandths)`; once Cancel is asked, the next
progress call raises `Cancelled` inside the work, which undoes what it did; the job then emits
`cancelled` instead of `succeeded`. `write_error`, if given, turns an OSError (a full disk, a
USB stick pulled out) into the user's message; `cleanup` runs on the worker thread when the
work is over, whatever happened.

The backup, attachment and exchange jobs are made of this. A job has no Qt parent: it lives
until its result is delivered even if the window that started it is gone (after a lock it is
`abandon()`ed: cancelled with its signals blocked).

Jobs that read or write the vault do it over a connection of their own (`StoppableConnection`,
`JobVault`): the window's connection is shared with the GUI thread and is closed under a job's
feet when the vault locks, and WAL lets the window go on reading meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from npmdesk.errors import NpmdeskError, from_os_error
from npmdesk.gui.worker import run_in_background
from npmdesk.vault import Vault
from npmdesk.vault.database import Connection

Progress = Callable[[int, int], None]
STEPS = 1000  # progress is reported in thousandths
_CANCELLED = object()


class Cancelled(Exception):
    """Raised inside a job's work to stop it; the work undoes what it did."""


class StoppableConnection:
    """A connection whose statements raise Cancelled once `stop` is set (ROLLBACK still runs), so
    Cancel also interrupts parts of the core that report no progress."""

    def __init__(self, db: Connection, stop: threading.Event) -> None:
        self._db = db
        self._stop = stop

    def execute(self, sql: str, *args: Any) -> Any:
        if self._stop.is_set() and sql != "ROLLBACK":
            raise Cancelled()
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)


class JobVault:
    """What RecordStore and the exchange core need of a vault, over a job's own connection;
    `meta` holds the vault_meta values the work may ask for (read on the GUI thread)."""

    def __init__(self, vault: Vault, db: Any, meta: dict[str, str]) -> None:
        self._vault = vault
        self.folder = vault.folder
        self.db = db
        self._meta = meta

    def meta(self, key: str) -> str:
        return self._meta.get(key, "")

    def ensure_in_place(self) -> None:
        self._vault.ensure_in_place()


class BackgroundJob(QObject):
    progressed = Signal(int)  # thousandths done
    succeeded = Signal(object)  # what `work` returned
    cancelled = Signal()
    failed = Signal(object)  # NpmdeskError

    def __init__(self, work: Callable[[Progress], Any], *, stop: threading.Event | None = None,
                 write_error: Callable[[str], NpmdeskError] | None = None,
                 cleanup: Callable[[], None] | None = None) -> None:
        super().__init__()
        self._work = work
        self._write_error = write_error
        self._cleanup = cleanup
        self.stop = stop or threading.Event()
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
            return self._work(self._progress)
        except Cancelled:
            return _CANCELLED
        except OSError as error:
            if (mapped := from_os_error(error)) is not None:  # a full or read-only disk: errors.py's sentence
                raise mapped from None
            if self._write_error is None:
                raise
            raise self._write_error(error.strerror or type(error).__name__) from None
        finally:
            if self._cleanup is not None:
                self._cleanup()

    def stops_at(self, done: int, total: int) -> bool:
        """Whether a progress report at (done, total) stops the work: once Cancel is asked."""
        return self.stop.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self.stops_at(done, total):
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
