"""ASCII armor: strict PEM (RFC 7468) with the label "AGE ENCRYPTED FILE", 64-column canonical
padded base64, no headers. Whitespace is allowed only before and after the block; LF or CRLF.

Both directions stream: the writer encodes in whole 48-byte lines as data arrives, the reader
decodes blocks of full lines at once and checks the strict layout as it goes.
"""

from __future__ import annotations

import binascii
import functools
import struct

from npmdesk.exchange.age.errors import ArmorError
from npmdesk.exchange.age.source import Source
from npmdesk.exchange.age.stream import Writable

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_WHITESPACE = 1024
WHITESPACE = b" \t\n\r\x0b\x0c"
_BLOCK_LINES = 1024  # lines decoded or encoded at once (48 KiB of data)


@functools.lru_cache(maxsize=4)
def _splitter(lines: int) -> struct.Struct:
    return struct.Struct(f"{COLUMNS}s" * lines)


def _wrap(data: bytes | bytearray | memoryview) -> bytes:
    """Base64 of `data` (a multiple of 48 bytes) as LF-terminated 64-column lines."""
    encoded = binascii.b2a_base64(data, newline=False)
    lines = len(encoded) // COLUMNS
    return b"\n".join(_splitter(lines).unpack(encoded)) + b"\n" if lines else b""


class ArmorWriter:
    """Writes armored age data to `dst`; `close()` writes the last line and the END line
    (it does not close `dst`)."""

    def __init__(self, dst: Writable) -> None:
        self._dst = dst
        self._pending = bytearray()
        self._closed = False
        dst.write(BEGIN + b"\n")

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._closed:
            raise ValueError("write to a closed ArmorWriter")
        view = memoryview(data).cast("B")
        size = len(view)
        if self._pending:  # complete the partial line left by the previous write
            need = BYTES_PER_LINE - len(self._pending)
            self._pending += view[:need]
            view = view[need:]
            if len(self._pending) < BYTES_PER_LINE:
                return size
            self._dst.write(_wrap(self._pending))
            self._pending.clear()
        whole = len(view) // BYTES_PER_LINE * BYTES_PER_LINE
        block = BYTES_PER_LINE * _BLOCK_LINES
        for start in range(0, whole, block):
            self._dst.write(_wrap(view[start : min(start + block, whole)]))
        self._pending += view[whole:]
        return size

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        whole = len(self._pending) // BYTES_PER_LINE * BYTES_PER_LINE
        tail = b""
        if whole < len(self._pending):
            tail = binascii.b2a_base64(self._pending[whole:], newline=True)
        self._dst.write(_wrap(self._pending[:whole]) + tail + END + b"\n")
        self._pending.clear()


class ArmorReader:
    """Reads the data inside an armored age file, rejecting anything that is not strict armor."""

    def __init__(self, src: Source) -> None:
        self._src = src
        self._started = False
        self._need_end = False  # a short line was read: only the END line may follow
        self._careful = False  # the end is near: line by line from now on
        self._done = False
        self._out = b""
        self._pos = 0

    def read(self, size: int = -1, /) -> bytes:
        while self._pos >= len(self._out):
            if self._done:
                return b""
            self._decode_more()
        if size < 0:
            size = len(self._out) - self._pos
        data = self._out[self._pos : self._pos + size]
        self._pos += len(data)
        return data

    def readinto(self, view: memoryview) -> int:
        while self._pos >= len(self._out):
            if self._done:
                return 0
            self._decode_more()
        n = min(len(view), len(self._out) - self._pos)
        view[:n] = self._out[self._pos : self._pos + n]
        self._pos += n
        return n

    def _line(self) -> bytes | None:
        """The next line without LF or CRLF; None at end of input."""
        raw = self._src.readline(MAX_WHITESPACE + 2)
        if not raw:
            return None
        if raw.endswith(b"\n"):
            raw = raw[:-1]
        elif len(raw) > MAX_WHITESPACE:
            raise ArmorError()
        return raw[:-1] if raw.endswith(b"\r") else raw

    def _start(self) -> None:
        skipped = 0
        while True:
            line = self._line()
            if line is None:
                raise ArmorError()
            if line.strip(WHITESPACE):
                break
            skipped += len(line) + 1
            if skipped > MAX_WHITESPACE:
                raise ArmorError()
        if line != BEGIN:
            raise ArmorError()
        self._started = True

    def _decode_more(self) -> None:
        self._out = b""
        self._pos = 0
        if not self._started:
            self._start()
        if not self._careful:
            fast = self._fast_block()
            if fast is not None:
                self._out = fast
                return
            self._careful = True
        self._slow_line()

    def _fast_block(self) -> bytes | None:
        """Decode up to _BLOCK_LINES full lines in one go; None (nothing consumed) if the next lines
        are not all plain full lines: the end of the armor (or damage) is near."""
        size = _BLOCK_LINES * (COLUMNS + 2)
        block = self._src.peek_lines(size)
        text = block.replace(b"\r\n", b"\n") if b"\r" in block else block
        lines, extra = divmod(len(text), COLUMNS + 1)
        if (
            lines == 0
            or extra
            or text[COLUMNS :: COLUMNS + 1] != b"\n" * lines
            or b"\r" in text
            or b"=" in text
        ):
            return None
        # Non-strict decoding is faster and skips characters outside the alphabet; with exactly
        # 64 characters per line and no padding, anything skipped shortens the result, so checking
        # its length is as strict as strict_mode.
        try:
            data = binascii.a2b_base64(text.replace(b"\n", b""))
        except binascii.Error:
            raise ArmorError() from None
        if len(data) != lines * BYTES_PER_LINE:
            raise ArmorError()
        self._src.skip(len(block))
        return data

    def _slow_line(self) -> None:
        line = self._line()
        if line is None:
            raise ArmorError()  # no END line
        if line == END:
            self._finish()
            return
        if self._need_end or not line or len(line) > COLUMNS:
            raise ArmorError()
        try:
            data = binascii.a2b_base64(line, strict_mode=True)
        except binascii.Error:
            raise ArmorError() from None
        if binascii.b2a_base64(data, newline=False) != line:
            raise ArmorError()  # missing padding, or non-zero padding bits
        self._need_end = len(data) < BYTES_PER_LINE
        self._out = data

    def _finish(self) -> None:
        """After END: only whitespace (less than 1 KiB) may follow."""
        rest = self._src.read(MAX_WHITESPACE)
        if rest.strip(WHITESPACE) or len(rest) >= MAX_WHITESPACE:
            raise ArmorError()
        self._done = True


def is_armored(head: bytes) -> bool:
    """Whether a file starting with `head` is armored (the age tool's rule, leading space allowed)."""
    return head.lstrip(WHITESPACE).startswith(b"-----")

