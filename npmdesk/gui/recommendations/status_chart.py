"""A small horizontal bar chart of how many recommendations have each status of implementation.

Drawn with QPainter (no chart library): one bar per status, its name on the left and its count
on the right, so the chart reads without colours. The same figures are the widget's accessible
description (`summary()`), which the tracker also shows as text under the chart. Clicking a bar
emits `status_clicked(status)`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from npmdesk.gui.records import labels
from npmdesk.records.recommendations import StatusCount

# Bar colours, distinguishable in light and dark palettes; the text says the same.
STATUS_COLOURS = {
    "not_started": "#78909c",
    "in_progress": "#1e88e5",
    "partially_implemented": "#f9a825",
    "implemented": "#43a047",
    "not_implemented": "#e53935",
    "no_longer_relevant": "#8d6e63",
}
BAR_GAP = 6
MARGIN = 4


class StatusChart(QWidget):
    status_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChart")
        self.setAccessibleName(self.tr("Chart of implementation status"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._counts: tuple[StatusCount, ...] = ()

    def set_counts(self, counts: tuple[StatusCount, ...]) -> None:
        self._counts = tuple(counts)
        self.setAccessibleDescription(self.summary())
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def counts(self) -> dict[str, int]:
        """What the bars show, by status (for tests and screen-reader checks)."""
        return {c.status: c.count for c in self._counts}

    def summary(self) -> str:
        """The chart in words: "Not started: 3; In progress: 5; …" ("" when empty)."""
        locale = QLocale()
        return self.tr("; ").join(
            self.tr("{status}: {count}").format(status=labels.status_name(c.status), count=locale.toString(c.count))
            for c in self._counts
        )

    def clear(self) -> None:
        self.set_counts(())

    # -------------------------------------------------------------------------- geometry

    def _bar_height(self) -> int:
        return self.fontMetrics().height() + 4

    def sizeHint(self) -> QSize:
        rows = max(len(self._counts), 1)
        return QSize(320, MARGIN * 2 + rows * self._bar_height() + (rows - 1) * BAR_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def bar_rect(self, row: int) -> QRect:
        """The area of row `row` (name, bar and count), in widget coordinates."""
        top = MARGIN + row * (self._bar_height() + BAR_GAP)
        return QRect(MARGIN, top, self.width() - 2 * MARGIN, self._bar_height())

    # ----------------------------------------------------------------------------- paint

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._counts:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        locale = QLocale()
        names = [labels.status_name(c.status) for c in self._counts]
        numbers = [locale.toString(c.count) for c in self._counts]
        name_width = max(metrics.horizontalAdvance(n) for n in names) + 8
        number_width = max(metrics.horizontalAdvance(n) for n in numbers) + 8
        largest = max((c.count for c in self._counts), default=0) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for row, (count, name, number) in enumerate(zip(self._counts, names, numbers, strict=True)):
            area = self.bar_rect(row)
            room = max(area.width() - name_width - number_width, 1)
            length = round(room * count.count / largest)
            name_box = QRect(area.left(), area.top(), name_width, area.height())
            bar = QRect(area.left() + name_width, area.top() + 2, length, area.height() - 4)
            number_box = QRect(bar.right() + 4, area.top(), number_width, area.height())
            if right_to_left:
                name_box.moveRight(area.right())
                bar.moveRight(name_box.left())
                number_box.moveRight(bar.left() - 4)
            painter.setPen(text_colour)
            align = Qt.AlignmentFlag.AlignVCenter | (
                Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
            painter.drawText(name_box, align, name)
            painter.fillRect(bar, QColor(STATUS_COLOURS.get(count.status, "#607d8b")))
            painter.setPen(text_colour)
            painter.drawText(number_box, align, number)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for row, count in enumerate(self._counts):
            if self.bar_rect(row).contains(point):
                self.status_clicked.emit(count.status)
                return
        super().mousePressEvent(event)
