"""Verify Keys… on a contact: the contact's fingerprint, large, to read with the person over the
phone. "The fingerprints match" marks the keys verified (`keys_verified`, through
RecordStore.update); "They differ" explains not to trust the keys and takes a former
verification back.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.exchange.identity import SigningKey
from npmdesk.gui import inline_error
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore


class VerifyKeysDialog(QDialog):
    changed = Signal(str)  # the contact's id, after its verified mark changed

    def __init__(self, store: RecordStore, contact: Record, parent: QWidget | None = None) -> None:
        """A contact without a valid signing key shows why it cannot be verified."""
        super().__init__(parent)
        self.setObjectName("verifyKeysDialog")
        self.setWindowTitle(self.tr("Verify Keys"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._store: RecordStore | None = store
        self.contact = contact
        layout = QVBoxLayout(self)
        self.fingerprint: str | None = None
        try:
            self.fingerprint = SigningKey.parse(str(contact.fields.get("signing_key") or "")).fingerprint
        except NpmdeskError:
            self.fingerprint = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.intro)
        self.fingerprint_label = QLabel(self.fingerprint or "", self)
        self.fingerprint_label.setObjectName("verifyFingerprint")
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint to compare"))
        font = QFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.8)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.fingerprint_label)
        self.outcome_label = QLabel(self)
        self.outcome_label.setObjectName("verifyOutcome")
        self.outcome_label.setAccessibleName(self.tr("Outcome"))
        self.outcome_label.setWordWrap(True)
        layout.addWidget(self.outcome_label)
        buttons = QDialogButtonBox(self)
        self.match_button = self._button(buttons, self.tr("The fingerprints &match"), "verifyMatch",
                                         self.tr("The fingerprints match: mark the keys as verified"))
        self.differ_button = self._button(buttons, self.tr("They &differ"), "verifyDiffer",
                                          self.tr("The fingerprints differ: do not trust these keys"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.match_button.clicked.connect(self.matched)
        self.differ_button.clicked.connect(self.differed)
        layout.addWidget(buttons)
        if self.fingerprint is None:
            self.intro.setText(self.tr(
                "{name} has no valid signing key in this vault, so there is nothing to verify. Add their keys "
                "from their contact card first.").format(name=display.gui_line(contact.title)))
            self.match_button.setEnabled(False)
            self.differ_button.setEnabled(False)
        else:
            self.intro.setText(self.tr(
                "Call {name} on a number you already know (not one given with the keys). Ask them to open "
                "File → Share My Keys… in their npmdesk and read their fingerprint aloud. Compare it with this one, "
                "group by group:").format(name=display.gui_line(contact.title)))
        self.resize(520, 260)

    def _button(self, box: QDialogButtonBox, text: str, name: str, accessible: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def matched(self) -> None:
        if self._set_verified(True):
            self._finish(self.tr("{name}'s keys are now marked as verified. Packages they sign will show as "
                                 "coming from a verified contact.").format(name=display.gui_line(self.contact.title)))

    def differed(self) -> None:
        if self._set_verified(False):
            self._finish(self.tr(
                "Do not trust these keys: someone may have replaced them. Do not import packages signed with them "
                "and do not export for them. Ask {name} for their contact card again through another channel (in "
                "person, for example) and replace the keys on the contact.").format(
                    name=display.gui_line(self.contact.title)), True)

    def _set_verified(self, verified: bool) -> bool:
        if self._store is None:
            return False
        try:
            current = self._store.get(self.contact.id)
            if (current.fields.get("keys_verified") is True) != verified:
                self.contact = self._store.update(replace(current, fields={**current.fields,
                                                                           "keys_verified": verified}))
                self.changed.emit(self.contact.id)
        except NpmdeskError as error:
            self._finish(inline_error.error_text(error), True)
            return False
        return True

    def _finish(self, text: str, warning: bool = False) -> None:
        self.outcome_label.setStyleSheet(inline_error.error_style() if warning else "")
        self.outcome_label.setText(text)
        self.outcome_label.setAccessibleDescription(text)
        self.match_button.setEnabled(False)
        self.differ_button.setEnabled(False)
        self.close_button.setFocus()

    def discard(self) -> None:
        self._store = None
        self.close()
