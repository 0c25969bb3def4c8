"""The unlock window (`ui/unlock.ui`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QWidget

from npmdesk import display
from npmdesk.errors import (
    DamagedVault,
    KeyringUnavailable,
    NotRemembered,
    NpmdeskError,
)
from npmdesk.gui import inline_error
from npmdesk.gui.fit import keep_rows_whole
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.gui.secret_method import SecretMethod, Side, Words
from npmdesk.gui.single_dialog import OneDialog
from npmdesk.gui.worker import BackgroundTask, run_in_background
from npmdesk.vault import Credential, Vault


class UnlockDialog(FormDialog):
    """Opens the vault at `vault_path`; emits `unlocked(vault, kind)` and closes.

    `kind` is "passphrase", "recovery" or "keyring". With `try_device`, the dialog first
    tries this device's keyring when it is shown, and falls back to the passphrase without
    a word if the vault is not remembered here or there is no keyring. Rejected on Quit.

    A damaged vault cannot be opened, so its Vault menu is out of reach: the dialog then offers
    "Restore a Backup…" itself (gui/vault_menu/restore_dialog.py, never into this vault's
    folder) and emits `open_requested(folder)` when the user opens the restored vault.
    """

    unlocked = Signal(object, str)
    open_requested = Signal(object)

    def __init__(
        self,
        vault_path: Path,
        device_keyring: Any = None,
        *,
        try_device: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("unlock", parent)
        self._vault_path = Path(vault_path)
        self._device_keyring = device_keyring
        self._try_device = try_device
        self._task: BackgroundTask | None = None
        self.stack = self.child(QStackedWidget, "methodStack")
        for page in ("passphrasePage", "recoveryPage"):  # the long recovery hint wraps in every language
            found = self.stack.findChild(QWidget, page)
            if found is not None:
                keep_rows_whole(found)
        self.passphrase_edit = self.child(QLineEdit, "passphraseEdit")
        self.recovery_edit = self.child(QLineEdit, "recoveryEdit")
        self.passphrase_error = self.child(QLabel, "passphraseError")
        self.recovery_error = self.child(QLabel, "recoveryError")
        self.error_label = self.child(QLabel, "generalError")
        self.unlock_button = self.child(QPushButton, "unlockButton")
        self.switch_button = self.child(QPushButton, "switchButton")
        for label in (self.passphrase_error, self.recovery_error, self.error_label):
            inline_error.prepare(label)
        self.child(QLabel, "locationLabel").setText(
            display.sentence(self.tr("Vault: {folder}"), folder=self._vault_path))
        self.method = SecretMethod(
            self.switch_button, Side(self.passphrase_edit, self.passphrase_error),
            Side(self.recovery_edit, self.recovery_error),
            Words((self.tr("Use the recovery code &instead"), self.tr("Use the recovery code instead")),
                  (self.tr("Use the passphrase &instead"), self.tr("Use the passphrase instead")),
                  self.tr("Type your passphrase.")),
            stack=self.stack, general_error=self.error_label)
        self.unlock_button.clicked.connect(self._unlock)
        self.child(QPushButton, "quitButton").clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore a &Backup…"), self.form)
        self.restore_button.setObjectName("unlockRestoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore a backup into a new folder"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_backup)
        self.restore_button.hide()  # shown when the vault turns out damaged
        self.child(QHBoxLayout, "buttonLayout").insertWidget(0, self.restore_button)
        self._restore = OneDialog(self._new_restore_dialog)
        self.passphrase_edit.setFocus()

    @property
    def using_recovery_code(self) -> bool:
        return self.method.using_recovery_code

    def switch_method(self) -> None:
        """Toggle between the passphrase and the recovery code."""
        self.method.switch()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._try_device:
            self._try_device = False
            self._start(Credential.keyring(), self.tr("Opening the vault with this device's keyring…"))

    def _unlock(self) -> None:
        inline_error.clear_error(self.error_label)
        credential = self.method.credential()
        if credential is None:
            return
        if self.using_recovery_code:
            busy_text = self.tr("Checking the recovery code…")
        else:
            busy_text = self.tr("Unlocking. This takes about a second…")
        self._start(credential, busy_text)

    def _start(self, credential: Credential, busy_text: str) -> None:
        folder, keyring = self._vault_path, self._device_keyring

        def unlock() -> tuple[Vault, str]:
            try:
                return Vault.unlock(folder, credential, device_keyring=keyring), credential.kind
            finally:
                credential.wipe()

        self.set_busy(True, busy_text)
        self._task = run_in_background(unlock, self._opened, self._failed)

    def _opened(self, result: tuple[Vault, str]) -> None:
        self._task = None
        self.set_busy(False)
        self.method.clear()
        vault, kind = result
        self.unlocked.emit(vault, kind)
        self.accept()

    def _failed(self, error: NpmdeskError) -> None:
        self._task = None
        self.set_busy(False)
        if isinstance(error, NotRemembered | KeyringUnavailable):
            # Quietly fall back to the passphrase: this device simply does not remember the vault.
            self.passphrase_edit.setFocus()
        elif not self.method.show_wrong(error):
            inline_error.show_error(self.error_label, error)
            if isinstance(error, DamagedVault):
                self.restore_button.show()

    @property
    def restore_dialog(self) -> QDialog | None:
        return self._restore.dialog

    def restore_backup(self) -> None:
        """Restore a backup into a new folder; offer to open it instead of this vault."""
        self._restore.show()

    def _new_restore_dialog(self) -> QDialog:
        from npmdesk.gui.vault_menu.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._vault_path, self)
        dialog.open_requested.connect(self.open_requested)
        return dialog
