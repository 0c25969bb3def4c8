"""Reading, ciphering and writing at the same time.

The cipher holds the GIL while it works, but reads and writes release it: with reads in one
thread and writes in another, a machine with two free cores encrypts one batch while the previous
one is written and the next one is read (on a 2-core VM, 256 MiB took about 0.25 s instead of
0.4 s; with no free core it is no slower than one thread).

Files that fit in one batch never start a thread. A fixed pool of buffers bounds memory. Order is
kept: batches are read, handed out and written in sequence. An error in the reader is raised by
`read()` at its place in the stream; an error in the writer by the next `output()` or `close()`.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Protocol

DEPTH = 3  # buffers in flight each way
THREADS = True  # False: everything in the caller's thread (same results, no overlap)
_JOIN_TIMEOUT = 5.0  # a reader stuck on a silent pipe is a daemon thread: it cannot block exit


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> object: ...


_ZEROS = bytes(64 * 1024)


def wipe(buf: bytearray) -> None:
    """Zero a big buffer in place, without allocating a zeroed copy of its size."""
    with memoryview(buf) as view:
        for start in range(0, len(buf), len(_ZEROS)):
            end = min(start + len(_ZEROS), len(buf))
            view[start:end] = _ZEROS[: end - start]


class Batches:
    """Input batches of `in_size` bytes from `read_full`, output batches to `dst`.

    `read_full(view)` must fill the view unless the input ends; a short batch is the last one,
    and `read()` must not be called after it.
    """

    def __init__(
        self, read_full: Callable[[memoryview], int], dst: Writable, in_size: int, out_size: int
    ) -> None:
        self._read_full = read_full
        self._dst = dst
        self._in_size = in_size
        self._out_size = out_size
        self._first_in = bytearray(in_size)
        self._second_in = bytearray(0)  # allocated if a second batch is read without threads
        self._first_out = bytearray(out_size)
        self._buffers = [self._first_in, self._first_out]
        self._threaded = False
        self._reads = 0
        self._first_in_held = False
        self._first_out_held = False
        self._free_in: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._full_in: queue.SimpleQueue[tuple[bytearray, int, BaseException | None]] = (
            queue.SimpleQueue()
        )
        self._free_out: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._full_out: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self._reader: threading.Thread | None = None
        self._writer: threading.Thread | None = None
        self._write_error: BaseException | None = None
        self._stopping = False
        self._closed = False

    # --- the caller's side ---------------------------------------------------------------

    def read(self) -> tuple[bytearray, int]:
        """The next input batch and its length; give the buffer back with `release`."""
        self._reads += 1
        if self._reads == 1:
            self._first_in_held = True
            return self._first_in, self._read_full(memoryview(self._first_in))
        if not THREADS:
            # Two input buffers in turn: the caller may still hold the previous batch.
            if not self._second_in:
                self._second_in = bytearray(self._in_size)
                self._buffers.append(self._second_in)
            buf = self._second_in if self._reads % 2 == 0 else self._first_in
            return buf, self._read_full(memoryview(buf))
        if not self._threaded:
            self._start_threads()
        buf, size, error = self._full_in.get()
        if error is not None:
            self._free_in.put(buf)
            raise error
        return buf, size

    def release(self, buf: bytearray) -> None:
        """Give an input batch back once it has been used."""
        if self._threaded:
            self._free_in.put(buf)
        elif buf is self._first_in:
            self._first_in_held = False

    def output(self) -> bytearray:
        """A free output buffer of `out_size` bytes; hand it to `submit`."""
        if not self._threaded:
            self._first_out_held = True
            return self._first_out
        buf = self._free_out.get()
        if self._write_error is not None:
            self._free_out.put(buf)
            raise self._write_error
        return buf

    def submit(self, buf: bytearray, size: int) -> None:
        """Write the first `size` bytes of an output buffer (now, or in order in the writer)."""
        if not self._threaded:
            self._first_out_held = False
            if size:
                self._dst.write(memoryview(buf)[:size])
            return
        self._full_out.put((buf, size))

    def close(self, *, failing: bool = False) -> None:
        """Wait until everything submitted is written, stop the reader, wipe the buffers.

        Raises the writer's error unless `failing` (an error is already on its way).
        """
        if self._closed:
            return
        self._closed = True
        if self._threaded:
            self._full_out.put(None)
            if self._writer is not None:
                self._writer.join()
            self._stopping = True
            self._free_in.put(bytearray())  # wakes a reader waiting for a free buffer
            if self._reader is not None:
                self._reader.join(_JOIN_TIMEOUT)
        for buf in self._buffers:
            wipe(buf)
        if self._write_error is not None and not failing:
            raise self._write_error

    # --- the threads ---------------------------------------------------------------------

    def _start_threads(self) -> None:
        self._threaded = True
        for _ in range(DEPTH - 1):
            self._buffers.append(bytearray(self._in_size))
            self._free_in.put(self._buffers[-1])
            self._buffers.append(bytearray(self._out_size))
            self._free_out.put(self._buffers[-1])
        # The first buffers join the pools now, or when the caller hands them back.
        if not self._first_in_held:
            self._free_in.put(self._first_in)
        if not self._first_out_held:
            self._free_out.put(self._first_out)
        self._reader = threading.Thread(target=self._read_ahead, name="age-reader", daemon=True)
        self._writer = threading.Thread(target=self._write_behind, name="age-writer", daemon=True)
        self._reader.start()
        self._writer.start()

    def _read_ahead(self) -> None:
        while True:
            buf = self._free_in.get()
            if self._stopping:
                return
            try:
                size = self._read_full(memoryview(buf))
            except BaseException as err:  # noqa: BLE001 - raised by read() in the caller's thread
                self._full_in.put((buf, 0, err))
                return
            self._full_in.put((buf, size, None))
            if size < len(buf):
                return  # end of input

    def _write_behind(self) -> None:
        while (item := self._full_out.get()) is not None:
            buf, size = item
            if self._write_error is None and size:
                try:
                    self._dst.write(memoryview(buf)[:size])
                except BaseException as err:  # noqa: BLE001 - raised in the caller's thread
                    self._write_error = err
            self._free_out.put(buf)
