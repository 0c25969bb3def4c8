"""Fewer garbage collections during a pass over many records (an export's write, an import).

Such a pass allocates a few dozen containers per record (a record, its lists, its JSON), most of
them freed at once by reference counting. With Python's default thresholds (700, 10, 10) that
starts a young collection every few records and, as a page of records survives one, full
collections over every object of the process: measured, about 4% of an export of 100,000 records
(0.43 s, ten full collections) and of an import of 10,000. Inside `fewer_collections()` the young
generation's threshold is FEWER (and the older ones' counts higher), which leaves about 0.01 s.
Garbage that only the collector frees (reference cycles) still goes, a little later: memory
grows by at most about that many young objects.

The thresholds are the process's: the first pass to begin sets them and the last to end puts back
what they were (a window's export and a team sync may overlap).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

FEWER = (50_000, 20, 20)

_lock = threading.Lock()
_passes = 0
_before: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    global _passes, _before
    with _lock:
        if _passes == 0:
            _before = gc.get_threshold()
            gc.set_threshold(*FEWER)
        _passes += 1
    try:
        yield
    finally:
        with _lock:
            _passes -= 1
            if _passes == 0:
                gc.set_threshold(*_before)
