"""One attachment job (adding files, saving a copy) off the GUI thread, with progress and Cancel.

`AttachmentJob(vault, work)` opens a connection of its own (job_store.py) and runs
`work(job_store, progress)` on the thread pool (worker.py). `progress(done, total)` is
reported to the GUI thread in thousandths; Cancel raises `Cancelled` inside the work at its
next statement or progress call, and the work undoes what it did before it returns.

The job has no Qt parent: it lives until its result is delivered even if the window that
started it is gone (after a lock it is cancelled with its signals blocked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from npmdesk.errors import NpmdeskError
from npmdesk.gui.attachments.job_store import Cancelled, JobStore
from npmdesk.gui.worker import run_in_background
from npmdesk.vault import Vault

Progress = Callable[[int, int], None]
Work = Callable[[JobStore, Progress], Any]
STEPS = 1000

_CANCELLED = object()


class AttachmentJob(QObject):
    progressed = Signal(int)  # thousandths done
    succeeded = Signal(object)  # what `work` returned
    cancelled = Signal()
    failed = Signal(object)  # NpmdeskError

    def __init__(self, vault: Vault, work: Work) -> None:
        """NpmdeskError (e.g. VaultLocked) if the job's connection cannot be opened."""
        super().__init__()
        self._work = work
        self._stores = JobStore(vault)
        self._reported = -1
        self.running = False

    def start(self) -> None:
        self.running = True
        run_in_background(self._run, self._delivered, self._failed)

    def cancel(self) -> None:
        self._stores.stop.set()

    @property
    def cancelling(self) -> bool:
        return self._stores.stop.is_set()

    # -------------------------------------------------------------- on the worker thread

    def _run(self) -> Any:
        try:
            return self._work(self._stores, self._progress)
        except Cancelled:
            return _CANCELLED
        finally:
            self._stores.close()

    def _progress(self, done: int, total: int) -> None:
        if self._stores.stop.is_set():
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
