"""Add Contact from Card…: paste the card another vault shows in Share My Keys…
(contact_card.py), or type a name and the two keys. Every key is checked (a typo fails the
Bech32 checksum) and the message says what is wrong. The new contact is not verified: its
detail pane offers Verify Keys… (verify_keys_dialog.py).

The export dialog's "Add a recipient…" opens it `for_recipient`: titled "Add a Recipient", the age
recipient is required (a package is encrypted to it). Keys that already belong to a contact (the
age recipient or the signing key) are refused with that contact's name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age import AgeError
from npmdesk.exchange.age.keys import X25519Recipient
from npmdesk.exchange.identity import SigningKey
from npmdesk.gui import inline_error
from npmdesk.gui.exchange.contact_card import looks_like_card, parse_card
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore

Field = TypeVar("Field", bound=QWidget)
ROLES = ("member", "regional_head", "country_rapporteur", "secretariat", "npm_colleague", "other")


class ContactNameMissing(NpmdeskError):
    message = "Type the contact's name (the card may not carry one)."


class KeysMissing(NpmdeskError):
    message = "Paste a contact card, or type at least the age recipient (age1…) or the signing key (npmsig1…)."


class RecipientMissing(NpmdeskError):
    message = "Paste the age recipient (age1…) or the contact card: a package is encrypted to the age recipient."


class AlreadyAContact(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__(QCoreApplication.translate(
            "AddContactDialog", "These keys already belong to your contact “{name}”. Nothing was added."
        ).format(name=name))


class AddContactDialog(QDialog):
    added = Signal(str)  # the new contact's id

    def __init__(self, store: RecordStore, parent: QWidget | None = None, *, for_recipient: bool = False) -> None:
        """`for_recipient`: from the export dialog's "Add a recipient…" (the age recipient is required)."""
        super().__init__(parent)
        self.setObjectName("addRecipientDialog" if for_recipient else "addContactDialog")
        self.setWindowTitle(self.tr("Add a Recipient") if for_recipient else self.tr("Add Contact from Card"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self._store: RecordStore | None = store
        self._for_recipient = for_recipient
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Paste the contact card the person copied from npmdesk (File → Share My Keys…), "
                               "or type their name and keys. Keys are public; what proves they are theirs is the "
                               "fingerprint, which you compare with them afterwards by phone."), self)
        if for_recipient:
            intro.setText(self.tr("Paste the recipient's age key (age1…), or the contact card they copied from "
                                  "npmdesk (File → Share My Keys…), and give their name. They become a contact "
                                  "whose keys are NOT verified: compare the fingerprint with them by phone "
                                  "(Verify keys… on the contact) before sending anything sensitive."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.card_edit = self._field(QPlainTextEdit(self), "cardEdit", self.tr("Contact card"))
        self.card_edit.setPlaceholderText("npmdesk-contact:1;name=…;age=age1…;sig=npmsig1…")
        self.card_edit.setTabChangesFocus(True)
        self.card_edit.setFixedHeight(self.card_edit.fontMetrics().height() * 4)
        self.name_edit = self._field(QLineEdit(self), "nameEdit", self.tr("Name"))
        self.role_combo = self._field(QComboBox(self), "roleCombo", self.tr("Role"))
        for role in ROLES:
            self.role_combo.addItem(choice_name(role), role)
        self.recipient_edit = self._field(QLineEdit(self), "recipientEdit", self.tr("Age recipient"))
        self.recipient_edit.setPlaceholderText("age1…")
        self.signing_edit = self._field(QLineEdit(self), "signingKeyEdit", self.tr("Signing key"))
        self.signing_edit.setPlaceholderText("npmsig1…")
        for text, widget in ((self.tr("Contact &card:"), self.card_edit), (self.tr("&Name:"), self.name_edit),
                             (self.tr("&Role:"), self.role_combo), (self.tr("&Age recipient:"), self.recipient_edit),
                             (self.tr("&Signing key:"), self.signing_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("addContactError")
        self.error_label.setAccessibleName(self.tr("Problem with the contact"))
        inline_error.prepare(self.error_label)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(self.tr("A&dd contact"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("addContactButton")
        self.add_button.setAccessibleName(self.tr("Add the contact"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.card_edit.textChanged.connect(self._card_changed)
        self.resize(560, 360)

    def _field(self, widget: Field, name: str, accessible: str) -> Field:
        widget.setObjectName(name)
        widget.setAccessibleName(accessible)
        return widget

    def _card_changed(self) -> None:
        """A pasted card fills the fields below (or says at once what is wrong with it)."""
        inline_error.clear_error(self.error_label)
        text = self.card_edit.toPlainText().strip()
        if not text:
            return
        if not looks_like_card(text):
            return
        try:
            card = parse_card(text)
        except NpmdeskError as error:
            inline_error.show_error(self.error_label, error)
            return
        if card.name:
            self.name_edit.setText(card.name)
        self.recipient_edit.setText(card.recipient.encode())
        self.signing_edit.setText(card.signing_key.encode())

    def add(self) -> None:
        """Check every field; add the contact (not verified) and emit `added`, or say what is wrong."""
        if self._store is None:
            return
        inline_error.clear_error(self.error_label)
        text = self.card_edit.toPlainText().strip()
        try:
            if text:
                parse_card(text)  # a card that does not parse is refused, even if the fields look fine
            fields: dict[str, object] = {"role": self.role_combo.currentData()}
            name = " ".join(self.name_edit.text().split())
            if not name:
                raise ContactNameMissing()
            recipient, key = self.recipient_edit.text().strip(), self.signing_edit.text().strip()
            if not recipient and not key:
                raise RecipientMissing() if self._for_recipient else KeysMissing()
            if self._for_recipient and not recipient:
                self.recipient_edit.setFocus()
                raise RecipientMissing()
            if recipient:
                fields["age_recipient"] = self._checked(X25519Recipient.parse, recipient, self.recipient_edit)
                same = self._store.contacts_with_age_recipient(str(fields["age_recipient"]))
                if same:
                    raise AlreadyAContact(same[0].title)
            if key:
                signing_key = self._checked(SigningKey.parse, key, self.signing_edit)
                known = self._store.contacts_with_signing_key(signing_key)
                if known:
                    raise AlreadyAContact(known[0].title)
                fields["signing_key"] = signing_key
            record = self._store.add(Record(kind="contact", title=name, status="active", fields=fields))
        except NpmdeskError as error:
            inline_error.show_error(self.error_label, error)
            return
        self.accept()
        self.added.emit(record.id)

    def _checked(self, parse: Callable[[str], X25519Recipient | SigningKey], text: str, field: QWidget) -> str:
        try:
            return parse(text).encode()
        except (AgeError, NpmdeskError):
            field.setFocus()
            raise

    def discard(self) -> None:
        self._store = None
        for edit in (self.name_edit, self.recipient_edit, self.signing_edit):
            edit.clear()
        self.card_edit.clear()
        self.close()
