"""Share My Keys…, contact cards, Add Contact from Card… and Verify Keys… through the real window."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication

from npmdesk.exchange import sshsig
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.gui import clipboard
from npmdesk.gui.exchange.add_contact_dialog import AddContactDialog
from npmdesk.gui.exchange.contact_card import (
    ContactCard,
    InvalidContactCard,
    UnsupportedContactCard,
    parse_card,
)
from npmdesk.gui.exchange.identity_dialog import IdentityDialog
from npmdesk.gui.exchange.verify_keys_dialog import VerifyKeysDialog
from npmdesk.records import Record
from tests.support.exchange_helpers import side
from tests.support.form_helpers import unnamed_controls
from tests.support.window_helpers import WAIT_MS, open_window


@pytest.fixture
def other(tmp_path):
    """Another vault (the SPT Secretariat's), whose card the office adds."""
    with side(tmp_path / "spt", "SPT Secretariat", "Rosa") as spt:
        yield spt


def card_of(spt) -> ContactCard:
    return ContactCard(spt.vault.meta("npm_name"), spt.identity.recipient, spt.identity.signing_key)


def test_share_my_keys_shows_the_keys_the_fingerprint_and_a_qr_of_the_card(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    assert window.exchange.share_keys_action.text() == "Share My &Keys…"
    window.exchange.share_keys_action.trigger()
    dialog = window.exchange.dialogs[-1]
    assert isinstance(dialog, IdentityDialog)
    qtbot.waitExposed(dialog)
    with VaultIdentity.of(store.vault) as identity:
        recipient, signing_key, fingerprint = (identity.recipient.encode(), identity.signing_key.encode(),
                                               identity.fingerprint)
    assert dialog.recipient_value.text().replace(" ", "").replace("\n", "") == recipient
    assert dialog.signing_key_value.text().replace(" ", "").replace("\n", "") == signing_key
    for label in (dialog.recipient_value, dialog.signing_key_value, dialog.fingerprint_value):
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))
        assert label.contentsRect().width() >= needed, label.objectName()  # nothing cut at the edge
    assert dialog.fingerprint_value.text() == fingerprint
    assert dialog.fingerprint_value.font().pointSizeF() > dialog.recipient_value.font().pointSizeF()
    assert dialog.qr_text == f"npmdesk-contact:1;name=Mecanismo Nacional;age={recipient};sig={signing_key}"
    pixmap = dialog.qr_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() == pixmap.height() >= 200
    assert dialog.qr_label.width() >= pixmap.width() and dialog.qr_label.height() >= pixmap.height()  # scans
    card = parse_card(dialog.qr_text)
    assert (card.name, card.recipient.encode(), card.signing_key.encode()) == ("Mecanismo Nacional", recipient,
                                                                              signing_key)
    assert "fingerprint" in dialog.child(type(dialog.recipient_value), "explanationLabel").text()
    assert unnamed_controls(dialog) == []

    dialog.copy_card_button.click()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == dialog.qr_text
    dialog.copy_recipient_button.click()
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == recipient
    assert "copied" in dialog.copied_label.text()
    clipboard.guard().clear()  # as locking and quitting do (text left on it at exit crashes Qt offscreen)
    assert QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard) == ""
    window.discard()  # what locking does: the dialog goes
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_share_my_keys_copies_the_openssh_line_a_recipient_without_npmdesk_checks_with(
        qtbot, store, tmp_path) -> None:
    window = open_window(qtbot, store.vault)
    window.exchange.share_keys_action.trigger()
    dialog = window.exchange.dialogs[-1]
    qtbot.waitExposed(dialog)
    with VaultIdentity.of(store.vault) as identity:
        line = sshsig.allowed_signers_line(identity.signing_key.raw, identity.fingerprint)
        signature = sshsig.sign(b"manifest\n", identity.signing_key.raw, identity.sign)
    assert dialog.ssh_value.isVisible() and dialog.ssh_value.text() == line
    assert dialog.copy_ssh_button.text() == "Copy for &OpenSSH" and unnamed_controls(dialog) == []
    dialog.copy_ssh_button.click()
    copied = QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)
    clipboard.guard().clear()
    assert copied == line and "OpenSSH" in dialog.copied_label.text()
    (tmp_path / "allowed_signers").write_text(copied + "\n")
    (tmp_path / "m.sshsig").write_text(signature)
    checked = subprocess.run(["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "allowed_signers"),
                              "-I", copied.split()[0], "-n", sshsig.NAMESPACE, "-s", str(tmp_path / "m.sshsig")],
                             input=b"manifest\n", capture_output=True, check=False)
    assert checked.returncode == 0, checked.stderr
    window.discard()


def test_contact_cards_round_trip_names_and_refuse_anything_else(other) -> None:
    card = ContactCard("Équipe; régionale = 100%", other.identity.recipient, other.identity.signing_key)
    back = parse_card(card.text())
    assert back == card and back.fingerprint == other.identity.fingerprint
    text = card.text()
    assert parse_card("  " + text.replace("npmdesk-contact", "NPMDESK-CONTACT") + ";future=field\n").name == card.name
    broken_sig = text[:-3] + ("q" if text[-3] != "q" else "p") + text[-2:]
    cases = [
        ("hello", "not an npmdesk contact card"),
        (text.replace(":1;", ":2;"), "newer version"),
        (text.replace(";sig=", ";x="), "not an npmdesk contact card"),
        (text + ";age=" + other.identity.recipient.encode(), "not an npmdesk contact card"),
        (broken_sig, "signing key in this contact card is damaged"),
        (text.replace("age=age1", "age=age2"), "age recipient in this contact card is damaged"),
        (text + "x" * 1000, "not an npmdesk contact card"),
    ]
    for bad, message in cases:
        with pytest.raises(InvalidContactCard) as raised:
            parse_card(bad)
        assert message in str(raised.value)
        assert other.identity.recipient.encode() not in str(raised.value)
    with pytest.raises(UnsupportedContactCard):
        parse_card(text.replace(":1;", ":7;"))


def add_contact(qtbot, window) -> AddContactDialog:
    window.exchange.add_contact_action.trigger()
    dialog = window.exchange.dialogs[-1]
    assert isinstance(dialog, AddContactDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_add_contact_from_card_then_verify_the_fingerprint(qtbot, store, other) -> None:
    window = open_window(qtbot, store.vault)
    dialog = add_contact(qtbot, window)
    assert unnamed_controls(dialog) == []
    dialog.card_edit.setPlainText(card_of(other).text())
    assert dialog.name_edit.text() == "SPT Secretariat"
    assert dialog.signing_edit.text() == other.identity.signing_key.encode()
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("secretariat"))
    dialog.add_button.click()
    assert not dialog.isVisible()
    [contact] = store.contacts_with_signing_key(other.identity.signing_key.encode())
    assert contact.title == "SPT Secretariat" and contact.fields["role"] == "secretariat"
    assert contact.fields["age_recipient"] == other.identity.recipient.encode()
    assert "keys_verified" not in contact.fields

    detail = window.workspace.detail  # the new contact is shown, its keys not verified
    assert detail.record.id == contact.id
    note = detail.exchange_note
    assert note.isVisible() and "NOT verified" in note.keys_label.text()
    assert other.identity.fingerprint in note.keys_label.text()
    note.verify_button.click()
    verify = note.verify_dialog
    assert isinstance(verify, VerifyKeysDialog)
    qtbot.waitExposed(verify)
    assert verify.fingerprint_label.text() == other.identity.fingerprint
    assert unnamed_controls(verify) == []
    verify.match_button.click()
    assert store.get(contact.id).fields["keys_verified"] is True
    assert "now marked as verified" in verify.outcome_label.text()
    assert "Keys verified" in detail.exchange_note.keys_label.text()

    verify.differ_button.setEnabled(True)  # a second look: they differ after all
    verify.differ_button.click()
    assert store.get(contact.id).fields["keys_verified"] is False
    assert "Do not trust these keys" in verify.outcome_label.text()
    assert "NOT verified" in detail.exchange_note.keys_label.text()


def test_adding_a_contact_says_what_is_wrong_and_adds_nothing(qtbot, store, other) -> None:
    window = open_window(qtbot, store.vault)
    before = store.count()
    dialog = add_contact(qtbot, window)
    text = card_of(other).text()
    dialog.card_edit.setPlainText(text.replace("sig=npmsig1", "sig=npmsig1x"))
    assert "signing key in this contact card is damaged" in dialog.error_label.text()
    dialog.add_button.click()
    assert dialog.isVisible() and "damaged" in dialog.error_label.text()

    dialog.card_edit.clear()
    dialog.name_edit.setText("Rapporteur")
    dialog.add_button.click()
    assert "at least the age recipient" in dialog.error_label.text()
    dialog.recipient_edit.setText("age1notakey")
    dialog.add_button.click()
    assert "not a valid age recipient" in dialog.error_label.text()
    dialog.recipient_edit.clear()
    dialog.signing_edit.setText("npmsig1qqqq")
    dialog.add_button.click()
    assert "not a valid npmdesk signing key" in dialog.error_label.text()
    dialog.name_edit.clear()
    dialog.signing_edit.setText(other.identity.signing_key.encode())
    dialog.add_button.click()
    assert "Type the contact's name" in dialog.error_label.text()
    assert store.count() == before

    store.add(Record(kind="contact", title="Rosa", status="active",
                     fields={"role": "secretariat", "signing_key": other.identity.signing_key.encode()}))
    dialog.name_edit.setText("Rosa again")
    dialog.add_button.click()
    assert "already belong to your contact “Rosa”" in dialog.error_label.text()
    assert store.count() == before + 1


def test_a_contact_without_keys_cannot_be_verified(qtbot, store) -> None:
    contact = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active",
                               fields={"role": "country_rapporteur"}))
    window = open_window(qtbot, store.vault)
    window.workspace.show_record(contact.id)
    note = window.workspace.detail.exchange_note
    assert "No keys yet" in note.keys_label.text() and not note.verify_button.isEnabled()
    dialog = VerifyKeysDialog(store, contact, window)
    qtbot.addWidget(dialog)
    assert not dialog.match_button.isEnabled() and "nothing to verify" in dialog.intro.text()
