"""A small buffered reader over any binary stream: lines for the header, big `readinto`s for the
payload, and nothing read that is not needed."""

from __future__ import annotations

import os
from typing import Protocol


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class Source:
    """Reads lines (for headers and armor) and bulk data (for the payload) from `raw`.

    Data read ahead while looking for a line end stays in a small buffer and is served first.
    Bulk reads go straight from `raw` into the caller's buffer once that buffer is drained.
    """

    __slots__ = ("_buf", "_eof", "_pos", "_raw", "_readinto")

    def __init__(self, raw: Readable, prefix: bytes = b"") -> None:
        self._raw = raw
        self._readinto = getattr(raw, "readinto", None)
        self._buf = bytearray(prefix)
        self._pos = 0
        self._eof = False

    def advise_sequential(self) -> None:
        """Tell the kernel that a regular file underneath will be read to its end (a larger
        read-ahead); nothing for pipes, in-memory streams or platforms without posix_fadvise."""
        try:
            os.posix_fadvise(self._raw.fileno(), 0, 0, os.POSIX_FADV_SEQUENTIAL)  # type: ignore[attr-defined]
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both
            pass

    def _fill(self, size: int) -> bool:
        """Append up to `size` more bytes to the buffer; False at end of input."""
        if self._eof:
            return False
        data = self._raw.read(size)
        if not data:
            self._eof = True
            return False
        if self._pos:
            del self._buf[: self._pos]
            self._pos = 0
        self._buf += data
        return True

    def readline(self, limit: int) -> bytes:
        """One line with its LF; shorter at end of input; `limit` bytes if no LF comes before."""
        checked = 0  # bytes after self._pos already searched for LF
        while True:
            start = self._pos
            end = self._buf.find(b"\n", start + checked, start + limit)
            if end >= 0:
                self._pos = end + 1
                return bytes(self._buf[start : end + 1])
            available = len(self._buf) - start
            if available >= limit:
                self._pos = start + limit
                return bytes(self._buf[start : start + limit])
            checked = available
            if not self._fill(4096):
                self._pos = len(self._buf)
                return bytes(self._buf[start:])

    def readinto(self, view: memoryview) -> int:
        """Read up to len(view) bytes (fewer only at end of input or from a slow pipe)."""
        pending = len(self._buf) - self._pos
        if pending:
            n = min(pending, len(view))
            view[:n] = self._buf[self._pos : self._pos + n]
            self._pos += n
            if self._pos == len(self._buf):
                self._buf.clear()
                self._pos = 0
            return n
        if self._eof:
            return 0
        if self._readinto is not None:
            n = self._readinto(view) or 0
        else:
            data = self._raw.read(len(view))
            n = len(data)
            view[:n] = data
        if not n:
            self._eof = True
        return int(n)

    def read_full(self, view: memoryview) -> int:
        """Fill `view` completely unless the input ends first; the number of bytes read."""
        got = 0
        size = len(view)
        while got < size:
            n = self.readinto(view[got:])
            if not n:
                break
            got += n
        return got

    def peek_lines(self, size: int) -> bytes:
        """Up to `size` buffered bytes, cut after the last LF if there is one, without consuming them."""
        while len(self._buf) - self._pos < size and self._fill(size - (len(self._buf) - self._pos)):
            pass
        block = self._buf[self._pos : self._pos + size]
        end = block.rfind(b"\n")
        return bytes(block[: end + 1]) if end >= 0 else bytes(block)

    def skip(self, size: int) -> None:
        """Consume `size` bytes already returned by `peek_lines`."""
        self._pos += size

    def read(self, size: int) -> bytes:
        buf = bytearray(size)
        n = self.read_full(memoryview(buf))
        del buf[n:]
        return bytes(buf)
