"""The passphrase or the recovery code: one switch for every window that asks for either.

Unlock, Change Passphrase (the proof of the current one) and Restore a Backup ask for the
vault's passphrase, or its recovery code instead. `SecretMethod` holds what they share: which of
the two is asked now, the "Use the … instead" button that switches (its words are the window's
own, passed in `Words`, so that each keeps its translation), the field and the error line of
each (`Side`; one field may serve both, relabelled by the window on `switched`), the page of a
stack showing the side asked, the credential built from what was typed (a mistyped code or an
empty passphrase said under its field, nothing returned), a wrong secret said under its field,
and clearing both fields.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStackedWidget

from npmdesk.errors import MistypedRecoveryCode, NpmdeskError, WrongPassphrase, WrongRecoveryCode
from npmdesk.gui import inline_error
from npmdesk.vault import Credential

PASSPHRASE_PAGE, RECOVERY_PAGE = 0, 1


@dataclass(frozen=True)
class Side:
    edit: QLineEdit
    error: QLabel


@dataclass(frozen=True)
class Words:
    """The switch button's text and accessible name, in the window's own words."""

    to_recovery: tuple[str, str]  # shown while the passphrase is asked
    to_passphrase: tuple[str, str]  # shown while the recovery code is asked
    type_passphrase: str  # said when Unlock (or Save…) is pressed with no passphrase typed


class SecretMethod(QObject):
    switched = Signal(bool)  # True: the recovery code is asked now

    def __init__(self, button: QPushButton, passphrase: Side, recovery: Side, words: Words, *,
                 stack: QStackedWidget | None = None, general_error: QLabel | None = None) -> None:
        super().__init__(button)
        self.button, self.passphrase, self.recovery, self.words = button, passphrase, recovery, words
        self._stack, self._general_error = stack, general_error
        self._recovery = False
        for side in {passphrase, recovery}:
            side.edit.textEdited.connect(lambda _text, side=side: inline_error.clear_error(side.error, side.edit))
        button.clicked.connect(self.switch)
        self._show()

    @property
    def using_recovery_code(self) -> bool:
        return self._recovery

    @property
    def side(self) -> Side:
        """The field and error line of what is asked now."""
        return self.recovery if self._recovery else self.passphrase

    def switch(self) -> None:
        """Ask for the other one: its field gets the focus; an error of the window's is cleared."""
        self._recovery = not self._recovery
        if self.passphrase.edit is self.recovery.edit:
            self.passphrase.edit.clear()  # one field for both: what was typed was for the other
        if self._general_error is not None:
            inline_error.clear_error(self._general_error)
        self._show()
        self.switched.emit(self._recovery)
        self.side.edit.setFocus()

    def _show(self) -> None:
        if self._stack is not None:
            self._stack.setCurrentIndex(RECOVERY_PAGE if self._recovery else PASSPHRASE_PAGE)
        text, name = self.words.to_passphrase if self._recovery else self.words.to_recovery
        self.button.setText(text)
        self.button.setAccessibleName(name)

    def credential(self) -> Credential | None:
        """What was typed, as a credential; None (and why, under the field) if it cannot be one."""
        side = self.side
        if self._recovery:
            try:
                return Credential.recovery_code(side.edit.text())
            except MistypedRecoveryCode as error:
                inline_error.show_error(side.error, error, side.edit)
                return None
        if not side.edit.text():
            inline_error.show_error(side.error, self.words.type_passphrase, side.edit)
            return None
        return Credential.passphrase(side.edit.text())

    def show_wrong(self, error: NpmdeskError) -> bool:
        """A wrong passphrase or recovery code said under its field, the text selected to retype;
        False for any other error (the window says it elsewhere)."""
        if isinstance(error, WrongPassphrase | WrongRecoveryCode):
            side = self.recovery if isinstance(error, WrongRecoveryCode) else self.passphrase
            inline_error.show_error(side.error, error, side.edit)
            side.edit.selectAll()
            return True
        return False

    def clear(self) -> None:
        self.passphrase.edit.clear()
        self.recovery.edit.clear()
