"""Windows that grow to show all of their wrapped text.

A top-level window's layout does not grow the window when a word-wrapped label needs more lines
(an error under a field, a longer translation, a backup's outcome): the last lines are cut off.
`grow_to_fit(window)` watches the window's layout requests and makes the window at least as high
as its layout needs at its current width (never smaller, so a size the user chose stays).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget


class _Grower(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "_window", None) and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            if not getattr(self, "_pending", True):
                self._pending = True
                QTimer.singleShot(0, self, self.fit)
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
    screen = window.screen()
    if screen is not None:  # never taller than the screen: its buttons must stay reachable
        frame = window.frameGeometry().height() - window.height()
        needed = min(needed, screen.availableGeometry().height() - max(frame, 0))
    if needed > window.height():
        window.resize(window.width(), needed)


def grow_to_fit(window: QWidget) -> None:
    """From now on, `window` grows when its wrapped text needs more room (see the module)."""
    window.installEventFilter(_Grower(window))


class _Whole(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest) and isinstance(watched, QWidget):
            for label in watched.findChildren(QLabel):
                if label.wordWrap() and label.isVisible():
                    needed = label.heightForWidth(label.width())
                    if needed > 0 and needed != label.minimumHeight():
                        label.setMinimumHeight(needed)  # the form layout then gives the row this height
        return False


def keep_rows_whole(content: QWidget) -> None:
    """Each wrapped label of `content` (a scroll area's form whose values wrap) is as high as its
    text needs at its width: the form layout would otherwise size a row for fewer lines and cut
    the last ones, with no scroll bar to reach them."""
    content.installEventFilter(_Whole(content))
