"""Import through the real window: the preview (signer, what will change), Import, signers that
need the fingerprint compared, passphrase packages, damaged packages, and conflicts to settle."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from npmdesk.exchange.importer import import_package
from npmdesk.gui.exchange.import_dialog import ImportDialog
from npmdesk.gui.exchange.package_passphrase import PackagePassphraseDialog
from npmdesk.gui.records.history_dialog import HistoryDialog
from npmdesk.vault import Secret
from tests.support.exchange_helpers import answer_open_dialog, communication, package_from, side, wait_idle
from tests.support.form_helpers import unnamed_controls
from tests.support.window_helpers import WAIT_MS, open_window, press

PACKAGE_PASSPHRASE = "a long package passphrase"


@pytest.fixture
def pair(tmp_path):
    """The office (open in the window) and the field laptop."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", "Field laptop",
                                                                        "Bo") as field:
        field.contact_for(office)
        yield office, field


def previewed(qtbot, dialog: ImportDialog) -> ImportDialog:
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None, dialog.error_label.text()
    return dialog


def open_import(qtbot, window, monkeypatch, path) -> ImportDialog:
    answer_open_dialog(monkeypatch, path)
    press(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(window.exchange.dialogs), timeout=WAIT_MS)
    return window.exchange.dialogs[-1]


def test_preview_shows_a_verified_signer_and_the_changes_then_import_merges(qtbot, monkeypatch, pair,
                                                                           tmp_path) -> None:
    office, field = pair
    office.contact_for(field)  # verified
    notes = [field.store.add(communication(f"Visit note {n}")) for n in range(2)]
    field.attach(notes[0].id, "photo.txt", b"a photo, in words")
    package = package_from(field, office.identity.recipient.encode(), tmp_path / "visit.age")
    window = open_window(qtbot, office.vault)
    before, records = window.workspace.list_model.rowCount(), office.store.count()
    dialog = previewed(qtbot, open_import(qtbot, window, monkeypatch, package))
    assert unnamed_controls(dialog) == []
    assert "Package from Field laptop (Bo)" in dialog.from_label.text()
    assert dialog.signer_label.text() == "Field laptop, a contact whose keys you verified."
    assert field.identity.fingerprint in dialog.fingerprint_label.text()
    assert dialog.trust_check.isHidden() and dialog.import_button.isEnabled()
    assert "New: 3" in dialog.changes_label.text()  # the two notes and the field's contact for the office
    assert "1 new attachment" in dialog.changes_label.text()
    listed = [dialog.changes_list.item(r).text() for r in range(dialog.changes_list.count())]
    assert "New · Visit note 0" in listed
    assert office.store.count() == records  # the preview changed nothing

    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.import_result is not None and "Imported" in dialog.status_label.text()
    assert office.store.get(notes[0].id).title == "Visit note 0"
    assert window.workspace.list_model.rowCount() > before  # the list was refreshed
    assert not dialog.import_button.isEnabled()
    second = previewed(qtbot, window.exchange.open_import(package))  # twice: nothing to do
    assert "Nothing to import" in second.changes_label.text() and not second.import_button.isEnabled()


def test_a_signer_not_verified_needs_the_fingerprint_compared(qtbot, pair, tmp_path) -> None:
    office, field = pair
    note = field.store.add(communication("From an unknown laptop"))
    package = package_from(field, office.identity.recipient.encode(), tmp_path / "unknown.age", [note.id])
    window = open_window(qtbot, office.vault)
    dialog = previewed(qtbot, window.exchange.open_import(package))
    assert dialog.signer_label.text() == "An UNKNOWN key: it belongs to none of your contacts."
    assert dialog.trust_check.isVisible() and not dialog.trust_check.isChecked()
    assert not dialog.import_button.isEnabled() and "read their fingerprint" in dialog.signer_advice.text()
    dialog.close()

    office.contact_for(field, verified=False, name="Bo's laptop")
    dialog = previewed(qtbot, window.exchange.open_import(package))
    assert dialog.signer_label.text() == "Bo's laptop, a contact whose keys are NOT verified yet."
    assert not dialog.import_button.isEnabled()
    dialog.trust_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert office.store.get(note.id).title == "From an unknown laptop"


def test_a_passphrase_package_asks_for_its_passphrase_again_when_wrong(qtbot, pair, tmp_path) -> None:
    office, field = pair
    note = field.store.add(communication("Sent with a passphrase"))
    package = package_from(field, "", tmp_path / "pass.age", [note.id],
                           passphrase=Secret.from_passphrase(PACKAGE_PASSPHRASE))
    window = open_window(qtbot, office.vault)
    dialog = window.exchange.open_import(package)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None, timeout=WAIT_MS)
    asked = dialog.passphrase_dialog
    assert isinstance(asked, PackagePassphraseDialog) and unnamed_controls(asked) == []
    asked.edit.setText("not it")
    asked.ok_button.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not asked, timeout=WAIT_MS)
    again = dialog.passphrase_dialog
    assert "Wrong passphrase" in again.error_label.text() and dialog.preview is None
    again.edit.setText(PACKAGE_PASSPHRASE)
    again.ok_button.click()
    previewed(qtbot, dialog)
    assert "UNKNOWN" in dialog.signer_label.text()
    dialog.trust_check.setChecked(True)
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert office.store.get(note.id).title == "Sent with a passphrase"


def test_a_damaged_package_gets_one_clear_message_and_changes_nothing(qtbot, pair, tmp_path) -> None:
    office, field = pair
    office.contact_for(field)
    note = field.store.add(communication("Will be damaged"))
    package = package_from(field, office.identity.recipient.encode(), tmp_path / "damaged.age", [note.id])
    data = bytearray(package.read_bytes())
    data[-40] ^= 0x01
    package.write_bytes(bytes(data))
    window = open_window(qtbot, office.vault)
    before = office.snapshot()
    dialog = window.exchange.open_import(package)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert dialog.error_label.isVisible() and "damaged or was tampered with" in dialog.error_label.text()
    assert "\n" not in dialog.error_label.text()
    assert office.snapshot() == before

    not_for_us = package_from(field, field.identity.recipient.encode(), tmp_path / "theirs.age", [note.id])
    other = window.exchange.open_import(not_for_us)
    qtbot.waitExposed(other)
    wait_idle(qtbot, other)
    assert other.error_label.text().startswith("This package is not addressed to you")
    assert office.snapshot() == before


def test_conflicts_are_reported_marked_on_the_record_and_settled(qtbot, pair, tmp_path) -> None:
    office, field = pair
    office.contact_for(field)
    shared = office.store.add(communication("Draft recommendations"))
    import_package(field.store, field.identity, package_from(office, field.identity.recipient.encode(),
                                                             tmp_path / "out.age", [shared.id]))
    office.store.update(replace(office.store.get(shared.id), body="Edited at the office"))
    field.store.update(replace(field.store.get(shared.id), body="Edited in the field"))
    back = package_from(field, office.identity.recipient.encode(), tmp_path / "back.age", [shared.id])
    window = open_window(qtbot, office.vault)
    dialog = previewed(qtbot, window.exchange.open_import(back))
    assert "Edited on both sides: 1" in dialog.changes_label.text()
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert "1 record(s) were edited on both sides" in dialog.status_label.text()
    assert office.store.is_conflicted(shared.id)
    item = next(dialog.changes_list.item(r) for r in range(dialog.changes_list.count())
                if dialog.changes_list.item(r).text() == "Edited on both sides · Draft recommendations")
    dialog.changes_list.itemActivated.emit(item)  # a double click opens the record

    detail = window.workspace.detail
    assert detail.record.id == shared.id and detail.body_view.toPlainText() == "Edited at the office"
    note = detail.exchange_note
    assert note.isVisible() and note.conflict_note.isVisible() and "Conflict" in note.conflict_label.text()
    note.compare_button.click()
    assert isinstance(detail.history_dialog, HistoryDialog) and detail.history_dialog.isVisible()
    note.settle_button.click()
    assert not office.store.is_conflicted(shared.id)
    assert detail.record.id == shared.id and not detail.exchange_note.conflict_note.isVisible()
    assert "Left the vault 1 time(s)" in detail.exchange_note.disclosure_label.text()  # the first package


def test_dropping_a_package_on_the_window_opens_the_import(qtbot, pair, tmp_path) -> None:
    office, field = pair
    note = field.store.add(communication("Dropped"))
    package = package_from(field, office.identity.recipient.encode(), tmp_path / "drop.age", [note.id])
    window = open_window(qtbot, office.vault)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(package))])
    at = QPoint(5, 5)
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(at.toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    dialog = previewed(qtbot, window.exchange.dialogs[-1])
    assert dialog.path == package
    window.discard()  # locking closes it
    assert not dialog.isVisible() and dialog.changes_list.count() == 0
