"""One long piece of work off the GUI thread, with progress in thousandths and a real Cancel.

`BackgroundJob(work)` runs `work(progress)` on the thread pool (worker.py). `progress(done,
total)` reaches the GUI thread as `progressed(thousandths)`; once Cancel is asked, the next
progress call raises `Cancelled` inside the work, which undoes what it did; the job then emits
`cancelled` instead of `succeeded`. `write_error`, if given, turns an OSError (a full disk, a
USB stick pulled out) into the user's message; `cleanup` runs on the worker thread when the
work is over, whatever happened.

The backup, restore, integrity check, attachment, exchange and report jobs are made of this. A
job has no Qt parent: it lives until its result is delivered even if the window that started it
is gone (after a lock it is `abandon()`ed: cancelled with its signals blocked).

Jobs that read or write the vault are `VaultJob`s: `work(session, progress)` runs over a
`JobSession` of its own (npmdesk/vault/session.py), opened on the GUI thread and closed on the
worker thread when the work is over: the window's connection is shared with the GUI thread and is
closed under a job's feet when the vault locks, and WAL lets the window go on reading meanwhile.
Cancel also interrupts the session's statements inside a transaction (SQLite's progress handler),
so parts of the core that report no progress stop too; the interrupted statement counts as a
cancel, and the transaction rolls back whole.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from npmdesk.errors import NpmdeskError, from_os_error
from npmdesk.gui.os_reasons import os_reason
from npmdesk.gui.worker import run_in_background
from npmdesk.vault.database import DatabaseError
from npmdesk.vault.session import JobSession, VaultSession, stopped

Progress = Callable[[int, int], None]
STEPS = 1000  # progress is reported in thousandths
_CANCELLED = object()


class Cancelled(Exception):
    """Raised inside a job's work to stop it; the work undoes what it did."""


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
        except DatabaseError as error:
            if self.stop.is_set() and stopped(error):
                return _CANCELLED
            raise
        except OSError as error:
            if (mapped := from_os_error(error)) is not None:  # a full or read-only disk: errors.py's sentence
                raise mapped from None
            if self._write_error is None:
                raise
            raise self._write_error(os_reason(error)) from None
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


class VaultJob(BackgroundJob):
    """`work(session, progress)` over a session of the vault of its own (`Vault.job_session`),
    interrupted by Cancel; `cleanup` runs first, then the session closes, whatever happened."""

    def __init__(self, vault: VaultSession, work: Callable[[JobSession, Progress], Any], *,
                 write_error: Callable[[str], NpmdeskError] | None = None,
                 cleanup: Callable[[], None] | None = None) -> None:
        """Open the session now (on the GUI thread); NpmdeskError (VaultLocked…) if it cannot be."""
        stop = threading.Event()
        session = vault.job_session(stop)
        super().__init__(lambda progress: work(session, progress), stop=stop, write_error=write_error,
                         cleanup=self._close)
        self._session = session
        self._cleanup_work = cleanup

    def _close(self) -> None:  # on the worker thread, once the work is over
        try:
            if self._cleanup_work is not None:
                self._cleanup_work()
        finally:
            self._session.close()
