"""The "new passphrase + confirm" pair shared by vault creation and passphrase change.

A form using it names its widgets `passphraseEdit`, `confirmEdit`, `strengthBar`,
`strengthLabel`, `passphraseError` and `confirmError`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from npmdesk.errors import PassphraseMismatch, WeakPassphrase
from npmdesk.gui import inline_error
from npmdesk.gui.form_parts import child
from npmdesk.gui.welcome import strength
from npmdesk.vault import Secret, require_strong


def strength_text(score: int) -> str:
    labels = (
        QCoreApplication.translate("PassphraseStrength", "Too short"),
        QCoreApplication.translate("PassphraseStrength", "Weak"),
        QCoreApplication.translate("PassphraseStrength", "Fair"),
        QCoreApplication.translate("PassphraseStrength", "Good"),
        QCoreApplication.translate("PassphraseStrength", "Strong"),
    )
    return labels[score]


class NewPassphraseFields:
    """Strength meter while typing; `take_valid()` checks length and match, inline."""

    def __init__(self, form: QWidget) -> None:
        self.edit = child(form, QLineEdit, "passphraseEdit")
        self.confirm = child(form, QLineEdit, "confirmEdit")
        self.bar = child(form, QProgressBar, "strengthBar")
        self.label = child(form, QLabel, "strengthLabel")
        self.error = child(form, QLabel, "passphraseError")
        self.confirm_error = child(form, QLabel, "confirmError")
        for edit in (self.edit, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.bar.setRange(0, strength.MAX_SCORE)
        self.bar.setTextVisible(False)
        inline_error.prepare(self.error)
        inline_error.prepare(self.confirm_error)
        self.edit.textChanged.connect(self._typed)
        self.confirm.textChanged.connect(lambda _text: inline_error.clear_error(self.confirm_error))
        self._typed("")

    def _typed(self, text: str) -> None:
        estimate = strength.estimate(text)
        self.bar.setValue(estimate.score)
        described = QCoreApplication.translate("PassphraseStrength", "Strength: {0}").format(
            strength_text(estimate.score)
        )
        self.label.setText(described if text else "")
        self.bar.setAccessibleDescription(described)
        inline_error.clear_error(self.error, self.edit)

    def take_valid(self) -> Secret | None:
        """The new passphrase, or None after saying next to the field what is wrong."""
        secret = Secret.from_passphrase(self.edit.text())
        try:
            require_strong(secret)
        except WeakPassphrase as error:
            secret.wipe()
            inline_error.show_error(self.error, error, self.edit)
            return None
        with Secret.from_passphrase(self.confirm.text()) as confirmed:
            matches = confirmed == secret
        if not matches:
            secret.wipe()
            inline_error.show_error(self.confirm_error, PassphraseMismatch(), self.confirm)
            return None
        return secret

    def clear(self) -> None:
        self.edit.clear()
        self.confirm.clear()
