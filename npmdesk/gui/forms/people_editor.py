"""The record form's "People and consent" section: the record's people and their consent.

A table with one row per person ("Real name (person A)", flags) and a column per purpose
(records/consent.py PURPOSES) showing the state recorded, refusals and withdrawals in the error
colour and bold; Add, Edit (also Enter or a double click on a row) and Remove. Each person is
edited in a PersonDialog (person_dialog.py). The section is the record's pseudonym table as well
(real name → alias): `values()` gives `pseudonyms` and `consents` for the Record.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from npmdesk.gui.forms.field_widgets import ALIAS_FIELDS
from npmdesk.gui.forms.person_dialog import Person, PersonDialog
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.records.record_rows import flags_text, person_name
from npmdesk.gui.theme import tone
from npmdesk.records import consent as consent_
from npmdesk.records.model import Record

translate = QCoreApplication.translate
BLOCKING = (consent_.REFUSED, consent_.WITHDRAWN)


CONTEXT = "PeopleEditor"


def tr(text: str) -> str:
    return translate(CONTEXT, text)


class PeopleEditor(QGroupBox):
    """Emits `changed` when a person is added, edited or removed, and `renamed(old, new)` first
    when an edit changed a person's alias."""

    changed = Signal()
    renamed = Signal(str, str)  # a person's alias changed: old, new (emitted before `changed`)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("People and consent"), parent)
        self.setObjectName("peopleGroup")
        self.setAccessibleName(tr("People named in this record and their consent"))
        self.people: list[Person] = []
        self.dialog: PersonDialog | None = None
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 1 + len(consent_.PURPOSES), self)
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleName(tr("People and their consent per purpose"))
        self.table.setHorizontalHeaderLabels([tr("Person")] + [choice_name(p) for p in consent_.PURPOSES])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setAccessibleName(tr("Rows"))
        self.table.horizontalHeader().setAccessibleName(tr("Purposes"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_person())
        layout.addWidget(self.table)
        self.empty_note = QLabel(tr("No one is named yet. Add each person the record is about: their consent "
                                    "is then recorded per purpose, and an alias replaces their name outside "
                                    "the vault."), self)
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add pers&on…"), self)
        self.add_button.setObjectName("addPersonButton")
        self.add_button.setAccessibleName(tr("Add a person"))
        self.edit_button = QPushButton(tr("Edit person…"), self)
        self.edit_button.setObjectName("editPersonButton")
        self.edit_button.setAccessibleName(tr("Edit the selected person and their consent"))
        self.remove_button = QPushButton(tr("Remove person"), self)
        self.remove_button.setObjectName("removePersonButton")
        self.remove_button.setAccessibleName(tr("Remove the selected person"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._show()

    # ------------------------------------------------------------------------------ values

    def load(self, record: Record) -> None:
        """The record's people: each pseudonym, with its consents if recorded.

        A record received from elsewhere names its people by alias only (it travelled
        pseudonymised): those people are listed by alias, their real name unknown here (kept
        as real name = alias, which changes nothing when the record leaves again). So is the
        person of a received reprisal case (ALIAS_FIELDS) that has no pseudonym table at all."""
        by_name = {p.person: p for p in record.consents}
        self.people = [Person(real, alias, by_name.pop(real, None)) for real, alias in record.pseudonyms.items()]
        self.people += [Person(name, name, found) for name, found in by_name.items()]
        named = [record.fields.get(name) for name in ALIAS_FIELDS]
        known = {p.alias for p in self.people}
        if not record.pseudonyms:
            self.people += [Person(alias, alias) for alias in dict.fromkeys(named)
                            if isinstance(alias, str) and alias and alias not in known]
        self._show()

    def values(self) -> dict[str, object]:
        """`pseudonyms` and `consents` as Record attributes."""
        pseudonyms = {p.real_name: p.alias for p in self.people}
        consents = [p.consent for p in self.people if p.consent is not None]
        return {"pseudonyms": pseudonyms, "consents": consents}

    def aliases(self) -> list[str]:
        return [p.alias for p in self.people if p.alias]

    # ----------------------------------------------------------------------------- editing

    def add_person(self) -> PersonDialog:
        return self._open(None)

    def edit_person(self) -> PersonDialog | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.people):
            return None
        return self._open(row)

    def remove_person(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.people):
            del self.people[row]
            self._show()
            self.changed.emit()

    def _open(self, row: int | None) -> PersonDialog:
        person = self.people[row] if row is not None else None
        others = {p.real_name: p.alias for i, p in enumerate(self.people) if i != row}
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = PersonDialog(person, others, self.window())

        def done(result: int, dialog: PersonDialog = self.dialog) -> None:
            if result == PersonDialog.DialogCode.Accepted:
                kept = dialog.person()
                if row is None:
                    self.people.append(kept)
                else:
                    old, self.people[row] = self.people[row].alias, kept
                    if old and old != kept.alias:
                        self.renamed.emit(old, kept.alias)
                self._show(select=len(self.people) - 1 if row is None else row)
                self.changed.emit()
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()
            self.table.setFocus()

        self.dialog.finished.connect(done)
        self.dialog.open()  # window-modal: the main window (and Lock) stays usable
        return self.dialog

    # ----------------------------------------------------------------------------- showing

    def _show(self, select: int | None = None) -> None:
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            name = person_name(person.real_name, person.alias)
            flags = flags_text(person.consent)
            self._set(row, 0, tr("{name} — {flags}").format(name=name, flags=flags) if flags else name, False)
            for column, purpose in enumerate(consent_.PURPOSES, start=1):
                state = person.state(purpose)
                self._set(row, column, choice_name(state) if state else blank_text_(), state in BLOCKING)
        self.table.resizeRowsToContents()
        shown = min(len(self.people), 5)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        rows = sum(self.table.rowHeight(row) for row in range(shown))
        height += rows or self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(height + (self.table.horizontalScrollBar().sizeHint().height() if shown else 0))
        self.table.setVisible(bool(self.people))
        self.empty_note.setVisible(not self.people)
        if select is not None:
            self.table.setCurrentCell(select, 0)
        self._update_buttons()

    def _set(self, row: int, column: int, text: str, blocking: bool) -> None:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        if blocking:
            item.setForeground(QBrush(QColor(tone("error"))))
            font = QFont(self.table.font())
            font.setBold(True)
            item.setFont(font)
        self.table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        chosen = 0 <= self.table.currentRow() < len(self.people)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.people = []
        self.table.clearContents()
        self.table.setRowCount(0)


def blank_text_() -> str:
    return translate("PeopleEditor", "not recorded")
