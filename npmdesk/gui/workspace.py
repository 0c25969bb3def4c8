"""The three-pane workspace, the main window's central widget.

    navigator | record list, or search results | dashboard, or the selected record

The navigator's entry sets the list's query; selecting a row shows the record; with nothing
selected the right pane shows the dashboard. Typing in the search box (in the window's
toolbar) replaces the list with search results; Escape brings the list back.
`discard()` empties every model, view and text and drops the store (used when the vault locks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from npmdesk.gui.attachments.drops import accept_drops_on_rows
from npmdesk.gui.dashboard import Dashboard
from npmdesk.gui.navigator import Entry, Navigator
from npmdesk.gui.recommendations.tracker import RecommendationsTracker
from npmdesk.gui.records.detail_pane import DetailPane
from npmdesk.gui.records.list_model import ID_ROLE, SUMMARY_ROLE, RecordListModel
from npmdesk.gui.records.list_view import make_table
from npmdesk.gui.search.filters import SearchFilters
from npmdesk.gui.search.results_model import SNIPPET_COLUMN, SearchResultsModel
from npmdesk.gui.search.search_box import SearchBox
from npmdesk.gui.search.snippet_delegate import SnippetDelegate
from npmdesk.gui.visits.visit_workspace import VisitWorkspace
from npmdesk.records.search_index import RANKED_LIMIT
from npmdesk.records.store import RecordStore

LISTED_PAGE = 500  # rows read at a time for "Everything in this list"

LIST_PAGE, SEARCH_PAGE = 0, 1
DASHBOARD_PAGE, DETAIL_PAGE = 0, 1
TRACKER_PAGE = 2  # in the list stack: the Recommendations entry shows the tracker
VISIT_PAGE = 2  # in the right stack: a visit selected in a list shows the visit workspace


class Workspace(QWidget):
    refreshed = Signal()  # everything shown was read again: records may have changed (a save, an import, F5)

    def __init__(self, store: RecordStore, today: Callable[[], dt.date] = dt.date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.store: RecordStore | None = store
        self.user_order: tuple[str, bool] | None = None  # (order_by, descending) once a header was clicked
        self.navigator = Navigator(self)
        self.list_model = RecordListModel(self)
        self.list_view = make_table(self.list_model, "recordList", self.tr("Records"), sortable=True)
        self.search_model = SearchResultsModel(self)
        self.search_view = make_table(self.search_model, "searchResults", self.tr("Search results"),
                                      stretch=SNIPPET_COLUMN)
        self.search_view.setItemDelegateForColumn(SNIPPET_COLUMN, SnippetDelegate(self.search_view))
        self.search_box = SearchBox()
        self.search_filters = SearchFilters(self)  # shown with the results
        self.search_filters.hide()
        self.list_title = QLabel(self)
        self.list_title.setObjectName("listTitle")
        self.list_title.setTextFormat(Qt.TextFormat.PlainText)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.search_view)
        self.dashboard = Dashboard(today, self)
        self.detail = DetailPane(self)
        self.right_stack = QStackedWidget(self)
        self.right_stack.addWidget(self.dashboard)
        self.right_stack.addWidget(self.detail)
        self.visit_workspace = VisitWorkspace(today, self)
        self.right_stack.addWidget(self.visit_workspace)
        self.visit_workspace.record_activated.connect(self.show_record)
        self.tracker = RecommendationsTracker(self)
        self.list_stack.addWidget(self.tracker)
        self.tracker.record_selected.connect(self.show_record)
        self.list_view.clicked.connect(self._row_clicked)
        for view in (self.list_view, self.search_view):  # Shift/Ctrl+click select several (Export selected…)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._lay_out()
        for view in (self.list_view, self.search_view):  # files dropped on a row go to that record
            accept_drops_on_rows(view, self._files_dropped)
        self.navigator.entry_chosen.connect(self._entry_chosen)
        self.list_view.horizontalHeader().sortIndicatorChanged.connect(self._user_sorted)
        self.list_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search_view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.search_box.search_changed.connect(self.search)
        self.search_box.escaped.connect(self.leave_search)
        self.search_box.results_requested.connect(self.focus_results)
        self.search_filters.changed.connect(self._filters_changed)
        self.dashboard.record_activated.connect(self.show_record)
        self.navigator.populate(store)
        self.navigator.choose(0)
        # The dashboard's queries are the slowest part of the first screen: they run once the
        # window has painted the navigator and the list.
        QTimer.singleShot(0, self, self._fill_dashboard)

    def _fill_dashboard(self) -> None:
        if self.store is not None:
            self.dashboard.refresh(self.store)

    def _lay_out(self) -> None:
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.list_title)
        middle_layout.addWidget(self.search_filters)
        middle_layout.addWidget(self.list_stack)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workspaceSplitter")
        self.splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.navigator, 0), (middle, 2), (self.right_stack, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.indexOf(widget), stretch)
        self.splitter.setSizes([190, 590, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.navigator, self.list_view)
        QWidget.setTabOrder(self.list_view, self.search_view)

    # ------------------------------------------------------------------------- navigation

    @property
    def searching(self) -> bool:
        return self.list_stack.currentIndex() == SEARCH_PAGE

    def _entry_chosen(self, entry: Entry) -> None:
        if self.store is None:
            return
        query = entry.query
        if self.user_order is not None:  # the order the user chose by clicking a header stays
            query = replace(query, order_by=self.user_order[0], descending=self.user_order[1])
        self.list_model.set_source(self.store, query)
        header = self.list_view.horizontalHeader()
        header.blockSignals(True)  # the model is sorted already; and this is not the user's choice
        header.setSortIndicator(
            self.list_model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.list_model.query.descending else Qt.SortOrder.AscendingOrder,
        )
        header.blockSignals(False)
        header.viewport().update()
        self.leave_search(focus=False)
        self._update_title()
        self.show_dashboard()
        if entry.key == "recommendations":
            self.tracker.set_store(self.store)
            self.list_stack.setCurrentIndex(TRACKER_PAGE)

    def _user_sorted(self) -> None:
        if self.store is not None:
            self.user_order = (self.list_model.query.order_by, self.list_model.query.descending)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = current.data(ID_ROLE) if current.isValid() else None
        if record_id and getattr(current.data(SUMMARY_ROLE), "kind", None) == "visit":
            self.show_visit(str(record_id))
        elif record_id:
            self.show_record(str(record_id))

    def _row_clicked(self, index: QModelIndex) -> None:
        """A click on the current row shows it again (after a record was opened from the visit workspace)."""
        if index.row() == self.list_view.currentIndex().row():
            self._row_changed(index, QModelIndex())

    def selected_ids(self) -> list[str]:
        """Ids of the rows selected in the list shown (or the search results), top to bottom."""
        view = self.search_view if self.searching else self.list_view
        if view is not self.list_stack.currentWidget():
            return []
        rows = sorted(view.selectionModel().selectedRows(), key=lambda index: index.row())
        return [str(record_id) for index in rows if (record_id := index.data(ID_ROLE))]

    def listed_ids(self) -> list[str] | None:
        """Ids of every record the list shows, all its pages, in its order: the search results with
        their filters while searching, else the navigator's list; None when no list of records is
        shown (the recommendations tracker)."""
        store = self.store
        if store is None:
            return None
        if self.searching:
            text, filters = self.search_model.text, self.search_filters.query()
            if not text.strip():
                return []
            ids: list[str] = []
            while True:
                hits = store.search(text, replace(filters, offset=len(ids), limit=LISTED_PAGE),
                                    self.search_filters.order.order())
                ids += [hit.record.id for hit in hits]
                if len(hits) < LISTED_PAGE:
                    return list(dict.fromkeys(ids))
        if self.list_stack.currentWidget() is not self.list_view:
            return None
        return [summary.id for summary in store.each(self.list_model.query)]

    def show_visit(self, visit_id: str) -> None:
        """The visit workspace of a visit in the right pane (its record if it cannot be shown)."""
        if self.store is not None:
            if self.visit_workspace.show_visit(self.store, visit_id):
                self.detail.show_record(self.store, visit_id)  # its own record: "Visit record…", F5
                self.right_stack.setCurrentIndex(VISIT_PAGE)
            else:
                self.show_record(visit_id)

    def show_record(self, record_id: str) -> None:
        if self.store is not None:
            self.detail.show_record(self.store, record_id)
            self.right_stack.setCurrentIndex(DETAIL_PAGE)

    def show_dashboard(self) -> None:
        """Nothing selected: the dashboard in the right pane."""
        for view in (self.list_view, self.search_view, self.tracker.table):
            view.selectionModel().clear()
        self.detail.clear()
        self.visit_workspace.clear()
        self.right_stack.setCurrentIndex(DASHBOARD_PAGE)

    def choose_entry(self, row: int) -> None:
        self.navigator.choose(row)
        shown = self.list_stack.currentWidget()
        if shown is not None:
            shown.setFocus()

    # ----------------------------------------------------------------------------- search

    def search(self, text: str) -> None:
        if self.store is None:
            return
        if not text:
            self.leave_search(focus=False)
            return
        if not self.search_filters.filled:
            self.search_filters.fill(self.store)
        self.search_model.search(self.store, text, self.search_filters.query(), self.search_filters.order.order())
        self.list_stack.setCurrentIndex(SEARCH_PAGE)
        self.search_filters.show()
        self._update_title()

    def _filters_changed(self) -> None:
        """Search again; a result that was shown gives way to the first result left (or the dashboard)."""
        if not (self.searching and self.search_model.text):
            return
        following = self.search_view.currentIndex().isValid()
        self.search(self.search_model.text)
        if following and self.search_model.rowCount():
            flags = QItemSelectionModel.SelectionFlag
            self.search_view.selectionModel().setCurrentIndex(self.search_model.index(0, 0),
                                                              flags.ClearAndSelect | flags.Rows)
        elif following:
            self.show_dashboard()

    def leave_search(self, focus: bool = True) -> None:
        """Back to the navigator's list, as it was (Escape in the search box)."""
        self.search_box.discard()
        self.search_model.clear()
        self.search_filters.hide()
        self.search_filters.reset()
        entry = self.navigator.current_entry()
        self.list_stack.setCurrentIndex(TRACKER_PAGE if entry and entry.key == "recommendations" else LIST_PAGE)
        self._update_title()
        current = self.list_view.currentIndex()
        if current.isValid():
            self._row_changed(current, QModelIndex())
        elif self.right_stack.currentIndex() == DETAIL_PAGE and self.store is not None:
            self.show_dashboard()
        if focus:
            self.list_view.setFocus()

    def focus_results(self) -> None:
        if self.searching and self.search_model.rowCount():
            self.search_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            selection = self.search_view.selectionModel()
            if not selection.selectedRows():
                current = self.search_view.currentIndex()
                flags = QItemSelectionModel.SelectionFlag
                selection.setCurrentIndex(  # selected as well as current, so that it shows
                    current if current.isValid() else self.search_model.index(0, 0), flags.ClearAndSelect | flags.Rows)

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # ---------------------------------------------------------------------------- refresh

    def refresh(self) -> None:
        """Read everything shown again (F5)."""
        if self.store is None:
            return
        shown = self.detail.record.id if self.detail.record is not None else None
        self.navigator.update_counts(self.store)
        self.list_model.refresh()
        if self.list_stack.currentIndex() == TRACKER_PAGE:
            self.tracker.refresh()
        if self.searching:
            self.search_model.search(self.store, self.search_model.text, self.search_filters.query(),
                                     self.search_filters.order.order())
        self.dashboard.refresh(self.store)
        self._update_title()
        if self.right_stack.currentIndex() == VISIT_PAGE and shown is not None:
            self.show_visit(shown)
        elif shown is not None:
            self.show_record(shown)
        self.refreshed.emit()

    def _update_title(self) -> None:
        if self.searching:
            count = self.search_model.rowCount()
            more = self.search_model.canFetchMore(QModelIndex())
            if not self.search_model.ranked:  # "best" asked for, too many matches to rank
                text = self.tr("Search: more than {limit} results, the most recently added first. Add words to"
                               " rank them by best match.").format(limit=QLocale().toString(RANKED_LIMIT))
            elif not more:
                text = self.tr("Search: %n result(s)", "", count)
            elif self.search_model.order == "newest":
                text = self.tr("Search: the %n most recently added results", "", count)
            else:
                text = self.tr("Search: the best %n results", "", count)
        else:
            entry = self.navigator.current_entry()
            text = entry.name if entry else ""
        self.list_title.setText(text)
        self.list_title.setAccessibleName(text)

    # ---------------------------------------------------------------------------- locking

    def _files_dropped(self, record_id: str, paths: list[Path]) -> None:
        if self.store is not None:
            self.detail.attachments.add_paths(self.store, record_id, paths)

    def discard(self) -> None:
        """Forget everything shown: models empty, texts cleared, the store dropped."""
        self.store = None
        self.search_box.discard()
        self.search_model.clear()
        self.search_filters.hide()
        self.search_filters.discard()
        self.list_model.clear()
        self.tracker.clear()
        self.visit_workspace.clear()
        self.navigator.clear()
        self.detail.attachments.discard()  # viewers closed and their bytes zeroed; a job in flight cancelled
        self.detail.clear()
        self.dashboard.clear()
        self.list_title.clear()
        self.list_title.setAccessibleName("")
