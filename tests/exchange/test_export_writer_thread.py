"""The export compresses its records on a thread of its own (export._Behind): the writes happen
in order, all of them before the block ends, a failed write is raised in the caller, and an error
in the caller stops the thread."""

from __future__ import annotations

import threading

import pytest

from npmdesk.exchange.export import _Behind


def test_every_write_happens_in_order_before_the_block_ends() -> None:
    written: list[bytes] = []
    with _Behind(lambda data: written.append(bytes(data))) as put:
        for n in range(100):
            put(bytearray(str(n).encode()))
    assert written == [str(n).encode() for n in range(100)]


def test_a_failed_write_is_raised_in_the_caller() -> None:
    def write(data: bytearray) -> None:
        if data == b"3":
            raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"), _Behind(write) as put:
        for n in range(10):
            put(bytearray(str(n).encode()))


def test_an_error_in_the_caller_stops_the_thread() -> None:
    release = threading.Event()
    written: list[bytes] = []

    def write(data: bytearray) -> None:
        release.wait(5)
        written.append(bytes(data))

    with pytest.raises(KeyError), _Behind(write) as put:
        put(bytearray(b"first"))
        put(bytearray(b"second"))
        release.set()
        raise KeyError("stop")
    assert len(written) <= 2 and not any(t.name == "export-gzip" for t in threading.enumerate())
