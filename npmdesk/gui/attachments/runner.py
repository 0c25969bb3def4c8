"""Runs one attachment job at a time, with its progress dialog, and says how it ended.

`start(store, work, texts, done)` opens the job (its own connection), shows the progress
dialog if the job takes a moment, and on the outcome emits `said(text, is_error)`: `done(result)`
gives the text for success, `texts.cancelled` the one for Cancel, the error's message for a
failure. `ended` follows every outcome. `discard()` (on lock) cancels a job in flight with its
signals blocked, so nothing reaches a window that is gone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.attachments.job import AttachmentJob, Work
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.job_progress import JobProgressDialog, ProgressTexts
from npmdesk.records.store import RecordStore

JobTexts = ProgressTexts  # the words of an attachment job's progress window and outcome
SHOW_AFTER_MS = 300  # a small file added does not flash a window


class JobRunner(QObject):
    said = Signal(str, bool)
    ended = Signal()

    def __init__(self, window: Callable[[], QWidget], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.job: AttachmentJob | None = None
        self.dialog: JobProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, store: RecordStore, work: Work, texts: JobTexts, done: Callable[[Any], str]) -> None:
        try:
            job = AttachmentJob(store.vault, work)
        except NpmdeskError as error:
            self.said.emit(error_text(error), True)
            return
        dialog = JobProgressDialog(texts, "attachment", self._window(), show_after_ms=SHOW_AFTER_MS)
        job.progressed.connect(dialog.show_progress)
        dialog.cancel_requested.connect(job.cancel)
        job.succeeded.connect(lambda result: self._end(lambda: (done(result), False)))
        job.failed.connect(lambda error: self._end(lambda: (error_text(error), True)))
        job.cancelled.connect(lambda: self._end(lambda: (texts.cancelled, False)))
        self.job, self.dialog = job, dialog
        self.said.emit(texts.running, False)
        job.start()

    def _end(self, outcome: Callable[[], tuple[str, bool]]) -> None:
        self.job = None
        self._close_dialog()
        text, is_error = outcome()
        self.said.emit(text, is_error)
        self.ended.emit()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finish()
            dialog.deleteLater()

    def discard(self) -> None:
        if self.job is not None:
            job, self.job = self.job, None
            job.abandon()  # its result arrives after this window is gone
        self._close_dialog()
