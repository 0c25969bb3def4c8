"""Preferences: the NPM's own email addresses (a vault setting, mail/importer.py).

Mail from one of these addresses is imported as sent, anything else as received. The group is
inserted above the Preferences dialog's buttons; the addresses are typed separated by commas,
spaces or new lines. `save()` writes them only if they changed (NpmdeskError: a word that is not
an address, a full disk or a busy vault, said by the dialog; nothing changed).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.form_parts import layout_of
from npmdesk.mail import importer
from npmdesk.records.store import RecordStore

_SEPARATORS = re.compile(r"[\s,;]+")
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+")


class NotAnEmailAddress(NpmdeskError):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate(
            "OwnAddressesSetting", "Your organisation's email addresses: write whole addresses such as "
            "info@npm.example.org, separated by commas. Nothing was saved."))


def parse_addresses(text: str) -> list[str]:
    """The addresses in `text`, lower-cased, each once; NotAnEmailAddress if a word is not one."""
    words = [word for word in _SEPARATORS.split(text.strip()) if word]
    if any(_ADDRESS.fullmatch(word) is None for word in words):
        raise NotAnEmailAddress()
    return list(dict.fromkeys(word.lower() for word in words))


class OwnAddressesSetting(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your organisation's email addresses"), parent)
        self.setObjectName("ownAddressesGroup")
        self.setAccessibleName(self.title())
        layout = QFormLayout(self)
        self.field = QLineEdit(self)
        self.field.setObjectName("ownAddressesField")
        self.field.setAccessibleName(self.tr("Your organisation's email addresses"))
        self.field.setPlaceholderText(self.tr("info@npm.example.org, visits@npm.example.org"))
        label = QLabel(self.tr("&Email addresses:"), self)
        label.setBuddy(self.field)
        layout.addRow(label, self.field)
        hint = QLabel(self.tr("Imported email from these addresses counts as sent, anything else as received. "
                              "Kept in the vault."), self)
        hint.setWordWrap(True)
        self.field.setAccessibleDescription(hint.text())
        layout.addRow(hint)
        self._store: RecordStore | None = None
        self._loaded: list[str] | None = None

    def attach(self, buttons: QDialogButtonBox, store: RecordStore | None) -> None:
        """Take a place above the dialog's buttons and show the vault's addresses (greyed without a vault)."""
        layout = layout_of(buttons.parentWidget(), QBoxLayout)
        layout.insertWidget(layout.indexOf(buttons), self)
        self._store = store
        try:
            self._loaded = importer.own_addresses(store) if store is not None else None
        except NpmdeskError:
            self._loaded = None
        self.field.setText(", ".join(self._loaded or []))
        self.setEnabled(self._loaded is not None)

    def check(self) -> None:
        """NotAnEmailAddress if what is typed is not a list of addresses."""
        parse_addresses(self.field.text())

    def save(self) -> None:
        if self._store is None or self._loaded is None:
            return
        addresses = parse_addresses(self.field.text())
        if addresses != self._loaded:
            self._loaded = importer.set_own_addresses(self._store, addresses)
