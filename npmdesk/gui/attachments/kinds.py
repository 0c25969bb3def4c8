"""What npmdesk can show of an attachment, and how its type reads on screen.

Previews happen in memory only, so each kind has a size cap: above it the viewer says the
file is too large to preview and offers the decrypted copy instead. Images are also capped
in pixels (read from the header before any decoding) and by Qt's allocation limit, so a
small file that decompresses to gigabytes (a "decompression bomb") is refused, not decoded.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from npmdesk.gui.i18n import QT_TRANSLATE_NOOP

MIB = 1024 * 1024
MAX_PDF_PREVIEW = 64 * MIB
MAX_IMAGE_PREVIEW = 32 * MIB
MAX_TEXT_PREVIEW = 4 * MIB
MAX_IMAGE_PIXELS = 60_000_000  # e.g. 10,000 x 6,000
IMAGE_ALLOCATION_MB = 256  # Qt's own cap on one decoded image

CONTEXT = "AttachmentKinds"


class Preview(Enum):
    PDF = "pdf"
    IMAGE = "image"
    TEXT = "text"
    NONE = "none"


TEXT_TYPES = {"application/json", "application/xml", "application/xhtml+xml"}

TYPE_NAMES = {
    "application/pdf": QT_TRANSLATE_NOOP("AttachmentKinds", "PDF document"),
    "image/png": QT_TRANSLATE_NOOP("AttachmentKinds", "PNG image"),
    "image/jpeg": QT_TRANSLATE_NOOP("AttachmentKinds", "JPEG image"),
    "image/gif": QT_TRANSLATE_NOOP("AttachmentKinds", "GIF image"),
    "image/webp": QT_TRANSLATE_NOOP("AttachmentKinds", "WebP image"),
    "text/plain": QT_TRANSLATE_NOOP("AttachmentKinds", "Plain text"),
    "text/markdown": QT_TRANSLATE_NOOP("AttachmentKinds", "Markdown text"),
    "text/csv": QT_TRANSLATE_NOOP("AttachmentKinds", "CSV table"),
    "text/html": QT_TRANSLATE_NOOP("AttachmentKinds", "Web page (HTML)"),
    "application/xhtml+xml": QT_TRANSLATE_NOOP("AttachmentKinds", "Web page (XHTML)"),
    "application/msword": QT_TRANSLATE_NOOP("AttachmentKinds", "Word document"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        QT_TRANSLATE_NOOP("AttachmentKinds", "Word document"),
    "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("AttachmentKinds", "OpenDocument text"),
}


def preview_of(media_type: str) -> Preview:
    if media_type == "application/pdf":
        return Preview.PDF
    if media_type.startswith("image/"):
        return Preview.IMAGE
    if media_type.startswith("text/") or media_type in TEXT_TYPES:
        return Preview.TEXT
    return Preview.NONE


def preview_cap(preview: Preview) -> int:
    """The largest file (in bytes) this kind of preview reads into memory."""
    return {Preview.PDF: MAX_PDF_PREVIEW, Preview.IMAGE: MAX_IMAGE_PREVIEW,
            Preview.TEXT: MAX_TEXT_PREVIEW}.get(preview, 0)


def type_name(media_type: str) -> str:
    """"PDF document"; for an unknown type, the media type itself (or "File")."""
    name = TYPE_NAMES.get(media_type)
    if name is not None:
        return QCoreApplication.translate(CONTEXT, name)
    if not media_type or media_type == "application/octet-stream":
        return QCoreApplication.translate("AttachmentKinds", "File")
    return media_type


def decode_text(data: bytes) -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
