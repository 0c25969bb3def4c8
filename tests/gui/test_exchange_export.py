"""Export through the real window: selected records for a contact, the confirmation that sensitive
records need, a passphrase package, Cancel leaving no file, linked records and a report's PDF."""

from __future__ import annotations

import io
import threading

import pytest
from exchange_helpers import SCRYPT_LOG_N, answer_save_dialog, communication, side, wait_idle
from form_helpers import select_row_of, unnamed_controls
from locking_helpers import preferences_in
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from window_helpers import WAIT_MS, open_window, press

from npmdesk.exchange.importer import VERIFIED, import_package, preview_package
from npmdesk.exchange.manifest import document_name
from npmdesk.gui.exchange import export_dialog
from npmdesk.gui.exchange.export_dialog import ExportDialog
from npmdesk.gui.exchange.feature import open_export_dialog
from npmdesk.records import attachments as files
from npmdesk.vault import Secret

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
    assert target.is_file() and dialog.result is not None
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


def test_flagged_records_block_the_export_until_confirmed(qtbot, monkeypatch, pair, tmp_path) -> None:
    office, field = pair
    secret = office.store.add(communication("Names of detainees", sensitivity="strictly_confidential"))
    people = office.store.add(communication("Interview notes", personal_data=True, consent="pending"))
    window = open_window(qtbot, office.vault)
    select_rows(window, [secret, people])
    press(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(window.exchange.dialogs), timeout=WAIT_MS)
    dialog = planned(qtbot, window.exchange.dialogs[-1])  # Export… takes every record
    assert len(dialog.plan.records) == office.store.count()
    assert dialog.flagged_group.isVisible() and not dialog.confirm_check.isChecked()
    flagged = sorted(dialog.flagged_list.item(r).text() for r in range(dialog.flagged_list.count()))
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
    lines = [report.records_list.item(r).text() for r in range(report.records_list.count())]
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
    assert not dialog.isVisible() and dialog.records_list.count() == 0 and dialog.plan is None
    assert office.store.get(letter.id).title == "Still open"
