"""Attachment files for the demo vault: small valid PDFs written by hand, text and Markdown.

The PDF writer is deliberately minimal: one standard font (Helvetica, WinAnsi encoding, so
French and Spanish accents survive; other scripts go in the text and Markdown files), one
content stream per page, an optional unreferenced padding stream to vary the file size, and
a correct cross-reference table, which is all pypdf needs to read the text back.
"""

from __future__ import annotations

import textwrap

LINES_PER_PAGE = 48
WRAP = 88


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _page_stream(lines: list[str]) -> bytes:
    parts = [b"BT /F1 10 Tf 14 TL 56 792 Td"]
    for line in lines:
        parts.append(_pdf_string(line) + b" Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def pdf(paragraphs: list[str], padding: bytes = b"") -> bytes:
    """A PDF whose pages show `paragraphs` (wrapped), plus `padding` bytes in an unused stream."""
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += textwrap.wrap(paragraph, WRAP) or [""]
        lines.append("")
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)] or [[""]]
    first_page = 4
    page_ids = [first_page + 2 * i for i in range(len(pages))]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids)
        + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for page_id, page in zip(page_ids, pages, strict=True):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_id + 1)
        )
        objects.append(_stream(_page_stream(page)))
    if padding:
        objects.append(_stream(padding))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def markdown(title: str, paragraphs: list[str], items: list[str]) -> bytes:
    """A Markdown note: a heading, paragraphs and a bullet list, UTF-8."""
    text = f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n\n" + "".join(f"- {i}\n" for i in items)
    return text.encode("utf-8")


def plain_text(title: str, paragraphs: list[str]) -> bytes:
    return (title + "\n" + "=" * min(len(title), 60) + "\n\n" + "\n\n".join(paragraphs) + "\n").encode("utf-8")
