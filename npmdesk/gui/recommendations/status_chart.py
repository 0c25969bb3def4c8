"""A small horizontal bar chart of how many recommendations have each status of implementation,
in two series side by side: the NPM's own assessment and the status the State reports.

Drawn with QPainter (no chart library): one row per status, its name on the left, and in it two
bars, each with its series named ("NPM", "State") and its count on the right, so the chart
reads without colours (the State's bar is drawn lighter and hatched). The same figures are the
widget's accessible description (`summary()`), which the tracker also shows as text under the
chart. Clicking a bar emits `status_clicked(status)` (NPM) or `state_status_clicked(status)`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
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
NPM, STATE = 0, 1  # the two series
BAR_GAP = 6
MARGIN = 4


class StatusChart(QWidget):
    status_clicked = Signal(str)
    state_status_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusChart")
        self.setAccessibleName(self.tr("Chart of implementation status"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._counts: tuple[StatusCount, ...] = ()
        self._state: dict[str, int] = {}

    def set_counts(self, counts: tuple[StatusCount, ...], state: tuple[StatusCount, ...] = ()) -> None:
        """The NPM's assessment per status (`counts`, every status) and the State's reports (`state`)."""
        self._counts = tuple(counts)
        self._state = {c.status: c.count for c in state}
        self.setAccessibleDescription(self.summary())
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def counts(self) -> dict[str, int]:
        """What the NPM's bars show, by status (for tests and screen-reader checks)."""
        return {c.status: c.count for c in self._counts}

    def state_counts(self) -> dict[str, int]:
        """What the State's bars show, by status."""
        return {c.status: self._state.get(c.status, 0) for c in self._counts}

    def series_names(self) -> tuple[str, str]:
        return self.tr("NPM"), self.tr("State")

    def summary(self) -> str:
        """The chart in words: "NPM's assessment: Not started 3, …; State's reports: …" ("" when empty)."""
        if not self._counts:
            return ""
        locale = QLocale()

        def series(values: dict[str, int]) -> str:
            return self.tr(", ").join(
                self.tr("{status}: {count}").format(status=labels.status_name(status), count=locale.toString(count))
                for status, count in values.items()
            )

        return self.tr("NPM's assessment: {npm}; State's reports: {state}").format(
            npm=series(self.counts()), state=series(self.state_counts()))

    def clear(self) -> None:
        self.set_counts(())

    # -------------------------------------------------------------------------- geometry

    def _bar_height(self) -> int:
        return self.fontMetrics().height() + 2

    def _row_height(self) -> int:
        return 2 * self._bar_height()

    def sizeHint(self) -> QSize:
        rows = max(len(self._counts), 1)
        return QSize(320, MARGIN * 2 + rows * self._row_height() + (rows - 1) * BAR_GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def row_rect(self, row: int) -> QRect:
        """The area of status row `row` (its name and both bars), in widget coordinates."""
        top = MARGIN + row * (self._row_height() + BAR_GAP)
        return QRect(MARGIN, top, self.width() - 2 * MARGIN, self._row_height())

    def bar_rect(self, row: int, series: int = NPM) -> QRect:
        """The line of one series in status row `row` (its tag, bar and count)."""
        area = self.row_rect(row)
        return QRect(area.left(), area.top() + series * self._bar_height(), area.width(), self._bar_height())

    # ----------------------------------------------------------------------------- paint

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._counts:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        locale = QLocale()
        names = [labels.status_name(c.status) for c in self._counts]
        values = [(c.count, self._state.get(c.status, 0)) for c in self._counts]
        tags = self.series_names()
        name_width = max(metrics.horizontalAdvance(n) for n in names) + 8
        tag_width = max(metrics.horizontalAdvance(t) for t in tags) + 8
        number_width = max(metrics.horizontalAdvance(locale.toString(v)) for pair in values for v in pair) + 8
        largest = max((v for pair in values for v in pair), default=0) or 1
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft)
        for row, (count, name, pair) in enumerate(zip(self._counts, names, values, strict=True)):
            first = self.bar_rect(row, NPM)
            name_box = QRect(first.left(), first.top(), name_width, first.height())
            if right_to_left:
                name_box.moveRight(first.right())
            painter.setPen(text_colour)
            painter.drawText(name_box, align, name)
            colour = QColor(STATUS_COLOURS.get(count.status, "#607d8b"))
            for series, value in enumerate(pair):
                area = self.bar_rect(row, series)
                room = max(area.width() - name_width - tag_width - number_width, 1)
                tag_box = QRect(area.left() + name_width, area.top(), tag_width, area.height())
                bar = QRect(tag_box.right() + 1, area.top() + 2, round(room * value / largest), area.height() - 4)
                number_box = QRect(bar.right() + 4, area.top(), number_width, area.height())
                if right_to_left:
                    tag_box.moveRight(area.right() - name_width)
                    bar.moveRight(tag_box.left() - 1)
                    number_box.moveRight(bar.left() - 4)
                painter.setPen(text_colour)
                painter.drawText(tag_box, align, tags[series])
                if series == NPM:
                    painter.fillRect(bar, colour)
                else:
                    painter.fillRect(bar, colour.lighter(150))
                    painter.fillRect(bar, QBrush(colour.darker(130), Qt.BrushStyle.BDiagPattern))
                painter.drawText(number_box, align, locale.toString(value))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for row, count in enumerate(self._counts):
            for series, signal in ((NPM, self.status_clicked), (STATE, self.state_status_clicked)):
                if self.bar_rect(row, series).contains(point):
                    signal.emit(count.status)
                    return
        super().mousePressEvent(event)
