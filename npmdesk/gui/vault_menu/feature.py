"""The Vault menu of the main window: Change Passphrase…, Check Integrity…, Restore a Backup….

The window makes one per unlock and discards it on lock (dialogs closed, work in flight
cancelled). `open_vault_requested(folder)` asks the session to lock this vault and show the
unlock window for the restored one.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox

from npmdesk.errors import NpmdeskError
from npmdesk.gui.resources import icon
from npmdesk.gui.single_dialog import SingleDialog, never
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.gui.vault_menu.change_passphrase import ChangePassphraseDialog
from npmdesk.gui.vault_menu.integrity import IntegrityDialog
from npmdesk.gui.vault_menu.restore_dialog import RestoreDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.vault import Vault


class VaultMenu(QObject):
    open_vault_requested = Signal(object)

    def __init__(self, window: QMainWindow, vault: Vault, after: QAction | None = None) -> None:
        """The menu goes right after the menu-bar entry `after` (Edit), else at the end."""
        super().__init__(window)
        # On lock: a check or restore in flight cancelled, its dialogs closed.
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)
        self.setObjectName("vaultMenu")
        self._window = window
        self._vault: Vault | None = vault
        self.change_dialog: ChangePassphraseDialog | None = None
        self._integrity = SingleDialog(vault, self._new_integrity_dialog, never, IntegrityDialog.discard)
        self._restore = SingleDialog(vault, self._new_restore_dialog, never, RestoreDialog.discard)
        self.code_dialog: RecoveryCodeDialog | None = None
        menu = self.menu = QMenu(self.tr("Va&ult"), window)
        menu.setObjectName("vaultMenu")

        def action(text: str, name: str, tip: str, slot: object) -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.setStatusTip(tip)
            made.triggered.connect(slot)
            menu.addAction(made)
            return made

        self.change_action = action(self.tr("Change &Passphrase…"), "changePassphraseAction",
                                    self.tr("Set a new passphrase after typing the current one (or the recovery code)"),
                                    self.change_passphrase)
        self.change_action.setIcon(icon("lock", "dialog-password"))
        self.check_action = action(self.tr("&Check Integrity…"), "checkIntegrityAction",
                                   self.tr("Check that every page of the vault is intact"), self.check_integrity)
        menu.addSeparator()
        self.restore_action = action(self.tr("&Restore a Backup…"), "restoreBackupAction",
                                     self.tr("Restore a backup into a new folder; this vault is not changed"),
                                     self.restore_backup)
        bar = window.menuBar()
        entries = bar.actions()
        following = entries[entries.index(after) + 1:] if after in entries else []
        if following:
            bar.insertMenu(following[0], menu)
        else:
            bar.addMenu(menu)

    # ----------------------------------------------------------------------- passphrase

    def change_passphrase(self) -> None:
        vault = self._vault
        if vault is None or not vault.is_open:
            return
        dialog = self.change_dialog = ChangePassphraseDialog(vault, self._window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        code = dialog.new_recovery_code
        self.change_dialog = None
        dialog.deleteLater()
        if not accepted or self._vault is None:
            return
        text = self.tr("The passphrase is changed. The old one no longer opens the vault.")
        if code:
            text += " " + self._show_new_code(code)
        self._tell(self.tr("Passphrase changed"), text, "passphraseChangedBox")

    def _show_new_code(self, code: str) -> str:
        """Show the code that replaces the spent one; the spent one stops working once confirmed."""
        vault = self._vault
        dialog = self.code_dialog = RecoveryCodeDialog(code, npm_name=vault.meta("npm_name") if vault else "",
                                                       replacing=True, parent=self._window)
        dialog.exec()
        self.code_dialog = None
        dialog.deleteLater()
        if dialog.confirmed and self._vault is not None and self._vault.is_open:
            try:
                self._vault.confirm_recovery_code()
            except (NpmdeskError, OSError):
                return self.tr("The recovery code you used still works: npmdesk offers a new one at the next unlock.")
            return self.tr("The recovery code you used no longer works; the new one you wrote down does.")
        return self.tr("The recovery code you used still works: npmdesk offers a new one at the next unlock.")

    # -------------------------------------------------------------------------- checking

    @property
    def integrity_dialog(self) -> IntegrityDialog | None:
        return self._integrity.dialog

    def check_integrity(self) -> None:
        self._integrity.show()

    def _new_integrity_dialog(self, vault: Vault) -> IntegrityDialog:
        dialog = IntegrityDialog(vault, self._window)
        dialog.restore_requested.connect(self.restore_backup)
        return dialog

    # ------------------------------------------------------------------------- restoring

    @property
    def restore_dialog(self) -> RestoreDialog | None:
        return self._restore.dialog

    def restore_backup(self) -> None:
        self._restore.show()

    def _new_restore_dialog(self, vault: Vault) -> RestoreDialog:
        dialog = RestoreDialog(vault.folder, self._window)
        dialog.open_requested.connect(self.open_vault_requested)
        return dialog

    @property
    def busy(self) -> bool:
        """A restore or an integrity check is running (the idle lock waits for it to end)."""
        restoring = self.restore_dialog is not None and self.restore_dialog.job is not None
        checking = self.integrity_dialog is not None and self.integrity_dialog.running
        return restoring or checking

    # ---------------------------------------------------------------------------- common

    def _tell(self, title: str, text: str, name: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName(name)
        box.exec()

    def discard(self) -> None:
        """On lock: forget the vault, cancel what runs, close every dialog."""
        self._vault = None
        for dialog in (self.change_dialog, self.code_dialog):
            if dialog is not None:
                with contextlib.suppress(RuntimeError):
                    dialog.done(QDialog.DialogCode.Rejected)
        self._integrity.discard()
        self._restore.discard()
