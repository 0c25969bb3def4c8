"""One backup run off the GUI thread, with progress and a real Cancel.

`BackupJob(work)` runs `work(progress)` on the thread pool (worker.py); `work` calls
`write_backup(..., progress)`. Cancel works through the progress callback: it raises
`Cancelled` inside write_backup, which then deletes every temporary file (no half-written or
unverified backup is ever left). Once the backup is fully checked (progress at its total)
a cancel is ignored: the backup is finished and reported as made.

The job has no Qt parent: it stays alive until its result is delivered, even if the window
that started it is gone (after a lock it is cancelled, and nobody listens any more).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from npmdesk.errors import NpmdeskError
from npmdesk.gui.worker import run_in_background

Progress = Callable[[int, int], None]
STEPS = 1000  # progress is reported in thousandths


class Cancelled(Exception):
    """Raised inside write_backup's progress callback to stop the backup."""


_CANCELLED = object()


class BackupJob(QObject):
    progressed = Signal(int)  # thousandths done
    succeeded = Signal(object)  # what `work` returned
    cancelled = Signal()
    failed = Signal(object)  # NpmdeskError

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self._reported = -1
        self.running = False

    def start(self) -> None:
        self.running = True
        run_in_background(self._run, self._delivered, self._failed)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stop.is_set()

    # -------------------------------------------------------------- on the worker thread

    def _run(self) -> Any:
        try:
            return self._work(self._progress)
        except Cancelled:
            return _CANCELLED
        except OSError as error:  # a full disk, a USB stick pulled out
            raise NpmdeskError(
                f"npmdesk could not write the backup: {error.strerror or type(error).__name__}."
            ) from None

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set() and done < total:
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
