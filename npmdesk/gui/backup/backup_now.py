"""File → Back up now…: choose a file, write a verified backup off the GUI thread, say how it went.

The file dialog offers `npmdesk-backup-YYYY-MM-DD.npmbackup` in the automatic-backup folder
(if one is set and present) or the home folder. It does not ask "replace?": npmdesk never
overwrites a file, and write_backup says so in one line if the name is taken. A successful
backup is recorded in the vault (backup_schedule.record_backup), which quiets the reminder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui import file_dialogs
from npmdesk.gui.backup.job import BackupJob
from npmdesk.gui.backup.progress_dialog import BackupProgressDialog
from npmdesk.gui.backup.settings import BackupSettings
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records.formatting import size_text
from npmdesk.vault import Vault
from npmdesk.vault.backup import BackupInfo, write_backup
from npmdesk.vault.backup_schedule import SUFFIX, default_name, record_backup

Clock = Callable[[], dt.datetime]


class BackupNow(QObject):
    """Emits `made(info)` after a backup was written and verified."""

    made = Signal(object)

    def __init__(self, window: QWidget, vault: Vault, settings: BackupSettings, clock: Clock) -> None:
        super().__init__(window)
        self._window = window
        self._vault: Vault | None = vault
        self._settings = settings
        self._clock = clock
        self.job: BackupJob | None = None
        self.dialog: BackupProgressDialog | None = None

    def start(self) -> None:
        """The action: ask where, then back up (or show the backup already running)."""
        if self.job is not None and self.dialog is not None:
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        target = self.choose_target()
        if target is not None:
            self.run(target)

    def choose_target(self) -> Path | None:
        plan = self._settings.load()
        folder = plan.folder if plan.folder is not None and plan.folder.is_dir() else Path.home()
        suggested = folder / default_name(self._clock().astimezone().date())
        chosen = file_dialogs.save_file_name(
            self._window,
            self.tr("Back up the vault to a new file"),
            str(suggested),
            self.tr("npmdesk backups (*{suffix})").format(suffix=SUFFIX),
            confirm_overwrite=False,
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_name(path.name + SUFFIX)

    def run(self, target: Path) -> None:
        """Back up to `target` (a new file) with the progress dialog."""
        vault = self._vault
        if vault is None or self.job is not None:
            return
        if self.dialog is not None:  # the outcome of the previous backup, still open
            self.dialog.close()
        started = self._clock()
        job = BackupJob(lambda progress: write_backup(vault, target, progress))
        dialog = BackupProgressDialog(self._window)
        job.progressed.connect(dialog.show_progress)
        job.succeeded.connect(lambda info: self._succeeded(info, started))
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        dialog.cancel_requested.connect(job.cancel)
        dialog.finished.connect(self._dialog_closed)
        self.job, self.dialog = job, dialog
        job.start()
        dialog.show()

    # -------------------------------------------------------------------------- results

    def _succeeded(self, info: BackupInfo, started: dt.datetime) -> None:
        self.job = None
        if self._vault is not None and self._vault.is_open:
            record_backup(self._vault, started)
        if self.dialog is not None:
            self.dialog.show_done(display.sentence(self.tr(
                "The backup was saved to {path} ({size}) and checked: it opens with this vault's "
                "passphrase or recovery code. Keep it on a drive away from this computer."
            ), path=info.path, size=size_text(info.size)))
        self.made.emit(info)

    def _failed(self, error: NpmdeskError) -> None:
        self.job = None
        if self.dialog is not None:
            self.dialog.show_failed(error_text(error))

    def _cancelled(self) -> None:
        self.job = None
        if self.dialog is not None:
            self.dialog.show_cancelled()

    def _dialog_closed(self) -> None:
        if self.job is None and self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.deleteLater()

    def discard(self) -> None:
        """On lock: cancel a backup in flight (it deletes what it wrote) and close the dialog."""
        self._vault = None
        if self.job is not None:
            job, self.job = self.job, None
            job.abandon()  # its result arrives after this window is gone
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.running = False
            dialog.close()
            dialog.deleteLater()
