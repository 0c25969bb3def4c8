"""First run: the form that creates the vault (`ui/create_vault.ui`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.gui.passphrase_fields import NewPassphraseFields
from npmdesk.gui.settings.state_choice import StateChoice
from npmdesk.gui.worker import BackgroundTask, run_in_background
from npmdesk.records.npm_state import set_npm_state
from npmdesk.vault import Vault


class NotRememberedHere(NpmdeskError):
    """The keyring failed (an OSError) while remembering the new vault: the vault works without it."""

    message = "npmdesk could not remember the vault on this device. Use your passphrase."


class CreateVaultDialog(FormDialog):
    """Asks for the NPM's name, the user's name, the NPM's State party (or "Choose later") and a
    passphrase, then creates the vault and records the State in it.

    Emits `created(vault, recovery_code, notice)` with the open vault; `notice` is None, or
    the NpmdeskError that stopped recording the State or "Remember on this device" (the vault
    works regardless).
    Rejected (Quit, Escape) when the user leaves without a vault.
    """

    created = Signal(object, str, object)

    def __init__(self, vault_path: Path, device_keyring: Any = None, parent: QWidget | None = None) -> None:
        super().__init__("create_vault", parent)
        self._vault_path = Path(vault_path)
        self._device_keyring = device_keyring
        self._task: BackgroundTask | None = None
        self.npm_name_edit = self.child(QLineEdit, "npmNameEdit")
        self.user_name_edit = self.child(QLineEdit, "userNameEdit")
        self.state = StateChoice(self.child(QComboBox, "stateCombo"), self.tr("Choose later"))
        self.state_error = self.child(QLabel, "stateError")
        inline_error.prepare(self.state_error)
        self.passphrase = NewPassphraseFields(self.form)
        self.remember_check = self.child(QCheckBox, "rememberCheck")
        self.error_label = self.child(QLabel, "generalError")
        self.create_button = self.child(QPushButton, "createButton")
        inline_error.prepare(self.error_label)
        self.child(QLabel, "locationLabel").setText(
            display.sentence(self.tr("The vault will be created in {folder}"), folder=self._vault_path)
        )
        self.create_button.clicked.connect(self._create)
        self.child(QPushButton, "quitButton").clicked.connect(self.reject)
        self.npm_name_edit.setFocus()

    def _create(self) -> None:
        inline_error.clear_error(self.error_label)
        inline_error.clear_error(self.state_error, self.state.combo)
        if not self.state.valid():
            inline_error.show_error(self.state_error, self.tr(
                "Choose your State from the list (type part of its name to find it), or “Choose later”."),
                self.state.combo)
            return
        secret = self.passphrase.take_valid()
        if secret is None:
            return
        folder, keyring = self._vault_path, self._device_keyring
        npm_name = self.npm_name_edit.text().strip()
        user_name = self.user_name_edit.text().strip()
        remember = self.remember_check.isChecked()
        state = self.state.code()

        def create() -> tuple[Vault, str, NpmdeskError | None]:
            with secret:
                vault, code = Vault.create(
                    folder, secret, npm_name=npm_name, user_name=user_name, device_keyring=keyring
                )
            notice: NpmdeskError | None = None
            if state is not None:
                try:
                    set_npm_state(vault, state)
                except NpmdeskError as error:  # the vault works regardless; Preferences can set it
                    notice = error
            if remember:
                try:
                    vault.remember_on_device()
                except NpmdeskError as error:
                    notice = error
                except OSError:
                    notice = NotRememberedHere()
            return vault, code, notice

        self.set_busy(True, self.tr("Creating the vault. This takes a few seconds…"))
        self._task = run_in_background(create, self._created, self._failed)

    def _created(self, result: tuple[Vault, str, NpmdeskError | None]) -> None:
        self._task = None
        self.set_busy(False)
        self.passphrase.clear()
        vault, code, notice = result
        self.created.emit(vault, code, notice)
        self.accept()

    def _failed(self, error: NpmdeskError) -> None:
        self._task = None
        self.set_busy(False)
        inline_error.show_error(self.error_label, error)
        self.create_button.setFocus()
