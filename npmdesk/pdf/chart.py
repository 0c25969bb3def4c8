"""The recommendations chart: horizontal stacked bars (one per addressee), a legend below.

Drawn with QPainter on a QImage at three times the size it takes in the document, so it stays
sharp on paper. A status keeps its colour in every report.
"""

from __future__ import annotations

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


def chart_image(chart: Chart, font: QFont) -> QImage:
    """The chart as an image of `chart.width` x `chart.height` layout pixels (times SCALE)."""
    image = QImage(chart.width * SCALE, chart.height * SCALE, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(SCALE, SCALE)
        _draw(painter, chart, font)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, chart: Chart, base: QFont) -> None:
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
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(0, top, label_width - 8, bar), right, category)
        left = label_width
        for key, value in zip(chart.series_keys, values, strict=True):
            if not value:
                continue
            span = width * value / largest
            painter.fillRect(QRectF(left, top, span, bar), QColor(COLOURS.get(key, FALLBACK)))
            if span > metrics.horizontalAdvance(str(value)) + 4:
                painter.setPen(QColor("white"))
                painter.drawText(QRectF(left, top, span, bar), Qt.AlignmentFlag.AlignCenter, str(value))
            left += span
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QRectF(left + 4, top, 46, bar), Qt.AlignmentFlag.AlignVCenter, str(sum(values)))
    painter.setPen(QPen(QColor("#9aa5b1"), 1))
    painter.drawLine(int(label_width), 2, int(label_width), int(6 + rows * (bar + 10)))
    _legend(painter, chart, metrics, chart.height - legend_height)


def _legend_rows(chart: Chart, metrics: QFontMetricsF) -> int:
    rows, x = 1, 0.0
    for name in chart.series:
        step = 18 + metrics.horizontalAdvance(name) + 14
        if x + step > chart.width and x:
            rows, x = rows + 1, 0.0
        x += step
    return rows


def _legend(painter: QPainter, chart: Chart, metrics: QFontMetricsF, top: float) -> None:
    x, y = 0.0, top
    for key, name in zip(chart.series_keys, chart.series, strict=True):
        step = 18 + metrics.horizontalAdvance(name) + 14
        if x + step > chart.width and x:
            x, y = 0.0, y + 18
        painter.fillRect(QRectF(x, y + 3, 12, 12), QColor(COLOURS.get(key, FALLBACK)))
        painter.setPen(QColor("#1a1a1a"))
        painter.drawText(QRectF(x + 16, y, step - 16, 18), Qt.AlignmentFlag.AlignVCenter, name)
        x += step
