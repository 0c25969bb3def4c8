"""Laying a ReportDocument out on pages and painting it: to a PDF in memory, or to a printer.

- `render_pdf(store, request)` returns the PDF's bytes; nothing touches the disk (the PDF is
  written into a QBuffer), so the bytes can go straight into an encrypted package.
- `paint(document, device)` paints onto any QPagedPaintDevice (QPdfWriter, QPrinter).

Every page has the "Confidential" marking at the top (when the report keeps it), the NPM's
name and the report's name at the bottom left and "Page N of M" at the bottom right. Page 1
is the title page. The body is laid out by QTextDocument at 96 layout pixels per inch on a
fixed device, so pages break the same way on every screen; table header rows (`<thead>`)
repeat at the top of each page a table runs onto. The fonts are the bundled Noto faces
(npmdesk/pdf/fonts.py), then the system's through Qt's fallback; the PDF embeds the glyphs.
Characters no font here can draw are named in a note on the title page instead of printing
as empty boxes.

An Arabic report (`ReportDocument.right_to_left`) runs from right to left: every paragraph
and table cell has a right-to-left direction (its tables were written mirrored by
npmdesk.reports.html), the footer's text is at the right and the page number at the left.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)

from npmdesk.pdf import fonts
from npmdesk.pdf.chart import chart_image
from npmdesk.pdf.pagination import Page, paginate
from npmdesk.records.store import RecordStore
from npmdesk.reports import ReportDocument, ReportRequest, compose
from npmdesk.reports.html import esc
from npmdesk.reports.strings import Strings

LAYOUT_DPI = 96
PDF_DPI = 600
MARGINS_MM = QMarginsF(16, 12, 16, 12)  # the header and footer bands sit inside these
BAND_MM = 11.0

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]

_application: QGuiApplication | None = None


class RenderCancelled(Exception):
    """Raised between pages when the caller's `cancelled()` says so."""


def ensure_application() -> None:
    """A QGuiApplication for rendering outside the window (the CLI). Without a display it runs on
    the "offscreen" platform, unless QT_QPA_PLATFORM says otherwise."""
    global _application
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication(["npmdesk"])


def render_pdf(store: RecordStore, request: ReportRequest, *, today: dt.date | None = None) -> bytes:
    """The report as PDF bytes, made in memory. Raises what `compose` raises."""
    ensure_application()
    return pdf_bytes(compose(store, request, today))


def pdf_bytes(document: ReportDocument, cancelled: Cancelled | None = None, progress: Progress | None = None) -> bytes:
    """Paint `document` to an A4 PDF in a QBuffer and return its bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator("npmdesk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    paint(document, writer, cancelled, progress)
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def _layout_device() -> QImage:
    device = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


def _text_document(html: str, document: ReportDocument, width: float, device: QImage,
                   images: dict[str, QImage] | None = None) -> QTextDocument:
    """`html` laid out `width` layout pixels wide; `images` (a chart's url to its picture) are added
    before the HTML, so that laying it out again (right to left) never meets a missing image."""
    doc = QTextDocument()
    for url, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(fonts.report_font(document.language))
    doc.setDefaultStyleSheet(document.stylesheet)
    doc.setDocumentMargin(0)
    doc.setTextWidth(width)
    doc.setHtml(html)
    if document.right_to_left:
        _right_to_left(doc)
    return doc


def _right_to_left(doc: QTextDocument) -> None:
    """Every block (paragraphs, headings, table cells) laid out from right to left, in one edit
    block: the document is laid out again once, not once per block (minutes for a long log)."""
    direction = QTextBlockFormat()
    direction.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        cursor.mergeBlockFormat(direction)
        block = block.next()
    cursor.endEditBlock()


def _missing_glyphs_note(document: ReportDocument, *texts: str) -> str:
    """A note for the title page when some characters cannot be drawn with the fonts here."""
    missing = fonts.uncovered("".join(texts), document.language)
    if not missing:
        return ""
    codes = " ".join(f"U+{ord(c):04X}" for c in missing[:12]) + (" …" if len(missing) > 12 else "")
    note = Strings(document.language)("fonts.missing", characters=codes)
    return f'<p class="note">{esc(note)}</p>'


def paint(document: ReportDocument, device: QPagedPaintDevice, cancelled: Cancelled | None = None,
          progress: Progress | None = None) -> int:
    """Paint the title page and the body onto `device` (already set up); returns the number of pages."""
    dpi = device.logicalDpiY()
    scale = dpi / LAYOUT_DPI
    paint_rect = device.pageLayout().paintRectPixels(dpi)
    band = BAND_MM / 25.4 * dpi
    body_width = paint_rect.width() / scale
    body_height = (paint_rect.height() - 2 * band) / scale
    layout_device = _layout_device()
    font = fonts.report_font(document.language)
    images = {chart.url: chart_image(chart, font, document.number, document.right_to_left) for chart in document.charts}
    body = _text_document(document.body_html, document, body_width, layout_device, images)
    title = _text_document(document.title_html, document, body_width, layout_device)
    if note := _missing_glyphs_note(document, body.toPlainText(), title.toPlainText(),
                                   document.footer, document.marking or ""):
        title = _text_document(document.title_html + note, document, body_width, layout_device)
    body_pages = paginate(body, body_height)
    pages = 1 + len(body_pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint the report")
    try:
        for page in range(pages):
            if cancelled is not None and cancelled():
                raise RenderCancelled()
            if page:
                device.newPage()
            _bands(painter, document, page + 1, pages, paint_rect.width(), paint_rect.height(), band, scale)
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            if page == 0:
                top = body_height * 0.22
                painter.translate(0, top)
                title.drawContents(painter, QRectF(0, 0, body_width, body_height - top))
            else:
                _slice(painter, body, body_pages[page - 1], body_width)
            painter.restore()
            if progress is not None:
                progress(page + 1, pages)
    finally:
        painter.end()
    return pages


def _slice(painter: QPainter, body: QTextDocument, page: Page, width: float) -> None:
    """One page of the body: the repeated table header, if any, then the page's slice."""
    if page.header is not None:
        top, bottom = page.header
        painter.save()
        painter.translate(0, -top)
        body.drawContents(painter, QRectF(0, top, width, bottom - top))
        painter.restore()
        painter.translate(0, bottom - top)
    painter.translate(0, -page.top)
    body.drawContents(painter, QRectF(0, page.top, width, page.bottom - page.top))


def _bands(painter: QPainter, document: ReportDocument, page: int, pages: int, width: float, height: float,
           band: float, scale: float) -> None:
    """The marking in the top band; the footer and the page number in the bottom band."""
    font = fonts.report_font(document.language)
    painter.save()
    if document.right_to_left:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    if document.marking:
        marking = QFont(font)
        marking.setBold(True)
        marking.setPixelSize(round(12 * scale))
        painter.setFont(marking)
        painter.setPen(QColor("#b00020"))
        painter.drawText(QRectF(0, 0, width, band * 0.8), Qt.AlignmentFlag.AlignCenter, document.marking)
    small = QFont(font)
    small.setPixelSize(round(10 * scale))
    painter.setFont(small)
    painter.setPen(QPen(QColor("#9aa5b1"), max(1.0, scale * 0.75)))
    top = height - band * 0.75
    painter.drawLine(0, round(top), round(width), round(top))
    painter.setPen(QColor("#444444"))
    footer = QRectF(0, top, width, band * 0.75)
    start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
    if document.right_to_left:
        start, end = end, start
    middle = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute
    painter.drawText(footer, start | middle, document.footer)
    painter.drawText(footer, end | middle, document.page_text(page, pages))
    painter.restore()
