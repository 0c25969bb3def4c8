"""Preferences: the NPM's own email addresses (a vault setting, mail/importer.py).

Mail from one of these addresses is imported as sent, anything else as received. The field is a
row of the Preferences dialog's "Your NPM" group (beside the State party, also kept in the vault);
the addresses are typed separated by commas or spaces. `save()` writes them only if they changed
(NpmdeskError: a word that is not an address, a full disk or a busy vault, said by the dialog;
nothing changed).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from npmdesk.errors import NpmdeskError
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


class OwnAddressesSetting(QObject):
    """The field, added as a row of the form of the dialog's "Your NPM" group."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("ownAddressesSetting")
        self.field = QLineEdit(parent)
        self.field.setObjectName("ownAddressesField")
        self.field.setAccessibleName(self.tr("Your organisation's email addresses"))
        self.field.setPlaceholderText(self.tr("info@npm.example.org, visits@npm.example.org"))
        self.label = QLabel(self.tr("&Email addresses:"), parent)
        self.label.setBuddy(self.field)
        hint = self.tr("Your organisation's addresses, separated by commas: imported email from them counts as "
                       "sent, the rest as received. Kept in the vault.")
        self.field.setToolTip(hint)  # no line of its own: the dialog is as tall as most screens allow
        self.field.setAccessibleDescription(hint)
        form.addRow(self.label, self.field)
        self._store: RecordStore | None = None
        self._loaded: list[str] | None = None

    def load(self, store: RecordStore | None) -> None:
        """Show the vault's addresses (greyed without a vault)."""
        self._store = store
        try:
            self._loaded = importer.own_addresses(store) if store is not None else None
        except NpmdeskError:
            self._loaded = None
        self.field.setText(", ".join(self._loaded or []))
        self.field.setEnabled(self._loaded is not None)

    def check(self) -> None:
        """NotAnEmailAddress if what is typed is not a list of addresses."""
        parse_addresses(self.field.text())

    def save(self) -> None:
        if self._store is None or self._loaded is None:
            return
        addresses = parse_addresses(self.field.text())
        if addresses != self._loaded:
            self._loaded = importer.set_own_addresses(self._store, addresses)
