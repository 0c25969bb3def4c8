"""A QR code drawn in memory (segno computes the modules; Qt paints them): no file is written."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
MODULE_PIXELS = 5


def qr_pixmap(text: str, module_pixels: int = MODULE_PIXELS) -> QPixmap:
    """`text` as a black-on-white QR code (error correction M, the smallest version that fits)."""
    code = segno.make(text, error="m", micro=False)
    rows = [bytes(row) for row in code.matrix]
    side = (len(rows) + 2 * QUIET_ZONE) * module_pixels
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    try:
        black = QColor(Qt.GlobalColor.black)
        for y, row in enumerate(rows):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRect((x + QUIET_ZONE) * module_pixels, (y + QUIET_ZONE) * module_pixels,
                                           module_pixels, module_pixels), black)
    finally:
        painter.end()
    return QPixmap.fromImage(image)
