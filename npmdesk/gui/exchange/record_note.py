"""The exchange part of the detail pane, shown only when it has something to say:

- a record edited on both sides (an import met a version made here since): a "Conflict" note,
  Compare versions… (its History, which holds both) and Mark as settled (RecordStore.settle_conflict);
- a contact: whether their keys are verified, their fingerprint, and Verify keys…; and "One of
  our NPM's devices" (enabled only while the keys are verified: `own_device`, a local trust mark
  that never travels), which makes packages to it carry real names;
- a record that left the vault (records/disclosures.py): how many times, and the last time, to
  whom and in which file (the full log is in its History).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.exchange import contact_keys
from npmdesk.gui.exchange.verify_keys_dialog import VerifyKeysDialog
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records.formatting import date_text
from npmdesk.gui.resources import icon
from npmdesk.gui.theme import notice_style, readable
from npmdesk.records import disclosures
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
        self.own_device_check = QCheckBox(self.tr("One of our NPM's devices (packages to it carry real names)"), self)
        self.own_device_check.setObjectName("ownDeviceCheck")
        self.own_device_check.setAccessibleName(self.own_device_check.text())
        self.own_device_check.setToolTip(self.tr("Only for a colleague's laptop whose keys you verified. Packages "
                                                 "for it carry real names and records nobody may send to the SPT."))
        self.own_device_check.toggled.connect(self.set_own_device)
        layout.addWidget(self.own_device_check)
        self.disclosure_label = QLabel(self)
        self.disclosure_label.setObjectName("disclosureLabel")
        self.disclosure_label.setWordWrap(True)
        self.disclosure_label.setTextFormat(Qt.TextFormat.PlainText)
        self.disclosure_label.setAccessibleName(self.tr("When this record left the vault"))
        layout.addWidget(self.disclosure_label)
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
            self.own_device_check.blockSignals(True)
            self.own_device_check.setChecked(contact_keys.is_own_device(record))
            self.own_device_check.setEnabled(verified and record.deleted_at is None)
            self.own_device_check.blockSignals(False)
            self.own_device_check.show()
        try:
            left = disclosures.count(store, record.id)
            last = disclosures.disclosures(store, record.id, limit=1) if left else []
        except NpmdeskError:
            left, last = 0, []
        if last:
            self.disclosure_label.setText(disclosure_text(left, last[-1]))
            self.disclosure_label.show()
        self.setVisible(conflicted or record.kind == "contact" or bool(last))

    def clear(self) -> None:
        self._store, self.record = None, None
        if self.verify_dialog is not None:
            dialog, self.verify_dialog = self.verify_dialog, None
            dialog.discard()
            dialog.deleteLater()
        self.conflict_note.hide()
        self.keys_row.hide()
        self.keys_label.clear()
        self.own_device_check.hide()
        self.disclosure_label.hide()
        self.disclosure_label.clear()
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

    def set_own_device(self, on: bool) -> None:
        """Mark the contact shown as one of the NPM's own devices (or not): only a verified one."""
        if self._store is None or self.record is None or self.record.kind != "contact":
            return
        try:
            current = self._store.get(self.record.id)
            if on and not contact_keys.is_verified(current):
                return
            fields = {k: v for k, v in current.fields.items() if k != contact_keys.OWN_DEVICE}
            if on:
                fields[contact_keys.OWN_DEVICE] = True
            self._store.update(replace(current, fields=fields))
        except NpmdeskError as error:
            self.keys_label.setText(error_text(error))
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
        return display.sentence(tr("Keys verified. Fingerprint {fingerprint}"), fingerprint=fingerprint)
    return display.sentence(tr("Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone."),
                            fingerprint=fingerprint)


def recipients_text(disclosure: disclosures.Disclosure) -> str:
    """Whom it went to, in the window's language: names (or fingerprints), a passphrase, a PDF."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ExchangeNote", text)

    names = []
    for recipient in disclosure.recipients:
        if recipient.kind == disclosures.PASSPHRASE:
            names.append(tr("whoever has the passphrase"))
        elif recipient.kind == disclosures.PDF:
            names.append(tr("a PDF report"))
        elif recipient.kind == disclosures.AGE and recipient.name == disclosures.THIS_VAULT:
            names.append(tr("this vault"))
        elif recipient.name:
            names.append(display.gui_line(recipient.name))
        else:
            names.append(recipient.fingerprint or recipient.age_recipient[:20] + "…")
    return ", ".join(names)


def disclosure_text(count: int, last: disclosures.Disclosure) -> str:
    return QCoreApplication.translate("ExchangeNote", "Left the vault %n time(s): last on {when} to {who} ({file}).",
                                      None, count).format(
        when=date_text(last.at), who=recipients_text(last), file=display.gui_line(last.package))
