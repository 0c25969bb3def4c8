"""The export dialog's list of what will be sent: a list model over the plan's records.

The plan keeps its records compressed a page at a time (exchange/planned.py); this model makes a
line only for the rows a view shows, reading their page then (a view asks for the rows on
screen, not for 100,000), so the dialog holds no title or line per record. After the records
come the documents that travel beside them (a report's PDF), one line each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from npmdesk.exchange.planned import PlannedRecord

Index = QModelIndex | QPersistentModelIndex


class PlannedListModel(QAbstractListModel):
    """One line per planned record (`line`), then one per extra line (`extra`)."""

    def __init__(self, line: Callable[[PlannedRecord], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._line = line
        self._records: Sequence[PlannedRecord] = ()
        self._extra: list[str] = []

    def show(self, records: Sequence[PlannedRecord], extra: Sequence[str] = ()) -> None:
        """List `records` (read a page at a time as they are shown), then the lines `extra`."""
        self.beginResetModel()
        self._records, self._extra = records, list(extra)
        self.endResetModel()

    def clear(self) -> None:
        self.show(())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records) + len(self._extra)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        row = index.row()
        if row < len(self._records):
            return self._line(self._records[row])
        extra = row - len(self._records)
        return self._extra[extra] if extra < len(self._extra) else None

    def lines(self) -> list[str]:
        """Every line, in order (for tests and for copying the list; reads every page)."""
        return [self._line(r) for r in self._records] + self._extra
