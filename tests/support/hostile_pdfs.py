"""Small PDFs that are costly to read: many pages sharing one big content stream, or one
stream that inflates to tens of megabytes (text-extraction budget tests)."""

from __future__ import annotations

import zlib

SLOW_PAGE = b"BT /F1 12 Tf 72 712 Td (Hostile page text) Tj ET\n" * 20_000  # ~1 MB: a second a page


def pdf(pages: list[bytes]) -> bytes:
    """A PDF whose pages draw the given content streams (Flate-compressed); pages that draw the
    same bytes share one stream object, as a hostile file would."""
    streams: dict[bytes, int] = {}
    for content in pages:
        streams.setdefault(content, 4 + len(streams))
    first_page = 4 + len(streams)
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for content in streams:
        packed = zlib.compress(content, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                b" /Contents %d 0 R >>" % streams[content] for content in pages]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page_saying(word: str) -> bytes:
    return b"BT /F1 12 Tf 72 712 Td (" + word.encode() + b") Tj ET\n"


def many_pages_one_stream() -> bytes:
    """About 84 KiB: a first page with a word of its own, then 600 pages sharing one slow stream
    (about half an hour of pypdf work)."""
    return pdf([page_saying("Zanzibarite"), *[SLOW_PAGE] * 600])


def one_inflating_stream() -> bytes:
    """One page whose content stream inflates from ~200 KiB to ~70 MB of drawing operators."""
    return pdf([SLOW_PAGE * 70])
