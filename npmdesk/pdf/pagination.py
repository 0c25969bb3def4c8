"""Cutting a laid-out QTextDocument into pages: never through a table row or a line of text,
never leaving a heading or a table's header alone at the bottom of a page, and repeating a
table's header row at the top of each page the table continues on.

Qt's own pagination keeps a table row together only when none of its cells' first lines fits
on the page, so a row of several lines could be split; here the document is laid out once as
one long page and the cuts are chosen between rows and lines.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable

Band = tuple[float, float]
ROW_PAD = 4.0  # cell padding and border around a row's text, in layout pixels
TABLE_EDGE = 2.0  # a collapsed border is drawn half outside the table's frame


@dataclass(frozen=True)
class Page:
    top: float  # where this page's slice of the document starts
    bottom: float  # and ends
    header: Band | None = None  # a table header to paint above the slice


@dataclass(frozen=True)
class _Table:
    top: float
    header: Band | None
    first_row_bottom: float
    bottom: float


def _lines(block: QTextBlock, top: float) -> list[Band]:
    """The lines of a block whose bounding rectangle starts at `top` in the document."""
    layout = block.layout()
    origin = top - layout.boundingRect().top()
    lines = (layout.lineAt(i) for i in range(layout.lineCount()))
    return [(origin + line.y(), origin + line.y() + line.height()) for line in lines]


def _structure(doc: QTextDocument) -> tuple[list[Band], list[_Table], list[Band]]:
    """Unsplittable bands (rows, lines), the tables, and the headings of the document."""
    layout = doc.documentLayout()
    bands: list[Band] = []
    tables: list[_Table] = []
    headings: list[Band] = []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.rows() == 0:
            continue
        text: list[Band] = []
        for r in range(frame.rows()):
            tops, bottoms = [], []
            for c in range(frame.columns()):
                cell = frame.cellAt(r, c)
                tops.append(layout.blockBoundingRect(cell.firstCursorPosition().block()).top())
                bottoms.append(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom())
            text.append((min(tops), max(bottoms)))
        # A row runs from halfway between its text and the previous row's to halfway to the next.
        edges = [text[0][0] - ROW_PAD] + [(a[1] + b[0]) / 2 for a, b in pairwise(text)]
        edges.append(text[-1][1] + ROW_PAD)
        rows = [(edges[i], edges[i + 1]) for i in range(len(text))]
        frame_rect = layout.frameBoundingRect(frame)
        count = frame.format().headerRowCount()
        header = (frame_rect.top(), rows[count][0]) if 0 < count < len(rows) else None
        bands.extend(rows[count:])
        first = rows[min(count, len(rows) - 1)][1] if rows else frame_rect.bottom()
        tables.append(_Table(frame_rect.top(), header, first, frame_rect.bottom()))
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        bands.extend(_lines(block, rect.top()))
        if block.blockFormat().headingLevel() > 0 and not block.textList() and block.text().strip():
            headings.append((rect.top(), rect.bottom()))
        block = block.next()
    bands.sort()
    return bands, tables, sorted(headings)


def paginate(doc: QTextDocument, height: float) -> list[Page]:
    """The pages of `doc` (laid out without a page height) for a body `height` high."""
    total = doc.documentLayout().documentSize().height()
    bands, tables, headings = _structure(doc)
    starts = [a for a, _b in bands]
    pages: list[Page] = []
    y = 0.0
    while y < total - 0.5:
        table = next((t for t in tables if t.header is not None and t.header[1] <= y + 0.5 < t.bottom), None)
        header = table.header if table is not None else None
        room = height - (header[1] - header[0] if header else 0.0)
        cut = total if y + room >= total else _cut(y, y + room, bands, starts, tables, headings)
        if cut <= y + 1.0:  # something taller than a page: cut it where the page ends
            cut = min(total, y + room)
        pages.append(Page(y, cut, header))
        y = cut
    return pages or [Page(0.0, max(total, 1.0))]


def _cut(y: float, cut: float, bands: list[Band], starts: list[float], tables: list[_Table],
         headings: list[Band]) -> float:
    changed = True
    while changed:
        changed = False
        for a, b in bands[bisect_right(starts, y):bisect_left(starts, cut)]:
            if cut < b:  # the first band across the cut (rows come before their lines)
                cut, changed = a, True
                break
        for t in tables:  # a table's header needs at least one row under it
            if y < t.top - TABLE_EDGE < cut < t.first_row_bottom:
                cut, changed = t.top - TABLE_EDGE, True
        for a, b in headings[bisect_right(headings, (y, y)):]:  # a heading goes with what follows it
            if a >= cut:
                break
            after = bisect_left(starts, b - 0.01)
            if b <= cut and (after == len(starts) or starts[after] >= cut):
                cut, changed = a, True
    return cut
