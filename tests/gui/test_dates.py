"""Dates in the window: day, month name and four-digit year in the user's language, everywhere;
date fields that take a typed ISO date or the shown form, or a pick from a calendar; an
impossible date said to be impossible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit, QToolButton, QWidget

from npmdesk.gui import security_events
from npmdesk.gui.forms.date_edit import DateEdit, replace_line_edit
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records import formatting
from npmdesk.records import ListQuery, Record
from npmdesk.records.model import ImpossibleDate, validate
from tests.support.form_helpers import choose, open_form, save, select_row_of, type_into
from tests.support.window_helpers import WAIT_MS, open_window

SHOWN = {"en": "7 December 2026", "fr": "7 décembre 2026", "es": "7 de diciembre de 2026"}



def letter(store, **changes) -> Record:
    values = {"kind": "communication", "title": "Letter on the budget", "date": "2026-12-07", "status": "sent",
              "due_date": "2027-01-15", "fields": {"direction": "sent", "channel": "letter"}, **changes}
    return store.add(Record(**values))


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_the_list_and_the_detail_pane_show_the_month_by_name_in_the_users_language(
        qtbot, store, language, code) -> None:
    language(code)
    record = letter(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    shown = workspace.list_model.index(0, 0).data()
    assert shown == SHOWN[code]
    width = workspace.list_view.fontMetrics().horizontalAdvance(shown)
    assert workspace.list_view.columnWidth(0) > width  # the whole date fits its column
    select_row_of(window, record)
    values = [value for _name, value in workspace.detail.rows()]
    assert SHOWN[code] in values
    assert {"15 January 2027", "15 janvier 2027", "15 de enero de 2027"} & set(values)
    assert not [v for v in values if "/" in v or "2026-12-07" in v]  # no numeric or ISO date left


def test_a_moment_reads_as_its_local_day_and_time(language, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    language("fr")
    assert security_events.local_time("2026-12-07T10:05:00Z").startswith("7 décembre 2026")
    assert formatting.date_text("2026-12-07T23:00:00Z", abbreviated=True) == "7 déc. 2026"
    assert formatting.date_text("n\u202eot a date") == formatting.display.gui_line("n\u202eot a date")


def test_a_date_field_takes_an_iso_date_or_the_shown_form(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    field = form.envelope.inputs["date"]
    assert isinstance(field, DateEdit) and field is form.findChild(QWidget, "dateEdit")  # the .ui's name
    assert form.findChild(QLabel, "dateLabel").buddy() is field
    type_into(qtbot, form, "title", "Letter")
    type_into(qtbot, form, "date", "2026-12-07")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # leaving the field shows the date as dates are shown
    assert field.text() == "7 December 2026" and field.value() == "2026-12-07" and form.dirty
    type_into(qtbot, form, "due_date", "8 Jan 2027")
    choose(form, "direction", "sent")
    choose(form, "channel", "email")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    [made] = store.list(ListQuery(kinds=("communication",)))
    assert (made.date, made.due_date) == ("2026-12-07", "2027-01-08")


def test_the_calendar_opens_from_the_keyboard_and_a_pick_fills_the_field(qtbot, store) -> None:
    record = letter(store)
    window = open_window(qtbot, store.vault)
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    field = form.envelope.inputs["due_date"]
    assert field.text() == "15 January 2027" and field.objectName() == "dueDateEdit"
    [button] = [b for b in field.findChildren(QToolButton) if b.isVisible()]
    assert button.accessibleName() == "Choose from the calendar"
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    qtbot.waitUntil(field.calendar_open, timeout=WAIT_MS)
    assert popup.calendar.selectedDate() == QDate(2027, 1, 15) and popup.calendar.accessibleName() == "Calendar"
    view = QApplication.focusWidget()
    assert view is not None and popup.isAncestorOf(view)  # the keys go to the calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not field.calendar_open() and field.text() == "16 January 2027" and field.value() == "2027-01-16"
    assert form.dirty
    qtbot.keyClick(field, Qt.Key.Key_F4)  # F4 opens it too; Escape closes it, nothing changed
    qtbot.waitUntil(field.calendar_open, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not field.calendar_open() and field.value() == "2027-01-16"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # and the button
    qtbot.waitUntil(field.calendar_open, timeout=WAIT_MS)
    popup.calendar.clicked.emit(QDate(2027, 2, 1))  # a click on a day
    assert not field.calendar_open() and field.value() == "2027-02-01"
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    assert store.get(record.id).due_date == "2027-02-01"


def test_a_kinds_date_fields_are_date_fields_too(qtbot, store) -> None:
    record = store.add(Record(kind="visit", title="Visit to Lurigancho", date="2026-12-07",
                              fields={"start_date": "2026-12-07", "visit_type": "country_visit"}))
    window = open_window(qtbot, store.vault)
    window.workspace.choose_entry(5)  # Visits
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    start = form.fields.inputs["start_date"]
    assert isinstance(start, DateEdit) and start.objectName() == "field_start_date"
    assert start.text() == "7 December 2026"
    label = form.findChild(QLabel, "label_start_date")
    assert label.buddy() is start
    type_into(qtbot, form, "end_date", "2026-12-09")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    assert store.get(record.id).fields["end_date"] == "2026-12-09"


@pytest.mark.parametrize("typed", ["2026-02-30", "30 February 2026"])
def test_an_impossible_date_says_it_is_impossible(qtbot, store, typed) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Letter")
    type_into(qtbot, form, "date", typed)
    save(qtbot, form)
    error = form.envelope.errors["date"]
    assert error.isVisible() and error.text() == "2026-02-30 is not a real date: February 2026 has 28 days."
    assert form.isVisible() and store.count(ListQuery()) == 0
    assert form.envelope.inputs["date"].text() == typed  # what was typed stays, to be corrected


def test_the_impossible_date_message_speaks_the_users_language(language) -> None:
    language("es")
    with pytest.raises(ImpossibleDate) as raised:
        validate(Record(kind="communication", title="x", date="2025-02-29",
                        fields={"direction": "sent", "channel": "letter"}))
    assert "febrero de 2025" in error_text(raised.value) and "28" in error_text(raised.value)


def test_a_plain_line_edit_of_a_form_becomes_a_date_field_in_place(qtbot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    before, line, after = QLineEdit(form), QLineEdit(form), QLineEdit(form)
    line.setObjectName("when")
    line.setAccessibleName("When")
    line.setText("2026-12-07")
    label = QLabel("&When:", form)
    label.setBuddy(line)
    layout.addRow("Before", before)
    layout.addRow(label, line)
    layout.addRow("After", after)
    QWidget.setTabOrder(before, line)
    QWidget.setTabOrder(line, after)
    edit = replace_line_edit(line)
    assert form.findChild(QWidget, "when") is edit and edit.accessibleName() == "When"
    assert label.buddy() is edit and layout.getWidgetPosition(edit) == (1, QFormLayout.ItemRole.FieldRole)
    assert edit.value() == "2026-12-07" and edit.text() == "7 December 2026"
    assert before.nextInFocusChain() is edit
