"""Vault → Change Passphrase… (`ui/change_passphrase.ui`): the window's `npmdesk passwd`.

The vault is open already, perhaps through this device's keyring, so the user first proves they
know the current passphrase or hold the recovery code (`Vault.verify`), as the CLI's unlock
does. Then the new passphrase (twice, with the strength meter and the length rule of vault
creation) is set off the GUI thread. A wrong current passphrase changes nothing.

With the recovery code as proof, the code is spent as at unlock: a new one is made beside it
(`new_recovery_code(confirm=False)`), left in `new_recovery_code` for the caller to show; the
used code stops working only once the user confirms they wrote the new one down.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QSizePolicy, QStackedWidget, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.gui.passphrase_fields import NewPassphraseFields
from npmdesk.gui.secret_method import SecretMethod, Side, Words
from npmdesk.gui.worker import BackgroundTask, run_in_background
from npmdesk.vault import Vault


class ChangePassphraseDialog(FormDialog):
    """Accepted once the passphrase is changed; rejected (Cancel, Escape) changes nothing."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__("change_passphrase", parent)
        self.setObjectName("changePassphraseDialog")
        self._vault = vault
        self._task: BackgroundTask | None = None
        self.new_recovery_code = ""
        self.stack = self.child(QStackedWidget, "currentStack")
        self.current_edit = self.child(QLineEdit, "currentEdit")
        self.current_error = self.child(QLabel, "currentError")
        self.recovery_edit = self.child(QLineEdit, "recoveryEdit")
        self.recovery_error = self.child(QLabel, "recoveryError")
        self.switch_button = self.child(QPushButton, "switchButton")
        self.passphrase = NewPassphraseFields(self.form)
        self.error_label = self.child(QLabel, "generalError")
        self.save_button = self.child(QPushButton, "saveButton")
        for label in (self.current_error, self.recovery_error, self.error_label):
            inline_error.prepare(label)
        self.method = SecretMethod(
            self.switch_button, Side(self.current_edit, self.current_error),
            Side(self.recovery_edit, self.recovery_error),
            Words((self.tr("Use the recovery code &instead"), self.tr("Use the recovery code instead")),
                  (self.tr("Use the current passphrase &instead"), self.tr("Use the current passphrase instead")),
                  self.tr("Type your current passphrase.")),
            stack=self.stack, general_error=self.error_label)
        self.method.switched.connect(lambda _recovery: self._fit_stack())
        self.save_button.clicked.connect(self._save)
        self.child(QPushButton, "cancelButton").clicked.connect(self.reject)
        self._fit_stack()
        self.current_edit.setFocus()

    @property
    def using_recovery_code(self) -> bool:
        return self.method.using_recovery_code

    def switch_method(self) -> None:
        """Toggle the proof between the current passphrase and the recovery code."""
        self.method.switch()

    def _fit_stack(self) -> None:
        """The stack as tall as the page shown, not as the tallest page (no gap under one field)."""
        for index in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if index == self.stack.currentIndex() else QSizePolicy.Policy.Ignored
            page = self.stack.widget(index)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.adjustSize()
        self.adjustSize()

    def _save(self) -> None:
        inline_error.clear_error(self.error_label)
        proof = self.method.credential()
        if proof is None:
            return
        secret = self.passphrase.take_valid()
        if secret is None:
            proof.wipe()
            return
        vault = self._vault

        def change() -> str:
            try:
                with secret:
                    vault.verify(proof)  # a wrong proof: nothing changed
                    vault.change_passphrase(secret)
            finally:
                proof.wipe()
            if proof.kind == "recovery":  # spent: the old code works until the new one is confirmed
                return vault.new_recovery_code(confirm=False)
            return ""

        self.set_busy(True, self.tr("Changing the passphrase. This takes a few seconds…"))
        self._task = run_in_background(change, self._changed, self._failed)

    def _changed(self, code: object) -> None:
        self._task = None
        self.set_busy(False)
        self.new_recovery_code = str(code)
        self._clear()
        self.accept()

    def _failed(self, error: NpmdeskError) -> None:
        self._task = None
        self.set_busy(False)
        if not self.method.show_wrong(error):
            inline_error.show_error(self.error_label, error)

    def _clear(self) -> None:
        self.method.clear()
        self.passphrase.clear()

    def reject(self) -> None:
        if not self.busy:
            self._clear()
        super().reject()
