"""A report ready to lay out: the title page and body as HTML, what goes on every page, and charts.

`ReportDocument` holds no Qt object: npmdesk.pdf lays it out on pages (QTextDocument)
and paints it to a PDF or a printer. Charts are data (`Chart`); the renderer draws each one as
the image named by its `url` in the body's HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from npmdesk.reports.strings import RIGHT_TO_LEFT, number


@dataclass(frozen=True)
class Chart:
    """Horizontal stacked bars: one bar per category, one segment per series.

    `values[c][s]` is the count of series `s` in category `c`. `series_keys` are identifiers
    (status names) the renderer maps to fixed colours, so a status has the same colour in every
    report; `width` and `height` are the image's size in the body's layout pixels (96 per inch)."""

    url: str
    categories: tuple[str, ...]
    series: tuple[str, ...]
    series_keys: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]
    width: int = 640
    height: int = 200


@dataclass(frozen=True)
class ReportDocument:
    kind: str
    language: str
    title: str  # the report's name ("Correspondence log"), also the PDF's title
    npm_name: str
    title_html: str
    body_html: str
    stylesheet: str
    marking: str | None  # the words printed at the top of every page, None without the marking
    footer: str  # printed at the bottom left of every page
    page_label: str  # "Page {page} of {pages}"
    charts: tuple[Chart, ...] = field(default_factory=tuple)
    record_ids: frozenset[str] = frozenset()  # every record the report lists (for tests and packages)

    @property
    def right_to_left(self) -> bool:
        """Arabic: the pages are laid out from right to left, the page's bands swapped."""
        return self.language in RIGHT_TO_LEFT

    def number(self, value: int) -> str:
        """A count in the report's language (its digits and separators)."""
        return number(value, self.language)

    def page_text(self, page: int, pages: int) -> str:
        return self.page_label.format(page=self.number(page), pages=self.number(pages))
