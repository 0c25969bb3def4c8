"""The exchange part of the detail pane, shown only when it has something to say:

- a record edited on both sides (an import met a version made here since): a "Conflict" note,
  Compare versions… (its History, which holds both) and Mark as settled (RecordStore.settle_conflict);
- a contact: whether their keys are verified, their fingerprint, and Verify keys….
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.exchange import contact_keys
from npmdesk.gui.exchange.verify_keys_dialog import VerifyKeysDialog
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.resources import icon
from npmdesk.gui.theme import notice_style, readable
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore

VERIFIED_COLOUR, UNVERIFIED_COLOUR = "#2e7d32", "#e65100"


class ExchangeNote(QWidget):
    history_requested = Signal()
    record_changed = Signal(str)  # settled, or its keys verified: show it again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeNote")
        self._store: RecordStore | None = None
        self.record: Record | None = None
        self.verify_dialog: VerifyKeysDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.conflict_note = QFrame(self)
        self.conflict_note.setObjectName("conflictNote")
        self.conflict_note.setStyleSheet(notice_style("QFrame#conflictNote"))  # light or dark palette
        conflict_layout = QVBoxLayout(self.conflict_note)
        self.conflict_label = QLabel(self.tr(
            "Conflict: edited on both sides. This record was changed here and, differently, in a package you "
            "imported. Your version is shown; the other one is in its history. Compare them, edit the record if "
            "something should change, then mark it as settled."), self.conflict_note)
        self.conflict_label.setObjectName("conflictLabel")
        self.conflict_label.setWordWrap(True)
        self.conflict_label.setAccessibleName(self.tr("Conflict"))
        conflict_layout.addWidget(self.conflict_label)
        row = QHBoxLayout()
        self.compare_button = self._button(self.tr("Compare versio&ns…"), "compareVersionsButton",
                                           self.tr("Compare the two versions in the record's history"))
        self.settle_button = self._button(self.tr("Mark as &settled"), "settleConflictButton",
                                          self.tr("Mark the conflict as settled"))
        row.addWidget(self.compare_button)
        row.addWidget(self.settle_button)
        row.addStretch(1)
        conflict_layout.addLayout(row)
        layout.addWidget(self.conflict_note)
        self.keys_row = QWidget(self)
        keys_layout = QHBoxLayout(self.keys_row)
        keys_layout.setContentsMargins(0, 0, 0, 0)
        self.keys_label = QLabel(self.keys_row)
        self.keys_label.setObjectName("contactKeysLabel")
        self.keys_label.setWordWrap(True)
        self.keys_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keys_label.setAccessibleName(self.tr("Keys of this contact"))
        self.verify_button = self._button(self.tr("Verify &keys…"), "verifyKeysButton",
                                          self.tr("Verify this contact's keys by comparing the fingerprint"))
        keys_layout.addWidget(self.keys_label, 1)
        self.verify_button.setIcon(icon("verified"))
        keys_layout.addWidget(self.verify_button)
        layout.addWidget(self.keys_row)
        self.compare_button.clicked.connect(self.history_requested)
        self.settle_button.clicked.connect(self.settle)
        self.verify_button.clicked.connect(self.verify_keys)
        self.clear()

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        return button

    def show_for(self, store: RecordStore, record: Record) -> None:
        self.clear()
        self._store, self.record = store, record
        try:
            conflicted = record.deleted_at is None and store.is_conflicted(record.id)
        except NpmdeskError:
            conflicted = False
        self.conflict_note.setVisible(conflicted)
        if record.kind == "contact":
            self.keys_label.setText(keys_text(record))
            verified = contact_keys.is_verified(record) and not contact_keys.keys_of(record).malformed
            colour = readable(VERIFIED_COLOUR if verified else UNVERIFIED_COLOUR).name()  # dark palette too
            self.keys_label.setStyleSheet(f"color: {colour};")
            self.verify_button.setEnabled(contact_keys.keys_of(record).signing_state == contact_keys.VALID
                                          and record.deleted_at is None)
            self.keys_row.show()
        self.setVisible(conflicted or record.kind == "contact")

    def clear(self) -> None:
        self._store, self.record = None, None
        if self.verify_dialog is not None:
            dialog, self.verify_dialog = self.verify_dialog, None
            dialog.discard()
            dialog.deleteLater()
        self.conflict_note.hide()
        self.keys_row.hide()
        self.keys_label.clear()
        self.hide()

    def settle(self) -> None:
        if self._store is None or self.record is None:
            return
        try:
            self._store.settle_conflict(self.record.id)
        except NpmdeskError as error:
            self.conflict_label.setText(error_text(error))
            return
        self.record_changed.emit(self.record.id)

    def verify_keys(self) -> None:
        if self._store is None or self.record is None:
            return
        store, record = self._store, self.record
        if self.verify_dialog is not None:
            self.verify_dialog.close()
        self.verify_dialog = VerifyKeysDialog(store, record, self.window())
        self.verify_dialog.changed.connect(self._verified)
        self.verify_dialog.show()

    def _verified(self, record_id: str) -> None:
        # Keep the dialog open (it says what happened) while the pane shows the new state.
        dialog, self.verify_dialog = self.verify_dialog, None
        self.record_changed.emit(record_id)
        self.verify_dialog = dialog


def keys_text(contact: Record) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("ExchangeNote", text)

    keys = contact_keys.keys_of(contact)
    if keys.malformed:
        return tr("Malformed key: a key stored for this contact is not a valid key. Edit the contact and clear "
                  "it (or paste the right one).")
    if keys.signing_key is None and keys.recipient is None:
        return tr("No keys yet: add them from this contact's card (File → Add Contact from Card…).")
    fingerprint = keys.fingerprint
    if not fingerprint:
        return tr("Age recipient only: packages can be exported for this contact, but none they send can be "
                  "checked (no signing key).")
    if contact_keys.is_verified(contact):
        return tr("Keys verified. Fingerprint {fingerprint}").format(fingerprint=fingerprint)
    return tr("Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone.").format(
        fingerprint=fingerprint)
