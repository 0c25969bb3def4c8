"""Secrets in mutable memory that can be wiped.

Python cannot promise that no copy of a secret survives (the garbage collector, immutable
`bytes` made by libraries), so npmdesk keeps its own copies in `bytearray`s and overwrites
them as soon as they are no longer needed.
"""

from __future__ import annotations

import hmac
import os
import unicodedata
from types import TracebackType


class Secret:
    """A secret held in a `bytearray`; `wipe()` (or leaving a `with` block) zeroes it."""

    __slots__ = ("_buf",)

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self._buf = bytearray(data)

    @classmethod
    def random(cls, size: int) -> Secret:
        """`size` bytes from the operating system's CSPRNG, read straight into the buffer."""
        secret = cls(bytearray(size))
        try:
            with open("/dev/urandom", "rb", buffering=0) as source:
                view = memoryview(secret._buf)
                got = 0
                while got < size:
                    n = source.readinto(view[got:])
                    if not n:
                        raise OSError("short read")
                    got += n
        except OSError:
            secret._buf[:] = os.urandom(size)
        return secret

    @classmethod
    def from_passphrase(cls, text: str) -> Secret:
        """A passphrase as NFC-normalised UTF-8, so it unlocks whatever keyboard typed it."""
        return cls(unicodedata.normalize("NFC", text).encode("utf-8"))

    @property
    def buffer(self) -> bytearray:
        """The live buffer; do not keep references to it beyond the Secret's life."""
        return self._buf

    def __len__(self) -> int:
        return len(self._buf)

    def wipe(self) -> None:
        wipe(self._buf)
        self._buf = bytearray()

    def __enter__(self) -> Secret:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wipe()

    def __repr__(self) -> str:
        return "Secret(<hidden>)"

    def __eq__(self, other: object) -> bool:  # constant-time compare
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._buf, other._buf)

    __hash__ = None  # type: ignore[assignment]


def wipe(buf: bytearray) -> None:
    """Overwrite a bytearray in place (same length, so no reallocation)."""
    buf[:] = bytes(len(buf))
