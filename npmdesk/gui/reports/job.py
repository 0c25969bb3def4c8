"""Painting a report off the GUI thread, page by page, with progress and a real Cancel.

A BackgroundJob (gui/background_job.py) like the others. The document was composed on the GUI
thread (it reads the vault); the job only lays it out and paints it (Qt allows painting on a
QPdfWriter, QPrinter or QImage in another thread). `work(cancelled, progress)` is the renderer's
call: a cancel stops it between two pages (the renderer's own check, or the next progress report);
nothing has been written to disk by then.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from npmdesk.errors import NpmdeskError
from npmdesk.gui.background_job import BackgroundJob, Cancelled, Progress
from npmdesk.pdf.render import RenderCancelled

Work = Callable[[Callable[[], bool], Progress], Any]


class RenderFailed(NpmdeskError):
    message = "npmdesk could not lay out the report."


def _render_failed(_reason: object) -> NpmdeskError:
    return RenderFailed()


class ReportJob(BackgroundJob):
    def __init__(self, work: Work) -> None:
        stop = threading.Event()

        def painting(progress: Progress) -> Any:
            try:
                return work(stop.is_set, progress)
            except RenderCancelled:
                raise Cancelled() from None

        super().__init__(painting, stop=stop, write_error=_render_failed)
