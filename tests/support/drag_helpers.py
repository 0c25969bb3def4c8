"""Drags onto a window as the platform delivers them: a QDragEnterEvent, then (if accepted) a QDropEvent."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drop(window: QWidget, mime: QMimeData) -> bool:
    """Drag `mime` over the top middle of `window` and drop it there; False when the window refused
    the drag (the drop is then not sent)."""
    at = QPoint(window.width() // 2, 5)
    enter = QDragEnterEvent(at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(at.toPointF(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))
    return True
