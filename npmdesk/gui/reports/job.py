"""Painting a report off the GUI thread, page by page, with progress and a real Cancel.

The document was composed on the GUI thread (it reads the vault); the job only lays it out
and paints it (Qt allows painting on a QPdfWriter, QPrinter or QImage in another thread). A
cancel stops between two pages; nothing has been written to disk by then.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from npmdesk.errors import NpmdeskError
from npmdesk.gui.worker import run_in_background
from npmdesk.pdf.render import RenderCancelled

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]
_CANCELLED = object()


class RenderFailed(NpmdeskError):
    message = "npmdesk could not lay out the report."


class ReportJob(QObject):
    progressed = Signal(int, int)  # pages painted, pages in all
    succeeded = Signal(object)  # what `work` returned
    cancelled = Signal()
    failed = Signal(object)  # NpmdeskError

    def __init__(self, work: Callable[[Cancelled, Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self.running = False

    def start(self) -> None:
        self.running = True
        run_in_background(self._run, self._delivered, self._failed)

    def cancel(self) -> None:
        self._stop.set()

    def _run(self) -> Any:  # on the worker thread
        try:
            return self._work(self._stop.is_set, self.progressed.emit)
        except RenderCancelled:
            return _CANCELLED
        except OSError:
            raise RenderFailed() from None

    def _delivered(self, result: Any) -> None:
        self.running = False
        if result is _CANCELLED:
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)

    def _failed(self, error: NpmdeskError) -> None:
        self.running = False
        self.failed.emit(error)
