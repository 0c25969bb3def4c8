"""Record forms through the real window: every kind has one, fields match the specs, new,
validation next to the field, edit and history, move to bin and restore."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from npmdesk.gui.forms.date_edit import DateEdit
from npmdesk.gui.forms.envelope import ENVELOPE
from npmdesk.gui.forms.field_widgets import ALIAS_FIELDS, REFERENCE_KINDS, KindFields
from npmdesk.gui.records.history_dialog import HistoryDialog
from npmdesk.records import ListQuery, Record, RecordNotFound, kinds
from tests.support.form_helpers import CTRL, choose, open_form, save, select_row_of, type_into, unnamed_controls
from tests.support.window_helpers import WAIT_MS, activate, open_window, press

WIDGETS = {
    kinds.TEXT: QLineEdit, kinds.URL: QLineEdit, kinds.DATE: DateEdit, kinds.INT: QLineEdit,
    kinds.NUMBER: QLineEdit, kinds.LONG_TEXT: QPlainTextEdit, kinds.TEXT_LIST: QPlainTextEdit,
    kinds.CHOICE: QComboBox, kinds.BOOL: QCheckBox, kinds.ID_LIST: QListWidget, kinds.CHOICE_LIST: QListWidget,
}


def contact(store, name: str = "Rapporteur Ortiz") -> Record:
    return store.add(Record(kind="contact", title=name, status="active", fields={"role": "country_rapporteur"}))


def letter(store, title: str = "Letter on the budget cuts", **changes) -> Record:
    values = {"kind": "communication", "title": title, "date": "2026-03-02", "status": "sent",
              "fields": {"direction": "sent", "channel": "letter"}, **changes}
    return store.add(Record(**values))


@pytest.mark.parametrize("kind", list(kinds.KINDS))
def test_every_field_of_every_kind_has_a_labelled_widget_in_its_form(qtbot, kind) -> None:
    fields = KindFields(kind)  # LookupError if ui/fields_<kind>.ui lacks a field's widgets
    qtbot.addWidget(fields.widget)
    spec = kinds.KINDS[kind]
    named = {w.objectName()[len("field_"):] for w in fields.widget.findChildren(QWidget)
             if w.objectName().startswith("field_")}
    assert named == {fs.name for fs in spec.fields}  # no widget for a field that is gone
    for fs in spec.fields:
        widget = fields.inputs[fs.name]
        chosen = fs.name in ALIAS_FIELDS or (fs.name in REFERENCE_KINDS and fs.type == kinds.TEXT)
        expected = QComboBox if chosen else WIDGETS[fs.type]
        assert isinstance(widget, expected), fs.name
        assert widget.accessibleName(), fs.name
        if isinstance(widget, QCheckBox):
            assert "&" in widget.text(), fs.name
        else:
            label = fields.widget.findChild(QLabel, f"label_{fs.name}")
            assert label is not None and label.buddy() is widget, fs.name
        assert fields.errors[fs.name].isHidden()


def test_the_envelope_has_a_widget_and_an_error_label_for_every_field_the_core_checks(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert set(ENVELOPE) >= {"title", "date", "status", "counterpart", "country", "due_date", "sensitivity",
                             "personal_data", "consent", "tags", "articles", "body"}
    for label in form.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.objectName()
    assert unnamed_controls(form) == []


def test_every_kind_opens_its_form_from_the_record_menu_with_named_controls(qtbot, store) -> None:
    contact(store)
    window = open_window(qtbot, store.vault)
    for kind in kinds.KINDS:
        window.forms.new_kind_menu.findChild(object, f"new_{kind}_action").trigger()
        form = window.forms.forms[-1]
        assert form.record.kind == kind and form.fields.spec.name == kind
        assert form.windowTitle().startswith("New ")
        assert unnamed_controls(form) == [], kind
        form.reject()  # nothing typed: closes without asking
        assert not form.isVisible()


def test_a_communication_made_in_the_form_is_listed_and_found(qtbot, store) -> None:
    rapporteur = contact(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    assert window.forms.new_action.text() == "&New communication…"  # the Inbox lists communications
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Budget cuts at the NPM — Заключённый")
    choose(form, "direction", "sent")
    choose(form, "channel", "email")
    choose(form, "counterpart", rapporteur.id)
    type_into(qtbot, form, "country", "mx")
    type_into(qtbot, form, "participants", "Ana\nLi")
    type_into(qtbot, form, "body", "The budget was cut by a third.")
    save(qtbot, form)
    assert not form.isVisible() and window.forms.forms == []

    [made] = store.list(ListQuery(kinds=("communication",)))
    record = store.get(made.id)
    assert (record.title, record.date, record.status, record.counterpart, record.country) == (
        "Budget cuts at the NPM — Заключённый", "2026-11-20", "draft", rapporteur.id, "MX")
    assert record.fields == {"direction": "sent", "channel": "email", "participants": ["Ana", "Li"]}
    assert record.body == "The budget was cut by a third." and record.sensitivity == "internal"
    assert workspace.list_model.index(0, 2).data() == record.title
    assert workspace.detail.record.id == record.id
    assert "Saved" in window.statusBar().currentMessage()
    assert [hit.record.id for hit in store.search("budget third")] == [record.id]
    workspace.focus_search()
    workspace.search_box.insert("Заключённый")  # QTest types ASCII only
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
    assert workspace.search_model.rowCount() == 1


def test_a_problem_shows_next_to_its_field_and_nothing_is_saved(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    save(qtbot, form)
    title_error = form.envelope.errors["title"]
    assert title_error.isVisible() and title_error.text() == "Title is required."
    assert form.envelope.inputs["title"].hasFocus()
    assert form.envelope.inputs["title"].accessibleDescription() == "Title is required."
    assert form.form_error.text() == "Not saved: Title is required."
    assert form.save_button.isEnabled() and form.save_button.accessibleDescription() == form.form_error.text()

    type_into(qtbot, form, "title", "Letter")
    type_into(qtbot, form, "date", "13/45/2026")
    save(qtbot, form)
    assert title_error.isHidden()
    assert form.envelope.errors["date"].text() == "Dates are written YYYY-MM-DD, for example 2026-11-29."

    type_into(qtbot, form, "date", "2026-03-02")
    choose(form, "direction", "received")
    save(qtbot, form)
    assert form.fields.errors["channel"].isVisible()
    assert form.fields.errors["channel"].text() == "Channel is required."
    assert form.fields.inputs["channel"].hasFocus()

    choose(form, "channel", "email")
    type_into(qtbot, form, "country", "Narnia")
    save(qtbot, form)
    assert form.envelope.errors["country"].text() == "Countries are two-letter codes such as FR or MX."
    assert store.count(ListQuery()) == 0 and form.isVisible()


def test_a_number_field_shows_the_cores_message(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    window.entry_actions[2].trigger()  # Annual reports
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert form.record.kind == "annual_report"
    type_into(qtbot, form, "title", "Annual report 2025")
    type_into(qtbot, form, "year", "twenty")
    save(qtbot, form)
    assert form.fields.errors["year"].text() == "Year must be a whole number."
    type_into(qtbot, form, "year", "2025")
    save(qtbot, form)
    [made] = store.list(ListQuery(kinds=("annual_report",)))
    assert store.get(made.id).fields == {"year": 2025}


def test_edit_keeps_the_old_version_in_the_history(qtbot, store) -> None:
    original = letter(store, body="First text")
    window = open_window(qtbot, store.vault)
    select_row_of(window, original)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    assert form.windowTitle() == "Communication: Letter on the budget cuts"
    assert form.focusWidget() is form.envelope.inputs["title"]
    assert form.envelope.inputs["title"].text() == original.title
    assert form.fields.inputs["direction"].currentData() == "sent" and not form.history_button.isEnabled()
    type_into(qtbot, form, "title", "Letter on the budget cuts (revised)")
    type_into(qtbot, form, "body", "Second text")
    save(qtbot, form)
    edited = store.get(original.id)
    assert (edited.version, edited.title, edited.body) == (2, "Letter on the budget cuts (revised)", "Second text")
    assert edited.fields == original.fields and edited.created_at == original.created_at

    activate(qtbot, window)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    assert form.history_button.isEnabled()
    qtbot.mouseClick(form.history_button, Qt.MouseButton.LeftButton)
    dialog = form.history_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    assert dialog.version_list.topLevelItem(0).text(3) == "Letter on the budget cuts"
    assert dialog.text_view.toPlainText() == "First text"


def test_enter_on_a_row_opens_its_form_and_an_open_form_is_not_opened_twice(qtbot, store) -> None:
    record = letter(store)
    window = open_window(qtbot, store.vault)
    select_row_of(window, record)
    qtbot.keyClick(window.workspace.list_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.forms.forms) == 1, timeout=WAIT_MS)
    assert window.forms.forms[0].record.id == record.id
    press(window, Qt.Key.Key_E, CTRL)
    assert len(window.forms.forms) == 1


def test_an_edit_made_elsewhere_meanwhile_is_refused_with_a_message(qtbot, store) -> None:
    record = letter(store)
    window = open_window(qtbot, store.vault)
    select_row_of(window, record)
    form = open_form(qtbot, window, Qt.Key.Key_E)
    store.update(Record(**{**record.__dict__, "title": "Changed elsewhere"}))
    type_into(qtbot, form, "title", "Changed here")
    save(qtbot, form)
    assert form.isVisible() and "changed elsewhere" in form.form_error.text()
    assert store.get(record.id).title == "Changed elsewhere"


def test_cancel_asks_before_throwing_changes_away(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", "Half written")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = form.discard_box
    assert box is not None and box.isVisible() and form.isVisible()
    box.escapeButton().click()  # Keep editing
    assert form.isVisible() and form.envelope.inputs["title"].text() == "Half written"
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    next(b for b in form.discard_box.buttons() if b.text() == "&Discard").click()
    assert not form.isVisible() and window.forms.forms == [] and store.count(ListQuery()) == 0


def test_move_to_bin_and_restore(qtbot, store) -> None:
    record = letter(store)
    window = open_window(qtbot, store.vault)
    forms = window.forms
    select_row_of(window, record)
    assert forms.delete_action.isEnabled() and not forms.restore_action.isEnabled()
    press(window, Qt.Key.Key_Delete)
    with pytest.raises(RecordNotFound):
        store.get(record.id)
    assert window.workspace.list_model.rowCount() == 0 and "in the bin" in window.statusBar().currentMessage()
    assert not forms.delete_action.isEnabled() and not forms.edit_action.isEnabled()

    window.workspace.choose_entry(len(window.entry_actions) - 1)  # the Bin
    select_row_of(window, record)
    assert forms.restore_action.isEnabled() and not forms.delete_action.isEnabled()
    assert not forms.edit_action.isEnabled() and not forms.reply_action.isEnabled()
    forms.restore_action.trigger()
    assert store.get(record.id).deleted_at is None
    assert window.workspace.list_model.rowCount() == 0  # the bin is empty again
    assert window.workspace.detail.record.id == record.id and not forms.restore_action.isEnabled()
    assert [hit.record.id for hit in store.search("budget")] == [record.id]


def test_delete_in_the_search_box_deletes_text_not_the_record(qtbot, store) -> None:
    record = letter(store)
    window = open_window(qtbot, store.vault)
    select_row_of(window, record)
    workspace = window.workspace
    workspace.focus_search()
    qtbot.keyClicks(workspace.search_box, "ab")
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Home)
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Delete)
    assert workspace.search_box.text() == "b" and store.get(record.id).deleted_at is None
    qtbot.waitUntil(lambda: workspace.search_model.text == "b", timeout=WAIT_MS)  # before the vault closes


def test_the_record_menu_lists_its_actions_with_shortcuts(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    forms = window.forms
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Record" in titles and titles.index("&Record") < titles.index("&Help")
    shortcuts = {a.objectName(): a.shortcut().toString() for a in forms.menu.actions() if a.objectName()}
    assert shortcuts == {"newRecordAction": "Ctrl+N", "editRecordAction": "Ctrl+E", "replyAction": "Ctrl+R",
                         "followUpAction": "Ctrl+Shift+R", "moveToBinAction": "Del", "restoreAction": ""}
    for made in (forms.new_action, forms.edit_action, forms.reply_action, forms.delete_action):
        assert window.toolbar.widgetForAction(made).accessibleName()
