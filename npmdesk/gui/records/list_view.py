"""A table view fit for a lazy model of 100,000 rows.

Rows have one fixed height and columns set widths (one stretches), so the view
never measures rows it does not show: it asks the model only for the rows on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView, QTableView

from npmdesk.gui.records import formatting

translate = QCoreApplication.translate
# Width of the columns in average characters: date, kind, title, status (or snippet).
COLUMN_CHARS = (11, 15, 26, 14)


def make_table(model: QAbstractItemModel, name: str, accessible_name: str, *, stretch: int = 2,
               sortable: bool = False) -> QTableView:
    """A table over `model`; column `stretch` takes the width left."""
    view = QTableView()
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    view.setWordWrap(False)
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    rows = view.verticalHeader()
    rows.setAccessibleName(translate("RecordTable", "Rows"))
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
    columns = view.horizontalHeader()
    if sortable:
        columns.setAccessibleName(translate("RecordTable", "Columns: choose one to sort by it"))
    else:
        columns.setAccessibleName(translate("RecordTable", "Columns"))
    columns.setHighlightSections(False)
    average = view.fontMetrics().averageCharWidth()
    for column, chars in enumerate(COLUMN_CHARS[: model.columnCount()]):
        view.setColumnWidth(column, chars * average + 16)
    dates = view.fontMetrics().horizontalAdvance(formatting.widest_date_text()) + 16
    view.setColumnWidth(0, max(view.columnWidth(0), dates))  # "28 de septiembre de 2026"
    columns.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if sortable:
        columns.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        columns.setSortIndicatorShown(True)
        view.setSortingEnabled(True)
    corner = view.findChild(QAbstractButton)
    if corner is not None:
        corner.setAccessibleName(translate("RecordTable", "Select all"))
    return view
