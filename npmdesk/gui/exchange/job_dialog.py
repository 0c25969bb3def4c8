"""What the export and import dialogs share: one ExchangeJob at a time, with a status line, a
progress bar, an error label and a button that reads Cancel while a job runs and Close otherwise.
Escape and the window's close button cancel a running job instead of closing (the job must
deliver its result: a cancelled export removes its file, a cancelled import rolls back)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.exchange.job import ExchangeJob, Work
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.gui.job_progress import cancel_while_running
from npmdesk.vault.session import VaultSession


class JobDialog(FormDialog):
    def __init__(self, form_name: str, parent: QWidget | None = None) -> None:
        super().__init__(form_name, parent)
        self.setWindowFlag(Qt.WindowType.Window, True)  # not modal: Lock keeps working
        self.job: ExchangeJob | None = None
        self.error_label = self.child(QLabel, "generalError")
        self.status_label = self.child(QLabel, "statusLabel")
        self.bar = self.child(QProgressBar, "progressBar")
        self.cancel_button = self.child(QPushButton, "cancelButton")
        inline_error.prepare(self.error_label)
        self.bar.hide()
        self.cancel_button.clicked.connect(self.reject)

    # ------------------------------------------------------------------------------- jobs

    def run_job(self, vault: VaultSession | None, work: Work, done: Callable[[Any], None], status: str,
                cleanup: Callable[[], None] | None = None) -> bool:
        """Start `work` off the GUI thread; `done(result)` on success. `cleanup` runs once, always."""
        if vault is None or self.job is not None:
            if cleanup is not None:
                cleanup()
            return False
        inline_error.clear_error(self.error_label)
        try:
            job = ExchangeJob(vault, work, cleanup)
        except NpmdeskError as error:
            if cleanup is not None:
                cleanup()
            inline_error.show_error(self.error_label, error)
            return False
        if self.bar.maximum():
            job.progressed.connect(self.bar.setValue)
        job.succeeded.connect(lambda result: self._ended(done, result))
        job.failed.connect(self._job_failed)
        job.cancelled.connect(self._job_cancelled)
        self.job = job
        self.bar.setValue(0)
        self.bar.show()
        self.say(status)
        self.update_buttons()
        job.start()
        return True

    def _ended(self, done: Callable[[Any], None], result: Any) -> None:
        self._idle()
        self.say("")
        done(result)

    def _job_failed(self, error: NpmdeskError) -> None:
        self._idle()
        self.say("")
        self.job_failed(error)

    def _job_cancelled(self) -> None:
        self._idle()
        self.say(self.cancelled_text())

    def _idle(self) -> None:
        self.job = None
        self.bar.hide()
        self.update_buttons()

    # -------------------------------------------------------------- for the dialogs to adapt

    def job_failed(self, error: NpmdeskError) -> None:
        inline_error.show_error(self.error_label, error)

    def cancelled_text(self) -> str:
        return self.tr("Cancelled. Nothing was changed.")

    def update_buttons(self) -> None:
        running = self.job is not None
        self.cancel_button.setText(self.tr("&Cancel") if running else self.tr("Cl&ose"))
        self.cancel_button.setAccessibleName(self.tr("Cancel") if running else self.tr("Close"))
        self.cancel_button.setEnabled(True)

    def say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    # ------------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Escape, Cancel or the close button: cancel a job in flight, else close."""
        if not cancel_while_running(self.job.cancel if self.job else None, self.cancel_button, self.say):
            super().reject()

    def abandon_job(self) -> None:
        """On lock: cancel a job in flight; nobody hears of its result."""
        if self.job is not None:
            job, self.job = self.job, None
            job.abandon()
