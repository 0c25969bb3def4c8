"""Give the memory Python has freed back to the system, where the C library keeps it.

glibc's malloc keeps freed memory for the process to reuse, and raises the size from which it maps
big buffers on their own each time one is freed (up to 32 MiB). After an import's manifest (14 MB
for 100,000 records) was freed, the buffers of its records, passed between threads, were carved
from the heap instead, and the freed ones stayed in the process: an import of 100,000 records
peaked at 285 MB instead of 170 MB. `give_back()` asks glibc to return what is free
(`malloc_trim(0)`: a few milliseconds). Elsewhere (macOS, Windows, musl) it does nothing: their
allocators return big blocks by themselves.
"""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable


def give_back() -> None:
    """Return the process's free heap memory to the system (glibc); nothing elsewhere."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):  # not glibc (or no C library to ask)
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim
