"""The age header: version line, recipient stanzas, MAC line. Parsing is strict (the ABNF of the
age specification, as the reference implementation enforces it); serialising is canonical."""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from dataclasses import dataclass
from hashlib import sha256

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from npmdesk.exchange.age.encoding import b64decode, b64encode
from npmdesk.exchange.age.errors import HeaderError, HmacFailure
from npmdesk.exchange.age.secret import Secret
from npmdesk.exchange.age.source import Source

VERSION_LINE = b"age-encryption.org/v1\n"
STANZA_PREFIX = b"->"
MAC_PREFIX = b"---"
COLUMNS = 64
BYTES_PER_LINE = COLUMNS // 4 * 3
MAX_LINE = 64 * 1024  # an argument line (post-quantum stanzas have ~1.5 KB arguments)
MAX_HEADER = 4 * 1024 * 1024
MAC_SIZE = 32


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes

    def serialize(self) -> bytes:
        words = (self.type, *self.args)
        if not all(w and all(33 <= ord(c) <= 126 for c in w) for w in words):
            raise ValueError("invalid stanza argument")
        lines = [b"-> " + " ".join(words).encode("ascii")]
        encoded = b64encode(self.body).encode("ascii")
        lines += [encoded[i : i + COLUMNS] for i in range(0, len(encoded), COLUMNS)]
        if len(encoded) % COLUMNS == 0:
            lines.append(b"")  # the body always ends with a short (here empty) line
        return b"\n".join(lines) + b"\n"


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    mac_input: bytes  # everything the MAC covers: from the version line through "---"

    def verify_mac(self, file_key: Secret) -> None:
        if not hmac.compare_digest(mac(file_key, self.mac_input), self.mac):
            raise HmacFailure()


def _is_argument(word: bytes) -> bool:
    return bool(word) and all(33 <= c <= 126 for c in word)


def mac(file_key: Secret, mac_input: bytes) -> bytes:
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"header").derive(file_key.buffer)
    return hmac.new(key, mac_input, sha256).digest()


def serialize(stanzas: Sequence[Stanza], file_key: Secret) -> bytes:
    """The complete header, MAC line included."""
    if not stanzas:
        raise ValueError("an age header needs at least one stanza")
    mac_input = VERSION_LINE + b"".join(s.serialize() for s in stanzas) + MAC_PREFIX
    return mac_input + b" " + b64encode(mac(file_key, mac_input)).encode("ascii") + b"\n"


class _Lines:
    """Reads header lines, keeping every byte read for the MAC and enforcing the size limits."""

    def __init__(self, src: Source) -> None:
        self._src = src
        self.read: list[bytes] = []
        self._size = 0

    def next(self, limit: int = MAX_LINE) -> bytes:
        line = self._src.readline(limit)
        if not line.endswith(b"\n"):
            raise HeaderError()  # end of input inside the header, or a line over the limit
        self._size += len(line)
        if self._size > MAX_HEADER:
            raise HeaderError()
        self.read.append(line)
        return line[:-1]


def parse(src: Source) -> Header:
    """Read the header from `src`, leaving `src` at the first byte of the payload."""
    lines = _Lines(src)
    if lines.next(len(VERSION_LINE)) + b"\n" != VERSION_LINE:
        raise HeaderError()
    stanzas: list[Stanza] = []
    while True:
        line = lines.next()
        if line.startswith(MAC_PREFIX):
            words = line.split(b" ")
            if words[0] != MAC_PREFIX or len(words) != 2 or not stanzas:
                raise HeaderError()
            mac_value = _decode(words[1])
            if len(mac_value) != MAC_SIZE:
                raise HeaderError()
            mac_input = b"".join(lines.read)[: -len(line) - 1] + MAC_PREFIX
            return Header(tuple(stanzas), mac_value, mac_input)
        stanzas.append(_parse_stanza(line, lines))


def _parse_stanza(line: bytes, lines: _Lines) -> Stanza:
    words = line.split(b" ")
    if words[0] != STANZA_PREFIX or len(words) < 2 or not all(_is_argument(w) for w in words[1:]):
        raise HeaderError()
    body = bytearray()
    while True:
        chunk = _decode(lines.next(COLUMNS + 2))
        if len(chunk) > BYTES_PER_LINE:
            raise HeaderError()
        body += chunk
        if len(chunk) < BYTES_PER_LINE:
            break
    args = tuple(w.decode("ascii") for w in words[1:])
    return Stanza(args[0], args[1:], bytes(body))


def _decode(text: bytes) -> bytes:
    try:
        return b64decode(text)
    except ValueError:
        raise HeaderError() from None
