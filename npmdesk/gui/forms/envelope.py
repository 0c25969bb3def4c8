"""The envelope every record shares, in `ui/record_form.ui`: title, date, status, counterpart,
country, due date, review date, sensitivity, personal data and consent, the people named and
their consent per purpose (people_editor.py), tags, OPCAT articles (whole articles ticked,
precise references typed: article_refs.py) and text.

The record-level consent choice is for records without people: once people are listed it is
disabled (their consent is recorded per person and purpose).

`ENVELOPE` names, for each field the core's validation may name (InvalidRecord.field), the
widget and the error label of the form, so a message appears next to its field.
"""

from __future__ import annotations

import itertools
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.gui.form_parts import child, form_row, layout_of
from npmdesk.gui.forms import article_refs, kind_envelope
from npmdesk.gui.forms.date_edit import DateEdit, replace_line_edit
from npmdesk.gui.forms.field_widgets import VALUE_ROLE, add_check_item, blank_text, connect_changes, missing_text
from npmdesk.gui.forms.people_editor import PeopleEditor
from npmdesk.gui.inline_error import clear_error, prepare, show_error
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.records.record_rows import article_lines, titles
from npmdesk.records import contact_roles, kinds, reference
from npmdesk.records.model import Record
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

CONTACTS_LIMIT = 2000
translate = QCoreApplication.translate
# field → (widget, error label) object names in ui/record_form.ui
ENVELOPE = {
    "title": ("titleEdit", "titleError"),
    "date": ("dateEdit", "dateError"),
    "status": ("statusCombo", "statusError"),
    "counterpart": ("counterpartCombo", "counterpartError"),
    "country": ("countryCombo", "countryError"),
    "due_date": ("dueDateEdit", "dueDateError"),
    "review_date": ("reviewDateEdit", "reviewDateError"),
    "sensitivity": ("sensitivityCombo", "sensitivityError"),
    "personal_data": ("personalDataCheck", "personalDataError"),
    "consent": ("consentCombo", "consentError"),
    "tags": ("tagsList", "tagsError"),
    "articles": ("articlesList", "articlesError"),
    "body": ("bodyEdit", "bodyError"),
}


DATES = ("date", "due_date", "review_date")


class Envelope:
    def __init__(self, form: QWidget) -> None:
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for name, (widget_name, error_name) in ENVELOPE.items():
            widget, error = child(form, QWidget, widget_name), child(form, QLabel, error_name)
            if name in DATES and isinstance(widget, QLineEdit) and not isinstance(widget, DateEdit):
                widget = replace_line_edit(widget)
            self.inputs[name], self.errors[name] = widget, error
            prepare(error)
        self.date_label = child(form, QLabel, "dateLabel")
        self.title_label = child(form, QLabel, "titleLabel")
        self.layout = child(form, QFormLayout, "envelopeLayout")
        self.personal_data.toggled.connect(self._personal_data_toggled)
        self.articles_list = child(form, QListWidget, "articlesList")
        self.article_refs = child(form, QLineEdit, "articleRefsEdit")
        self.article_refs.textEdited.connect(lambda: self._check_article_refs(finished=False))
        self.article_refs.editingFinished.connect(self._check_article_refs)
        # A problem with a reference is one the typed line holds (ticked whole articles cannot be wrong).
        self.inputs["articles"] = self.article_refs
        self.people = PeopleEditor(form)
        layout = form.findChild(QVBoxLayout, "formWidgetLayout")
        if layout is not None:
            layout.insertWidget(1, self.people)  # after the envelope's fields, before the kind's
        self.people.changed.connect(self._people_changed)
        self.people_error = QLabel(form)
        self.people_error.setObjectName("peopleError")
        self.people_error.setAccessibleName(translate("RecordForm", "People and consent problem"))
        prepare(self.people_error)
        layout_of(self.people, QBoxLayout).addWidget(self.people_error)
        for name in ("consents", "pseudonyms"):
            self.inputs[name], self.errors[name] = self.people.table, self.people_error
        consent = self._combo("consent")
        people = self.people
        chain = (consent, people.table, people.add_button, people.edit_button, people.remove_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)  # the people come right after the consent choice

    @property
    def personal_data(self) -> QCheckBox:
        check = self.inputs["personal_data"]
        assert isinstance(check, QCheckBox)  # noqa: S101 - the form's own widget
        return check

    def title_text(self) -> str:
        """The title as typed (not stripped)."""
        return _line(self.inputs["title"]).text()

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
        self._fit_kind(spec.name)
        status = self._combo("status")
        status.clear()
        status.addItem(blank_text(), None)
        for value in spec.statuses:
            status.addItem(labels.status_name(value, spec.name), value)
        counterpart = self._combo("counterpart")
        counterpart.clear()
        counterpart.addItem(blank_text(), None)
        query = ListQuery(kinds=("contact",), order_by="title", descending=False, limit=CONTACTS_LIMIT)
        for contact in contact_roles.contacts(store, query):
            if contact.id != record.id:
                counterpart.addItem(_contact_line(contact), contact.id)
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
        articles = self.articles_list
        articles.clear()
        for ref in article_refs.WHOLE_ARTICLES:
            add_check_item(articles, article_lines([ref]), ref)

    def _fit_kind(self, kind: str) -> None:
        """Show only the rows that fit `kind`, its title under the name a user gives it (kind_envelope.py)."""
        for name in kind_envelope.hidden(kind):
            for widget in (self.inputs[name], self.errors[name]):
                row = self._row_of(widget)
                if row >= 0:
                    self.layout.setRowVisible(row, False)
        label = kind_envelope.title_label(kind)
        if label is not None:
            self.title_label.setText(translate("RecordForm", "&{label} *:").format(label=label))
            self.inputs["title"].setAccessibleName(label)

    def _row_of(self, widget: QWidget | None) -> int:
        """The envelope row holding `widget` (or the box it sits in), -1 if none."""
        while widget is not None:
            row = form_row(self.layout, widget)
            if row >= 0:
                return row
            widget = widget.parentWidget()
        return -1

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
        for name in DATES:
            _date(self.inputs[name]).set_value(getattr(record, name))
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
        whole, precise = article_refs.split(list(record.articles))
        _check(self.articles_list, whole)
        self.article_refs.setText(", ".join(precise))
        self.people.load(record)
        self._people_changed(edited=False)
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
            **{name: _date(self.inputs[name]).value() for name in DATES},
            "status": self._combo("status").currentData(),
            "counterpart": self._combo("counterpart").currentData(),
            "country": self._country(),
            "sensitivity": self._combo("sensitivity").currentData(),
            "personal_data": personal,
            "consent": self._combo("consent").currentData() if personal else "not_applicable",
            "tags": _checked(self._list("tags")),
            "articles": article_refs.merged(_checked(self.articles_list),
                                            article_refs.parse(self.article_refs.text())),
            "body": body.toPlainText(),
            **self.people.values(),
        }

    def connect_changes(self, slot: Any) -> None:
        for widget in set(self.inputs.values()) | {self.articles_list}:
            connect_changes(widget, slot)
        self.people.changed.connect(slot)

    # ------------------------------------------------------------------- articles and people

    def _check_article_refs(self, finished: bool = True) -> None:
        """Say under the line when what was typed is not an OPCAT reference (on leaving the line;
        while typing, the message goes as soon as the text is right)."""
        if not shiboken6.isValid(self.article_refs):
            return  # the form is being deleted (a focused line finishes editing then)
        problem = article_refs.problem(self.article_refs.text())
        if problem is None:
            clear_error(self.errors["articles"], self.article_refs)
        elif finished:
            show_error(self.errors["articles"], problem)
            self.article_refs.setAccessibleDescription(self.errors["articles"].text())

    def _people_changed(self, edited: bool = True) -> None:
        """With people listed, their consent is per person: the record-level choice is disabled
        (and a record naming people holds personal data)."""
        listed = bool(self.people.people)
        if listed and edited and not self.personal_data.isChecked():
            self.personal_data.setChecked(True)
        consent = self._combo("consent")
        consent.setEnabled(self.personal_data.isChecked() and not listed)
        consent.setAccessibleDescription(
            translate("RecordForm", "Recorded per person and purpose under People and consent") if listed else "")

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
        consent.setEnabled(checked and not self.people.people)
        if checked and consent.currentData() == "not_applicable":
            consent.setCurrentIndex(consent.findData("pending"))
        elif not checked:
            consent.setCurrentIndex(consent.findData("not_applicable"))


def _contact_line(contact: contact_roles.ContactRole) -> str:
    """"Name — Role (regional team)", as much of it as the contact has."""
    line = display.gui_line(contact.title)
    role = choice_name(contact.role, "role") if contact.role else ""
    team = choice_name(contact.regional_team, "regional_team") if contact.regional_team else ""
    if role and team:
        return translate("RecordForm", "{name} — {role} ({team})").format(name=line, role=role, team=team)
    if role or team:
        return translate("RecordForm", "{name} — {role}").format(name=line, role=role or team)
    return line


def _line(widget: QWidget) -> QLineEdit:
    assert isinstance(widget, QLineEdit)  # noqa: S101
    return widget


def _date(widget: QWidget) -> DateEdit:
    assert isinstance(widget, DateEdit)  # noqa: S101
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
