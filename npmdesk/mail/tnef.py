"""Outlook's winmail.dat (TNEF, MS-OXTNEF): the attachments and plain body inside it.

Only what a reader needs is decoded: each attachment's name (the long name from its MAPI
properties when present, else the 8.3 title) and data, and the plain-text body. Every length
is checked against what remains, so a damaged file raises NotTnef and is kept as it came.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SIGNATURE = 0x223E9F78
ATT_BODY = 0x0002800C
ATT_ATTACH_REND_DATA = 0x00069002
ATT_ATTACH_TITLE = 0x00018010
ATT_ATTACH_DATA = 0x0006800F
ATT_ATTACHMENT = 0x00069005
PR_ATTACH_LONG_FILENAME = 0x3707
MAX_ATTRIBUTES = 100_000

_FIXED = {0x0001: 4, 0x0002: 4, 0x0003: 4, 0x0004: 4, 0x0005: 8, 0x0006: 8, 0x0007: 8,
          0x000A: 4, 0x000B: 4, 0x0014: 8, 0x0040: 8, 0x0048: 16}
_VARIABLE = {0x000D, 0x001E, 0x001F, 0x0102}


class NotTnef(ValueError):
    """The bytes are not a TNEF stream npmdesk can read."""


@dataclass
class TnefAttachment:
    filename: str = ""
    data: bytes = b""


@dataclass
class Tnef:
    body: str = ""
    attachments: list[TnefAttachment] = field(default_factory=list)


def unpack(data: bytes) -> Tnef:
    if len(data) < 6 or struct.unpack_from("<I", data)[0] != SIGNATURE:
        raise NotTnef
    result = Tnef()
    current: TnefAttachment | None = None
    offset = 6
    for _ in range(MAX_ATTRIBUTES):
        if offset >= len(data):
            break
        if offset + 9 > len(data):
            raise NotTnef
        _level, attribute, length = struct.unpack_from("<BII", data, offset)
        start = offset + 9
        end = start + length
        if end + 2 > len(data):
            raise NotTnef
        value = data[start:end]
        offset = end + 2  # the checksum is not checked: Outlook's own readers ignore it too
        if attribute == ATT_ATTACH_REND_DATA:
            current = TnefAttachment()
            result.attachments.append(current)
        elif attribute == ATT_BODY:
            result.body = value.rstrip(b"\x00").decode("cp1252", errors="replace")
        elif current is not None and attribute == ATT_ATTACH_TITLE and not current.filename:
            current.filename = value.rstrip(b"\x00").decode("cp1252", errors="replace")
        elif current is not None and attribute == ATT_ATTACH_DATA:
            current.data = bytes(value)
        elif current is not None and attribute == ATT_ATTACHMENT:
            long_name = _long_filename(value)
            if long_name:
                current.filename = long_name
    else:
        raise NotTnef
    result.attachments = [item for item in result.attachments if item.data or item.filename]
    return result


def _long_filename(props: bytes) -> str:
    """PR_ATTACH_LONG_FILENAME from a MAPI property list, or "" when absent or unreadable."""
    try:
        return _find_string(props, PR_ATTACH_LONG_FILENAME)
    except (struct.error, NotTnef, UnicodeDecodeError):
        return ""


def _find_string(props: bytes, wanted: int) -> str:
    (count,) = struct.unpack_from("<I", props, 0)
    offset = 4
    for _ in range(min(count, 10_000)):
        kind, prop = struct.unpack_from("<HH", props, offset)
        offset += 4
        if prop >= 0x8000:  # a named property: GUID, then an id or a name
            (name_kind,) = struct.unpack_from("<I", props, offset + 16)
            offset += 20
            if name_kind == 0:
                offset += 4
            else:
                (name_length,) = struct.unpack_from("<I", props, offset)
                offset += 4 + _padded(name_length)
        base, multi = kind & 0x0FFF, bool(kind & 0x1000)
        values = 1
        if multi or base in _VARIABLE:
            (values,) = struct.unpack_from("<I", props, offset)
            offset += 4
        for _ in range(min(values, 10_000)):
            if base in _VARIABLE:
                (length,) = struct.unpack_from("<I", props, offset)
                raw = props[offset + 4:offset + 4 + length]
                if len(raw) != length:
                    raise NotTnef
                offset += 4 + _padded(length)
                if prop == wanted and base in (0x001E, 0x001F):
                    codec = "utf-16-le" if base == 0x001F else "cp1252"
                    return raw.decode(codec).rstrip("\x00")
            elif base in _FIXED:
                offset += _FIXED[base]
            else:
                raise NotTnef
    return ""


def _padded(length: int) -> int:
    return (length + 3) & ~3
