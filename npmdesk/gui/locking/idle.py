"""Lock on idle: no keyboard or mouse input to any npmdesk window for the idle delay.

One event filter on the application sees every input event, whichever npmdesk window (the
main window, a dialog, the history window) receives it, and moves the countdown's start to
now. Input to other programs does not count: the vault is idle when npmdesk is.

Decision: long work that the user started and is waiting for (a backup being written)
postpones the idle lock; the vault locks as soon as it ends, if nobody has touched npmdesk
meanwhile. Locking would cancel the backup (and throw away what it wrote), which is not what
someone who walked away from a running backup expects. Locking the screen, suspending the
computer and Lock itself do not wait (system_events.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from npmdesk.gui.locking.countdown import Clock, Countdown, monotonic

DEFAULT_IDLE_MINUTES = 5
BUSY_RETRY_SECONDS = 5.0

_T = QEvent.Type
INPUT_EVENTS = frozenset({
    _T.KeyPress, _T.KeyRelease, _T.ShortcutOverride,
    _T.MouseButtonPress, _T.MouseButtonRelease, _T.MouseButtonDblClick, _T.MouseMove,
    _T.Wheel, _T.HoverMove, _T.NonClientAreaMouseButtonPress, _T.NonClientAreaMouseMove,
    _T.TouchBegin, _T.TouchUpdate, _T.TabletPress, _T.TabletMove,
    _T.InputMethod, _T.ContextMenu,
})


def never_busy() -> bool:
    return False


class IdleWatcher(QObject):
    """Emits `idle` after `seconds` without input while armed; `busy()` true postpones it."""

    idle = Signal()

    def __init__(self, seconds: float = DEFAULT_IDLE_MINUTES * 60, clock: Clock = monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seconds = float(seconds)
        self._busy: Callable[[], bool] = never_busy
        self._filtering = False
        self._holding = False  # expired while busy: waiting for the work to end
        self._lock_pending = False
        self.countdown = Countdown(clock, self)
        self.countdown.expired.connect(self._expired)

    @property
    def armed(self) -> bool:
        return self.countdown.running

    @property
    def seconds(self) -> float:
        return self._seconds

    def arm(self, busy: Callable[[], bool] = never_busy) -> None:
        """Start counting from now (the vault was just unlocked)."""
        self._busy = busy
        self._holding = self._lock_pending = False
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True
        self.countdown.restart(self._seconds)

    def disarm(self) -> None:
        self.countdown.stop()
        self._holding = self._lock_pending = False
        self._busy = never_busy
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def set_seconds(self, seconds: float) -> None:
        """A new delay, counted from the last input."""
        self._seconds = float(seconds)
        self.countdown.set_seconds(self._seconds)

    def check(self) -> bool:
        """What the timer calls: emit `idle` if the delay has passed (and nothing is busy)."""
        self._lock_pending = False
        return self.countdown.check() and not self.countdown.running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in INPUT_EVENTS:
            return False
        if self._holding or self.countdown.remaining() > 0:
            self._holding = False
            self.countdown.touch()
            return False
        # The delay ran out without the timer noticing (the computer slept, and no D-Bus said
        # so): this input must not reach the window nor restart the count. Lock instead.
        if not self._lock_pending:
            self._lock_pending = True
            QTimer.singleShot(0, self, self.check)
        return True

    def _expired(self) -> None:
        if self._busy():
            self._holding = True
            self.countdown.hold(BUSY_RETRY_SECONDS)
            return
        self.disarm()
        self.idle.emit()
