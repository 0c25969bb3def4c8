"""The recommendations tracker (`ui/recommendations_tracker.ui`), shown for the Recommendations list.

Filters (report, addressee, status) above a lazy table of recommendations (tracker_model.py), and
under it a chart of how many have each status of implementation (status_chart.py) with the same
figures in words. Every count comes from SQL (npmdesk.records.recommendations); the chart follows
the report and addressee filters and shows every status, so the status filter never hides a bar.
Selecting a row emits `record_selected(id)`; clicking a bar filters by its status.
`clear()` empties the table, the chart, the filters and drops the store (used when the vault locks).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QComboBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from npmdesk.gui.recommendations.status_chart import StatusChart
from npmdesk.gui.recommendations.tracker_model import COLUMN_CHARS, ID_ROLE, TITLE_COLUMN, RecommendationTableModel
from npmdesk.gui.records import labels
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.resources import load_form
from npmdesk.records.recommendations import (
    ADDRESSEES,
    STATUSES,
    RecommendationQuery,
    reports_with_recommendations,
    status_counts,
)
from npmdesk.records.store import RecordStore


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
        self.report_filter: QComboBox = self.form.findChild(QComboBox, "reportFilter")
        self.addressee_filter: QComboBox = self.form.findChild(QComboBox, "addresseeFilter")
        self.status_filter: QComboBox = self.form.findChild(QComboBox, "statusFilter")
        self.summary_label: QLabel = self.form.findChild(QLabel, "summaryLabel")
        self.model = RecommendationTableModel(self)
        self.table: QTableView = self.form.findChild(QTableView, "recommendationTable")
        self._set_up_table()
        self.setFocusProxy(self.table)
        self.chart = StatusChart(self.form)
        form_layout: QVBoxLayout = self.form.findChild(QVBoxLayout, "trackerLayout")
        form_layout.insertWidget(form_layout.indexOf(self.form.findChild(QLabel, "chartTitleLabel")) + 1, self.chart)
        self.chart.status_clicked.connect(self.filter_status)
        for combo in (self.report_filter, self.addressee_filter, self.status_filter):
            combo.activated.connect(self._filters_changed)
            combo.view().setAccessibleName(combo.accessibleName())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

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
            status=self.status_filter.currentData(),
        )

    def filter_status(self, status: str | None) -> None:
        index = self.status_filter.findData(status)
        if index >= 0:
            self.status_filter.setCurrentIndex(index)
            self._filters_changed()

    def clear(self) -> None:
        self.store = None
        self.model.clear()
        self.chart.clear()
        self.summary_label.clear()
        for combo in (self.report_filter, self.addressee_filter, self.status_filter):
            combo.clear()

    # ---------------------------------------------------------------------------- helpers

    def _fill_filters(self, store: RecordStore) -> None:
        chosen = [combo.currentData() for combo in (self.report_filter, self.addressee_filter, self.status_filter)]
        locale = QLocale()
        options: list[list[tuple[str, str | None]]] = [
            [(self.tr("All reports"), None)] + [
                (self.tr("{title} ({count})").format(
                    title=choice.title if choice.title is not None else self.tr("Without a report"),
                    count=locale.toString(choice.count)), choice.report_id)
                for choice in reports_with_recommendations(store)
            ],
            [(self.tr("Anyone"), None)] + [(choice_name(a), a) for a in ADDRESSEES],
            [(self.tr("Any status"), None)] + [(labels.status_name(s), s) for s in STATUSES],
        ]
        for combo, items, previous in zip((self.report_filter, self.addressee_filter, self.status_filter), options,
                                          chosen, strict=True):
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(previous), 0))
            combo.blockSignals(False)

    def _filters_changed(self, _index: int = 0) -> None:
        if self.store is not None:
            self._apply()

    def _apply(self) -> None:
        if self.store is None:
            return
        query = self.query()
        self.model.set_source(self.store, query)
        counts = status_counts(self.store, query)
        self.chart.set_counts(counts)
        total = self.model.rowCount()
        shown = self.tr("%n recommendation(s) shown.", "", total)
        self.summary_label.setText(f"{shown} {self.chart.summary()}." if counts else shown)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id:
            self.record_selected.emit(str(record_id))
