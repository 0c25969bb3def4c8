"""The small window that asks for a package's passphrase (packages made for a passphrase, not for
this vault's key). Not modal; `answered(Secret)` carries the passphrase, which the receiver wipes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from npmdesk.gui import inline_error
from npmdesk.vault import Secret


class PackagePassphraseDialog(QDialog):
    answered = Signal(object)  # Secret

    def __init__(self, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packagePassphraseDialog")
        self.setWindowTitle(self.tr("Package passphrase"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This package was encrypted with a passphrase. Type the passphrase the sender "
                               "gave you (by phone, for example)."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        fields = QFormLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("packagePassphraseEdit")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Package passphrase"))
        label = QLabel(self.tr("Pass&phrase:"), self)
        label.setBuddy(self.edit)
        fields.addRow(label, self.edit)
        layout.addLayout(fields)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("packagePassphraseError")
        self.error_label.setAccessibleName(self.tr("Passphrase problem"))
        inline_error.prepare(self.error_label)
        layout.addWidget(self.error_label)
        if problem:
            inline_error.show_error(self.error_label, problem, self.edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Open the package"))
        self.ok_button.setAccessibleName(self.tr("Open the package with this passphrase"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit.setFocus()

    def accept(self) -> None:
        if not self.edit.text():
            inline_error.show_error(self.error_label, self.tr("Type the package's passphrase."), self.edit)
            return
        secret = Secret.from_passphrase(self.edit.text())
        self.edit.clear()
        super().accept()
        self.answered.emit(secret)

    def done(self, result: int) -> None:
        self.edit.clear()
        super().done(result)
