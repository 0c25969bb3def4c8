"""The record list: a table model over RecordStore that reads rows lazily, one page at a time
(paged_model.py: `rowCount` is `store.count(query)`, a page is `store.list` with offset and
limit, at most MAX_PAGES pages are kept, sorting happens in SQL). `clear()` drops the rows, the
pages and the store (used when the vault locks).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from npmdesk import display
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.paged_model import MAX_PAGES, PAGE_SIZE, Index, PagedTableModel
from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.store import RecordStore

__all__ = ["COLUMNS", "ID_ROLE", "MAX_PAGES", "PAGE_SIZE", "SUMMARY_ROLE", "RecordListModel", "column_title",
           "summary_text"]

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


class RecordListModel(PagedTableModel[ListQuery, Summary]):
    """Records matching one ListQuery, in the query's order, read page by page."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(ListQuery(), COLUMNS, parent)

    def count(self, store: RecordStore, query: ListQuery) -> int:
        return store.count(query)

    def read(self, store: RecordStore, query: ListQuery) -> list[Summary]:
        return store.list(query)

    def column_title(self, column: int) -> str:
        return column_title(column)

    def summary(self, row: int) -> Summary | None:
        """The record on `row`, reading its page if needed; None past the end."""
        return self.row_at(row)

    def row_of(self, record_id: str) -> int | None:
        """The row of a record among the pages already read (None if not among them)."""
        return next((row for row, summary in self.cached_rows() if summary.id == record_id), None)

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
