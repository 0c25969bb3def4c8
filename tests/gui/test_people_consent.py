"""People and consent in the record form, through the window: each person named once with an
alias, consent per purpose (a refusal is kept, shown and highlighted), by keyboard, and the
wording for a child or a person lacking capacity."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from npmdesk.gui.forms.person_dialog import PersonDialog
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.records import ListQuery, Record
from npmdesk.records.consent import GIVEN, PUBLICATION, REFUSED, SPT_TRANSMISSION, Consent, PersonConsent
from npmdesk.records.model import new_id
from tests.support.form_helpers import choose, open_form, save, select_row_of, type_into
from tests.support.window_helpers import WAIT_MS, activate, open_window


def press_button(qtbot, button) -> None:
    """Tab-free keyboard use of a button: focus it and press Space."""
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def open_person_dialog(qtbot, form) -> PersonDialog:
    people = form.envelope.people
    press_button(qtbot, people.add_button)
    qtbot.waitUntil(lambda: people.dialog is not None and people.dialog.isVisible(), timeout=WAIT_MS)
    return people.dialog


def fill_letter(form) -> None:
    choose(form, "direction", "received")
    choose(form, "channel", "letter")


def save_and_close(qtbot, form) -> None:
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible() or form.form_error.isVisible(), timeout=WAIT_MS)
    assert not form.isVisible(), form.form_error.text()


def the_record(store, kind: str = "communication") -> Record:
    [made] = store.list(ListQuery(kinds=(kind,)))
    return store.get(made.id)


def test_a_person_with_a_refusal_is_kept_shown_highlighted_and_reopened(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Interview at the remand centre")
    fill_letter(form)
    assert form.envelope.people.empty_note.isVisible() and not form.envelope.people.table.isVisible()

    dialog = open_person_dialog(qtbot, form)
    assert dialog.alias.text() == "person A"  # the next alias is offered
    assert dialog.focusWidget() is dialog.real_name
    qtbot.keyClicks(dialog.real_name, "Ahmed Benali")
    spt = next(row for row in dialog.rows if row.purpose == SPT_TRANSMISSION)
    spt.state.setFocus()
    qtbot.keyClick(spt.state, Qt.Key.Key_Down)  # given
    qtbot.keyClick(spt.state, Qt.Key.Key_Down)  # refused
    assert spt.state.currentData() == REFUSED
    qtbot.keyClicks(spt.date, "2026-11-02")
    qtbot.keyClicks(spt.by, "M. Diallo")
    publication = next(row for row in dialog.rows if row.purpose == PUBLICATION)
    publication.state.setCurrentIndex(publication.state.findData(GIVEN))
    qtbot.keyClick(dialog.real_name, Qt.Key.Key_Return)  # OK is the default button
    assert not dialog.isVisible()

    envelope = form.envelope
    table = envelope.people.table
    assert table.rowCount() == 1 and table.item(0, 0).text() == "Ahmed Benali (person A)"
    assert table.item(0, 2).text() == choice_name(REFUSED) and table.item(0, 2).font().bold()
    assert not table.item(0, 3).font().bold()
    assert envelope.personal_data.isChecked()  # a record naming people holds personal data
    assert not envelope.inputs["consent"].isEnabled()  # consent is per person now
    save_and_close(qtbot, form)

    record = the_record(store)
    assert record.pseudonyms == {"Ahmed Benali": "person A"}
    [person] = record.consents
    assert person.person == "Ahmed Benali" and person.state(SPT_TRANSMISSION) == REFUSED
    assert person.state(PUBLICATION) == GIVEN
    [refusal] = [c for c in person.consents if c.purpose == SPT_TRANSMISSION]
    assert (refusal.date, refusal.obtained_by) == ("2026-11-02", "M. Diallo")

    detail = window.workspace.detail
    rows = dict(detail.rows())
    assert f"{choice_name(SPT_TRANSMISSION)}: {choice_name(REFUSED)} (" in rows["Ahmed Benali (person A)"]
    assert f"{choice_name(PUBLICATION)}: {choice_name(GIVEN)}" in rows["Ahmed Benali (person A)"]
    shown = next(label for label in detail.findChildren(type(detail.title_label))
                 if label.accessibleName() == "Ahmed Benali (person A)")
    assert "bold" in shown.styleSheet() and shown.accessibleDescription() == "Refused or withdrawn consent"

    activate(qtbot, window)
    select_row_of(window, record)
    again = open_form(qtbot, window, Qt.Key.Key_E)
    assert again.envelope.people.table.item(0, 2).text() == choice_name(REFUSED)
    assert not again.envelope.inputs["consent"].isEnabled()
    again.envelope.people.table.setCurrentCell(0, 0)
    again.envelope.people.table.setFocus()
    qtbot.keyClick(again.envelope.people.table, Qt.Key.Key_Return)  # Enter edits the person
    qtbot.waitUntil(lambda: again.envelope.people.dialog is not None, timeout=WAIT_MS)
    edit = again.envelope.people.dialog
    assert edit.real_name.text() == "Ahmed Benali" and edit.alias.text() == "person A"
    assert next(row for row in edit.rows if row.purpose == SPT_TRANSMISSION).date.value() == "2026-11-02"
    edit.reject()


def test_a_person_cannot_be_kept_without_an_alias_or_twice(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    dialog = open_person_dialog(qtbot, form)
    qtbot.keyClicks(dialog.real_name, "Ahmed Benali")
    dialog.alias.clear()
    qtbot.keyClick(dialog.real_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "Give the person an alias: it replaces the real name outside the vault."
    assert dialog.focusWidget() is dialog.alias and form.envelope.people.people == []
    qtbot.keyClicks(dialog.alias, "person A")
    qtbot.keyClick(dialog.alias, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    second = open_person_dialog(qtbot, form)
    assert second.alias.text() == "person B"
    qtbot.keyClicks(second.real_name, "Ahmed Benali")
    second.accept()
    assert second.isVisible() and second.error.text() == "This person is already listed."
    second.real_name.setText("Leila Haddad")
    second.alias.setText("person A")
    second.accept()
    assert second.isVisible() and second.error.text() == "Another person has this alias: choose another."
    second.reject()
    assert [p.alias for p in form.envelope.people.people] == ["person A"]


def test_for_a_child_consent_comes_from_a_parent_guardian_or_representative(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Visit to the juvenile centre")
    fill_letter(form)
    dialog = open_person_dialog(qtbot, form)
    row = dialog.rows[0]
    assert row.by.accessibleName() == f"{choice_name(row.purpose)}: obtained by"
    assert "themselves" in dialog.who_note.text()
    dialog.child.setFocus()
    qtbot.keyClick(dialog.child, Qt.Key.Key_Space)
    assert dialog.child.isChecked()
    assert dialog.who_note.text().startswith("Consent for this person comes from a parent, guardian or legal")
    assert dialog.by_header.text() == "Given by (parent, guardian or legal representative)"
    assert row.by.accessibleName().endswith(": given by (parent, guardian or legal representative)")
    qtbot.keyClicks(dialog.real_name, "Samir")
    row.state.setCurrentIndex(row.state.findData(GIVEN))
    qtbot.keyClicks(row.by, "his mother")
    dialog.accept()
    save_and_close(qtbot, form)
    [person] = the_record(store).consents
    assert person.child and not person.lacks_capacity and person.consents[0].obtained_by == "his mother"
    text = dict(window.workspace.detail.rows())["Samir (person A)"]
    assert text.startswith("child\nconsent from a parent, guardian or legal representative")


def test_removing_the_last_person_gives_back_the_record_level_consent(qtbot, store) -> None:
    record = store.add(Record(
        kind="communication", title="Complaint", personal_data=True, consent="pending",
        pseudonyms={"Leila Haddad": "person A"},
        consents=[PersonConsent("Leila Haddad", (Consent(PUBLICATION, REFUSED),))],
        fields={"direction": "received", "channel": "letter"}))
    window = open_window(qtbot, store.vault)
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    people = form.envelope.people
    assert not form.envelope.inputs["consent"].isEnabled()
    people.table.setCurrentCell(0, 0)
    press_button(qtbot, people.remove_button)
    assert people.people == [] and form.envelope.inputs["consent"].isEnabled()
    save_and_close(qtbot, form)
    kept = store.get(record.id)
    assert kept.consents == [] and kept.pseudonyms == {} and kept.consent == "pending"


def test_a_received_record_lists_its_people_by_alias_and_can_be_saved(qtbot, store) -> None:
    # As an import stores it: pseudonymised, consents naming aliases, no pseudonym table.
    record = Record(
        kind="communication", title="From the network", personal_data=True,
        consents=[PersonConsent("person A", (Consent(PUBLICATION, REFUSED),))],
        fields={"direction": "received", "channel": "letter"})
    with store.transaction() as db:
        store.import_new(db, replace(record, id=new_id(), version=1, created_at="2026-11-01T09:00:00Z",
                                     updated_at="2026-11-01T09:00:00Z", created_by="Ana", updated_by="Ana"))
    [summary] = store.list(ListQuery())
    record = store.get(summary.id)
    window = open_window(qtbot, store.vault)
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    table = form.envelope.people.table
    assert table.item(0, 0).text() == "person A" and table.item(0, 3).text() == choice_name(REFUSED)
    type_into(qtbot, form, "title", "From the network (read)")
    save_and_close(qtbot, form)
    kept = store.get(record.id)
    assert [p.state(PUBLICATION) for p in kept.consents] == [REFUSED]
    assert set(kept.pseudonyms.values()) == {"person A"}


def test_tab_goes_through_the_people_then_the_kinds_own_fields(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    envelope, people = form.envelope, form.envelope.people
    envelope.personal_data.setFocus()
    qtbot.keyClick(envelope.personal_data, Qt.Key.Key_Space)  # personal data: the consent choice is open
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [envelope.inputs["consent"], people.add_button, form.fields.inputs["direction"],
                     form.fields.inputs["channel"]]
