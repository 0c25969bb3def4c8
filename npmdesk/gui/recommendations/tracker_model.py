"""The tracker's table: recommendations with their report, paragraph, addressee, both statuses
(the NPM's assessment and what the State reports), priority and due date.

A lazy model over `npmdesk.records.recommendations`, like the record list (records/list_model.py):
`rowCount` is one SQL count, rows are read a page at a time when a view asks for them, at most
MAX_PAGES pages are kept, and sorting by a column changes the query's order, so the sorting
happens in SQL. `clear()` drops the rows, the pages and the store (used when the vault locks).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from npmdesk import display
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.records.page_cache import PageCache
from npmdesk.records.recommendations import (
    RecommendationQuery,
    RecommendationRow,
    count_recommendations,
    list_recommendations,
)
from npmdesk.records.store import RecordStore

PAGE_SIZE = 200
MAX_PAGES = 16
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1

# (order_by of RecommendationQuery, header)
COLUMNS = (
    ("report", QT_TRANSLATE_NOOP("RecommendationTable", "Report")),
    ("paragraph", QT_TRANSLATE_NOOP("RecommendationTable", "Paragraph")),
    ("title", QT_TRANSLATE_NOOP("RecommendationTable", "Recommendation")),
    ("addressee", QT_TRANSLATE_NOOP("RecommendationTable", "Addressee")),
    ("status", QT_TRANSLATE_NOOP("RecommendationTable", "NPM's assessment")),
    ("state_status", QT_TRANSLATE_NOOP("RecommendationTable", "State reports")),
    ("priority", QT_TRANSLATE_NOOP("RecommendationTable", "Priority")),
    ("due", QT_TRANSLATE_NOOP("RecommendationTable", "Due")),
)
COLUMN_CHARS = (14, 7, 30, 6, 15, 15, 9, 8)  # the title column (2) stretches over what is left
TITLE_COLUMN = 2


def cell_text(row: RecommendationRow, column: int) -> str:
    name = COLUMNS[column][0]
    if name == "report":
        if row.report_title is not None:
            return display.gui_line(row.report_title)
        return QCoreApplication.translate("RecommendationTable", "(no report)")
    if name == "paragraph":
        return display.gui_line(row.paragraph or "")
    if name == "addressee":
        return choice_name(row.addressee)
    if name == "status":
        return labels.status_name(row.status)
    if name == "state_status":
        return labels.status_name(row.state_status) if row.state_status else ""
    if name == "priority":
        return choice_name(row.priority) if row.priority else ""
    if name == "due":
        return formatting.date_text(row.due_date, abbreviated=True)  # a narrow column
    return display.gui_line(row.title)


class RecommendationTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._store: RecordStore | None = None
        self._query = RecommendationQuery(limit=PAGE_SIZE)
        self._rows = 0
        self._pages: PageCache[RecommendationRow] = PageCache(PAGE_SIZE, MAX_PAGES)

    @property
    def query(self) -> RecommendationQuery:
        return self._query

    def set_source(self, store: RecordStore, query: RecommendationQuery) -> None:
        """Show the recommendations of `store` that match `query` (its offset and limit are ignored)."""
        self.beginResetModel()
        self._store = store
        self._query = replace(query, offset=0, limit=PAGE_SIZE)
        self._pages.clear()
        self._rows = count_recommendations(store, self._query)
        self.endResetModel()

    def set_query(self, query: RecommendationQuery) -> None:
        if self._store is not None:
            self.set_source(self._store, query)

    def refresh(self) -> None:
        self.set_query(self._query)

    def clear(self) -> None:
        self.beginResetModel()
        self._store = None
        self._pages.clear()
        self._rows = 0
        self._query = RecommendationQuery(limit=PAGE_SIZE)
        self.endResetModel()

    def recommendation(self, row: int) -> RecommendationRow | None:
        """The recommendation on `row`, reading its page if needed (None past the end)."""
        if self._store is None or not 0 <= row < self._rows:
            return None
        store, query = self._store, self._query
        return self._pages.row(row, lambda offset: list_recommendations(store, replace(query, offset=offset)))

    @property
    def pages_fetched(self) -> int:
        return self._pages.fetched

    # ------------------------------------------------------------------------ Qt's model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole,
            ID_ROLE, STATUS_ROLE,
        ):
            return None
        row = self.recommendation(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole:
            return display.gui_line(row.title) if index.column() == TITLE_COLUMN else None
        return cell_text(row, index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and (
            0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("RecommendationTable", COLUMNS[section][1])
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
        if self._query.order_by == COLUMNS[column][0] and self._query.descending == descending:
            return
        self._query = replace(self._query, order_by=COLUMNS[column][0], descending=descending)
        self.refresh()

    def sort_column(self) -> int:
        names = [name for name, _ in COLUMNS]
        return names.index(self._query.order_by) if self._query.order_by in names else 0
