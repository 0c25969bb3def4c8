"""The deliberate confirmation before an emergency erase: type the vault's name.

Accepting does not erase anything by itself; the session does the erase (key slots first,
see npmdesk/vault/destroy.py) once this dialog is accepted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.gui.access_keys import manage_access_keys


class DestroyDialog(QDialog):
    """Destroy is enabled only when the typed text equals `vault_name`; Cancel is the default."""

    def __init__(self, vault_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        manage_access_keys(self)  # no two controls share an Alt+letter (gui/access_keys.py)
        self.setObjectName("destroyDialog")
        self.setWindowTitle(self.tr("Destroy this vault on this device"))
        self._name = vault_name
        warning = QLabel(self.tr(
            "<b>This erases the vault on this computer at once and for good.</b><br>"
            "Its keys are overwritten first, so nobody can open it again: not with the passphrase, "
            "not with the recovery code. Backups elsewhere are not touched.<br><br>"
            "To confirm, type the vault's name: <b>{name}</b>").format(name=display.html(vault_name)))
        warning.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("vaultNameEdit")
        self.name_edit.setAccessibleName(self.tr("Vault name to confirm the erase"))
        label = QLabel(self.tr("&Vault name:"), self)
        label.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.destroy_button = self.buttons.addButton(self.tr("&Destroy the vault"),
                                                     QDialogButtonBox.ButtonRole.DestructiveRole)
        self.destroy_button.setAccessibleName(self.tr("Destroy the vault"))
        self.destroy_button.setEnabled(False)
        self.destroy_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.destroy_button.clicked.connect(self.accept)
        self.name_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        for widget in (warning, label, self.name_edit, self.buttons):
            layout.addWidget(widget)
        self.name_edit.setFocus()

    def _check(self, text: str) -> None:
        self.destroy_button.setEnabled(text == self._name)
