"""A recommendation's three-way dialogue, in the detail pane: what the State reports and the NPM's
own assessment side by side, each with its date and source; the history of both, oldest first
(records/recommendations.py: status_history); and the Special Fund projects that implement it.

Hidden for any other kind of record. Every text is plain text. `clear()` forgets it all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.records.model import Record
from npmdesk.records.recommendations import (
    ProjectRef,
    StatusChange,
    implementing_projects,
    names_unfit_report,
    npm_side,
    state_side,
    status_history,
)
from npmdesk.records.store import RecordStore


def plain_label(parent: QWidget, name: str, *, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class DialoguePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationDialogue")
        self.setAccessibleName(self.tr("The State's reports and the NPM's assessment"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(self, "dialogueHeading", bold=True)
        layout.addWidget(self.heading)
        self.report_note = plain_label(self, "unfitReportNote")
        self.report_note.setAccessibleName(self.tr("Note about the report"))
        layout.addWidget(self.report_note)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.state_heading = plain_label(self, "stateHeading", bold=True)
        self.npm_heading = plain_label(self, "npmHeading", bold=True)
        grid.addWidget(self.state_heading, 0, 0)
        grid.addWidget(self.npm_heading, 0, 1)
        self.state_label = plain_label(self, "stateSide")
        self.npm_label = plain_label(self, "npmSide")
        grid.addWidget(self.state_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.npm_label, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.history_label = plain_label(self, "dialogueHistory")
        self.history_label.setAccessibleName(self.tr("History of both statuses"))
        self.projects_label = plain_label(self, "fundProjects")
        self.projects_label.setAccessibleName(self.tr("Special Fund projects that implement it"))
        layout.addWidget(self.history_label)
        layout.addWidget(self.projects_label)
        self.clear()

    def show_for(self, store: RecordStore, record: Record) -> None:
        """Show the dialogue of `record` if it is a recommendation; hide otherwise."""
        self.clear()
        if record.kind != "recommendation":
            return
        try:
            history = status_history(store, record.id)
            projects = implementing_projects(store, record.id)
            unfit = names_unfit_report(store, record)
        except NpmdeskError:
            return  # the rows above still show both statuses
        self.heading.setText(self.tr("Dialogue on this recommendation"))
        if unfit:
            self.report_note.setText(self.tr(
                "Its report is the SPT's annual report or guidance, which recommendations do not come from: "
                "when you next edit it, choose a visit report, the NPM's own report, or none."))
        self.report_note.setVisible(unfit)
        self.state_heading.setText(self.tr("The State reports"))
        self.npm_heading.setText(self.tr("The NPM's assessment"))
        self.state_label.setText(self._side(state_side(record), self.tr("The State has not reported a status.")))
        self.state_label.setAccessibleName(self.tr("The State reports: {text}").format(text=self.state_label.text()))
        self.npm_label.setText(self._side(npm_side(record), self.tr("The NPM has not assessed it yet.")))
        self.npm_label.setAccessibleName(self.tr("The NPM's assessment: {text}").format(text=self.npm_label.text()))
        lines = [self.tr("History (oldest first):")]
        lines += [self.tr("State: {change}").format(change=self._change(c)) for c in history.state]
        lines += [self.tr("NPM: {change}").format(change=self._change(c)) for c in history.npm]
        self.history_label.setText("\n".join(lines))
        self.projects_label.setText(self._projects(projects))
        self.show()

    def clear(self) -> None:
        for label in (self.heading, self.report_note, self.state_heading, self.npm_heading, self.state_label,
                      self.npm_label, self.history_label, self.projects_label):
            label.clear()
        self.hide()

    def texts(self) -> dict[str, str]:
        """What the panel shows, by part (for tests and screen-reader checks)."""
        return {"report": self.report_note.text(), "state": self.state_label.text(), "npm": self.npm_label.text(),
                "history": self.history_label.text(), "projects": self.projects_label.text()}

    # ---------------------------------------------------------------------------- helpers

    def _side(self, side: StatusChange, nothing: str) -> str:
        if side.status is None:
            return nothing
        lines = [labels.status_name(side.status)]
        lines.append(self.tr("Dated: {date}").format(date=formatting.date_text(side.on) or self.tr("no date")))
        lines.append(self.tr("Source: {source}").format(
            source=choice_name(side.source) if side.source else self.tr("not given")))
        if side.evidence:
            lines.append(self.tr("Evidence: {text}").format(text=display.gui(side.evidence)))
        return "\n".join(lines)

    def _change(self, change: StatusChange) -> str:
        status = labels.status_name(change.status) if change.status else self.tr("no status")
        source = choice_name(change.source) if change.source else self.tr("source not given")
        when = formatting.date_text(change.on) or self.tr("undated")
        return self.tr("{when}: {status} ({source}), recorded {recorded}").format(
            when=when, status=status, source=source, recorded=formatting.date_text(change.recorded_at))

    def _projects(self, projects: list[ProjectRef]) -> str:
        if not projects:
            return self.tr("No Special Fund project implements it.")
        lines = [self.tr("Special Fund projects that implement it:")]
        for project in projects:
            status = labels.status_name(project.status) if project.status else ""
            year = str(project.call_year) if project.call_year is not None else ""
            details = ", ".join(part for part in (status, year) if part)
            title = display.gui_line(project.title)
            lines.append(f"{title} ({details})" if details else title)
        return "\n".join(lines)
