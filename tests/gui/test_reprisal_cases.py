"""Reprisals as a case, through the window: the person is chosen among the record's people by
alias (New person… adds one), the case lists its return-visit checks and adds the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.records import ListQuery, Record
from npmdesk.records.consent import GIVEN, SG_REPRISALS_REPORT, SPT_TRANSMISSION
from tests.support.form_helpers import choose, open_form, save, select_row_of, type_into
from tests.support.window_helpers import WAIT_MS, activate, open_window

REPRISALS = next(row for row, entry in enumerate(ENTRIES) if entry.key == "reprisals")


def saved(qtbot, form) -> None:
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible() or form.form_error.isVisible(), timeout=WAIT_MS)
    assert not form.isVisible(), form.form_error.text()


def test_a_case_names_its_person_by_alias_and_adds_a_return_visit_check(qtbot, store) -> None:
    visit = store.add(Record(kind="visit", title="SPT visit to the capital", status="follow_up"))
    window = open_window(qtbot, store.vault)
    window.workspace.choose_entry(REPRISALS)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert form.record.kind == "reprisal_case"
    type_into(qtbot, form, "title", "Transfer after meeting the SPT")
    person = form.fields.inputs["person"]
    assert [person.itemData(i) for i in range(person.count())] == [None]  # no one to choose yet
    assert not person.isEditable()  # a real name cannot be typed here
    new_person = form.person_fields.buttons["person"]
    qtbot.mouseClick(new_person, Qt.MouseButton.LeftButton)
    dialog = form.envelope.people.dialog
    qtbot.keyClicks(dialog.real_name, "Ahmed Benali")
    for row in dialog.rows:
        if row.purpose in (SPT_TRANSMISSION, SG_REPRISALS_REPORT):
            row.state.setCurrentIndex(row.state.findData(GIVEN))
    dialog.accept()
    assert person.currentData() == "person A"  # the new person's alias is chosen
    note = form.person_fields.report_consent
    given = choice_name(GIVEN)
    assert note.text() == (f"Consent to report — {choice_name(SPT_TRANSMISSION)}: {given}; "
                           f"{choice_name(SG_REPRISALS_REPORT)}: {given}")
    choose(form, "linked_to", "spt_visit")
    choose(form, "visit", visit.id)
    choose(form, "measure", "transfer")
    type_into(qtbot, form, "incident_date", "2026-10-02")
    saved(qtbot, form)

    [summary] = store.list(ListQuery(kinds=("reprisal_case",)))
    case = store.get(summary.id)
    assert case.fields["person"] == "person A" and case.pseudonyms == {"Ahmed Benali": "person A"}
    assert case.fields["visit"] == visit.id and case.fields["measure"] == "transfer"

    detail = window.workspace.detail
    assert dict(detail.rows())["Steps"] == "No return visit check yet"
    add = detail.findChild(QPushButton, "addCheckButton")
    assert add.accessibleName() == "Add a return visit check to this case"
    before = len(window.forms.forms)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.forms.forms) > before, timeout=WAIT_MS)
    check_form = window.forms.forms[-1]
    assert check_form.record.kind == "reprisal_check"
    assert check_form.fields.inputs["case"].currentData() == case.id
    assert check_form.fields.inputs["visit"].currentData() == visit.id
    assert check_form.envelope.inputs["title"].text() == "Return visit check: person A"
    assert check_form.envelope.inputs["date"].value() == "2026-11-20"  # today
    saved(qtbot, check_form)

    [check] = [store.get(s.id) for s in store.list(ListQuery(kinds=("reprisal_check",)))]
    assert check.fields["case"] == case.id and check.status == "planned"
    activate(qtbot, window)
    window.workspace.choose_entry(REPRISALS)
    select_row_of(window, case)
    shown = dict(window.workspace.detail.rows())
    assert "Return visit check: person A" in shown["Step"]
    assert shown["Ahmed Benali (person A)"].startswith(choice_name("npm_use"))


def test_a_case_naming_a_real_name_is_not_saved(qtbot, store) -> None:
    case = store.add(Record(kind="reprisal_case", title="Threats", status="recorded",
                            pseudonyms={"Ahmed Benali": "person A"},
                            fields={"person": "Ahmed Benali", "linked_to": "npm_staff"}))
    window = open_window(qtbot, store.vault)
    window.workspace.choose_entry(REPRISALS)
    select_row_of(window, case)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    save(qtbot, form)
    error = form.fields.errors["person"]
    assert error.isVisible() and error.text() == (
        "Name the person by a pseudonym from this record's people (for example person A), never by a real name.")
    assert store.get(case.id).version == 1
    choose(form, "person", "person A")
    people = form.envelope.people
    people.table.setCurrentCell(0, 0)
    dialog = people.edit_person()
    dialog.alias.setText("person K")
    dialog.accept()
    assert form.fields.inputs["person"].currentData() == "person K"  # the case follows the new alias
    saved(qtbot, form)
    kept = store.get(case.id)
    assert kept.fields["person"] == "person K" and kept.pseudonyms == {"Ahmed Benali": "person K"}
