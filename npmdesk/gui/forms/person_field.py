"""Fields that name one of the record's people by alias (field_widgets.ALIAS_FIELDS: a reprisal
case's `person`), in the record form.

The field offers the aliases listed under People and consent, kept in step as people are added,
edited or removed; "New person…" beside it adds a person (their alias is then chosen), so a real
name is never typed there. Under a reprisal case's person, a line shows their consent to report
(transmission to the SPT, the Secretary-General's reprisals report) as recorded for them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from npmdesk.gui.form_parts import child, form_row
from npmdesk.gui.forms.field_widgets import ALIAS_FIELDS, KindFields
from npmdesk.gui.forms.people_editor import PeopleEditor
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.records import consent as consent_
from npmdesk.records import reprisals

REPORT_PURPOSES = (consent_.SPT_TRANSMISSION, consent_.SG_REPRISALS_REPORT)


class PersonFields(QObject):
    def __init__(self, people: PeopleEditor, fields: KindFields, kind: str, parent: QObject) -> None:
        super().__init__(parent)
        self.people = people
        self.fields = fields
        self.report_consent: QLabel | None = None
        self.buttons: dict[str, QPushButton] = {}
        for name in ALIAS_FIELDS:
            combo = fields.inputs.get(name)
            if isinstance(combo, QComboBox):
                self._add_button(name, combo, with_consent=kind == reprisals.CASE)
        people.changed.connect(self._people_changed)
        people.renamed.connect(self._renamed)

    def _add_button(self, name: str, combo: QComboBox, *, with_consent: bool) -> None:
        layout = self.fields.widget.layout()
        if not isinstance(layout, QFormLayout):
            return
        row = form_row(layout, combo)
        form = self.fields.widget
        button = QPushButton(self.tr("New person…"), form)
        button.setObjectName(f"newPerson_{name}")
        button.setAccessibleName(self.tr("Add a person to this record and choose their alias"))
        button.setAutoDefault(False)
        label = child(form, QLabel, f"label_{name}")
        layout.takeRow(row)
        box = QWidget(form)
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(combo, 1)
        line.addWidget(button)
        layout.insertRow(row, label, box)
        QWidget.setTabOrder(combo, button)
        button.clicked.connect(lambda _checked=False: self.new_person_for(combo))
        self.buttons[name] = button
        if with_consent:
            note = QLabel(form)
            note.setObjectName("consentToReport")
            note.setWordWrap(True)
            note.setAccessibleName(self.tr("Consent to report"))
            layout.insertRow(row + 1, "", note)
            self.report_consent = note
            combo.currentIndexChanged.connect(self.show_report_consent)

    def _renamed(self, old: str, new: str) -> None:
        """A field that named the person by their old alias names them by the new one."""
        self.fields.set_aliases(self.people.aliases())
        for name in ALIAS_FIELDS:
            combo = self.fields.inputs.get(name)
            if isinstance(combo, QComboBox) and combo.currentData() == old and combo.findData(new) >= 0:
                combo.setCurrentIndex(combo.findData(new))

    def _people_changed(self) -> None:
        self.fields.set_aliases(self.people.aliases())
        self.show_report_consent()

    def new_person_for(self, combo: QComboBox) -> QDialog:
        """Open the person dialog; once a person is kept, choose their alias in `combo`."""
        before = len(self.people.people)
        dialog = self.people.add_person()

        def chosen(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and len(self.people.people) > before:
                index = combo.findData(self.people.people[-1].alias)
                if index >= 0:
                    combo.setCurrentIndex(index)
                combo.setFocus()

        dialog.finished.connect(chosen)
        return dialog

    def show_report_consent(self, *_args: object) -> None:
        """The chosen person's consent to transmission to the SPT and to the SG's report."""
        if self.report_consent is None:
            return
        combo = self.fields.inputs.get("person")
        alias = combo.currentData() if isinstance(combo, QComboBox) else None
        person = next((p for p in self.people.people if alias and p.alias == alias), None)
        if person is None:
            self.report_consent.setText(self.tr("Choose the person to see their consent to report."))
            return
        parts = []
        for purpose in REPORT_PURPOSES:
            state = person.state(purpose)
            parts.append(self.tr("{purpose}: {state}").format(
                purpose=choice_name(purpose), state=choice_name(state) if state else self.tr("not recorded")))
        self.report_consent.setText(self.tr("Consent to report — {states}").format(states="; ".join(parts)))
