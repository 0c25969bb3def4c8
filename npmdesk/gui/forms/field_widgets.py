"""The widgets of one kind's own fields (`ui/fields_<kind>.ui`), read and written as record values.

Each field of kinds.py has, in its kind's form, a widget `field_<name>`, a label `label_<name>`
whose buddy it is (check boxes carry their own text), and an error label `error_<name>`
(tests/gui/test_record_forms.py checks every kind). What a widget holds becomes a value by
the field's type:

    text, url, date     QLineEdit        "" → no value
    int, number         QLineEdit        text that is not a number is passed on as typed,
                                         so the core's validation names the problem
    long_text           QPlainTextEdit
    text_list           QPlainTextEdit   one item per line
    choice              QComboBox        a blank first entry means no value
    bool                QCheckBox
    choice_list,        QListWidget      checked items
    id_list
    a reference         QComboBox        records of the kind the field points to (REFERENCE_KINDS)

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
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from npmdesk.gui.inline_error import prepare
from npmdesk.gui.records.field_labels import choice_name
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
    "implements_report": "report",
}
# References that offer only some records of their kind: (title, id) by (kind, field).
FILTERED_OPTIONS: dict[tuple[str, str], Callable[[RecordStore], list[tuple[str, str]]]] = {
    ("recommendation", "report"): reports_for_recommendations,  # not the SPT's annual report or guidance
    ("special_fund", "implements_report"): published_visit_reports,
}
# References set by Reply and Follow up, not chosen from a list (there may be thousands).
NOT_LISTED = ("thread", "in_reply_to")
translate = QCoreApplication.translate


def blank_text() -> str:
    return translate("RecordForm", "—")


def missing_text() -> str:
    return translate("RecordForm", "(a record not in this vault)")


class KindFields:
    """The form of one kind's own fields; `widget` goes into the record form."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        self.spec = kinds.KINDS[kind]
        self.widget = load_form(f"fields_{kind}", parent)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._loaded: dict[str, Any] = {}
        self._names: dict[str, str] = {}
        for fs in self.spec.fields:
            field = self.widget.findChild(QWidget, f"field_{fs.name}")
            error = self.widget.findChild(QLabel, f"error_{fs.name}")
            if field is None or error is None:
                raise LookupError(f"ui/fields_{kind}.ui lacks the widgets of {fs.name!r}")
            self.inputs[fs.name] = field
            self.errors[fs.name] = error
            prepare(error)

    # ---------------------------------------------------------------------------- options

    def fill_options(self, store: RecordStore, record: Record) -> None:
        """Offer the choices of each choice field and the records a reference may name."""
        for fs in self.spec.fields:
            widget = self.inputs[fs.name]
            target = REFERENCE_KINDS.get(fs.name)
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
    if isinstance(widget, QLineEdit):
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
