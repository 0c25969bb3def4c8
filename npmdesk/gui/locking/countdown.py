"""A deadline measured on an injectable clock, checked by a Qt timer.

The timer only decides *when* to look; whether the deadline has passed is read from `clock`
(seconds, monotonic). Tests pass a clock they move by hand and call `check()` themselves,
which is exactly what the timer calls: nothing waits for real time.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

Clock = Callable[[], float]  # seconds; only differences matter


def monotonic() -> float:
    """Seconds that keep counting while the computer sleeps, where the system can tell
    (CLOCK_BOOTTIME on Linux; Windows' monotonic clock counts sleep already), so that an idle
    delay that ran out during a suspend is seen as over when the computer wakes up."""
    return time.clock_gettime(_BOOTTIME) if _BOOTTIME is not None else time.monotonic()


_BOOTTIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)


class Countdown(QObject):
    """Emits `expired` once, when `seconds` have passed on `clock` since the last `restart()`
    or `touch()`. `touch()` is cheap (no timer call): the timer, when it fires early, just
    looks again later."""

    expired = Signal()

    def __init__(self, clock: Clock = monotonic, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._seconds = 0.0
        self._since = 0.0
        self._running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    @property
    def running(self) -> bool:
        return self._running

    @property
    def seconds(self) -> float:
        return self._seconds

    def restart(self, seconds: float) -> None:
        """Count `seconds` from now."""
        self._seconds = max(0.0, float(seconds))
        self._since = self._clock()
        self._running = True
        self._schedule(self._seconds)

    def set_seconds(self, seconds: float) -> None:
        """Change the length, keeping the start (a new idle delay counts from the last input)."""
        self._seconds = max(0.0, float(seconds))
        if self._running:
            self._schedule(self.remaining())

    def touch(self) -> None:
        """Count again from now, if running."""
        if self._running:
            self._since = self._clock()

    def stop(self) -> None:
        self._running = False
        self.timer.stop()

    def remaining(self) -> float:
        return self._seconds - (self._clock() - self._since)

    def hold(self, seconds: float) -> None:
        """After `expired`: the deadline has passed but what it triggers must wait. Keep
        counting from the same start and look again in `seconds`."""
        self._running = True
        self._schedule(seconds)

    def check(self) -> bool:
        """Emit `expired` (and stop) if the time is up, else look again when it will be; True if expired."""
        if not self._running:
            return False
        left = self.remaining()
        if left > 0:
            self._schedule(left)
            return False
        self._running = False
        self.timer.stop()
        self.expired.emit()
        return True

    def _schedule(self, seconds: float) -> None:
        self.timer.start(max(1, math.ceil(seconds * 1000)))
