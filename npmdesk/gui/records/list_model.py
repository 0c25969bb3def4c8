"""The record list: a table model over RecordStore that reads rows lazily, one page at a time.

`rowCount` comes from `store.count(query)` (one cheap SQL count), so the scroll bar is right
from the start; a row's data is read only when a view asks for it, by fetching the page
(PAGE_SIZE rows, `store.list` with offset and limit) that holds it. At most MAX_PAGES pages
are kept (least recently used go first), so scrolling 100,000 rows reads only the pages
that were on screen and memory stays flat. Sorting by a column changes the query's
`order_by` and asks the store again: the sorting happens in SQL, never here.

`clear()` drops the rows, the pages and the store (used when the vault locks).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from npmdesk import display
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.page_cache import PageCache
from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.store import RecordStore

PAGE_SIZE = 200
MAX_PAGES = 16

Index = QModelIndex | QPersistentModelIndex

# Column → ListQuery.order_by.
COLUMNS = ("date", "kind", "title", "status")
ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1


def column_title(column: int) -> str:
    titles = (
        QCoreApplication.translate("RecordListModel", "Date"),
        QCoreApplication.translate("RecordListModel", "Kind"),
        QCoreApplication.translate("RecordListModel", "Title"),
        QCoreApplication.translate("RecordListModel", "Status"),
    )
    return titles[column]


def summary_text(summary: Summary, column: int) -> str:
    """What a list cell shows of a record (shared with the search results)."""
    name = COLUMNS[column]
    if name == "date":
        return formatting.date_text(summary.date)
    if name == "kind":
        return labels.kind_name(summary.kind)
    if name == "status":
        return labels.status_name(summary.status)
    return display.gui_line(summary.title)  # outside text: controls and bidi overrides visible, isolated


class RecordListModel(QAbstractTableModel):
    """Records matching one ListQuery, in the query's order, read page by page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._store: RecordStore | None = None
        self._query = ListQuery(limit=PAGE_SIZE)
        self._rows = 0
        self._pages: PageCache[Summary] = PageCache(PAGE_SIZE, MAX_PAGES)

    # ---------------------------------------------------------------------------- source

    @property
    def store(self) -> RecordStore | None:
        return self._store

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_source(self, store: RecordStore, query: ListQuery) -> None:
        """Show the records of `store` that match `query` (its offset and limit are ignored)."""
        self.beginResetModel()
        self._store = store
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self._pages.clear()
        self._rows = store.count(self._query)
        self.endResetModel()

    def set_query(self, query: ListQuery) -> None:
        if self._store is not None:
            self.set_source(self._store, query)

    def refresh(self) -> None:
        """Count and read again (after a change, or F5)."""
        self.set_query(self._query)

    def clear(self) -> None:
        """No rows, no cached text, no store."""
        self.beginResetModel()
        self._store = None
        self._pages.clear()
        self._rows = 0
        self._query = ListQuery(limit=PAGE_SIZE)
        self.endResetModel()

    # ------------------------------------------------------------------------------ rows

    def summary(self, row: int) -> Summary | None:
        """The record on `row`, reading its page if needed; None past the end (the vault
        may have changed since the count)."""
        if self._store is None or not 0 <= row < self._rows:
            return None
        store, query = self._store, self._query
        return self._pages.row(row, lambda offset: store.list(replace(query, offset=offset, limit=PAGE_SIZE)))

    @property
    def pages_fetched(self) -> int:
        """How many times a page was read from the store (for tests and benchmarks)."""
        return self._pages.fetched

    def cached_pages(self) -> list[int]:
        return self._pages.numbers()

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the pages already read (None if not among them)."""
        return next((row for row, summary in self._pages.cached() if summary.id == record_id), None)

    # ------------------------------------------------------------------------ Qt's model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, ID_ROLE, SUMMARY_ROLE
        ):
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        if role == ID_ROLE:
            return summary.id
        if role == SUMMARY_ROLE:
            return summary
        return summary_text(summary, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(
            COLUMNS
        ):
            return column_title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: the column becomes the query's order_by."""
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.order_by == COLUMNS[column] and self._query.descending == descending:
            return
        self._query = replace(self._query, order_by=COLUMNS[column], descending=descending)
        self.refresh()

    def sort_column(self) -> int:
        return COLUMNS.index(self._query.order_by) if self._query.order_by in COLUMNS else 0
