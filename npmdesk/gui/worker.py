"""Slow core calls (key derivation, keyring access) off the GUI thread.

`run_in_background(call, on_success, on_failure)` runs `call()` on Qt's global thread
pool. The result, or the `NpmdeskError` it raised, arrives on the GUI thread through
signals, so the window keeps repainting while Argon2id works. Any other exception is a
bug: its traceback goes to stderr (tracebacks carry no local values, so no secrets) and
the user sees the generic "Something went wrong." message.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from npmdesk.errors import NpmdeskError
from npmdesk.vault.database import DatabaseError, user_error

# Tasks in flight: kept alive here until their result is delivered, whatever happens to
# the window that started them.
_in_flight: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """One call run on the thread pool; `succeeded(result)` or `failed(error)` follows, once."""

    succeeded = Signal(object)
    failed = Signal(object)
    _done = Signal(object, object)

    def __init__(self, call: Callable[[], Any]) -> None:
        super().__init__()
        self._call = call
        self._runnable = _Runnable(self)
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self, pool: QThreadPool | None = None) -> None:
        _in_flight.add(self)
        (pool or QThreadPool.globalInstance()).start(self._runnable)

    def run_here(self) -> None:
        """Called on the worker thread."""
        try:
            result = self._call()
        except NpmdeskError as error:
            self._done.emit(None, error)
        except (OSError, DatabaseError) as error:  # a full disk, a read-only one, a busy vault: one sentence
            mapped = user_error(error)
            if mapped is None:
                traceback.print_exc(file=sys.stderr)
            self._done.emit(None, mapped or NpmdeskError())
        except Exception:  # noqa: BLE001 - a bug must not kill the worker thread silently
            traceback.print_exc(file=sys.stderr)
            self._done.emit(None, NpmdeskError())
        else:
            self._done.emit(result, None)
        finally:
            self._call = _spent

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        _in_flight.discard(self)
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._task = task

    def run(self) -> None:
        self._task.run_here()


def _spent() -> None:
    raise RuntimeError("a background task runs once")


def run_in_background(
    call: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[NpmdeskError], None],
) -> BackgroundTask:
    """Start `call()` on the thread pool; the callbacks run on the GUI thread."""
    task = BackgroundTask(call)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.start()
    return task


def wait_for_background_tasks(timeout_ms: int = 30_000) -> bool:
    """Block until every started call has returned (used when the application quits)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
