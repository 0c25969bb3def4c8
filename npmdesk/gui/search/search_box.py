"""The "search everywhere" field (Ctrl+K focuses it): results as you type.

`search_changed(text)` follows the last keystroke after DEBOUNCE_MS, so a fast typist
causes one search, not one per letter; clearing the field reports "" at once. Down or
Enter searches at once and emits `results_requested()` (focus moves to the results). Escape clears
the field (and its undo history) and emits `escaped()`: back to the navigator's list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

DEBOUNCE_MS = 150


class SearchBox(QLineEdit):
    search_changed = Signal(str)
    escaped = Signal()
    results_requested = Signal()  # Down or Enter: move to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setAccessibleName(self.tr("Search everywhere"))
        self.setClearButtonEnabled(True)
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
        self.setMinimumWidth(240)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(self._changed)

    def set_shortcut_hint(self, shortcut: str) -> None:
        self.setPlaceholderText(self.tr("Search everywhere ({shortcut})").format(shortcut=shortcut))
        self.setAccessibleDescription(
            self.tr("Results appear as you type. Escape clears the search. Shortcut: {shortcut}").format(
                shortcut=shortcut)
        )

    def pending(self) -> bool:
        return self._timer.isActive()

    def _changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.search_changed.emit("")

    def _emit(self) -> None:
        self.search_changed.emit(self.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.discard()
            self.escaped.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            if self._timer.isActive():  # search now rather than after the pause
                self._timer.stop()
                self._emit()
            self.results_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def discard(self) -> None:
        """Empty the field, and its undo history (setText drops it; clear() would keep it),
        without searching."""
        self._timer.stop()
        self.blockSignals(True)
        self.setText("")
        self.setModified(False)
        self.blockSignals(False)
