"""Vault → Check Integrity…: `npmdesk check` in the window.

The check (SQLCipher's page authentication, then SQLite's structural check) runs off the GUI
thread over a connection of its own (`Vault.second_connection`), so the window stays usable;
Cancel interrupts it. The result is said in plain words; a damaged vault is told what to do
(restore the latest backup into a new folder) and offered the restore at once.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.background_job import BackgroundJob
from npmdesk.gui.job_progress import JobProgressDialog, ProgressTexts
from npmdesk.vault import Vault
from npmdesk.vault.database import IntegrityReport, integrity_check

CONTEXT = "IntegrityDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class IntegrityDialog(JobProgressDialog):
    """Shows the check while it runs (Cancel), then its outcome (Close; "Restore a Backup…" if damaged).

    Emits `restore_requested` when the user chooses to restore from here."""

    restore_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        texts = ProgressTexts(
            title=_tr("Check the vault's integrity"),
            running=_tr("Checking every page of the vault. This can take a while for a large vault…"),
            cancel_name=_tr("Cancel the check"), cancelled=_tr("The check was cancelled. Nothing was changed."),
            progress_name=_tr("Integrity check in progress"))
        super().__init__(texts, "integrity", parent, steps=False)
        self.healthy: bool | None = None
        self.running = False
        self._stopped = False
        self._db: Any = None
        self.job: BackgroundJob | None = None
        self.restore_button = QPushButton(self.tr("&Restore a Backup…"), self)
        self.restore_button.setObjectName("integrityRestoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore a backup into a new folder"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.hide()  # shown only for a damaged vault
        self.restore_button.clicked.connect(self._restore)
        self.resize(480, 150)
        self.cancel_requested.connect(self.cancel)
        self._start(vault)

    def _start(self, vault: Vault) -> None:
        try:
            self._db = vault.second_connection()
        except NpmdeskError as error:
            self._finish_failed(error)
            return
        db = self._db

        def work(_progress: object) -> IntegrityReport:
            return integrity_check(db)

        self.job = BackgroundJob(work, cleanup=self._close_connection)
        self.job.succeeded.connect(self._checked)
        self.job.failed.connect(self._finish_failed)
        self.running = True
        self.job.start()

    def _close_connection(self) -> None:
        db, self._db = self._db, None
        if db is not None:
            with contextlib.suppress(Exception):
                db.close()

    # ------------------------------------------------------------------------- outcome

    def _checked(self, report: IntegrityReport) -> None:
        self.job = None
        if self._stopped:
            self.show_cancelled()
            return
        self.healthy = report.healthy
        if report.healthy:
            self.show_done(self.tr("The vault is healthy: both integrity checks passed."))
            return
        self.show_failed(self.tr(
            "The vault is damaged: {count} problem(s) found. Some records or files may be unreadable. "
            "Restore your latest backup into a new folder (Vault → Restore a Backup…), then work in the "
            "restored vault; this vault is not changed.").format(count=len(report.problems)))
        self.restore_button.show()
        self.restore_button.setFocus()

    def _finish_failed(self, error: NpmdeskError) -> None:
        self.job = None
        self.show_failed(inline_error.error_text(error))

    def _restore(self) -> None:
        self.accept()
        self.restore_requested.emit()

    # ------------------------------------------------------------------------- closing

    def cancel(self) -> None:
        """Stop a check in flight: the connection is interrupted, nothing was changed."""
        self._stopped = True
        db = self._db
        if db is not None:
            with contextlib.suppress(Exception):
                db.interrupt()
        if self.job is not None:
            self.job.cancel()

    def discard(self) -> None:
        """On lock: stop the check and close without a word."""
        if self.job is not None:
            self.job.abandon()
            self.job = None
        self.cancel()
        self.running = False
        self.close()
