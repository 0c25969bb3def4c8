"""Waiting for the window's queued work without sleeping.

Much of what a window does after a call happens "later, from the event loop": a zero-delay timer
(`grow_to_fit`, the main window's `_built`, a view's delayed item layout), a posted layout request,
a queued signal. A test that looks at the result must let that run first. `run_pending(qtbot)` is
the condition for it, instead of a guessed `qtbot.wait(50)`: it returns as soon as a zero-delay
timer started after that work has fired, `turns` times over, so that what the queued work queues
in its turn has run too. It does not wait for threads (use `qtbot.waitUntil` on their outcome).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

TURNS = 4  # a deferred fit that resizes a window queues a layout request, which queues another fit
WAIT_MS = 10_000


def run_pending(qtbot, turns: int = TURNS) -> None:
    """Run the events and zero-delay timers queued now, and those they queue, `turns` deep."""
    for _ in range(turns):
        fired: list[bool] = []
        QTimer.singleShot(0, lambda fired=fired: fired.append(True))
        QApplication.processEvents()
        qtbot.waitUntil(lambda fired=fired: bool(fired), timeout=WAIT_MS)
