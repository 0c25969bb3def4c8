"""Automatic backups while the vault is open: checked at unlock and every ten minutes.

When the plan is on (settings.py) and the last backup is older than its interval
(backup_schedule.due), a backup is written off the GUI thread to the chosen folder under a
timestamped name, then all but the newest `keep` automatic backups of this vault in that
folder are deleted (backup_schedule.prune: only npmdesk's own automatic backups of this
vault). If the folder is not there (the USB stick is not plugged in), nothing happens and
nothing is said: the dashboard's reminder speaks once the last backup is a week old. Any other
failure is reported through `failed` and tried again at the next check.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from npmdesk.errors import NpmdeskError
from npmdesk.gui.backup.job import BackupJob, Progress
from npmdesk.gui.backup.settings import BackupSettings
from npmdesk.gui.inline_error import error_text
from npmdesk.vault import Vault
from npmdesk.vault.backup import BackupInfo, write_backup
from npmdesk.vault.backup_schedule import backup_name, due, last_backup_at, prune, record_backup

CHECK_EVERY_MS = 10 * 60 * 1000
FIRST_CHECK_MS = 2_000  # after unlock, once the first screen has painted

Clock = Callable[[], dt.datetime]


class AutoBackup(QObject):
    """`checked` after every check; `made(info)` after a backup; `failed(message)` after a failure."""

    checked = Signal()
    made = Signal(object)
    failed = Signal(str)

    def __init__(self, vault: Vault, settings: BackupSettings, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._settings = settings
        self._clock = clock
        self.job: BackupJob | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.check)

    def check(self) -> bool:
        """Start a backup if one is due; True if one was started."""
        started = self._start_if_due()
        self.checked.emit()
        return started

    def _start_if_due(self) -> bool:
        vault = self._vault
        if vault is None or not vault.is_open or self.job is not None:
            return False
        plan = self._settings.load()
        now = self._clock()
        if plan.folder is None or not due(last_backup_at(vault), plan.period, now):
            return False
        folder, keep, vault_id = plan.folder, plan.keep, vault.vault_id

        def work(progress: Progress) -> BackupInfo | None:
            if not folder.is_dir():  # not plugged in: silently nothing (asked on the worker: slow drives)
                return None
            info = write_backup(vault, Path(folder) / backup_name(now), progress)
            prune(folder, keep, vault_id)
            return info

        job = BackupJob(work)
        job.succeeded.connect(lambda info: self._succeeded(info, now))
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        job.start()
        return True

    def _succeeded(self, info: BackupInfo | None, started: dt.datetime) -> None:
        self.job = None
        if info is None:
            return
        if self._vault is not None and self._vault.is_open:
            record_backup(self._vault, started)
        self.made.emit(info)

    def _failed(self, error: NpmdeskError) -> None:
        self.job = None
        self.failed.emit(error_text(error))

    def _cancelled(self) -> None:
        self.job = None

    def discard(self) -> None:
        """On lock: no more checks; a backup in flight is cancelled (it deletes what it wrote)."""
        self.timer.stop()
        self._vault = None
        if self.job is not None:
            self.job.blockSignals(True)
            self.job.cancel()
            self.job = None
