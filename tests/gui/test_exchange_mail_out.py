"""Mail out through the real window: a password-protected PDF from the export dialog, its password
shown once, consent refusals blocking it as they block a package, and "Send by Email…" saving a
draft where the user chooses and handing it to the mail program (the opener is injected)."""

from __future__ import annotations

import io
from dataclasses import replace
from email import message_from_bytes
from email.policy import default

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from npmdesk.gui import clipboard
from npmdesk.records import disclosures
from npmdesk.records.consent import Consent, PersonConsent
from tests.support.exchange_helpers import SCRYPT_LOG_N, answer_save_dialog, communication, side, wait_idle
from tests.support.form_helpers import unnamed_controls
from tests.support.window_helpers import WAIT_MS, open_window

BODY = "The regional team asked for the list of places visited in March."
REAL = "Ahmed Benali"


@pytest.fixture
def office(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", "Field laptop",
                                                                        "Bo") as field:
        contact = office.contact_for(field, name="Ngozi Okafor")
        office.store.update(replace(contact, fields={**contact.fields, "email": "ngozi@ohchr.example"}))
        yield office


def planned_dialog(qtbot, window, ids):
    dialog = window.exchange.open_export(ids)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.plan is not None
    return dialog


def test_a_protected_pdf_from_the_window_and_its_password_shown_once(qtbot, monkeypatch, office, tmp_path) -> None:
    letter = office.store.add(communication("Letter to the rapporteur", body=BODY, sensitivity="confidential"))
    draft = office.store.add(communication("Our answer", status="draft", body="Answer text.",
                                           sensitivity="confidential"))
    window = open_window(qtbot, office.vault)
    dialog = planned_dialog(qtbot, window, [letter.id, draft.id])
    assert dialog.pdf_radio.text() == "Password-protected PD&F (for recipients with only a PDF reader)"
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(), timeout=WAIT_MS)
    QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    qtbot.waitUntil(dialog.pdf_radio.isChecked, timeout=WAIT_MS)
    assert not dialog.recipients_list.isEnabled()
    assert not dialog.armor_check.isEnabled() and unnamed_controls(dialog) == []
    dialog.mark_sent_check.setChecked(True)
    offered = answer_save_dialog(monkeypatch, tmp_path / "for-the-rapporteur")
    dialog.export_button.click()
    assert "*.pdf" in offered["filters"]
    wait_idle(qtbot, dialog)
    target = tmp_path / "for-the-rapporteur.pdf"
    assert target.is_file(), dialog.error_label.text()
    assert "locked with a password" in dialog.status_label.text()
    shown = dialog.password_dialog
    assert shown is not None and shown.isVisible() and unnamed_controls(shown) == []
    password = "-".join(shown.password_label.text().split())
    assert len(password) == 29 and "will not be shown again" in " ".join(
        label.text() for label in shown.findChildren(type(shown.password_label)))
    shown.copy_button.click()
    assert QGuiApplication.clipboard().text() == password
    clipboard.guard().clear()  # as locking and quitting do (text left on it at exit crashes Qt offscreen)
    shown.close_button.click()
    assert shown.password_label.text() == ""  # forgotten once noted

    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted and reader.pdf_header == "%PDF-2.0"
    reader.decrypt(password)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert BODY in text and "CONFIDENTIAL" in text
    assert office.store.get(draft.id).status == "sent"
    [left] = disclosures.disclosures(office.store, letter.id)
    assert left.package == target.name and left.recipients[0].kind == disclosures.PASSPHRASE

    # Send by Email…: the addresses, the note that the cover travels in clear, where to save, then the mail program.
    assert dialog.send_button.isVisible() and dialog.send_button.isEnabled()
    opened = []
    dialog.open_draft = opened.append
    dialog.send_button.click()
    send = dialog.send_dialog
    qtbot.waitExposed(send)
    assert unnamed_controls(send) == []
    assert "travels in clear" in send.findChild(type(send.error_label), "sendMailClearNote").text()
    send.to_edit.setText("not an address")
    send.ok_button.click()
    assert "not an email address" in send.error_label.text() and opened == []
    send.to_edit.setText("Ngozi Okafor <ngozi@ohchr.example>")
    send.language_combo.setCurrentIndex(send.language_combo.findData("es"))
    offered = answer_save_dialog(monkeypatch, tmp_path / "mail" / "draft")
    (tmp_path / "mail").mkdir()
    send.ok_button.click()
    assert str(offered["start"]) == str(tmp_path / "for-the-rapporteur.eml")  # beside the file, never a temp folder
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    eml = tmp_path / "mail" / "draft.eml"
    assert opened == [eml] and "travels in clear" in dialog.status_label.text()
    parsed = message_from_bytes(eml.read_bytes(), policy=default)
    assert parsed["X-Unsent"] == "1" and parsed["To"].addresses[0].addr_spec == "ngozi@ohchr.example"
    assert next(parsed.iter_attachments()).get_content() == target.read_bytes()
    note = parsed.get_body(("plain",)).get_content()
    assert "contraseña" in note and BODY not in note and "Letter to the" not in note
    emailed = [r.name for d in disclosures.disclosures(office.store, letter.id) for r in d.recipients
               if r.kind == disclosures.EMAIL]
    assert emailed == ["ngozi@ohchr.example"]


def test_a_refused_record_blocks_a_pdf_in_the_window(qtbot, monkeypatch, office, tmp_path) -> None:
    refused = office.store.add(communication(
        "Visit notes", personal_data=True, sensitivity="confidential", pseudonyms={REAL: "person A"},
        consents=[PersonConsent(REAL, (Consent("spt_transmission", "refused"),))]))
    window = open_window(qtbot, office.vault)
    dialog = planned_dialog(qtbot, window, [refused.id])
    dialog.pdf_radio.setChecked(True)
    assert dialog.excluded_group.isVisible()
    answer_save_dialog(monkeypatch, tmp_path / "refused.pdf")
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert "consent to their transmission to the SPT was refused" in dialog.error_label.text()
    assert not (tmp_path / "refused.pdf").exists() and dialog.password_dialog is None
    assert disclosures.disclosures(office.store, refused.id) == []


def test_send_a_package_by_email_to_the_ticked_contact(qtbot, monkeypatch, office, tmp_path) -> None:
    letter = office.store.add(communication("For the rapporteur", sensitivity="confidential"))
    window = open_window(qtbot, office.vault)
    dialog = planned_dialog(qtbot, window, [letter.id])
    dialog.scrypt_log_n = SCRYPT_LOG_N
    for row in range(dialog.recipients_list.count()):
        dialog.recipients_list.item(row).setCheckState(Qt.CheckState.Checked)
    answer_save_dialog(monkeypatch, tmp_path / "npm.age")
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert (tmp_path / "npm.age").is_file(), dialog.error_label.text()
    opened = []
    dialog.open_draft = opened.append
    send = dialog.send_by_email()
    assert send.to_edit.text() == "Ngozi Okafor <ngozi@ohchr.example>"
    answer_save_dialog(monkeypatch, tmp_path / "npm.eml")
    send.ok_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    parsed = message_from_bytes((tmp_path / "npm.eml").read_bytes(), policy=default)
    assert next(parsed.iter_attachments()).get_content() == (tmp_path / "npm.age").read_bytes()
    assert office.identity.fingerprint in parsed.get_body(("plain",)).get_content()
