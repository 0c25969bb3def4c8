"""The widgets of one kind's own fields (`ui/fields_<kind>.ui`), read and written as record values.

Each field of kinds.py has, in its kind's form, a widget `field_<name>`, a label `label_<name>`
whose buddy it is (check boxes carry their own text), and an error label `error_<name>`
(tests/gui/test_record_forms.py checks every kind). What a widget holds becomes a value by
the field's type:

    text, url           QLineEdit        "" → no value
    date                DateEdit         typed or picked (date_edit.py); a .ui's QLineEdit is replaced
    int, number         QLineEdit        text that is not a number is passed on as typed,
                                         so the core's validation names the problem
    long_text           QPlainTextEdit
    text_list           QPlainTextEdit   one item per line
    choice              QComboBox        a blank first entry means no value
    bool                QCheckBox
    choice_list,        QListWidget      checked items
    id_list
    a reference         QComboBox        records of the kind the field points to (REFERENCE_KINDS)

A field the kind's .ui file does not lay out (or a kind without one) gets a generic row at the
end of the form: a label from field_labels.py, the widget its type calls for, an error label.
The person of a reprisal case (ALIAS_FIELDS) is chosen among the record's aliases (`set_aliases`),
so a real name is never typed there.

Values the widgets do not offer (an old choice, a record not in the first OPTIONS_LIMIT) are
added when written, so loading and collecting a record never loses anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from npmdesk.gui.forms.date_edit import DateEdit, replace_line_edit
from npmdesk.gui.inline_error import prepare
from npmdesk.gui.records.field_labels import choice_name, field_label
from npmdesk.gui.records.labels import kind_name
from npmdesk.gui.records.record_rows import titles
from npmdesk.gui.resources import load_form
from npmdesk.records import kinds
from npmdesk.records.model import Record
from npmdesk.records.query import ListQuery
from npmdesk.records.recommendations import published_visit_reports, reports_for_recommendations
from npmdesk.records.store import RecordStore

VALUE_ROLE = Qt.ItemDataRole.UserRole
OPTIONS_LIMIT = 500
# Text fields and id lists that hold the id of another record, and the kind of that record.
REFERENCE_KINDS = {
    "visit": "visit", "report": "report", "place": "place", "thread": "communication",
    "in_reply_to": "communication", "places": "place", "recommendations": "recommendation",
    "case": "reprisal_case",
    "implements_report": "report",
}
# References that offer only some records of their kind: (title, id) by (kind, field).
FILTERED_OPTIONS: dict[tuple[str, str], Callable[[RecordStore], list[tuple[str, str]]]] = {
    ("recommendation", "report"): reports_for_recommendations,  # not the SPT's annual report or guidance
    ("special_fund", "implements_report"): published_visit_reports,
}
# Fields that name a person of the record by alias (chosen among its pseudonyms, never typed).
ALIAS_FIELDS = ("person",)
# References set by Reply and Follow up, not chosen from a list (there may be thousands).
NOT_LISTED = ("thread", "in_reply_to")
# Set by the mail import from the message itself; shown in the detail pane, not edited.
NOT_EDITED = ("message_id", "mail_parent", "sent_at")
translate = QCoreApplication.translate


def blank_text() -> str:
    return translate("RecordForm", "—")


def missing_text() -> str:
    return translate("RecordForm", "(a record not in this vault)")


class KindFields:
    """The form of one kind's own fields; `widget` goes into the record form."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        self.spec = kinds.KINDS[kind]
        try:
            self.widget = load_form(f"fields_{kind}", parent)
        except FileNotFoundError:
            self.widget = QWidget(parent)
            self.widget.setObjectName(f"fields_{kind}")
            self.widget.setWindowTitle(translate("RecordForm", "{kind}: details").format(kind=kind_name(kind)))
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loaded: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        for fs in self.spec.fields:
            field = self.widget.findChild(QWidget, f"field_{fs.name}")
            error = self.widget.findChild(QLabel, f"error_{fs.name}")
            if field is None and error is None:
                field, error = _generic_row(self.widget, fs)
            if fs.type == kinds.DATE and isinstance(field, QLineEdit) and not isinstance(field, DateEdit):
                field = replace_line_edit(field)
            if field is None or error is None:
                raise LookupError(f"ui/fields_{kind}.ui lacks the widgets of {fs.name!r}")
            if fs.name in NOT_EDITED and isinstance(field, QLineEdit):
                field.setReadOnly(True)
            self.inputs[fs.name] = field
            self.errors[fs.name] = error
            prepare(error)

    # ---------------------------------------------------------------------------- options

    def fill_options(self, store: RecordStore, record: Record) -> None:
        """Offer the choices of each choice field and the records a reference may name."""
        for fs in self.spec.fields:
            widget = self.inputs[fs.name]
            target = REFERENCE_KINDS.get(fs.name)
            if fs.name in ALIAS_FIELDS:
                continue  # the record's aliases (set_aliases)
            if isinstance(widget, QComboBox):
                widget.clear()
                widget.addItem(blank_text(), None)
                options = [(choice_name(c), c) for c in fs.choices]
                if target and fs.name not in NOT_LISTED:
                    chosen = FILTERED_OPTIONS.get((self.spec.name, fs.name))
                    options = chosen(store) if chosen else _records_of(store, target, exclude=record.id)
                for text, value in options:
                    widget.addItem(text, value)
            elif isinstance(widget, QListWidget):
                widget.clear()
                options = [(choice_name(c), c) for c in fs.choices]
                if target:
                    options = _records_of(store, target, exclude=record.id)
                for text, value in options:
                    add_check_item(widget, text, value)
        self._names = _titles_of(store, record)

    def set_aliases(self, aliases: list[str]) -> None:
        """Offer `aliases` (the record's people) in the alias fields, keeping the choice made."""
        for name in ALIAS_FIELDS:
            combo = self.inputs.get(name)
            if not isinstance(combo, QComboBox):
                continue
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(blank_text(), None)
            for alias in aliases:
                combo.addItem(alias, alias)
            if current is not None and combo.findData(current) < 0:
                combo.addItem(str(current), current)  # no longer among the people: validation says so
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    # ----------------------------------------------------------------------------- values

    def set_values(self, values: dict[str, Any]) -> None:
        self._loaded = dict(values)
        for fs in self.spec.fields:
            write(self.inputs[fs.name], fs, values.get(fs.name), self._names)

    def values(self) -> dict[str, Any]:
        """The fields that have a value (what Record.fields holds)."""
        found: dict[str, Any] = {}
        for fs in self.spec.fields:
            value = read(self.inputs[fs.name], fs)
            if value is False and fs.name not in self._loaded:
                value = None  # an untouched check box adds nothing to a record that had no value
            if value is not None:
                found[fs.name] = value
        return found

    def connect_changes(self, slot: Callable[[], None]) -> None:
        for widget in self.inputs.values():
            connect_changes(widget, slot)


# ------------------------------------------------------------------------------ per widget


def read(widget: QWidget, fs: kinds.FieldSpec) -> Any:
    if isinstance(widget, DateEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return _typed(widget.text().strip(), fs.type)
    if isinstance(widget, QPlainTextEdit):
        text = widget.toPlainText()
        if fs.type == kinds.TEXT_LIST:
            items = [line.strip() for line in text.splitlines() if line.strip()]
            return items or None
        return text if text.strip() else None
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        checked = [widget.item(row).data(VALUE_ROLE) for row in range(widget.count())
                   if widget.item(row).checkState() == Qt.CheckState.Checked]
        return checked or None
    raise TypeError(f"no reading for {type(widget).__name__}")


def write(widget: QWidget, fs: kinds.FieldSpec, value: Any, names: dict[str, str]) -> None:
    if isinstance(widget, DateEdit):
        widget.set_value(None if value is None else str(value))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        if fs.type == kinds.TEXT_LIST and isinstance(value, list):
            widget.setPlainText("\n".join(str(v) for v in value))
        else:
            widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value) if value is not None else 0
        if index < 0:
            label = names.get(str(value), missing_text()) if fs.name in REFERENCE_KINDS else choice_name(str(value))
            if fs.name in ALIAS_FIELDS:
                label = str(value)
            widget.addItem(label, value)
            index = widget.count() - 1
        widget.setCurrentIndex(index)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QListWidget):
        wanted = [str(v) for v in value] if isinstance(value, list) else []
        for row in range(widget.count()):
            item = widget.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(VALUE_ROLE) in wanted else Qt.CheckState.Unchecked)
        present = {widget.item(row).data(VALUE_ROLE) for row in range(widget.count())}
        for item_value in wanted:
            if item_value not in present:
                label = names.get(item_value, missing_text()) if fs.type == kinds.ID_LIST else choice_name(item_value)
                add_check_item(widget, label, item_value, checked=True)
    else:
        raise TypeError(f"no writing for {type(widget).__name__}")


def connect_changes(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call `slot` whenever the user changes what `widget` holds."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(slot)
        if widget.isEditable():
            widget.editTextChanged.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)


def _typed(text: str, type_: str) -> Any:
    if not text:
        return None
    if type_ == kinds.INT:
        try:
            return int(text)
        except ValueError:
            return text
    if type_ == kinds.NUMBER:
        for convert in (int, float):
            try:
                return convert(text)
            except ValueError:
                pass
        number, ok = QLocale().toDouble(text)
        return number if ok else text
    return text


def _generic_row(form: QWidget, fs: kinds.FieldSpec) -> tuple[QWidget, QLabel]:
    """Add a labelled widget and an error label for `fs` at the end of `form` (a QFormLayout)."""
    layout = form.layout()
    if not isinstance(layout, QFormLayout):
        layout = QFormLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    name = field_label(fs.name) + (" *" if fs.required else "")
    widget: QWidget
    if fs.type == kinds.BOOL:
        widget = QCheckBox("&" + name, form)
    elif fs.type == kinds.CHOICE or fs.name in ALIAS_FIELDS or (fs.name in REFERENCE_KINDS and fs.type == kinds.TEXT):
        widget = QComboBox(form)
    elif fs.type in (kinds.LONG_TEXT, kinds.TEXT_LIST):
        edit = QPlainTextEdit(form)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(90)
        if fs.type == kinds.TEXT_LIST:
            edit.setPlaceholderText(translate("RecordForm", "One per line"))
        widget = edit
    elif fs.type in (kinds.CHOICE_LIST, kinds.ID_LIST):
        widget = QListWidget(form)
        widget.setMaximumHeight(120)
    elif fs.type == kinds.DATE:
        widget = DateEdit(form)
    else:
        widget = QLineEdit(form)
    widget.setObjectName(f"field_{fs.name}")
    widget.setAccessibleName(field_label(fs.name))
    error = QLabel(form)
    error.setObjectName(f"error_{fs.name}")
    error.setAccessibleName(translate("RecordForm", "{field} problem").format(field=field_label(fs.name)))
    if isinstance(widget, QCheckBox):
        layout.setWidget(layout.rowCount(), QFormLayout.ItemRole.FieldRole, widget)
    else:
        label = QLabel(translate("RecordForm", "{field}:").format(field=name), form)
        label.setObjectName(f"label_{fs.name}")
        label.setBuddy(widget)
        layout.addRow(label, widget)
    layout.setWidget(layout.rowCount(), QFormLayout.ItemRole.FieldRole, error)  # takes no room while hidden
    return widget, error


def add_check_item(widget: QListWidget, text: str, value: object, *, checked: bool = False) -> None:
    item = QListWidgetItem(text)
    item.setData(VALUE_ROLE, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    widget.addItem(item)


def _records_of(store: RecordStore, kind: str, *, exclude: str) -> list[tuple[str, str]]:
    query = ListQuery(kinds=(kind,), order_by="title", descending=False, limit=OPTIONS_LIMIT)
    return [(s.title, s.id) for s in store.list(query) if s.id != exclude]


def _titles_of(store: RecordStore, record: Record) -> dict[str, str]:
    """Titles of the records this record's reference fields name (live or in the bin)."""
    ids: list[str] = []
    for name in REFERENCE_KINDS:
        value = record.fields.get(name)
        ids += [str(v) for v in value] if isinstance(value, list) else [str(value)] if value else []
    return titles(store, ids)
