"""Trust in the window: the import preview shows records deleted here and refuses what the import
refuses; a contact's malformed key is shown as such and cleared in its form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from npmdesk.exchange.importer import import_package
from npmdesk.records import Record
from tests.support.exchange_helpers import communication, package_from, side, wait_idle
from tests.support.form_helpers import save, type_into
from tests.support.hostile_packages import encrypt_for, members_of, tar_bytes
from tests.support.window_helpers import open_window


@pytest.fixture
def pair(tmp_path):
    """The office (open in the window), which has verified the field laptop."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", "Field laptop",
                                                                        "Bo") as field:
        office.contact_for(field)
        yield office, field


def test_the_preview_lists_records_deleted_here_and_imports_nothing(qtbot, pair, tmp_path) -> None:
    office, field = pair
    gone = field.store.add(communication("Purged at the office"))
    package = package_from(field, office.identity.recipient.encode(), tmp_path / "old.age")
    import_package(office.store, office.identity, package)
    office.store.delete(gone.id)
    office.store.empty_bin()
    window = open_window(qtbot, office.vault)
    dialog = window.exchange.open_import(package)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.preview is not None, dialog.error_label.text()
    listed = [dialog.changes_list.item(r).text() for r in range(dialog.changes_list.count())]
    assert "Deleted here · Purged at the office" in listed
    assert "Deleted here: 1" in dialog.changes_label.text() and "not brought back" in dialog.changes_label.text()
    assert not dialog.import_button.isEnabled()  # nothing to import
    assert office.store.tombstone(gone.id) is not None

    item = next(dialog.changes_list.item(r) for r in range(dialog.changes_list.count())
                if dialog.changes_list.item(r).text() == "Deleted here · Purged at the office")
    item.setCheckState(Qt.CheckState.Checked)  # the user brings it back, deliberately
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.import_result is not None and dialog.import_result.plan.restored == [gone.id]
    assert office.store.get(gone.id).title == "Purged at the office"


def test_the_preview_refuses_an_attachment_that_does_not_match(qtbot, pair, tmp_path) -> None:
    office, field = pair
    letter = field.store.add(communication("Letter with a file"))
    field.attach(letter.id, "notes.txt", b"visit notes " * 100)
    members = members_of(package_from(field, office.identity.recipient.encode(), tmp_path / "ok.age"),
                         office.identity)
    name, data = members[-1]
    hostile = encrypt_for(tar_bytes([*members[:-1], (name, bytes([data[0] ^ 1]) + data[1:])]),
                          office.identity.recipient, tmp_path / "bad.age")
    window = open_window(qtbot, office.vault)
    before = office.snapshot()
    dialog = window.exchange.open_import(hostile)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert "does not match its manifest" in dialog.error_label.text()
    assert office.snapshot() == before


def test_a_malformed_key_is_shown_and_cleared_in_the_contact_form(qtbot, pair) -> None:
    office, _field = pair
    contact = office.store.add(Record(kind="contact", title="Garbled key", status="active", fields={
        "role": "member", "signing_key": "npmsig1garbage", "keys_verified": True}))
    window = open_window(qtbot, office.vault)
    window.workspace.show_record(contact.id)  # as a click on its row (or a link to it) does
    note = window.workspace.detail.exchange_note
    assert note.isVisible() and "Malformed key" in note.keys_label.text()
    assert not note.verify_button.isEnabled()

    form = window.forms.open_form(office.store.get(contact.id))
    qtbot.waitExposed(form)
    type_into(qtbot, form, "signing_key", "npmsig1stillwrong")
    save(qtbot, form)
    assert form.isVisible() and "not a valid signing key" in form.fields.errors["signing_key"].text()
    type_into(qtbot, form, "signing_key", "")
    save(qtbot, form)
    assert not form.isVisible()
    fields = office.store.get(contact.id).fields
    assert "signing_key" not in fields and "keys_verified" not in fields
