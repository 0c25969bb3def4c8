"""Share my keys… (`ui/identity_dialog.ui`): this vault's public keys, its fingerprint and a QR code
of its contact card (contact_card.py), with Copy buttons and, in plain words, what to give to whom.

Only public values are kept: the VaultIdentity is read and closed (its secrets wiped) before the
dialog shows. Copies go through the clipboard guard (cleared after the delay and on lock).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QWidget

from npmdesk.exchange import sshsig
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.gui.clipboard import copy_secret
from npmdesk.gui.exchange.contact_card import ContactCard
from npmdesk.gui.exchange.qr import qr_pixmap
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.vault import Vault

KEY_GROUP = 8  # characters per group when a key is shown for reading (copies are never grouped)


def grouped(text: str, size: int = KEY_GROUP) -> str:
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def grouped_lines(text: str, per_line: int = 4) -> str:
    """`grouped(text)` with `per_line` groups on each line."""
    groups = grouped(text).split(" ")
    return "\n".join(" ".join(groups[i : i + per_line]) for i in range(0, len(groups), per_line))


def vault_card(vault: Vault) -> ContactCard:
    """The open vault's contact card (its keys are made now if the vault predates them)."""
    with VaultIdentity.of(vault) as identity:
        return ContactCard(vault.meta("npm_name"), identity.recipient, identity.signing_key)


class IdentityDialog(FormDialog):
    def __init__(self, card: ContactCard, parent: QWidget | None = None) -> None:
        super().__init__("identity_dialog", parent)
        self.setObjectName("identityDialog")
        self.card = card
        self.card_text = card.text()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        large = QFont(mono)
        large.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.8)
        large.setBold(True)
        medium = QFont(mono)
        medium.setPointSizeF(max(mono.pointSizeF(), 10.0) * 1.2)
        heading = self.child(QLabel, "headingLabel")
        heading.setText(self.tr("Your keys: {name}").format(name=card.name) if card.name else self.tr("Your keys"))
        self.recipient_value = self.child(QLabel, "recipientValue")
        self.signing_key_value = self.child(QLabel, "signingKeyValue")
        self.fingerprint_value = self.child(QLabel, "fingerprintValue")
        for label, text, font in ((self.recipient_value, card.recipient.encode(), medium),
                                  (self.signing_key_value, card.signing_key.encode(), medium),
                                  (self.fingerprint_value, card.fingerprint, large)):
            label.setFont(font)
            label.setWordWrap(False)  # whole groups on fixed lines: nothing may be cut or wrapped mid-key
            label.setText(grouped_lines(text) if label is not self.fingerprint_value else text)
            label.setAccessibleDescription(text)
        self.qr_label = self.child(QLabel, "qrLabel")
        pixmap = qr_pixmap(self.card_text)
        self.qr_label.setPixmap(pixmap)
        self.qr_label.setMinimumSize(pixmap.size())  # a cropped QR code does not scan
        self.qr_label.setAccessibleDescription(self.tr("Scanning it gives the text of your contact card."))
        self.copied_label = self.child(QLabel, "copiedLabel")
        self.copy_card_button = self.child(QPushButton, "copyCardButton")
        self.copy_recipient_button = self.child(QPushButton, "copyRecipientButton")
        self.copy_signing_key_button = self.child(QPushButton, "copySigningKeyButton")
        self.close_button = self.child(QPushButton, "closeButton")
        self.copy_card_button.clicked.connect(lambda: self._copy(self.card_text, self.tr("Your contact card")))
        self.copy_recipient_button.clicked.connect(
            lambda: self._copy(card.recipient.encode(), self.tr("Your age recipient")))
        self.copy_signing_key_button.clicked.connect(
            lambda: self._copy(card.signing_key.encode(), self.tr("Your signing key")))
        self.close_button.clicked.connect(self.accept)
        self._add_ssh_line(card)
        self.copy_card_button.setFocus()
        self.adjustSize()

    def _add_ssh_line(self, card: ContactCard) -> None:
        """The allowed_signers line with which a recipient without npmdesk checks packages using
        OpenSSH (`ssh-keygen -Y verify`), under the fingerprint, with its Copy button."""
        self.ssh_line = sshsig.allowed_signers_line(card.signing_key.raw, card.fingerprint)
        keys = self.child(QBoxLayout, "keysLayout")
        heading = QLabel(self.tr("For recipients without npmdesk (OpenSSH allowed_signers line):"), self)
        self.ssh_value = QLabel(self.ssh_line, self)
        self.ssh_value.setObjectName("sshValue")
        self.ssh_value.setAccessibleName(self.tr("Your OpenSSH allowed_signers line"))
        self.ssh_value.setTextFormat(Qt.TextFormat.PlainText)
        self.ssh_value.setWordWrap(True)
        self.ssh_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading.setBuddy(self.ssh_value)
        at = keys.indexOf(self.fingerprint_value) + 1
        keys.insertWidget(at, heading)
        keys.insertWidget(at + 1, self.ssh_value)
        self.copy_ssh_button = QPushButton(self.tr("Copy for &OpenSSH"), self)
        self.copy_ssh_button.setObjectName("copySshButton")
        self.copy_ssh_button.setAccessibleName(self.tr("Copy your OpenSSH allowed_signers line"))
        self.copy_ssh_button.setAutoDefault(False)
        buttons = self.child(QBoxLayout, "buttonLayout")
        buttons.insertWidget(buttons.indexOf(self.copy_signing_key_button) + 1, self.copy_ssh_button)
        self.copy_ssh_button.clicked.connect(
            lambda: self._copy(self.ssh_line, self.tr("Your OpenSSH allowed_signers line")))

    @property
    def qr_text(self) -> str:
        """What the QR code encodes."""
        return self.card_text

    def _copy(self, text: str, what: str) -> None:
        copy_secret(text)
        said = self.tr("{what} was copied. Paste it into your message; the clipboard is cleared after a "
                       "while.").format(what=what)
        self.copied_label.setText(said)
        self.copied_label.setAccessibleDescription(said)
