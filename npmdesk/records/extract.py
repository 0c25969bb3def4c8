"""Text of attachments for the search index: PDF, plain text, Markdown and HTML.

PDF text comes from pypdf (pure Python, BSD-licensed, actively maintained, reads from any
seekable stream, so the document never leaves the vault as a file). Extraction is
best-effort and bounded: a damaged or hostile document yields what text it could (the
attachment is always stored), and no more than MAX_TEXT characters are kept per attachment.

Plain text is decoded in the calling process (linear, at most MAX_TEXT_FILE_BYTES). PDF and
HTML parsing can take time or memory out of proportion to a file's size, so they run in a
child process with a time and memory budget (extract_worker.py); `pieces` is what that child
runs. What the index got is stored with the attachment's text (see `stored_text`): complete,
not yet extracted, or "not fully indexed" (past a budget, damaged, encrypted or cut short).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

MAX_TEXT = 2_000_000
MAX_PDF_BYTES = 128 * 1024 * 1024  # larger PDFs are stored without text (not fully indexed)
MAX_PDF_PAGES = 5_000
MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024

TEXT_TYPES = {"text/plain", "text/markdown", "text/csv"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}
PDF_TYPES = {"application/pdf"}
WORKER_TYPES = PDF_TYPES | HTML_TYPES  # parsed in the budgeted child process

# The attachment's stored `text` column: the extracted text, or one of these marks (Unicode
# noncharacters, removed from every extracted text, so a document cannot forge them):
NOT_YET_INDEXED = "\uffff"  # the whole value: stored, extraction still to run
NOT_FULLY_INDEXED = "\ufffe"  # a prefix: what follows is the part of the text that was got
_MARKS = NOT_YET_INDEXED + NOT_FULLY_INDEXED


@dataclass(frozen=True)
class Extracted:
    """The text got from a document, and whether that is all of it."""

    text: str
    complete: bool = True


def extractable(media_type: str) -> bool:
    return media_type in TEXT_TYPES | WORKER_TYPES


def stored_text(extracted: Extracted) -> str:
    """The value of the attachment's `text` column for an extraction result."""
    text = clean(extracted.text)[:MAX_TEXT]
    return text if extracted.complete else NOT_FULLY_INDEXED + text


def searchable_text(stored: str) -> str:
    """The text to index from a stored `text` value (marks removed)."""
    return stored.lstrip(_MARKS)


def fully_indexed(stored: str) -> bool:
    """False while extraction is pending or when it did not get all the text."""
    return not stored.startswith((NOT_YET_INDEXED, NOT_FULLY_INDEXED))


def clean(text: str) -> str:
    """Extracted text without the marks above (and without NULs, which SQLite text dislikes)."""
    return text.translate({ord(NOT_YET_INDEXED): None, ord(NOT_FULLY_INDEXED): None, 0: None})

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


def _html_text(document: str) -> str:
    """The words of an HTML document, without its scripts and styles."""
    import html.parser  # here, as logging and pypdf are: only the extraction child parses documents

    class Text(html.parser.HTMLParser):
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

    parser = Text()
    parser.feed(document)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace")


def plain_text(media_type: str, stream: BinaryIO, size: int) -> Extracted:
    """Text of a plain-text, Markdown or CSV file (cheap and linear: run in-process)."""
    text = _decode(stream.read(MAX_TEXT_FILE_BYTES))
    return Extracted(text[:MAX_TEXT], size <= MAX_TEXT_FILE_BYTES and len(text) <= MAX_TEXT)


def pieces(media_type: str, data: bytes) -> Iterator[str]:
    """The text of a PDF (page by page) or an HTML document, as it is got.

    Raises on a damaged document and IncompleteText when some text could not be got; meant to
    run in the budgeted child process, which may be stopped at any point.
    """
    if media_type in PDF_TYPES:
        yield from _pdf_pages(data)
    elif media_type in HTML_TYPES:
        if len(data) > MAX_TEXT_FILE_BYTES:
            raise IncompleteText()
        yield _html_text(_decode(data))


class IncompleteText(Exception):
    """Some of a document's text could not be got (encrypted, too large, a page unreadable)."""


def _pdf_pages(data: bytes) -> Iterator[str]:
    if len(data) > MAX_PDF_BYTES:
        raise IncompleteText()
    import logging

    import pypdf

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # it would log document details
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        raise IncompleteText()
    for index, page in enumerate(reader.pages):
        if index >= MAX_PDF_PAGES:
            raise IncompleteText()
        yield (page.extract_text() or "") + "\n"
