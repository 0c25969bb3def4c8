"""The detail pane (`ui/record_detail.ui`): one record, read-only.

Shows the title, the sensitivity marking (a coloured badge), the kind, every field worth
showing (record_rows.py), the people the record names with their consent per purpose (a
refusal in the error colour, bold), linked records, the text and the attachments (names and
sizes), and a History button that lists earlier versions. A reprisal case lists its steps (the
return-visit checks of records/reprisals.py) and offers "Add a return visit check", which asks
for the form of a new check (`new_record_requested(record)`). Every label shows record text as plain
text, never as rich text. `clear()` empties it all and closes the history dialog (used
when the vault locks).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.attachments.panel import AttachmentsPanel
from npmdesk.gui.clipboard import protect_text_view
from npmdesk.gui.exchange.record_note import ExchangeNote
from npmdesk.gui.fit import keep_rows_whole
from npmdesk.gui.form_parts import child, layout_of
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records import formatting, labels, record_rows
from npmdesk.gui.records.history_dialog import HistoryDialog, open_history
from npmdesk.gui.records.kind_panels import KindPanels
from npmdesk.gui.resources import load_form
from npmdesk.gui.theme import tone
from npmdesk.gui.threads.thread_panel import ThreadPanel
from npmdesk.gui.visits.report_tracks_panel import detail_rows
from npmdesk.records import reprisals
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore


class DetailPane(QWidget):
    new_record_requested = Signal(object)  # a new Record to open in a form (a case's next step)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.form = load_form("record_detail", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.thread_panel = ThreadPanel(self)  # a communication's thread, Reply and Follow up (gui/threads/)
        layout.addWidget(self.thread_panel)
        # Conflicts after an import (Compare versions, Mark as settled) and a contact's keys (gui/exchange/).
        self.exchange_note = ExchangeNote(self)
        layout.insertWidget(0, self.exchange_note)
        self.exchange_note.history_requested.connect(self.show_history)
        self.exchange_note.record_changed.connect(self._show_again)
        self.title_label = child(self.form, QLabel, "titleLabel")
        self.marking_label = child(self.form, QLabel, "markingLabel")
        self.kind_label = child(self.form, QLabel, "kindLabel")
        fields_widget = child(self.form, QWidget, "fieldsWidget")
        self.fields_layout = layout_of(fields_widget, QFormLayout)
        keep_rows_whole(fields_widget)  # wrapped values: no row cut off
        # A recommendation's dialogue, an annual report's steps, a Special Fund call (kind_panels.py).
        self.kind_panels = KindPanels(self.form)
        keep_rows_whole(self.kind_panels)  # the dialogue's two wrapped sides: never cut off either
        form_layout = layout_of(self.form, QBoxLayout)
        form_layout.insertWidget(form_layout.indexOf(child(self.form, QWidget, "fieldsArea")) + 1, self.kind_panels)
        self.body_view = child(self.form, QPlainTextEdit, "bodyView")
        protect_text_view(self.body_view)  # copied text is marked secret and cleared (gui/clipboard.py)
        self.attachments_list = child(self.form, QListWidget, "attachmentsList")
        # Add, open, save a decrypted copy, remove, drops and viewers (gui/attachments/).
        self.attachments = AttachmentsPanel(self.attachments_list, self)
        form_layout.insertWidget(form_layout.indexOf(self.attachments_list) + 1, self.attachments)
        self.history_button = child(self.form, QPushButton, "historyButton")
        self.history_button.clicked.connect(self.show_history)
        self.history_dialog: HistoryDialog | None = None
        self._store: RecordStore | None = None
        self.record: Record | None = None
        self.clear()

    # ----------------------------------------------------------------------------- showing

    def show_record(self, store: RecordStore, record_id: str) -> bool:
        """Show a record (live or in the bin); False, with the reason shown, if it cannot be read."""
        self.clear()
        self._store = store
        try:
            record = store.get(record_id, include_deleted=True)
            rows = record_rows.rows(store, record) + detail_rows(store, record, dt.date.today())  # gui/visits/
            linked = record_rows.linked_rows(store, record_id, record)
            steps = reprisals.steps(store, record.id) if record.kind == reprisals.CASE else None
            self.attachments.show_for(store, record)
        except NpmdeskError as error:
            self.title_label.setText(error_text(error))
            return False
        self.record = record
        self.title_label.setText(display.gui_line(record.title))
        self._show_marking(record.sensitivity)
        self.kind_label.setText(labels.kind_name(record.kind))
        for label, text in rows:
            self._add_row(label, text)
        for person, text, refused in record_rows.people_rows(record):
            self._add_row(person, text, highlight=refused)
        if steps is not None:
            self._show_steps(record, steps)
        for label, text in linked:
            self._add_row(label, text)
        self.body_view.setPlainText(display.terminal(record.body))  # each paragraph laid out on its own
        self.thread_panel.show_thread(store, record)
        self.exchange_note.show_for(store, record)
        self.kind_panels.show_for(store, record)
        self.history_button.setEnabled(record.version > 1)
        self.setAccessibleDescription(
            self.tr("{kind}, {marking}: {title}").format(
                kind=labels.kind_name(record.kind), marking=labels.sensitivity_name(record.sensitivity),
                title=display.gui_line(record.title))
        )
        return True

    def clear(self) -> None:
        self.close_history()
        self._store = None
        self.record = None
        self.title_label.clear()
        self.marking_label.clear()
        self.marking_label.setStyleSheet("")
        self.marking_label.setAccessibleDescription("")
        self.marking_label.hide()
        self.kind_label.clear()
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        self.body_view.clear()
        self.attachments.clear()
        self.thread_panel.clear()
        self.exchange_note.clear()
        self.kind_panels.clear()
        self.history_button.setEnabled(False)
        self.setAccessibleDescription("")

    def rows(self) -> list[tuple[str, str]]:
        """(label, text) of the rows shown (for tests and screen-reader checks)."""
        shown = []
        for row in range(self.fields_layout.rowCount()):
            label = self.fields_layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.fields_layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:  # not a button across the pane
                name, value = label.widget(), field.widget()
                if isinstance(name, QLabel) and isinstance(value, QLabel):  # every row _add_row adds
                    shown.append((name.text().rstrip(":"), value.text()))
        return shown

    def _show_again(self, record_id: str) -> None:
        if self._store is not None and self.record is not None and self.record.id == record_id:
            self.show_record(self._store, record_id)

    # ----------------------------------------------------------------------------- history

    def show_history(self) -> None:
        if self._store is None or self.record is None:
            return
        self.close_history()
        try:
            self.history_dialog = open_history(self._store, self.record, self)
        except NpmdeskError as error:
            self.title_label.setText(error_text(error))

    def close_history(self) -> None:
        if self.history_dialog is not None:
            dialog, self.history_dialog = self.history_dialog, None
            dialog.drop()

    # ----------------------------------------------------------------------------- helpers

    def _add_row(self, label: str, text: str, *, highlight: bool = False) -> None:
        name = QLabel(self.tr("{label}:").format(label=label))
        value = QLabel()
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        value.setText(text)
        value.setAccessibleName(label)
        if highlight:  # a refusal: said in the text too, for those who do not see the colour
            value.setStyleSheet(f"color: {tone('error')}; font-weight: bold;")
            value.setAccessibleDescription(self.tr("Refused or withdrawn consent"))
        self.fields_layout.addRow(name, value)

    def _show_steps(self, case: Record, steps: list[Record]) -> None:
        """A reprisal case's checks, one row each, and the button that adds the next one."""
        for step in steps:
            text = " — ".join(part for part in (
                formatting.date_text(step.date), display.gui_line(step.title),
                labels.status_name(step.status)) if part)
            self._add_row(self.tr("Step"), text)
        if not steps:
            self._add_row(self.tr("Steps"), self.tr("No return visit check yet"))
        button = QPushButton(self.tr("Add a return &visit check…"))
        button.setObjectName("addCheckButton")
        button.setAccessibleName(self.tr("Add a return visit check to this case"))
        button.setEnabled(case.deleted_at is None)
        button.clicked.connect(lambda: self._request_check(case))
        self.fields_layout.addRow(button)

    def _request_check(self, case: Record) -> None:
        person = case.fields.get("person")
        title = self.tr("Return visit check: {person}").format(
            person=display.gui_line(str(person)) if person else display.gui_line(case.title))
        self.new_record_requested.emit(reprisals.return_visit_check(case, title, None))

    def _show_marking(self, sensitivity: str) -> None:
        foreground, background = labels.SENSITIVITY_COLOURS.get(sensitivity, ("#ffffff", "#455a64"))
        name = labels.sensitivity_name(sensitivity)
        self.marking_label.setText(name.upper())
        self.marking_label.setStyleSheet(
            f"QLabel {{ color: {foreground}; background: {background}; font-weight: bold;"
            " padding: 2px 8px; border-radius: 3px; }"
        )
        self.marking_label.setAccessibleDescription(self.tr("Sensitivity: {name}").format(name=name))
        self.marking_label.show()
