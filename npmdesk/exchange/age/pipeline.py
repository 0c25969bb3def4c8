"""Writing behind the cipher: output batches go to `dst` in order, from a thread of their own.

`cryptography`'s ChaCha20-Poly1305 and file reads and writes all release the GIL, so one writer
thread lets the cipher work on the next batch while the previous one is being written (per GiB,
on the development VM: reading from the page cache 0.14 s of CPU, the cipher 0.3 s, the write
into the page cache 0.3 s). Measured on a shared 2-core VM (benchmarks/bench_age.py): one extra
thread costs no measurable CPU, while a reader thread as well brought nothing (reads from the
page cache are cheap, and the kernel reads ahead on its own).

Each batch goes to `dst` in writes of at most MAX_WRITE bytes. Measured on the development VM
(Linux 6.18, ext4; perf and system CPU time): the kernel gives a big write at an aligned file
offset (as decryption makes them) page-cache folios as big as the write, and copying into big
folios cost far more there: per GiB, 1 to 2 s of system time with 1 MiB writes, 0.4 to 1.2 s
with 512 KiB, 0.4 to 0.6 s with 256, 128 or 64 KiB (the threshold moved with the machine's
memory). 128 KiB keeps a margin at 8,192 calls per GiB; Go `age` writes 32 KiB at a time.

A payload that fits in one batch, or a process allowed on one CPU only, never starts the thread:
everything is written in the caller's thread (`THREADS = False` forces that too). A fixed pool of
buffers bounds memory. An error in the writer is raised by the next `buffer()` or by `close()`.
"""

from __future__ import annotations

import os
import queue
import threading
from typing import Protocol

DEPTH = 3  # output buffers in flight
MAX_WRITE = 128 * 1024  # bytes per write call (see above)
THREADS = True  # False: everything in the caller's thread (same results, no overlap)


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> object: ...


_ZEROS = bytes(64 * 1024)


def wipe(buf: bytearray) -> None:
    """Zero a big buffer in place, without allocating a zeroed copy of its size."""
    with memoryview(buf) as view:
        for start in range(0, len(buf), len(_ZEROS)):
            end = min(start + len(_ZEROS), len(buf))
            view[start:end] = _ZEROS[: end - start]


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


class WriteBehind:
    """Output buffers of `size` bytes, written to `dst` in the order they are submitted.

    Take a free buffer with `buffer()`, fill it, hand it to `submit()`; call `start()` once the
    payload is known to need more than one batch, and `close()` at the end (always).
    """

    def __init__(self, dst: Writable, size: int) -> None:
        self._dst = dst
        self._size = size
        self._buffers = [bytearray(size)]
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._free.put(self._buffers[0])
        self._full: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None
        self._error: BaseException | None = None
        self._closed = False

    def start(self) -> None:
        """Write from now on in a thread of its own (if threads are allowed and worth it)."""
        if self._writer is not None or not THREADS or _cpus() < 2:
            return
        for _ in range(DEPTH - 1):
            self._buffers.append(bytearray(self._size))
            self._free.put(self._buffers[-1])
        self._writer = threading.Thread(target=self._write_behind, name="age-writer", daemon=True)
        self._writer.start()

    def buffer(self) -> bytearray:
        """A free buffer; it must go back through `submit`."""
        buf = self._free.get()
        if self._error is not None:
            self._free.put(buf)
            raise self._error
        return buf

    def submit(self, buf: bytearray, size: int) -> None:
        """Write the first `size` bytes of `buf` (now, or in order in the writer thread)."""
        if self._writer is None:
            try:
                self._write(buf, size)
            finally:
                self._free.put(buf)
            return
        self._full.put((buf, size))

    def close(self, *, failing: bool = False) -> None:
        """Wait until everything submitted is written, then wipe the buffers.

        Raises the writer's error unless `failing` (an error is already on its way).
        """
        if self._closed:
            return
        self._closed = True
        if self._writer is not None:
            self._full.put(None)
            self._writer.join()
        for buf in self._buffers:
            wipe(buf)
        if self._error is not None and not failing:
            raise self._error

    def _write(self, buf: bytearray, size: int) -> None:
        view = memoryview(buf)
        for start in range(0, size, MAX_WRITE):
            self._dst.write(view[start : min(start + MAX_WRITE, size)])

    def _write_behind(self) -> None:
        while (item := self._full.get()) is not None:
            buf, size = item
            if self._error is None:
                try:
                    self._write(buf, size)
                except BaseException as err:  # noqa: BLE001 - raised in the caller's thread
                    self._error = err
            self._free.put(buf)
