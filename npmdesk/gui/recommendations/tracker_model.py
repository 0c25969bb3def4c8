"""The tracker's table: recommendations with their report, paragraph, addressee, both statuses
(the NPM's assessment and what the State reports), priority and due date.

A lazy model over `npmdesk.records.recommendations`, like the record list (records/paged_model.py):
`rowCount` is one SQL count, rows are read a page at a time when a view asks for them, at most
MAX_PAGES pages are kept, and sorting by a column changes the query's order, so the sorting
happens in SQL. `clear()` drops the rows, the pages and the store (used when the vault locks).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from npmdesk import display
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.records.paged_model import Index, PagedTableModel
from npmdesk.records.recommendations import (
    RecommendationQuery,
    RecommendationRow,
    count_recommendations,
    list_recommendations,
)
from npmdesk.records.store import RecordStore

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


class RecommendationTableModel(PagedTableModel[RecommendationQuery, RecommendationRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(RecommendationQuery(), [name for name, _ in COLUMNS], parent)

    def count(self, store: RecordStore, query: RecommendationQuery) -> int:
        return count_recommendations(store, query)

    def read(self, store: RecordStore, query: RecommendationQuery) -> list[RecommendationRow]:
        return list_recommendations(store, query)

    def column_title(self, column: int) -> str:
        return QCoreApplication.translate("RecommendationTable", str(COLUMNS[column][1]))

    def recommendation(self, row: int) -> RecommendationRow | None:
        """The recommendation on `row`, reading its page if needed (None past the end)."""
        return self.row_at(row)

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
