"""One person of a record and their consent per purpose (records/consent.py), in a dialog.

The person has a real name (kept in the vault only) and an alias (the pseudonym that replaces
the name in whatever leaves the vault): OK is refused without both, and a new person is offered
the next free alias (person A, person B…). Flags say whether the person is a child or lacks
capacity: consent then comes from a parent, guardian or legal representative, and the dialog
says so and names the "by whom" fields accordingly. For each purpose (NPM use, transmission to
the SPT, publication, the Secretary-General's reprisals report): state, date, how (oral or
written), by whom, withdrawal date. A purpose left at "—" is not recorded (the core reads it as
pending). Problems are said in one sentence above the buttons, next to the field concerned.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from npmdesk.gui.forms.date_edit import DateEdit
from npmdesk.gui.forms.field_widgets import blank_text
from npmdesk.gui.inline_error import clear_error, prepare, show_error
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.records import consent as consent_
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.records.model import MAX_TAG, is_date
from npmdesk.records.pseudonyms import next_alias

translate = QCoreApplication.translate


CONTEXT = "PersonDialog"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class Person:
    """A person as the form holds them: real name, alias, and their consents if any are recorded."""

    real_name: str
    alias: str
    consent: PersonConsent | None = None

    def state(self, purpose: str) -> str | None:
        """The state shown for `purpose` (None: nothing recorded)."""
        if self.consent is None or not any(c.purpose == purpose for c in self.consent.consents):
            return None
        return self.consent.state(purpose)


def represented(child: bool, lacks_capacity: bool) -> bool:
    return child or lacks_capacity


class _PurposeRow:
    def __init__(self, purpose: str, grid: QGridLayout, row: int, parent: QWidget) -> None:
        self.purpose = purpose
        name = choice_name(purpose)
        self.label = QLabel(name, parent)
        self.state = QComboBox(parent)
        self.state.addItem(blank_text(), None)
        for state in consent_.STATES:
            self.state.addItem(choice_name(state), state)
        self.date = DateEdit(parent)
        self.how = QComboBox(parent)
        self.how.addItem(blank_text(), None)
        for how in consent_.HOW:
            self.how.addItem(choice_name(how), how)
        self.by = QLineEdit(parent)
        self.withdrawn = DateEdit(parent)
        for edit in (self.date, self.withdrawn):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("30 September 2026") + 40)
        self.state.setAccessibleName(tr("{purpose}: consent").format(purpose=name))
        self.date.setAccessibleName(tr("{purpose}: date").format(purpose=name))
        self.how.setAccessibleName(tr("{purpose}: how it was obtained").format(purpose=name))
        self.withdrawn.setAccessibleName(tr("{purpose}: withdrawn on").format(purpose=name))
        self.label.setBuddy(self.state)
        for column, widget in enumerate((self.label, self.state, self.date, self.how, self.by, self.withdrawn)):
            grid.addWidget(widget, row, column)

    def name_by(self, represented_: bool) -> None:
        name = choice_name(self.purpose)
        text = (tr("{purpose}: given by (parent, guardian or legal representative)") if represented_
                else tr("{purpose}: obtained by")).format(purpose=name)
        self.by.setAccessibleName(text)

    def load(self, item: Consent | None) -> None:
        self.state.setCurrentIndex(max(self.state.findData(item.state), 0) if item else 0)
        self.date.set_value(item.date if item else None)
        self.how.setCurrentIndex(max(self.how.findData(item.how), 0) if item and item.how else 0)
        self.by.setText(item.obtained_by if item else "")
        self.withdrawn.set_value(item.withdrawn_on if item else None)

    def value(self) -> Consent | None:
        date, by, withdrawn = self.date.value() or "", self.by.text().strip(), self.withdrawn.value() or ""
        state, how = self.state.currentData(), self.how.currentData()
        if state is None and not (date or by or withdrawn or how):
            return None
        if state is None:
            state = consent_.WITHDRAWN if withdrawn else consent_.PENDING
        return Consent(purpose=self.purpose, state=state, date=date or None, how=how, obtained_by=by,
                       withdrawn_on=withdrawn or None)


class PersonDialog(QDialog):
    """Edit `person` (None: a new one); `others` are the record's other people (real name → alias).
    `person()` is the result once accepted."""

    def __init__(self, person: Person | None, others: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.others = others
        self.alias_only = False
        self.setWindowTitle(tr("Person and consent") if person else tr("New person"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.real_name = QLineEdit(self)
        self.real_name.setObjectName("realNameEdit")
        self.real_name.setAccessibleName(tr("Real name (kept in this vault only)"))
        self.alias = QLineEdit(self)
        self.alias.setObjectName("aliasEdit")
        self.alias.setAccessibleName(tr("Alias (the pseudonym used outside the vault)"))
        for edit in (self.real_name, self.alias):
            edit.setMaxLength(MAX_TAG)
        name_label = QLabel(tr("Real &name:"), self)
        name_label.setBuddy(self.real_name)
        alias_label = QLabel(tr("&Alias:"), self)
        alias_label.setBuddy(self.alias)
        top.addRow(name_label, self.real_name)
        top.addRow(alias_label, self.alias)
        self.child = QCheckBox(tr("&Child"), self)
        self.child.setObjectName("childCheck")
        self.child.setAccessibleName(tr("The person is a child"))
        self.lacks_capacity = QCheckBox(tr("&Lacks capacity to consent"), self)
        self.lacks_capacity.setObjectName("capacityCheck")
        self.lacks_capacity.setAccessibleName(tr("The person lacks capacity to consent"))
        top.addRow("", self.child)
        top.addRow("", self.lacks_capacity)
        layout.addLayout(top)
        self.who_note = QLabel(self)
        self.who_note.setObjectName("representativeNote")
        self.who_note.setWordWrap(True)
        self.who_note.setMinimumHeight(self.who_note.fontMetrics().lineSpacing() * 2)
        self.who_note.setAccessibleName(tr("Who gives consent"))
        layout.addWidget(self.who_note)

        group = QGroupBox(tr("Consent per purpose"), self)
        grid = QGridLayout(group)
        self.by_header = QLabel(group)
        self.by_header.setWordWrap(True)
        self.by_header.setMinimumHeight(self.by_header.fontMetrics().lineSpacing() * 2 + 4)
        headers = (tr("Purpose"), tr("Consent"), tr("Date"), tr("How"), "", tr("Withdrawn on"))
        for column, text in enumerate(headers):
            grid.addWidget(self.by_header if column == 4 else QLabel(text, group), 0, column)
        self.rows = [_PurposeRow(p, grid, row, group) for row, p in enumerate(consent_.PURPOSES, start=1)]
        grid.setColumnStretch(4, 1)
        layout.addWidget(group)
        self.setMinimumWidth(760)
        self.error = QLabel(self)
        self.error.setObjectName("personError")
        self.error.setAccessibleName(tr("Why the person was not kept"))
        prepare(self.error)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(tr("Keep this person"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Close without keeping"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.child.toggled.connect(self._update_wording)
        self.lacks_capacity.toggled.connect(self._update_wording)
        self._load(person)
        self.real_name.setFocus()

    def _load(self, person: Person | None) -> None:
        if person is None:
            self.alias.setText(next_alias(self.others))
            self._update_wording()
            return
        self.alias_only = person.real_name == person.alias  # received under an alias
        if self.alias_only:
            self.real_name.setPlaceholderText(tr("Not known in this vault (received under an alias)"))
        else:
            self.real_name.setText(person.real_name)
        self.alias.setText(person.alias)
        found = person.consent
        self.child.setChecked(bool(found and found.child))
        self.lacks_capacity.setChecked(bool(found and found.lacks_capacity))
        for row in self.rows:
            row.load(next((c for c in found.consents if c.purpose == row.purpose), None) if found else None)
        self._update_wording()

    def _update_wording(self, *_args: object) -> None:
        by_representative = represented(self.child.isChecked(), self.lacks_capacity.isChecked())
        self.by_header.setText(tr("Given by (parent, guardian or legal representative)") if by_representative
                               else tr("Obtained by"))
        self.who_note.setText(
            tr("Consent for this person comes from a parent, guardian or legal representative: "
               "record who gave it.") if by_representative
            else tr("Consent comes from the person themselves."))
        for row in self.rows:
            row.name_by(by_representative)

    # ------------------------------------------------------------------------------ result

    def accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            text, widget = problem
            show_error(self.error, text, widget)
            return
        clear_error(self.error)
        super().accept()

    def _problem(self) -> tuple[str, QWidget] | None:
        real, alias = self.real_name.text().strip(), self.alias.text().strip()
        if not real and not self.alias_only:
            return tr("Write the person's real name (it stays in this vault)."), self.real_name
        real = real or alias
        if not alias:
            return tr("Give the person an alias: it replaces the real name outside the vault."), self.alias
        if real in self.others:
            return tr("This person is already listed."), self.real_name
        if alias in self.others.values():
            return tr("Another person has this alias: choose another."), self.alias
        if alias.casefold() == real.casefold() and self.real_name.text().strip():
            return tr("The alias must differ from the real name."), self.alias
        for row in self.rows:
            for edit in (row.date, row.withdrawn):
                if edit.value() and not is_date(edit.value()):
                    return tr("Dates are written YYYY-MM-DD, for example 2026-11-29."), edit
        return None

    def person(self) -> Person:
        """The person as entered (call once accepted)."""
        alias = self.alias.text().strip()
        real = self.real_name.text().strip() or (alias if self.alias_only else "")
        consents = tuple(c for c in (row.value() for row in self.rows) if c is not None)
        child, capacity = self.child.isChecked(), self.lacks_capacity.isChecked()
        recorded = PersonConsent(real, consents, child, capacity) if consents or child or capacity else None
        return Person(real, alias, recorded)
