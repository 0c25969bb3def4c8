"""Bytes and headers in any charset real mail uses, decoded without ever failing.

Mail programs label text with charsets that Python spells differently, or with a narrower
charset than the text really uses (Outlook writes "gb2312" for GBK text and "iso-8859-1" for
windows-1252 text, as every browser knows: WHATWG's encoding table). Unknown labels and text
that does not decode in its label fall back to UTF-8, then windows-1252, so a message is always
read, with at worst a replacement character where a byte made no sense.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from email.header import Header

# Labels whose text is, in practice, a superset encoding (WHATWG Encoding Standard).
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-cn": "gb18030",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "iso-8859-8-i": "iso-8859-8",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "iso-2022-jp": "iso2022_jp_ext",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
_UNKNOWN = {"", "unknown-8bit", "x-unknown", "unknown", "default", "8bit", "binary"}


def codec_for(label: str | None) -> str | None:
    """Python's codec for a charset label, or None when the label is unknown or unusable."""
    name = (label or "").strip().strip('"').lower()
    if name in _UNKNOWN:
        return None
    name = _SUPERSETS.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    # Codecs that are not text encodings ("base64", "rot13", "zip") are not charsets.
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_bytes(data: bytes, label: str | None) -> str:
    """Text of `data` in its labelled charset; UTF-8, then windows-1252, when that fails."""
    codec = codec_for(label)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(codec or "cp1252", errors="replace")


_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(r"(?<=\?=)\s+(?==\?)")


def decode_header_text(value: object) -> str:
    """A header's text: RFC 2047 encoded words decoded (whitespace between two of them
    dropped, as the RFC says), raw 8-bit bytes read as UTF-8 or windows-1252, folding undone.
    Never raises."""
    if value is None:
        return ""
    text = undecoded_header(value)
    if "=?" in text:
        text = _ENCODED_WORD.sub(_decode_word, _BETWEEN_WORDS.sub("", text))
    return " ".join(text.split())


def undecoded_header(value: object) -> str:
    """A header's text with raw 8-bit bytes read as text but encoded words left as they are
    (an address list must be split before its display names are decoded: an encoded name may
    hold a comma)."""
    return _from_surrogates(_raw_text(value))


def _raw_text(value: object) -> str:
    if isinstance(value, Header):
        # compat32 wraps a header holding raw 8-bit bytes in a Header of "unknown-8bit".
        return "".join(
            chunk if isinstance(chunk, str) else str(chunk)
            for chunk, _charset in getattr(value, "_chunks", ())  # the only way to its raw text
        )
    return str(value)


def _decode_word(match: re.Match[str]) -> str:
    label, encoding, payload = match.group(1), match.group(2).upper(), match.group(3)
    label = label.split("*", 1)[0]  # RFC 2231 language suffix: "utf-8*fr"
    try:
        if encoding == "B":
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        else:
            data = binascii.a2b_qp(payload.encode("ascii", "replace"), header=True)
    except (binascii.Error, ValueError):
        return match.group(0)
    return decode_bytes(data, label)


def _from_surrogates(text: str) -> str:
    """Headers parsed from bytes keep 8-bit bytes as surrogate escapes: read them as text."""
    if not any("\udc80" <= char <= "\udcff" for char in text):
        return text
    return decode_bytes(text.encode("utf-8", errors="surrogateescape"), None)
