"""The recommendations chart: horizontal stacked bars (one per addressee), a legend below.

Drawn with QPainter on a QImage at three times the size it takes in the document, so it stays
sharp on paper. A status keeps its colour in every report. Counts are written in the report's
language (`number`); a right-to-left report gets the mirror image: labels at the right, bars
growing to the left, the legend from the right.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from npmdesk.reports.document import Chart

SCALE = 3
COLOURS = {
    "not_started": "#b0b7c3",
    "in_progress": "#f2b134",
    "partially_implemented": "#8fbf4d",
    "implemented": "#2e7d32",
    "not_implemented": "#c62828",
    "no_longer_relevant": "#6d6875",
}
FALLBACK = "#4a6fa5"


class _Canvas:
    """Rectangles given left to right, drawn mirrored when the report runs right to left."""

    def __init__(self, painter: QPainter, width: float, right_to_left: bool) -> None:
        self.painter, self.width, self.rtl = painter, width, right_to_left

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.width - x - w if self.rtl else x, y, w, h)

    def align(self, flags: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        """Left and right swapped when mirrored (absolute: the painter's direction does not swap them again)."""
        if not self.rtl or flags & Qt.AlignmentFlag.AlignHCenter:
            return flags
        if flags & Qt.AlignmentFlag.AlignRight:
            flags = (flags & ~Qt.AlignmentFlag.AlignRight) | Qt.AlignmentFlag.AlignLeft
        else:
            flags = (flags & ~Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignRight
        return flags | Qt.AlignmentFlag.AlignAbsolute

    def text(self, x: float, y: float, w: float, h: float, flags: Qt.AlignmentFlag, text: str) -> None:
        self.painter.drawText(self.rect(x, y, w, h), self.align(flags), text)

    def fill(self, x: float, y: float, w: float, h: float, colour: str) -> None:
        self.painter.fillRect(self.rect(x, y, w, h), QColor(colour))


def chart_image(chart: Chart, font: QFont, number: Callable[[int], str] = str, right_to_left: bool = False) -> QImage:
    """The chart as an image of `chart.width` x `chart.height` layout pixels (times SCALE), its
    counts written by `number`, mirrored when `right_to_left`."""
    image = QImage(chart.width * SCALE, chart.height * SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(SCALE, SCALE)
        if right_to_left:
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        _draw(_Canvas(painter, chart.width, right_to_left), chart, font, number)
    finally:
        painter.end()
    return image


def _draw(canvas: _Canvas, chart: Chart, base: QFont, number: Callable[[int], str]) -> None:
    painter = canvas.painter
    font = QFont(base)
    font.setPixelSize(11)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    label_width = max((metrics.horizontalAdvance(c) for c in chart.categories), default=0) + 12
    legend_rows = _legend_rows(chart, metrics)
    legend_height = 18 * legend_rows + 6
    bars_height = chart.height - legend_height - 8
    rows = max(len(chart.categories), 1)
    bar = min(34.0, bars_height / rows - 10)
    largest = max((sum(v) for v in chart.values), default=0) or 1
    width = chart.width - label_width - 50
    for row, (category, values) in enumerate(zip(chart.categories, chart.values, strict=True)):
        top = 6 + row * (bar + 10)
        painter.setPen(QColor("#1a1a1a"))
        canvas.text(0, top, label_width - 8, bar, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    category)
        left = label_width
        for key, value in zip(chart.series_keys, values, strict=True):
            if not value:
                continue
            span = width * value / largest
            canvas.fill(left, top, span, bar, COLOURS.get(key, FALLBACK))
            if span > metrics.horizontalAdvance(number(value)) + 4:
                painter.setPen(QColor("white"))
                canvas.text(left, top, span, bar, Qt.AlignmentFlag.AlignCenter, number(value))
            left += span
        painter.setPen(QColor("#1a1a1a"))
        canvas.text(left + 4, top, 46, bar, Qt.AlignmentFlag.AlignVCenter, number(sum(values)))
    painter.setPen(QPen(QColor("#9aa5b1"), 1))
    axis = canvas.rect(label_width, 2, 0, 4 + rows * (bar + 10))
    painter.drawLine(int(axis.left()), int(axis.top()), int(axis.left()), int(axis.bottom()))
    _legend(canvas, chart, metrics, chart.height - legend_height)


def _legend_rows(chart: Chart, metrics: QFontMetricsF) -> int:
    rows, x = 1, 0.0
    for name in chart.series:
        step = 18 + metrics.horizontalAdvance(name) + 14
        if x + step > chart.width and x:
            rows, x = rows + 1, 0.0
        x += step
    return rows


def _legend(canvas: _Canvas, chart: Chart, metrics: QFontMetricsF, top: float) -> None:
    x, y = 0.0, top
    for key, name in zip(chart.series_keys, chart.series, strict=True):
        step = 18 + metrics.horizontalAdvance(name) + 14
        if x + step > chart.width and x:
            x, y = 0.0, y + 18
        canvas.fill(x, y + 3, 12, 12, COLOURS.get(key, FALLBACK))
        canvas.painter.setPen(QColor("#1a1a1a"))
        canvas.text(x + 16, y, step - 16, 18, Qt.AlignmentFlag.AlignVCenter, name)
        x += step
