"""The recommendations tracker (`ui/recommendations_tracker.ui`), shown for the Recommendations list.

Filters (report, addressee, the NPM's assessment, the status the State reports, priority and
responsible authority) above a lazy table of recommendations (tracker_model.py), and under it a
chart of how many have each status in both series, the NPM's and the State's (status_chart.py),
with the same figures in words. Every count comes from SQL (npmdesk.records.recommendations);
each series follows every filter except its own status filter and shows every status, so a
status filter never hides a bar of its own series (filter what the State reports as implemented
and the NPM's bars show what the NPM makes of it). Selecting a row emits `record_selected(id)`;
clicking a bar filters by its status in its series. `clear()` empties the table, the chart and
the filters and drops the store (used when the vault locks).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.gui.form_parts import child
from npmdesk.gui.recommendations.status_chart import StatusChart
from npmdesk.gui.recommendations.tracker_model import COLUMN_CHARS, ID_ROLE, TITLE_COLUMN, RecommendationTableModel
from npmdesk.gui.records import labels
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.resources import load_form
from npmdesk.records.recommendations import (
    ADDRESSEES,
    NO_PRIORITY,
    NOT_REPORTED,
    PRIORITIES,
    STATUSES,
    RecommendationQuery,
    authorities,
    reports_with_recommendations,
    state_status_counts,
    status_counts,
)
from npmdesk.records.store import RecordStore

Options = list[tuple[str, str | None]]


class RecommendationsTracker(QWidget):
    record_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommendationsTracker")
        self.form = load_form("recommendations_tracker", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.store: RecordStore | None = None
        self.report_filter = child(self.form, QComboBox, "reportFilter")
        self.addressee_filter = child(self.form, QComboBox, "addresseeFilter")
        self.status_filter = child(self.form, QComboBox, "statusFilter")
        self.state_status_filter = child(self.form, QComboBox, "stateStatusFilter")
        self.priority_filter = child(self.form, QComboBox, "priorityFilter")
        self.authority_filter = child(self.form, QComboBox, "authorityFilter")
        self.summary_label = child(self.form, QLabel, "summaryLabel")
        self.model = RecommendationTableModel(self)
        self.table = child(self.form, QTableView, "recommendationTable")
        self._set_up_table()
        self.setFocusProxy(self.table)
        self.chart = StatusChart(self.form)
        form_layout = child(self.form, QVBoxLayout, "trackerLayout")
        form_layout.insertWidget(form_layout.indexOf(child(self.form, QLabel, "chartTitleLabel")) + 1, self.chart)
        self.chart.status_clicked.connect(self.filter_status)
        self.chart.state_status_clicked.connect(self.filter_state_status)
        for combo in self._filters():
            combo.activated.connect(self._filters_changed)
            combo.view().setAccessibleName(combo.accessibleName())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.report_filter, self.addressee_filter, self.status_filter, self.state_status_filter,
                self.priority_filter, self.authority_filter)

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        rows.setAccessibleName(self.tr("Rows"))
        columns = table.horizontalHeader()
        columns.setAccessibleName(self.tr("Columns: choose one to sort by it"))
        columns.setHighlightSections(False)
        average = table.fontMetrics().averageCharWidth()
        for column, chars in enumerate(COLUMN_CHARS):
            table.setColumnWidth(column, chars * average + 16)
        columns.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        columns.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        corner = table.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all"))

    # ---------------------------------------------------------------------------- showing

    def set_store(self, store: RecordStore) -> None:
        """Show the recommendations of `store`, keeping the filters that still apply."""
        self.store = store
        self._fill_filters(store)
        self._apply()

    def refresh(self) -> None:
        if self.store is not None:
            self.set_store(self.store)

    def query(self) -> RecommendationQuery:
        """The filters chosen, in the table's order."""
        return replace(
            self.model.query, report=self.report_filter.currentData(), addressee=self.addressee_filter.currentData(),
            status=self.status_filter.currentData(), state_status=self.state_status_filter.currentData(),
            priority=self.priority_filter.currentData(), authority=self.authority_filter.currentData(),
        )

    def filter_status(self, status: str | None) -> None:
        """Show the recommendations the NPM assesses at `status` (None: any)."""
        self._choose(self.status_filter, status)

    def filter_state_status(self, status: str | None) -> None:
        """Show the recommendations the State reports at `status` (None: any)."""
        self._choose(self.state_status_filter, status)

    def clear(self) -> None:
        self.store = None
        self.model.clear()
        self.chart.clear()
        self.summary_label.clear()
        for combo in self._filters():
            combo.clear()

    # ---------------------------------------------------------------------------- helpers

    def _choose(self, combo: QComboBox, value: str | None) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
            self._filters_changed()

    def _options(self, store: RecordStore) -> list[Options]:
        locale = QLocale()

        def counted(text: str, count: int) -> str:
            return self.tr("{title} ({count})").format(title=text, count=locale.toString(count))

        statuses: Options = [(labels.status_name(s), s) for s in STATUSES]
        return [
            [(self.tr("All reports"), None)] + [
                (counted(choice.title if choice.title is not None else self.tr("Without a report"), choice.count),
                 choice.report_id)
                for choice in reports_with_recommendations(store)
            ],
            [(self.tr("Anyone"), None)] + [(choice_name(a), a) for a in ADDRESSEES],
            [(self.tr("Any status"), None), *statuses],
            [(self.tr("Any status"), None), *statuses, (self.tr("Not reported"), NOT_REPORTED)],
            [(self.tr("Any priority"), None)] + [(choice_name(p), p) for p in PRIORITIES]
            + [(self.tr("No priority given"), NO_PRIORITY)],
            [(self.tr("Any authority"), None)] + [
                (counted(display.gui_line(choice.authority) if choice.authority else self.tr("None named"),
                         choice.count), choice.authority)
                for choice in authorities(store)
            ],
        ]

    def _fill_filters(self, store: RecordStore) -> None:
        combos = self._filters()
        chosen = [combo.currentData() for combo in combos]
        for combo, items, previous in zip(combos, self._options(store), chosen, strict=True):
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(previous), 0) if previous is not None else 0)
            combo.blockSignals(False)

    def _filters_changed(self, _index: int = 0) -> None:
        if self.store is not None:
            self._apply()

    def _apply(self) -> None:
        if self.store is None:
            return
        query = self.query()
        self.model.set_source(self.store, query)
        self.chart.set_counts(status_counts(self.store, query), state_status_counts(self.store, query))
        total = self.model.rowCount()
        shown = self.tr("%n recommendation(s) shown.", "", total)
        summary = self.chart.summary()
        self.summary_label.setText(f"{shown} {summary}." if summary else shown)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id:
            self.record_selected.emit(str(record_id))
