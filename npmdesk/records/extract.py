"""Text of attachments for the search index: PDF, plain text, Markdown and HTML.

PDF text comes from pypdf (pure Python, BSD-licensed, actively maintained, reads from any
seekable stream, so the document never leaves the vault as a file). Extraction is
best-effort and bounded: a damaged or hostile document yields no text (the attachment is
still stored), and no more than MAX_TEXT characters are kept per attachment.
"""

from __future__ import annotations

import html.parser
import io
import logging
from typing import BinaryIO

MAX_TEXT = 2_000_000
MAX_PDF_BYTES = 512 * 1024 * 1024
MAX_PDF_PAGES = 5_000
MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024

TEXT_TYPES = {"text/plain", "text/markdown", "text/csv"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
PDF_TYPES = {"application/pdf"}

_EXTENSIONS = {
    ".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
    ".csv": "text/csv", ".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
    ".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
}


def media_type_for(name: str, head: bytes = b"") -> str:
    """A media type from the file's first bytes, else its extension."""
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"\x89PNG"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    dot = name.rfind(".")
    return _EXTENSIONS.get(name[dot:].lower(), "application/octet-stream") if dot >= 0 else (
        "application/octet-stream"
    )


class _HtmlText(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def extract_text(media_type: str, stream: BinaryIO, size: int) -> str:
    """Searchable text of a document, or "" if it has none or cannot be read."""
    try:
        if media_type in PDF_TYPES:
            return _pdf_text(stream, size)[:MAX_TEXT]
        if media_type in TEXT_TYPES | HTML_TYPES:
            text = _decode(stream.read(MAX_TEXT_FILE_BYTES))
            if media_type in HTML_TYPES:
                parser = _HtmlText()
                parser.feed(text)
                parser.close()
                text = " ".join(" ".join(parser.parts).split())
            return text[:MAX_TEXT]
    except Exception:  # noqa: BLE001 - a document we cannot read is stored without text
        return ""
    return ""


def _pdf_text(stream: BinaryIO, size: int) -> str:
    if size > MAX_PDF_BYTES:
        return ""
    import pypdf

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it would log document details
    reader = pypdf.PdfReader(stream, strict=False)
    if reader.is_encrypted:
        return ""
    out = io.StringIO()
    for index, page in enumerate(reader.pages):
        if index >= MAX_PDF_PAGES or out.tell() >= MAX_TEXT:
            break
        out.write(page.extract_text() or "")
        out.write("\n")
    return out.getvalue()
