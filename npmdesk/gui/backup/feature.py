"""Backups in the main window: the File menu's two actions, the automatic backups and the
dashboard's reminder, tied together. The window makes one per unlock and discards it on lock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from npmdesk.gui.backup.automatic import AutoBackup
from npmdesk.gui.backup.automatic_dialog import AutomaticBackupsDialog
from npmdesk.gui.backup.backup_now import BackupNow
from npmdesk.gui.backup.reminder import BackupReminder
from npmdesk.gui.backup.settings import BackupSettings
from npmdesk.gui.resources import icon
from npmdesk.gui.single_dialog import SingleDialog, never
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.vault import Vault
from npmdesk.vault.backup_schedule import last_backup_at


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class BackupFeature(QObject):
    def __init__(self, window: QWidget, file_menu: QMenu, before: QAction, vault: Vault, reminder: BackupReminder,
                 settings: BackupSettings | None = None, clock: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(window)
        # On lock: a backup in flight cancelled.
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)
        self._window = window
        self._vault: Vault | None = vault
        self._clock = clock
        self._failure = ""
        self.settings = settings if settings is not None else BackupSettings()
        self.reminder = reminder
        self._automatic = SingleDialog(vault, self._new_automatic_dialog, never, AutomaticBackupsDialog.close)
        self.back_up_action = QAction(self.tr("&Back up now…"), window)
        self.back_up_action.setObjectName("backUpNowAction")
        self.back_up_action.setIcon(icon("backup", "document-save"))
        self.back_up_action.setStatusTip(self.tr("Write an encrypted, verified backup of the vault to a new file"))
        self.automatic_action = QAction(self.tr("&Automatic backups…"), window)
        self.automatic_action.setObjectName("automaticBackupsAction")
        self.automatic_action.setStatusTip(self.tr("Back up by itself to a folder, for example on a USB stick"))
        file_menu.insertActions(before, [self.back_up_action, self.automatic_action])
        file_menu.insertSeparator(before)
        self.now = BackupNow(window, vault, self.settings, clock)
        self.auto = AutoBackup(vault, self.settings, clock, self)
        self.back_up_action.triggered.connect(self.now.start)
        self.automatic_action.triggered.connect(self.show_automatic_dialog)
        reminder.backup_requested.connect(self.now.start)
        self.now.made.connect(self._made)
        self.auto.made.connect(self._made)
        self.auto.failed.connect(self._auto_failed)
        self.auto.checked.connect(self.refresh_reminder)
        self.refresh_reminder()
        self.auto.start()

    def refresh_reminder(self) -> None:
        if self._vault is not None and self._vault.is_open:
            self.reminder.show_state(last_backup_at(self._vault), self._clock(), self._failure)

    @property
    def automatic_dialog(self) -> AutomaticBackupsDialog | None:
        return self._automatic.dialog

    def show_automatic_dialog(self) -> None:
        self._automatic.show()

    def _new_automatic_dialog(self, vault: Vault) -> AutomaticBackupsDialog:
        dialog = AutomaticBackupsDialog(self.settings, vault.folder, last_backup_at(vault), self._window)
        dialog.accepted.connect(self.auto.check)  # the first backup at once, if one is due
        return dialog

    def _made(self, _info: object) -> None:
        self._failure = ""
        self.refresh_reminder()

    def _auto_failed(self, message: str) -> None:
        self._failure = message
        self.refresh_reminder()

    def discard(self) -> None:
        """On lock: stop the checks, cancel backups in flight, close the dialogs, forget the vault."""
        self._vault = None
        self.auto.discard()
        self.now.discard()
        self._automatic.discard()
        self.reminder.clear()
