"""Export through the real window: selected records for a contact, Ctrl+Shift+E starting from the
selection (everything in the vault only as an explicit choice; everything in the list first after
a search), a recipient added from a pasted key
or contact card, the confirmation that sensitive records need, a passphrase package, Cancel leaving
no file, linked records and a report's PDF."""

from __future__ import annotations

import io
import threading

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from npmdesk.exchange import contact_keys
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.identity import SigningKey
from npmdesk.exchange.importer import VERIFIED, import_package, preview_package
from npmdesk.exchange.manifest import document_name
from npmdesk.gui.exchange import export_dialog
from npmdesk.gui.exchange.contact_card import ContactCard
from npmdesk.gui.exchange.export_dialog import ExportDialog
from npmdesk.gui.exchange.feature import open_export_dialog
from npmdesk.records import Record
from npmdesk.records import attachments as files
from npmdesk.vault import Secret
from tests.support.exchange_helpers import SCRYPT_LOG_N, answer_save_dialog, communication, side, wait_idle
from tests.support.form_helpers import select_row_of, unnamed_controls
from tests.support.locking_helpers import preferences_in
from tests.support.window_helpers import WAIT_MS, activate, open_window, press

STRONG = "correct horse battery staple"


@pytest.fixture
def pair(tmp_path):
    """The office (open in the window) and the field laptop, each a verified contact of the other."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", "Field laptop",
                                                                        "Bo") as field:
        field_contact = office.contact_for(field)
        office.contact_for(field, verified=False, name="Unverified colleague")
        field.contact_for(office)
        office.field_contact = field_contact
        yield office, field


def select_rows(window, records) -> None:
    select_row_of(window, records[0])
    view = window.workspace.list_view
    model = window.workspace.list_model
    wanted = {r.id for r in records[1:]}
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole) in wanted:
            view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)


def planned(qtbot, dialog: ExportDialog) -> ExportDialog:
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.plan is not None
    return dialog


def tick(dialog: ExportDialog, name: str) -> None:
    for row in range(dialog.recipients_list.count()):
        item = dialog.recipients_list.item(row)
        if item.text().startswith(name):
            item.setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{name} is not offered")


def test_export_selected_records_for_a_contact_and_the_other_vault_imports_them(qtbot, monkeypatch, pair,
                                                                                tmp_path) -> None:
    office, field = pair
    letters = [office.store.add(communication(f"Letter {n}", sensitivity="confidential")) for n in range(3)]
    office.attach(letters[0].id, "annex.txt", b"annex text")
    window = open_window(qtbot, office.vault)
    window.exchange.preferences = preferences_in(tmp_path)
    window.exchange.preferences.set_default_recipients([office.field_contact.id])
    select_rows(window, letters[:2])
    window.workspace.list_view.setFocus()
    assert window.exchange.export_selected_action.isEnabled()
    window.exchange.export_selected_action.trigger()
    dialog = planned(qtbot, window.exchange.dialogs[-1])
    assert unnamed_controls(dialog) == []
    assert sorted(r.title for r in dialog.plan.records) == ["Letter 0", "Letter 1"]
    assert "2 record(s) will leave the vault" in dialog.what_label.text() and "1 attachment" in dialog.what_label.text()
    assert dialog.flagged_group.isHidden()
    offered = [dialog.recipients_list.item(r).text() for r in range(dialog.recipients_list.count())]
    assert offered == ["Field laptop (keys verified)", "Unverified colleague (keys NOT verified)"]
    assert [r.name for r in dialog.chosen_recipients()] == ["Field laptop"]  # the default recipient
    assert dialog.recipients_note.isHidden()
    tick(dialog, "Unverified colleague")
    assert "Not verified yet: Unverified colleague" in dialog.recipients_note.text()

    offered_path = answer_save_dialog(monkeypatch, tmp_path / "out" / "letters")
    (tmp_path / "out").mkdir()
    dialog.export_button.click()
    assert offered_path["options"] & QFileDialog.Option.DontConfirmOverwrite and "*.age" in offered_path["filters"]
    assert "Office" not in str(offered_path["start"])  # no name in the suggested file name
    wait_idle(qtbot, dialog)
    target = tmp_path / "out" / "letters.age"
    assert target.is_file() and dialog.export_result is not None
    assert str(target) in dialog.status_label.text() and office.identity.fingerprint in dialog.status_label.text()
    assert "Field laptop, Unverified colleague" in dialog.status_label.text()
    assert not dialog.export_button.isEnabled() and dialog.cancel_button.text() == "Cl&ose"

    preview = preview_package(field.store, field.identity, target)
    assert preview.signer.status == VERIFIED and preview.plan.count("added") == 2
    import_package(field.store, field.identity, target)
    assert field.store.get(letters[0].id).title == "Letter 0"
    assert [a.name for a in files.list_for(field.store, letters[0].id)] == ["annex.txt"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog not in window.exchange.dialogs, timeout=WAIT_MS)


def alt(qtbot, dialog: ExportDialog, key: Qt.Key) -> None:
    """A mnemonic typed in the dialog, made the active window first (as a user's click would)."""
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(), timeout=WAIT_MS)
    QTest.keyClick(dialog.windowHandle(), key, Qt.KeyboardModifier.AltModifier)


def ctrl_shift_e(qtbot, window) -> ExportDialog:
    before = len(window.exchange.dialogs)
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: len(window.exchange.dialogs) > before, timeout=WAIT_MS)
    dialog = window.exchange.dialogs[-1]
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    return dialog


def test_ctrl_shift_e_exports_the_selected_record_and_everything_is_an_explicit_choice(qtbot, pair) -> None:
    office, _field = pair
    rapporteur = office.store.add(Record(kind="contact", title="Country rapporteur", status="active",
                                         fields={"role": "country_rapporteur"}))
    letter = office.store.add(communication("Letter on the visit", counterpart=rapporteur.id))
    for n in range(3):
        office.store.add(communication(f"Other letter {n}"))
    window = open_window(qtbot, office.vault)
    select_rows(window, [letter])
    dialog = ctrl_shift_e(qtbot, window)
    assert {r.id for r in dialog.plan.records} == {letter.id, rapporteur.id}  # the record and its counterpart
    assert dialog.chosen_radio.isChecked() and not dialog.everything_radio.isChecked()
    assert dialog.chosen_radio.text() == "The &selected records (1)"
    assert "2 record(s) will leave the vault" in dialog.what_label.text()
    assert unnamed_controls(dialog) == []

    alt(qtbot, dialog, Qt.Key.Key_V)  # Everything in the &vault
    qtbot.waitUntil(dialog.everything_radio.isChecked, timeout=WAIT_MS)  # a mnemonic clicks after a moment
    wait_idle(qtbot, dialog)
    assert dialog.plan is not None and len(dialog.plan.records) == office.store.count()
    dialog.chosen_radio.click()
    wait_idle(qtbot, dialog)
    assert {r.id for r in dialog.plan.records} == {letter.id, rapporteur.id}


def test_ctrl_shift_e_with_nothing_chosen_says_how_to_choose(qtbot, pair) -> None:
    office, _field = pair
    office.store.add(communication("A letter"))
    window = open_window(qtbot, office.vault)
    window.workspace.list_view.clearSelection()
    assert window.workspace.detail.record is None  # nothing selected, no record open
    dialog = ctrl_shift_e(qtbot, window)
    assert dialog.plan is None and dialog.records_model.rowCount() == 0 and dialog.chosen_radio.isHidden()
    assert not dialog.chosen_radio.isChecked() and not dialog.everything_radio.isChecked()
    assert "Nothing is chosen yet" in dialog.what_label.text() and not dialog.export_button.isEnabled()
    dialog.everything_radio.click()
    wait_idle(qtbot, dialog)
    assert len(dialog.plan.records) == office.store.count() and dialog.export_button.isEnabled()


def test_after_a_search_ctrl_shift_e_offers_everything_in_this_list_first(qtbot, pair) -> None:
    office, _field = pair
    visits = [office.store.add(communication(f"Visit to prison {n}")) for n in range(3)]
    other = office.store.add(communication("Budget of the year"))
    window = open_window(qtbot, office.vault)
    window.workspace.search("prison")
    qtbot.waitUntil(lambda: window.workspace.search_model.rowCount() == len(visits), timeout=WAIT_MS)
    dialog = ctrl_shift_e(qtbot, window)
    assert dialog.list_radio.isChecked() and dialog.list_radio.text() == "Everything in this &list (3)"
    assert {r.id for r in dialog.plan.records} == {v.id for v in visits}  # what the search shows, not the rest
    assert other.id not in {r.id for r in dialog.plan.records}
    assert unnamed_controls(dialog) == []
    dialog.everything_radio.click()
    wait_idle(qtbot, dialog)
    assert len(dialog.plan.records) == office.store.count()
    dialog.list_radio.click()
    wait_idle(qtbot, dialog)
    assert {r.id for r in dialog.plan.records} == {v.id for v in visits}
    dialog.close()
    qtbot.waitUntil(lambda: dialog not in window.exchange.dialogs, timeout=WAIT_MS)

    activate(qtbot, window)
    window.workspace.leave_search()  # a list without a search: offered, not ticked first
    select_rows(window, [other])
    dialog = ctrl_shift_e(qtbot, window)
    assert dialog.chosen_radio.isChecked() and not dialog.list_radio.isChecked()
    assert dialog.list_radio.isVisible() and dialog.list_radio.text() == "Everything in this &list (4)"


def add_recipient(qtbot, dialog: ExportDialog, *, name: str = "", key: str = "", card: str = "") -> None:
    alt(qtbot, dialog, Qt.Key.Key_R)  # Add a &recipient…
    qtbot.waitUntil(lambda: dialog.add_recipient_dialog is not None, timeout=WAIT_MS)
    adding = dialog.add_recipient_dialog
    qtbot.waitExposed(adding)
    assert adding.windowTitle() == "Add a Recipient" and unnamed_controls(adding) == []
    if card:
        adding.card_edit.setPlainText(card)
    if name:
        adding.name_edit.setText(name)
    if key:
        adding.recipient_edit.setText(key)
    adding.add_button.click()


def test_a_pasted_recipient_becomes_an_unverified_contact_and_is_ticked(qtbot, pair) -> None:
    office, _field = pair
    letter = office.store.add(communication("For the new secretary"))
    window = open_window(qtbot, office.vault)
    select_rows(window, [letter])
    dialog = planned(qtbot, window.exchange.export_selected())
    contacts = office.store.count()

    add_recipient(qtbot, dialog, name="New secretary", key="age1qyqszqgpqyqszqgpqyqszqgpqyqszqgp")
    adding = dialog.add_recipient_dialog
    assert adding.isVisible() and adding.error_label.text().count(".") == 1, adding.error_label.text()
    assert office.store.count() == contacts  # a bad key adds nothing

    key = X25519Identity.generate().recipient.encode()
    adding.recipient_edit.setText(key)
    adding.add_button.click()
    qtbot.waitUntil(lambda: dialog.add_recipient_dialog is None, timeout=WAIT_MS)
    assert [r.name for r in dialog.chosen_recipients()] == ["New secretary"]
    added = [r for r in office.store.list() if r.title == "New secretary"]
    assert len(added) == 1
    contact = office.store.get(added[0].id)
    assert contact.fields["age_recipient"] == key and not contact_keys.is_verified(contact)
    assert "NOT verified" in dialog.status_label.text() and "Verify keys…" in dialog.status_label.text()
    assert "Not verified yet: New secretary" in dialog.recipients_note.text()

    add_recipient(qtbot, dialog, name="Same key again", key=key)  # already a contact: refused, by name
    adding = dialog.add_recipient_dialog
    assert "already belong to your contact “New secretary”" in adding.error_label.text()
    adding.reject()
    qtbot.waitUntil(lambda: dialog.add_recipient_dialog is None, timeout=WAIT_MS)

    signing = SigningKey(Ed25519PrivateKey.generate().public_key().public_bytes_raw())
    card = ContactCard("SPT Secretariat", X25519Identity.generate().recipient, signing).text()
    add_recipient(qtbot, dialog, card=card)
    qtbot.waitUntil(lambda: dialog.add_recipient_dialog is None, timeout=WAIT_MS)
    assert sorted(r.name for r in dialog.chosen_recipients()) == ["New secretary", "SPT Secretariat"]
    secretariat = [r for r in office.store.list() if r.title == "SPT Secretariat"]
    assert office.store.get(secretariat[0].id).fields["signing_key"] == signing.encode()


def test_flagged_records_block_the_export_until_confirmed(qtbot, monkeypatch, pair, tmp_path) -> None:
    office, field = pair
    secret = office.store.add(communication("Names of detainees", sensitivity="strictly_confidential"))
    people = office.store.add(communication("Interview notes", personal_data=True, consent="pending"))
    window = open_window(qtbot, office.vault)
    select_rows(window, [secret, people])
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(window.exchange.dialogs), timeout=WAIT_MS)
    dialog = planned(qtbot, window.exchange.dialogs[-1])  # Export… takes the two selected
    assert sorted(r.title for r in dialog.plan.records) == ["Interview notes", "Names of detainees"]
    assert dialog.flagged_group.isVisible() and not dialog.confirm_check.isChecked()
    flagged = sorted(dialog.flagged_model.lines())
    assert flagged == ["Interview notes — personal data without recorded consent",
                       "Names of detainees — strictly confidential"]
    tick(dialog, "Field laptop")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    dialog.export_button.click()
    assert "Tick “I confirm these may leave the vault”" in dialog.flagged_error.text() and asked == []
    dialog.confirm_check.setChecked(True)
    assert dialog.flagged_error.isHidden()
    answer_save_dialog(monkeypatch, tmp_path / "all.age")
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert (tmp_path / "all.age").is_file(), dialog.error_label.text()
    assert preview_package(field.store, field.identity, tmp_path / "all.age").plan.count("added") >= 2


def test_a_passphrase_package_needs_a_strong_passphrase_typed_twice(qtbot, monkeypatch, pair, tmp_path) -> None:
    office, field = pair
    letter = office.store.add(communication("For the rapporteur", sensitivity="confidential"))
    window = open_window(qtbot, office.vault)
    select_rows(window, [letter])
    dialog = planned(qtbot, window.exchange.export_selected())
    dialog.scrypt_log_n = SCRYPT_LOG_N
    answer_save_dialog(monkeypatch, tmp_path / "pass.age")
    dialog.export_button.click()
    assert "at least one contact" in dialog.recipients_error.text()
    dialog.passphrase_radio.setChecked(True)
    assert dialog.passphrase_widget.isEnabled() and not dialog.recipients_list.isEnabled()
    dialog.passphrase.edit.setText("short")
    dialog.export_button.click()
    assert dialog.passphrase.error.isVisible()
    dialog.passphrase.edit.setText(STRONG)
    dialog.passphrase.confirm.setText(STRONG + "!")
    dialog.export_button.click()
    assert "do not match" in dialog.passphrase.confirm_error.text() and not (tmp_path / "pass.age").exists()
    dialog.passphrase.confirm.setText(STRONG)
    dialog.armor_check.setChecked(True)
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert "a passphrase" in dialog.status_label.text()
    assert (tmp_path / "pass.age").read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    preview = preview_package(field.store, field.identity, tmp_path / "pass.age",
                              passphrase=Secret.from_passphrase(STRONG))
    assert preview.plan.titles[letter.id] == "For the rapporteur"


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, monkeypatch, pair, tmp_path) -> None:
    office, _field = pair
    letter = office.store.add(communication("With a large annex", sensitivity="confidential"))
    files.add(office.store, letter.id, "annex.bin", io.BytesIO(bytes(3 * files.CHUNK_SIZE)))
    reached, release = threading.Event(), threading.Event()
    real = export_dialog.write_package

    def slowed(*args, progress, **kwargs):
        def report(done, total):
            reached.set()
            release.wait(WAIT_MS / 1000)
            progress(done, total)
        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(export_dialog, "write_package", slowed)
    window = open_window(qtbot, office.vault)
    select_rows(window, [letter])
    dialog = planned(qtbot, window.exchange.export_selected())
    tick(dialog, "Field laptop")
    folder = tmp_path / "usb"
    folder.mkdir()
    answer_save_dialog(monkeypatch, folder / "big.age")
    dialog.export_button.click()
    assert reached.wait(WAIT_MS / 1000) and dialog.job is not None
    assert dialog.cancel_button.text() == "&Cancel" and not dialog.export_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Escape cancels, it does not close
    release.set()
    wait_idle(qtbot, dialog)
    assert dialog.isVisible() and "cancelled. No file was written" in dialog.status_label.text()
    assert list(folder.iterdir()) == []
    assert dialog.export_button.isEnabled()  # and it can be tried again


def test_a_record_with_its_thread_and_links_and_a_report_pdf_in_the_package(qtbot, pair, tmp_path,
                                                                            monkeypatch) -> None:
    office, field = pair
    letter = office.store.add(communication("Question on the visit", sensitivity="confidential"))
    reply = office.store.reply_to(letter.id, title="Answer on the visit", date="2026-03-05",
                                  fields={"direction": "received", "channel": "letter"})
    office.store.add(communication("Unrelated"))
    window = open_window(qtbot, office.vault)
    window.workspace.show_record(letter.id)
    window.exchange.update_actions()
    assert window.exchange.export_linked_action.isEnabled()
    dialog = planned(qtbot, window.exchange.export_linked())
    assert {r.id for r in dialog.plan.records} == {letter.id, reply.id}

    report = open_export_dialog(window, office.store, office.vault, [letter.id],
                                documents=[("visit dossier.pdf", b"%PDF-1.7 report")])
    report = planned(qtbot, report)
    assert report in window.exchange.dialogs
    lines = report.records_model.lines()
    assert any(line.startswith("Document · visit dossier.pdf") for line in lines)
    tick(report, "Field laptop")
    answer_save_dialog(monkeypatch, tmp_path / "dossier.age")
    report.export_button.click()
    wait_idle(qtbot, report)
    preview = preview_package(field.store, field.identity, tmp_path / "dossier.age")
    assert document_name("visit dossier.pdf") in [entry.path for entry in preview.manifest.files]


def test_locking_cancels_an_export_and_closes_its_dialog(qtbot, pair, tmp_path) -> None:
    office, _field = pair
    letter = office.store.add(communication("Still open"))
    window = open_window(qtbot, office.vault)
    dialog = window.exchange.open_export([letter.id])
    qtbot.waitExposed(dialog)
    window.discard()
    assert not dialog.isVisible() and dialog.records_model.rowCount() == 0 and dialog.plan is None
    assert office.store.get(letter.id).title == "Still open"
