"""Windows that grow to show all of their wrapped text.

A top-level window's layout does not grow the window when a word-wrapped label needs more lines
(an error under a field, a longer translation, a backup's outcome): the last lines are cut off.
`grow_to_fit(window)` watches the window's layout requests and makes the window at least as high
as its layout needs at its current width (never smaller, so a size the user chose stays), never
taller than the screen, and keeps it inside the screen's available area when it opens.

`screen_of(widget)` is the screen a widget is on. Never ask a widget (`QWidget.screen()`) or its
window handle for its screen from Python: PySide makes the application's one QScreen a child of
that widget, and once the widget is deleted the screen's wrapper is invalidated and may later
delete the QScreen itself (a crash in whatever asks for a screen next, anywhere).

A window whose content can outgrow a small laptop's screen (a long list of contacts, a long
translation) puts that content in a scroll area with `scroll_above(form, keep)`: what comes
before `keep` (its buttons, its status) scrolls, `keep` and what follows stay visible.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QLayout, QScrollArea, QSpacerItem, QVBoxLayout, QWidget


class _Grower(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "_window", None) and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            if event.type() == QEvent.Type.Show:
                keep_on_screen(self._window)
            if not getattr(self, "_pending", True):
                self._pending = True
                QTimer.singleShot(0, self, self.fit)
        return False

    def fit(self) -> None:
        self._pending = False
        fit_height(self._window)


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen `widget`'s window is on (the primary one when it is off every screen), asked of
    the application, never of the widget (see the module)."""
    return QGuiApplication.screenAt(widget.window().frameGeometry().center()) or QGuiApplication.primaryScreen()


def fit_height(window: QWidget) -> None:
    """Grow `window` (now) to the height its layout needs at its width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width()) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.totalMinimumSize().height())
    screen = screen_of(window)
    if screen is not None:  # never taller than the screen: its buttons must stay reachable
        frame = window.frameGeometry().height() - window.height()
        needed = min(needed, screen.availableGeometry().height() - max(frame, 0))
    if needed > window.height():
        window.resize(window.width(), needed)


def keep_on_screen(window: QWidget) -> None:
    """Shrink `window` to its screen's available area if it is bigger, and move it inside it."""
    screen = screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_width, extra_height = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), available.width() - max(extra_width, 0))
    height = min(window.height(), available.height() - max(extra_height, 0))
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        frame = window.frameGeometry()
    left = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    top = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


def scrolling(content: QWidget, parent: QWidget) -> QScrollArea:
    """A frameless scroll area in `parent` showing `content` at its width, scrolling up and down
    when it is higher than the room it gets (a pane of the main window on a small screen)."""
    area = QScrollArea(parent)
    area.setObjectName(f"{content.objectName() or 'content'}ScrollArea")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def scroll_above(form: QWidget, keep: QWidget | QLayout) -> QScrollArea:
    """Put what `form`'s box layout holds before `keep` into a scroll area at its top (see the
    module): the window may then be as low as the screen, its buttons always within reach."""
    layout = form.layout()
    assert isinstance(layout, QBoxLayout)  # noqa: S101 - the forms given here are box layouts
    content = QWidget(form)
    content.setObjectName(f"{form.objectName() or 'form'}Content")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 0, 0)
    end = layout.indexOf(keep)
    for _ in range(max(end, 0)):
        item = layout.itemAt(0)
        stretch = layout.stretch(0)
        if item is None:
            break
        if (widget := item.widget()) is not None:
            # removeWidget, not takeAt: no layout item changes hands between Qt and Python
            layout.removeWidget(widget)
            inner.addWidget(widget, stretch)
        elif item.layout() is not None:
            # Moving a layout between parents from Python is where PySide loses track of who
            # deletes it (a crash later): the forms given here hold widgets and spacers only.
            raise TypeError(f"{form.objectName()}: scroll_above moves widgets and spacers, not layouts")
        elif (spacer := item.spacerItem()) is not None:
            # A new spacer of the same size in the scroll area; the old one is taken out and left
            # to Python, which owns it once taken (handing it to another layout would free it twice).
            size, policy = spacer.sizeHint(), spacer.sizePolicy()
            inner.addItem(QSpacerItem(size.width(), size.height(), policy.horizontalPolicy(), policy.verticalPolicy()))
            layout.takeAt(0)
        else:
            raise TypeError(f"{form.objectName()}: scroll_above moves widgets and spacers only")
    area = scrolling(content, form)
    layout.insertWidget(0, area, 1)
    return area


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
