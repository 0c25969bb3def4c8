"""Rows of controls that wrap onto more lines when the window is narrow.

Rows of buttons and of filters (a label and its field) set a window's minimum width: in Russian
or French their sum is wider than a 1024-px screen. `Reflow` lays its widgets out in a grid with
as many columns as its width holds (each column as wide as its widest widget), left to right (right
to left in Arabic), so that its minimum width is that of its widest widget. `labelled(parent,
label, field)` keeps a label beside its field. `wrap_rows` turns a Designer form's rows into one.

A QGridLayout rebuilt on resize rather than a QLayout subclass: PySide6 and Qt would both delete
a custom layout's items when one of its widgets is destroyed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QHBoxLayout, QLabel, QWidget


class Reflow(QWidget):
    def __init__(self, parent: QWidget, widgets: list[QWidget]) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        for widget in self._widgets:
            widget.setParent(self)
        self._place(len(self._widgets))

    @property
    def columns(self) -> int:
        return self._columns

    def _widths(self, columns: int) -> int:
        """How wide the grid is with `columns` columns."""
        wanted = [0 if widget.isHidden() else widget.sizeHint().width() for widget in self._widgets]
        widths = [max(wanted[column::columns], default=0) for column in range(columns)]
        return sum(widths) + self._grid.horizontalSpacing() * (columns - 1)

    def _place(self, columns: int) -> None:
        columns = max(columns, 1)
        if columns == self._columns:
            return
        for widget in self._widgets:
            self._grid.removeWidget(widget)
        for column in range(max(self._columns, columns) + 1):
            self._grid.setColumnStretch(column, 0)
        for index, widget in enumerate(self._widgets):
            self._grid.addWidget(widget, index // columns, index % columns)
        self._grid.setColumnStretch(columns, 1)  # what is left of the line stays empty, at its end
        self._columns = columns
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        fitting = next((n for n in range(len(self._widgets), 0, -1) if self._widths(n) <= width), 1)
        self._place(fitting)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        """Every widget on one line."""
        height = max((widget.sizeHint().height() for widget in self._widgets), default=0)
        return QSize(self._widths(len(self._widgets)), max(height, self._grid.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest widget; as high as the lines it has now."""
        return QSize(self._widths(1), self._grid.minimumSize().height())


def labelled(parent: QWidget, label: QLabel, field: QWidget) -> QWidget:
    """`label` and `field` side by side in one widget, to be one cell of a Reflow."""
    pair = QWidget(parent)
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair


def wrap_rows(rows: list[QBoxLayout], owner: QWidget, *, labels: bool = False) -> Reflow:
    """Replace `rows` (horizontal box layouts inside a box layout of `owner`, as a Designer form
    builds them) by one Reflow holding their widgets in order; their spacers stay behind. With `labels`, the
    rows hold label, field, label, field…: each pair stays together."""
    outer = next((layout for layout in owner.findChildren(QBoxLayout) if layout.indexOf(rows[0]) >= 0), None)
    widgets = [widget for row in rows for index in range(row.count())
               if (item := row.itemAt(index)) is not None and (widget := item.widget()) is not None]
    if labels:
        widgets = [labelled(owner, label, field) for label, field in zip(widgets[::2], widgets[1::2], strict=True)
                   if isinstance(label, QLabel)]
    reflow = Reflow(owner, widgets)
    reflow.setObjectName(f"{rows[0].objectName()}Reflow")
    if outer is not None:  # the emptied rows stay (deleting a form's layouts from Python is unsafe)
        outer.insertWidget(outer.indexOf(rows[0]), reflow)
    return reflow
