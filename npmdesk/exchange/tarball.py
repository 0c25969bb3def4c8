"""The package's container: a strict subset of POSIX ustar, written and read as a stream.

Any `tar` reads what we write. What we read is only what we write: regular files, names of at
most 100 ASCII bytes with no prefix field, valid checksums, the two-block end marker and nothing
but zeros after it. Links, directories, devices, pax or GNU long-name headers are refused, so a
hostile package cannot smuggle a symbolic link or a path the manifest does not name.

Sizes of 8 GiB or more use the base-256 size field (a GNU extension that every tar reads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from npmdesk.exchange.errors import DamagedPackage, NotAPackage

BLOCK = 512
_NAME = slice(0, 100)
_SIZE = slice(124, 136)
_CHKSUM = slice(148, 156)
_TYPE = 156
_MAGIC = slice(257, 265)
_PREFIX = slice(345, 500)
_USTAR = b"ustar\x0000"
_OCTAL_MAX = 8**11


def _octal(value: int, width: int) -> bytes:
    return f"{value:0{width - 1}o}".encode("ascii") + b"\0"


def _size_field(size: int) -> bytes:
    if size < _OCTAL_MAX:
        return _octal(size, 12)
    return b"\x80" + size.to_bytes(11, "big")


def header(name: str, size: int, mtime: int) -> bytes:
    """The 512-byte ustar header of a regular file (mode 0600, owner 0)."""
    raw = name.encode("ascii")
    if not raw or len(raw) > 100:
        raise ValueError("member names are 1 to 100 ASCII bytes")
    block = bytearray(BLOCK)
    block[0 : len(raw)] = raw
    block[100:108] = _octal(0o600, 8)
    block[108:116] = _octal(0, 8)
    block[116:124] = _octal(0, 8)
    block[_SIZE] = _size_field(size)
    block[136:148] = _octal(mtime, 12)
    block[_CHKSUM] = b" " * 8
    block[_TYPE] = ord("0")
    block[_MAGIC] = _USTAR
    checksum = sum(block)
    block[_CHKSUM] = f"{checksum:06o}".encode("ascii") + b"\0 "
    return bytes(block)


def padding(size: int) -> bytes:
    return bytes(-size % BLOCK)


END = bytes(2 * BLOCK)


def member(name: str, data: bytes, mtime: int) -> Iterator[bytes]:
    yield header(name, len(data), mtime)
    yield data
    yield padding(len(data))


# --------------------------------------------------------------------------- reading


class MemberSink(Protocol):
    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...


OnMember = Callable[[str, int], MemberSink]


def _parse_size(field: bytes) -> int:
    if field[0] == 0x80:
        return int.from_bytes(field[1:], "big")
    text = field.rstrip(b"\0 ").lstrip(b" ")
    if not text or any(c not in b"01234567" for c in text):
        raise DamagedPackage("a member's size is not a number")
    return int(text, 8)


def _parse_header(block: bytes) -> tuple[str, int]:
    if block[_MAGIC] != _USTAR:
        raise NotAPackage()
    stored = block[_CHKSUM].rstrip(b"\0 ").lstrip(b" ")
    if not stored or any(c not in b"01234567" for c in stored):
        raise DamagedPackage("a member header is damaged")
    if int(stored, 8) != sum(block[:148]) + 8 * 32 + sum(block[156:]):
        raise DamagedPackage("a member header is damaged")
    if block[_TYPE] not in (ord("0"), 0):
        raise DamagedPackage("it contains a link, a folder or another special entry")
    if any(block[_PREFIX]):
        raise DamagedPackage("a member name is too long")
    raw_name = bytes(block[_NAME]).split(b"\0", 1)[0]
    if not raw_name or not raw_name.isascii():
        raise DamagedPackage("a member name is not plain ASCII")
    return raw_name.decode("ascii"), _parse_size(block[_SIZE])


class TarReader:
    """A push parser: `write()` the tar stream as it is decrypted, `close()` at its end.

    `on_member(name, size)` returns the sink that receives that member's bytes; raise from it to
    refuse a member. `close()` raises DamagedPackage if the stream ended early.
    """

    def __init__(self, on_member: OnMember) -> None:
        self._on_member = on_member
        self._pending = bytearray()
        self._remaining = 0  # bytes of the current member still to come
        self._pad = 0  # padding bytes after it
        self._sink: MemberSink | None = None
        self._zero_blocks = 0
        self._ended = False
        self._seen = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        size = len(view)
        while len(view):
            if self._sink is not None:
                take = min(self._remaining, len(view))
                self._sink.write(bytes(view[:take]))
                view = view[take:]
                self._remaining -= take
                if self._remaining == 0:
                    sink, self._sink = self._sink, None
                    sink.close()
                continue
            if self._pad:
                take = min(self._pad, len(view))
                if any(view[:take]):
                    raise DamagedPackage("a member's padding is not empty")
                view = view[take:]
                self._pad -= take
                continue
            need = BLOCK - len(self._pending)
            self._pending += view[:need]
            view = view[need:]
            if len(self._pending) == BLOCK:
                block, self._pending = bytes(self._pending), bytearray()
                self._block(block)
        return size

    def _block(self, block: bytes) -> None:
        if self._ended or not any(block):
            if not self._ended and self._zero_blocks == 0:
                self._zero_blocks = 1
                return
            if any(block):
                raise DamagedPackage("there is data after its end")
            self._ended = True
            return
        if self._zero_blocks:
            raise DamagedPackage("a member header is missing")
        name, size = _parse_header(block)
        self._seen = True
        sink = self._on_member(name, size)
        self._pad = -size % BLOCK
        if size == 0:
            sink.close()
        else:
            self._sink, self._remaining = sink, size

    def close(self) -> None:
        if not self._seen:
            raise NotAPackage()
        if not self._ended or self._pending:
            raise DamagedPackage("it is truncated")
