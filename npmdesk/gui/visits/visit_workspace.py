"""The visit workspace (`ui/visit_workspace.ui`): one SPT visit as a timeline and a checklist.

The header names the visit (type, country, dates, status; a postponed or suspended visit says
that nothing is overdue); three boxes show its phases, preparation, the visit itself and
follow-up, with their dates and which one today falls in. Below them, the two reports after the
visit side by side (report_tracks_panel.py: to the State and to the NPM, with their dates, the
publication and what is next) and whether the State can apply to the Special Fund. The tree
lists each phase with the checklist items of the visit's type (background information sent …
tripartite dialogue; optional ones say so), each with its state as a sign and a word
(visit_labels.py) and, under it, the records that are its evidence; the other records linked to
the visit follow in the phase their date falls in. Everything is decided by
`npmdesk.records.visits` and `npmdesk.records.report_tracks`; this widget only shows it.

Clicking a record, or Enter on it (or on a checklist item that has exactly one record), emits
`record_activated(id)`; so does "Visit record…" for the visit itself. `clear()` empties every
text and drops the store (used when the vault locks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.form_parts import child, layout_of
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records import formatting, labels, record_rows
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.resources import icon, load_form
from npmdesk.gui.theme import readable
from npmdesk.gui.visits import visit_labels
from npmdesk.gui.visits.report_tracks_panel import ReportTracksPanel, fund_line
from npmdesk.records import report_tracks, visits
from npmdesk.records.query import Summary
from npmdesk.records.recommendations import RecommendationQuery, StatusCount, status_counts
from npmdesk.records.store import RecordStore

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # a phase's or a checklist item's key


class VisitWorkspace(QWidget):
    record_activated = Signal(str)

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitWorkspace")
        self.today = today
        self.form = load_form("visit_workspace", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.title_label = child(self.form, QLabel, "titleLabel")
        self.facts_label = child(self.form, QLabel, "factsLabel")
        self.recommendations_label = child(self.form, QLabel, "recommendationsLabel")
        self.phase_labels = {key: child(self.form, QLabel, f"phaseLabel_{key}") for key in visits.PHASES}
        self.tree = child(self.form, QTreeWidget, "checklistTree")
        self.record_button = child(self.form, QPushButton, "recordButton")
        self.record_button.setIcon(icon("visit"))
        self.tracks = ReportTracksPanel(self.form)
        layout_of_form = layout_of(self.form, QBoxLayout)
        layout_of_form.insertWidget(layout_of_form.indexOf(child(self.form, QLabel, "checklistLabel")), self.tracks)
        self.tracks.record_activated.connect(self.record_activated)
        self.tree.header().setAccessibleName(self.tr("Columns"))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, self.tree.header().ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._activated)
        self.record_button.clicked.connect(self._show_visit_record)
        self.overview: visits.VisitOverview | None = None
        self.clear()

    # ---------------------------------------------------------------------------- showing

    def show_visit(self, store: RecordStore, visit_id: str) -> bool:
        """Show a visit; False, with the reason shown, if it cannot be read."""
        self.clear()
        try:
            months = report_tracks.reply_months(store.vault)
            overview = visits.visit_overview(store, visit_id, self.today(), months)
            counterpart = record_rows.titles(store, [overview.visit.counterpart or ""])
            counts = status_counts(store, RecommendationQuery(visit=visit_id))
            fund = fund_line(store, overview.visit.country)
        except NpmdeskError as error:
            self.title_label.setText(error_text(error))
            return False
        self.overview = overview
        visit = overview.visit
        self.title_label.setText(display.gui_line(visit.title))
        facts = [choice_name(overview.visit_type), record_rows.country_text(visit.country),
                 self._span(visit.fields.get("start_date") or visit.date, visit.fields.get("end_date")),
                 labels.status_name(visit.status)]
        if overview.paused:
            facts.append(self.tr("nothing is overdue while the visit is on hold"))
        if visit.counterpart in counterpart:
            facts.append(self.tr("Counterpart: {name}").format(name=counterpart[visit.counterpart]))
        self.facts_label.setText(" · ".join(f for f in facts if f))
        for phase in overview.phases:
            self._show_phase(phase)
        self._show_recommendations(counts)
        self.tracks.show_tracks(overview.tracks, months, fund)
        self.record_button.setEnabled(True)
        self.setAccessibleDescription(self.tr("Visit workspace: {title}").format(title=visit.title))
        return True

    def clear(self) -> None:
        self.overview = None
        self.title_label.clear()
        self.facts_label.clear()
        self.recommendations_label.clear()
        for label in self.phase_labels.values():
            label.clear()
            label.setAccessibleName("")
            label.setFont(QFont())
        self.tree.clear()
        self.tracks.clear()
        self.record_button.setEnabled(False)
        self.setAccessibleDescription("")

    def item_for(self, key: str) -> QTreeWidgetItem | None:
        """The tree row of a phase or a checklist item (for tests and keyboard users' scripts)."""
        for row in range(self.tree.topLevelItemCount()):
            phase = self.tree.topLevelItem(row)
            if phase is None:
                continue
            if phase.data(0, KEY_ROLE) == key:
                return phase
            for index in range(phase.childCount()):
                item = phase.child(index)
                if item is not None and item.data(0, KEY_ROLE) == key:
                    return item
        return None

    # ---------------------------------------------------------------------------- helpers

    def _span(self, start: object, end: object) -> str:
        first = formatting.date_text(start if isinstance(start, str) else None)
        last = formatting.date_text(end if isinstance(end, str) else None)
        if first and last:
            return self.tr("{start} to {end}").format(start=first, end=last)
        if first:
            return self.tr("from {start}").format(start=first)
        return self.tr("until {end}").format(end=last) if last else ""

    def _show_phase(self, phase: visits.Phase) -> None:
        name = visit_labels.phase_name(phase.key)
        state = visit_labels.phase_state_name(phase.state)
        span = self._span(phase.start, phase.end) or self.tr("dates not known")
        label = self.phase_labels[phase.key]
        label.setText(f"{name}\n{span}\n{state}")
        label.setAccessibleName(self.tr("{phase}: {span}, {state}").format(phase=name, span=span, state=state))
        font = QFont()
        font.setBold(phase.state == visits.CURRENT)
        label.setFont(font)
        top = QTreeWidgetItem([self.tr("{phase} — {span} · {state}").format(phase=name, span=span, state=state)])
        top.setData(0, KEY_ROLE, phase.key)
        top.setFont(0, font)
        self.tree.addTopLevelItem(top)
        top.setFirstColumnSpanned(True)
        for item in phase.items:
            self._add_item(top, item)
        if phase.records:
            others = QTreeWidgetItem(top, [self.tr("Other linked records"), QLocale().toString(len(phase.records))])
            for summary in phase.records:
                self._add_record(others, summary)
        top.setExpanded(True)

    def _add_item(self, parent: QTreeWidgetItem, item: visits.ChecklistItem) -> None:
        mark, colour = visit_labels.STATE_MARKS.get(item.state, ("", ""))
        state = visit_labels.item_state_name(item.state)
        if item.ticked:
            state = self.tr("{state} (ticked)").format(state=state)
        name = choice_name(item.key)
        if item.optional:
            name = self.tr("{item} (optional)").format(item=name)
        row = QTreeWidgetItem(parent, [f"{mark} {name}", state])
        row.setData(0, KEY_ROLE, item.key)
        row.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("{item}: {state}, %n record(s)", "",
                                                                   len(item.records)).format(
            item=name, state=state))
        if colour:
            row.setForeground(1, QBrush(readable(colour)))  # legible in a dark palette too
        if len(item.records) == 1:
            row.setData(0, ID_ROLE, item.records[0].id)
        for summary in item.records:
            self._add_record(row, summary)
        row.setExpanded(bool(item.records))

    def _add_record(self, parent: QTreeWidgetItem, summary: Summary) -> None:
        text = self.tr("{kind}: {title}").format(kind=labels.kind_name(summary.kind),
                                                 title=display.gui_line(summary.title))
        row = QTreeWidgetItem(parent, [text, formatting.date_text(summary.date)])
        row.setData(0, ID_ROLE, summary.id)
        row.setToolTip(0, text)

    def _show_recommendations(self, counts: tuple[StatusCount, ...]) -> None:
        total = sum(c.count for c in counts)
        if not total:
            self.recommendations_label.setText(self.tr("No recommendations recorded from this visit's reports."))
            return
        locale = QLocale()
        parts = "; ".join(f"{labels.status_name(c.status)}: {locale.toString(c.count)}" for c in counts if c.count)
        self.recommendations_label.setText(
            self.tr("%n recommendation(s) from this visit's reports — {parts}", "", total).format(parts=parts))

    def _clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        if row.childCount() == 0:  # a record; a click on a checklist item only selects it
            self._activated(row, 0)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        record_id = row.data(0, ID_ROLE)
        if record_id:
            self.record_activated.emit(str(record_id))

    def _show_visit_record(self) -> None:
        if self.overview is not None:
            self.record_activated.emit(self.overview.visit.id)
