"""The envelope every record shares, in `ui/record_form.ui`: title, date, status, counterpart,
country, due date, sensitivity, personal data and consent, tags, OPCAT articles and text.

`ENVELOPE` names, for each field the core's validation may name (InvalidRecord.field), the
widget and the error label of the form, so a message appears next to its field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QWidget

from npmdesk import display
from npmdesk.gui.forms.field_widgets import VALUE_ROLE, add_check_item, blank_text, connect_changes, missing_text
from npmdesk.gui.inline_error import prepare
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.record_rows import article_lines, titles
from npmdesk.records import kinds, reference
from npmdesk.records.model import Record
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

CONTACTS_LIMIT = 2000
# field → (widget, error label) object names in ui/record_form.ui
ENVELOPE = {
    "title": ("titleEdit", "titleError"),
    "date": ("dateEdit", "dateError"),
    "status": ("statusCombo", "statusError"),
    "counterpart": ("counterpartCombo", "counterpartError"),
    "country": ("countryCombo", "countryError"),
    "due_date": ("dueDateEdit", "dueDateError"),
    "sensitivity": ("sensitivityCombo", "sensitivityError"),
    "personal_data": ("personalDataCheck", "personalDataError"),
    "consent": ("consentCombo", "consentError"),
    "tags": ("tagsList", "tagsError"),
    "articles": ("articlesList", "articlesError"),
    "body": ("bodyEdit", "bodyError"),
}


class Envelope:
    def __init__(self, form: QWidget) -> None:
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for name, (widget_name, error_name) in ENVELOPE.items():
            widget, error = form.findChild(QWidget, widget_name), form.findChild(QLabel, error_name)
            if widget is None or error is None:
                raise LookupError(f"ui/record_form.ui lacks {widget_name!r} or {error_name!r}")
            self.inputs[name], self.errors[name] = widget, error
            prepare(error)
        self.date_label: QLabel = form.findChild(QLabel, "dateLabel")
        self.personal_data.toggled.connect(self._personal_data_toggled)

    @property
    def personal_data(self) -> QCheckBox:
        check = self.inputs["personal_data"]
        assert isinstance(check, QCheckBox)  # noqa: S101 - the form's own widget
        return check

    def _combo(self, name: str) -> QComboBox:
        combo = self.inputs[name]
        assert isinstance(combo, QComboBox)  # noqa: S101
        return combo

    def _list(self, name: str) -> QListWidget:
        widget = self.inputs[name]
        assert isinstance(widget, QListWidget)  # noqa: S101
        return widget

    # ---------------------------------------------------------------------------- options

    def fill_options(self, store: RecordStore, record: Record) -> None:
        spec = record.spec
        date_label = labels.date_label(spec.date_meaning)
        self.date_label.setText(f"&{date_label}:")
        self.inputs["date"].setAccessibleName(date_label)
        status = self._combo("status")
        status.clear()
        status.addItem(blank_text(), None)
        for value in spec.statuses:
            status.addItem(labels.status_name(value, spec.name), value)
        counterpart = self._combo("counterpart")
        counterpart.clear()
        counterpart.addItem(blank_text(), None)
        query = ListQuery(kinds=("contact",), order_by="title", descending=False, limit=CONTACTS_LIMIT)
        for summary in store.list(query):
            if summary.id != record.id:
                counterpart.addItem(display.gui_line(summary.title), summary.id)
        if record.counterpart and counterpart.findData(record.counterpart) < 0:
            name = titles(store, [record.counterpart]).get(record.counterpart, missing_text())
            counterpart.addItem(name, record.counterpart)
        country = self._combo("country")
        country.clear()
        country.addItem("", None)
        for name, state in reference.states_by_name(formatting.language()):
            country.addItem(f"{name} ({state.iso2})", state.iso2)
        sensitivity = self._combo("sensitivity")
        sensitivity.clear()
        for value in kinds.SENSITIVITIES:
            sensitivity.addItem(labels.sensitivity_name(value), value)
        consent = self._combo("consent")
        consent.clear()
        for value in kinds.CONSENT:
            consent.addItem(labels.consent_name(value), value)
        language = formatting.language()
        tags = self._list("tags")
        tags.clear()
        for tag in reference.topic_tags():
            add_check_item(tags, tag.label.get(language), tag.slug)
        articles = self._list("articles")
        articles.clear()
        for number in range(1, 38):
            add_check_item(articles, article_lines([number]), number)

    def offer_statuses(self, statuses: tuple[str, ...], *, keep_current: bool = False) -> None:
        """Offer only these statuses (a report's follow its type). The chosen status stays if it is
        among them, or with `keep_current` (a stored value is never lost); otherwise none is chosen."""
        status = self._combo("status")
        current = status.currentData()
        blocked = status.blockSignals(True)
        status.clear()
        status.addItem(blank_text(), None)
        for value in statuses:
            status.addItem(labels.status_name(value), value)
        if keep_current and current is not None and status.findData(current) < 0:
            status.addItem(labels.readable(str(current)), current)
        status.setCurrentIndex(max(0, status.findData(current)) if current is not None else 0)
        status.blockSignals(blocked)

    # ----------------------------------------------------------------------------- values

    def set_values(self, record: Record) -> None:
        _line(self.inputs["title"]).setText(record.title)
        _line(self.inputs["date"]).setText(record.date or "")
        _line(self.inputs["due_date"]).setText(record.due_date or "")
        for name in ("status", "counterpart", "sensitivity", "consent"):
            combo = self._combo(name)
            value = getattr(record, name)
            index = combo.findData(value) if value is not None else 0
            if index < 0:
                combo.addItem(labels.readable(str(value)), value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        country = self._combo("country")
        index = country.findData(record.country) if record.country else 0
        if index >= 0:
            country.setCurrentIndex(index)
        else:
            country.setEditText(record.country or "")
        self.personal_data.setChecked(record.personal_data)
        self._personal_data_toggled(record.personal_data)
        _check(self._list("tags"), list(record.tags))
        _check(self._list("articles"), list(record.articles))
        body = self.inputs["body"]
        assert isinstance(body, QPlainTextEdit)  # noqa: S101
        body.setPlainText(record.body)

    def values(self) -> dict[str, Any]:
        """The envelope as Record attributes (unchecked: validation is the core's)."""
        body = self.inputs["body"]
        assert isinstance(body, QPlainTextEdit)  # noqa: S101
        personal = self.personal_data.isChecked()
        return {
            "title": _line(self.inputs["title"]).text().strip(),
            "date": _line(self.inputs["date"]).text().strip() or None,
            "due_date": _line(self.inputs["due_date"]).text().strip() or None,
            "status": self._combo("status").currentData(),
            "counterpart": self._combo("counterpart").currentData(),
            "country": self._country(),
            "sensitivity": self._combo("sensitivity").currentData(),
            "personal_data": personal,
            "consent": self._combo("consent").currentData() if personal else "not_applicable",
            "tags": _checked(self._list("tags")),
            "articles": _checked(self._list("articles")),
            "body": body.toPlainText(),
        }

    def connect_changes(self, slot: Any) -> None:
        for widget in self.inputs.values():
            connect_changes(widget, slot)

    # ----------------------------------------------------------------------------- helpers

    def _country(self) -> str | None:
        """The chosen State party's code; typed text is read as a code or a country's name."""
        combo = self._combo("country")
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text)
        if index >= 0:
            data = combo.itemData(index)
            return str(data) if data else None
        state = reference.state_by_name(text)
        return state.iso2 if state else text

    def _personal_data_toggled(self, checked: bool) -> None:
        consent = self._combo("consent")
        consent.setEnabled(checked)
        if checked and consent.currentData() == "not_applicable":
            consent.setCurrentIndex(consent.findData("pending"))
        elif not checked:
            consent.setCurrentIndex(consent.findData("not_applicable"))


def _line(widget: QWidget) -> QLineEdit:
    assert isinstance(widget, QLineEdit)  # noqa: S101
    return widget


def _check(widget: QListWidget, values: list[Any]) -> None:
    present = set()
    for row in range(widget.count()):
        item = widget.item(row)
        present.add(item.data(VALUE_ROLE))
        item.setCheckState(Qt.CheckState.Checked if item.data(VALUE_ROLE) in values else Qt.CheckState.Unchecked)
    for value in values:
        if value not in present:  # a tag outside the taxonomy stays on the record
            add_check_item(widget, str(value), value, checked=True)


def _checked(widget: QListWidget) -> list[Any]:
    return [widget.item(row).data(VALUE_ROLE) for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked]
