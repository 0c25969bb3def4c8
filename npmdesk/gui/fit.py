"""Windows that grow to show all of their wrapped text.

A top-level window's layout does not grow the window when a word-wrapped label needs more lines
(an error under a field, a longer translation, a backup's outcome): the last lines are cut off.
`grow_to_fit(window)` watches the window's layout requests and makes the window at least as high
as its layout needs at its current width (never smaller, so a size the user chose stays).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _Grower(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            if not self._pending:
                self._pending = True
                QTimer.singleShot(0, self.fit)
        return False

    def fit(self) -> None:
        self._pending = False
        fit_height(self._window)


def fit_height(window: QWidget) -> None:
    """Grow `window` (now) to the height its layout needs at its width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    if needed > window.height():
        window.resize(window.width(), needed)


def grow_to_fit(window: QWidget) -> None:
    """From now on, `window` grows when its wrapped text needs more room (see the module)."""
    window.installEventFilter(_Grower(window))
