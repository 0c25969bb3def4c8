"""After a recovery-code unlock: choose the passphrase to use from now on (`ui/new_passphrase.ui`)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.gui.passphrase_fields import NewPassphraseFields
from npmdesk.gui.worker import BackgroundTask, run_in_background
from npmdesk.vault import Vault


class NewPassphraseDialog(FormDialog):
    """Calls `vault.change_passphrase` off the GUI thread; accepted once it is done.

    A recovery code is good for one recovery: the used one is replaced at the same time, and
    the new one is in `new_recovery_code` for the caller to show, and then to confirm
    (`vault.confirm_recovery_code()`): until then the used code still works.

    Rejected ("Lock without changing", Escape) leaves the passphrase as it was; the caller
    then locks the vault, since the user has just shown they do not know the passphrase.
    """

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__("new_passphrase", parent)
        self._vault = vault
        self._task: BackgroundTask | None = None
        self.new_recovery_code = ""
        self.passphrase = NewPassphraseFields(self.form)
        self.error_label = self.child(QLabel, "generalError")
        self.save_button = self.child(QPushButton, "saveButton")
        inline_error.prepare(self.error_label)
        self.save_button.clicked.connect(self._save)
        self.child(QPushButton, "cancelButton").clicked.connect(self.reject)
        self.passphrase.edit.setFocus()

    def _save(self) -> None:
        inline_error.clear_error(self.error_label)
        secret = self.passphrase.take_valid()
        if secret is None:
            return
        vault = self._vault

        def change() -> str:
            with secret:
                vault.change_passphrase(secret)
            return vault.new_recovery_code(confirm=False)  # the old code works until the new one is shown

        self.set_busy(True, self.tr("Setting the new passphrase. This takes a few seconds…"))
        self._task = run_in_background(change, self._changed, self._failed)

    def _changed(self, code: object) -> None:
        self.new_recovery_code = str(code)
        self._task = None
        self.set_busy(False)
        self.passphrase.clear()
        self.accept()

    def _failed(self, error: NpmdeskError) -> None:
        self._task = None
        self.set_busy(False)
        inline_error.show_error(self.error_label, error)
