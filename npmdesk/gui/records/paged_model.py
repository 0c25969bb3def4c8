"""The lazy table model of the record list and the recommendations tracker: rows read from the vault
one page at a time, sorted in SQL.

`rowCount` comes from one SQL count (`count`), so the scroll bar is right from the start; a row is
read only when a view asks for it, by reading the page (PAGE_SIZE rows, `read` with the query's
offset and limit) that holds it. At most MAX_PAGES pages are kept (least recently used go first,
page_cache.py), so scrolling 100,000 rows reads only the pages that were on screen and memory stays
flat. Sorting by a column changes the query's `order_by` and asks the store again: the sorting
happens in SQL, never here. `clear()` drops the rows, the pages and the store (when the vault locks).

A subclass says how to count and read (`count`, `read`), names its columns (the `order_by` each
sorts by, and `column_title`) and answers `data`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npmdesk.gui.records.page_cache import PageCache
from npmdesk.records.query import ListQuery
from npmdesk.records.recommendations import RecommendationQuery
from npmdesk.records.store import RecordStore

PAGE_SIZE = 200
MAX_PAGES = 16

Index = QModelIndex | QPersistentModelIndex
Query = TypeVar("Query", ListQuery, RecommendationQuery)
Row = TypeVar("Row")


class PagedTableModel(QAbstractTableModel, Generic[Query, Row]):
    """Rows matching one query, in the query's order, read page by page. `empty` is the query shown
    before `set_source` and after `clear`; `orders` the `order_by` of each column."""

    def __init__(self, empty: Query, orders: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._empty: Query = replace(empty, offset=0, limit=PAGE_SIZE)
        self._orders = tuple(orders)
        self._store: RecordStore | None = None
        self._query: Query = self._empty
        self._rows = 0
        self._pages: PageCache[Row] = PageCache(PAGE_SIZE, MAX_PAGES)

    # ------------------------------------------------------------------ for a subclass

    def count(self, store: RecordStore, query: Query) -> int:
        """How many rows match `query`."""
        raise NotImplementedError

    def read(self, store: RecordStore, query: Query) -> list[Row]:
        """The rows of `query`'s page (its offset and limit are set)."""
        raise NotImplementedError

    def column_title(self, column: int) -> str:
        raise NotImplementedError

    # -------------------------------------------------------------------------- source

    @property
    def store(self) -> RecordStore | None:
        return self._store

    @property
    def query(self) -> Query:
        return self._query

    def set_source(self, store: RecordStore, query: Query) -> None:
        """Show the rows of `store` that match `query` (its offset and limit are ignored)."""
        self.beginResetModel()
        self._store = store
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self._pages.clear()
        self._rows = self.count(store, self._query)
        self.endResetModel()

    def set_query(self, query: Query) -> None:
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
        self._query = self._empty
        self.endResetModel()

    # ---------------------------------------------------------------------------- rows

    def row_at(self, row: int) -> Row | None:
        """The row `row`, reading its page if needed; None past the end (the vault may have
        changed since the count)."""
        if self._store is None or not 0 <= row < self._rows:
            return None
        store, query = self._store, self._query
        return self._pages.row(row, lambda offset: self.read(store, replace(query, offset=offset, limit=PAGE_SIZE)))

    def cached_rows(self) -> Iterator[tuple[int, Row]]:
        """(row number, row) of the pages already read."""
        return self._pages.cached()

    @property
    def pages_fetched(self) -> int:
        """How many times a page was read from the store (for tests and benchmarks)."""
        return self._pages.fetched

    def cached_pages(self) -> list[int]:
        return self._pages.numbers()

    # ---------------------------------------------------------------------- Qt's model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._orders)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and (
            0 <= section < len(self._orders)
        ):
            return self.column_title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: the column becomes the query's order_by."""
        if not 0 <= column < len(self._orders):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.order_by == self._orders[column] and self._query.descending == descending:
            return
        self._query = replace(self._query, order_by=self._orders[column], descending=descending)
        self.refresh()

    def sort_column(self) -> int:
        return self._orders.index(self._query.order_by) if self._query.order_by in self._orders else 0
