"""The strict base64 the age header uses: standard alphabet, no `=` padding, canonical only."""

from __future__ import annotations

import binascii

_ALPHABET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def b64encode(data: bytes | bytearray | memoryview) -> str:
    """Unpadded standard base64."""
    return binascii.b2a_base64(data, newline=False).rstrip(b"=").decode("ascii")


def b64decode(text: str | bytes) -> bytes:
    """Decode unpadded canonical base64; ValueError for anything else (padding, CR/LF, bad bits)."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else bytes(text)
    if len(raw) % 4 == 1 or not _ALPHABET.issuperset(raw):
        raise ValueError("not unpadded base64")
    try:
        data = binascii.a2b_base64(raw + b"=" * (-len(raw) % 4), strict_mode=True)
    except binascii.Error:
        raise ValueError("not unpadded base64") from None
    if b64encode(data).encode("ascii") != raw:  # non-zero trailing bits
        raise ValueError("not canonical base64")
    return data
