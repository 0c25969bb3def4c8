"""Search results: a table model over `store.search`, in the order asked for, read page by page.

The first page is read when the search is set; `fetchMore` reads the next one when the view
scrolls near the end (canFetchMore is false once a page comes back short). Snippets keep the
core's highlight marks (\\x02 … \\x03) in SNIPPET_ROLE for the delegate that shows them in bold;
the display text has the marks removed. The snippet lives in this model only.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from npmdesk import display
from npmdesk.gui.records.list_model import ID_ROLE, SUMMARY_ROLE, summary_text
from npmdesk.records.query import ListQuery
from npmdesk.records.search_index import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit
from npmdesk.records.store import RecordStore

PAGE_SIZE = 100
Index = QModelIndex | QPersistentModelIndex
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
# Columns: the list's date, kind and title, then the snippet.
LIST_COLUMNS = (0, 1, 2)
SNIPPET_COLUMN = 3


def plain(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._store: RecordStore | None = None
        self._text = ""
        self._filters = ListQuery(limit=PAGE_SIZE)
        self._order = "best"
        self._hits: list[SearchHit] = []
        self._more = False
        self._fetching = False  # views and testers may ask again while rows are being inserted

    @property
    def store(self) -> RecordStore | None:
        return self._store

    @property
    def text(self) -> str:
        return self._text

    @property
    def order(self) -> str:
        return self._order

    @property
    def ranked(self) -> bool:
        """False when "best" was asked for but too many records match to rank them: newest first."""
        return self._order != "best" or not self._hits or self._hits[0].ranked

    def search(self, store: RecordStore, text: str, filters: ListQuery | None = None, order: str = "best") -> None:
        """Show the matches of `text` in `order` ("best" or "newest"; empty text: no results)."""
        self.beginResetModel()
        self._store = store
        self._text = text
        self._order = order
        self._filters = replace(filters or ListQuery(), offset=0, limit=PAGE_SIZE)
        self._hits = store.search(text, self._filters, order) if text.strip() else []
        self._more = len(self._hits) == PAGE_SIZE
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._store = None
        self._text = ""
        self._hits = []
        self._more = False
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    # ------------------------------------------------------------------------ Qt's model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else SNIPPET_COLUMN + 1

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching and self._store is not None

    def fetchMore(self, parent: Index) -> None:
        store = self._store
        if store is None or not self.canFetchMore(parent):
            return
        self._fetching = True
        try:
            page = store.search(self._text, replace(self._filters, offset=len(self._hits)), self._order)
            self._more = len(page) == PAGE_SIZE
            if page:
                self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(page) - 1)
                self._hits.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == ID_ROLE:
            return hit.record.id
        if role == SUMMARY_ROLE:
            return hit.record
        if role == SNIPPET_ROLE:
            return hit.snippet if index.column() == SNIPPET_COLUMN else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == SNIPPET_COLUMN:
                return display.gui_line(plain(hit.snippet))
            return summary_text(hit.record, index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("SearchResultsModel", "Date"),
            QCoreApplication.translate("SearchResultsModel", "Kind"),
            QCoreApplication.translate("SearchResultsModel", "Title"),
            QCoreApplication.translate("SearchResultsModel", "Found"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
