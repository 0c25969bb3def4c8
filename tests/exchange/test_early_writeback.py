"""A package written to a file is handed to the disk as it is made (age_output.EarlyWriteback),
so the export's final fsync waits for little; a pipe or a system without the call gets the
bytes as they are."""

from __future__ import annotations

import errno
import os

import pytest

from npmdesk.exchange import age_output
from npmdesk.exchange.age_output import EarlyWriteback, atomic_output

EVERY = 1024


@pytest.fixture
def advised(monkeypatch):
    calls: list[tuple[int, int]] = []
    monkeypatch.setattr(EarlyWriteback, "WRITEBACK_EVERY", EVERY)
    monkeypatch.setattr(age_output.os, "posix_fadvise",
                        lambda fd, offset, length, advice: calls.append((os.fstat(fd).st_size, offset, length, advice)),
                        raising=False)
    monkeypatch.setattr(age_output.os, "POSIX_FADV_DONTNEED", 4, raising=False)
    return calls


def test_a_file_gets_every_byte_and_its_writeback_started_as_it_grows(tmp_path, advised):
    pieces = [os.urandom(n) for n in (700, 700, 100, 2000, 5)]
    with atomic_output(tmp_path / "p.age", durable=True) as sink:
        out = EarlyWriteback(sink)
        for piece in pieces:
            out.write(memoryview(piece))
    assert (tmp_path / "p.age").read_bytes() == b"".join(pieces)
    # asked after 1,400 and 3,500 bytes, each time for the bytes new since the last time, already in the file
    assert advised == [(1400, 0, 1400, 4), (3500, 1400, 2100, 4)]


def test_a_finished_file_gets_the_writeback_of_its_end_started_too(tmp_path, advised):
    with atomic_output(tmp_path / "p.age", durable=True) as sink:
        out = EarlyWriteback(sink)
        out.write(b"a" * 1500)
        out.write(b"b" * 300)
        out.finish()  # the export then logs its disclosures while the disk writes
        out.finish()  # nothing new: nothing asked
    assert (tmp_path / "p.age").read_bytes() == b"a" * 1500 + b"b" * 300
    assert advised == [(1500, 0, 1500, 4), (1800, 1500, 300, 4)]


def test_a_pipe_gets_the_bytes_as_they_are_and_no_advice(advised):
    read_end, write_end = os.pipe()
    try:
        with os.fdopen(write_end, "wb") as sink:
            out = EarlyWriteback(sink)
            out.write(b"x" * (3 * EVERY))
            out.finish()
        assert os.read(read_end, 10 * EVERY) == b"x" * (3 * EVERY)
    finally:
        os.close(read_end)
    assert advised == []


def test_advice_the_system_refuses_stops_and_the_writes_go_on(tmp_path, monkeypatch):
    monkeypatch.setattr(EarlyWriteback, "WRITEBACK_EVERY", EVERY)
    calls: list[int] = []

    def refuse(fd, offset, length, advice):
        calls.append(fd)
        raise OSError(errno.EINVAL, "not supported here")

    monkeypatch.setattr(age_output.os, "posix_fadvise", refuse, raising=False)
    monkeypatch.setattr(age_output.os, "POSIX_FADV_DONTNEED", 4, raising=False)
    with atomic_output(tmp_path / "p.age", durable=True) as sink:
        out = EarlyWriteback(sink)
        for _ in range(5):
            out.write(b"y" * EVERY)
    assert (tmp_path / "p.age").read_bytes() == b"y" * (5 * EVERY)
    assert len(calls) == 1  # asked once, then no more


def test_without_the_call_on_this_system_the_writes_go_through(tmp_path, monkeypatch):
    monkeypatch.setattr(EarlyWriteback, "WRITEBACK_EVERY", EVERY)
    monkeypatch.delattr(age_output.os, "posix_fadvise", raising=False)
    with atomic_output(tmp_path / "p.age", durable=True) as sink:
        EarlyWriteback(sink).write(b"z" * (2 * EVERY))
    assert (tmp_path / "p.age").read_bytes() == b"z" * (2 * EVERY)
