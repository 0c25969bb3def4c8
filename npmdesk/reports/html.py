"""HTML pieces of the reports for Qt's rich-text engine: templates filled with escaped values,
tables whose header row repeats on every page (`<thead>`), and lists of facts.

Every value from the vault goes through `esc`: a record title can never add markup (or an
image that Qt would try to load) to a report.

A right-to-left report (Arabic) is built inside `right_to_left()`: there `esc` puts each value
in a bidi isolate, and `table` and `facts` write their columns from right to left (Qt's rich
text does not mirror a table by itself); the renderer sets every paragraph's direction.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from string import Template

from npmdesk import display
from npmdesk.reports.strings import Sentence, Strings, isolated, template

Cell = str  # already HTML (made by esc, ref, or a builder here)

_right_to_left: ContextVar[bool] = ContextVar("right_to_left", default=False)


@contextmanager
def right_to_left(on: bool) -> Iterator[None]:
    """Build the HTML inside this block for a right-to-left report when `on`."""
    token = _right_to_left.set(on)
    try:
        yield
    finally:
        _right_to_left.reset(token)


def esc(value: object) -> str:
    """A value from the vault for the report: control characters and bidi overrides shown as
    <U+XXXX> (npmdesk.display), then escaped; in a bidi isolate in a right-to-left report or when
    it holds right-to-left text (strings.isolated). A
    `Sentence` (a label from Strings) has its values neutralised and isolated already."""
    if isinstance(value, Sentence):
        return html.escape(value, quote=True)
    return html.escape(isolated(display.terminal(value), _right_to_left.get()), quote=True)


def attribute(value: str) -> str:
    """A value for an HTML attribute (an image's url): escaped, never isolated."""
    return html.escape(display.one_line(value), quote=True)


def _ordered(cells: Sequence[str]) -> list[str]:
    """Cells in writing order: reversed in a right-to-left report, so the first column is at the right."""
    return list(reversed(cells)) if _right_to_left.get() else list(cells)


def fill(name: str, **values: str) -> str:
    """`resources/reports/templates/<name>` with $placeholders replaced (values are HTML already)."""
    return Template(template(name)).substitute(values)


def ref(record_id: str) -> Cell:
    return f'<span class="ref">{esc(record_id[:8])}</span>'


def dated(s: Strings, day: str | None, record_id: str | None) -> Cell:
    """A date in the report's language (`Strings.day`), and below it the record's short
    reference (enough to find it in the vault; Latin, isolated)."""
    text = esc(s.day(day))
    return f"{text}<br>{ref(record_id)}" if record_id else text


def table(headers: Sequence[str], rows: Iterable[Sequence[Cell]], widths: Sequence[int] = (),
          numeric: Sequence[int] = (), dates: Sequence[int] = ()) -> str:
    """A grid whose header row (`<thead>`) is repeated at the top of each page the table runs onto.

    `widths` are percentages per column; `numeric` are the indexes of right-aligned columns and
    `dates` those that never wrap."""
    head = "".join(_ordered([
        f'<th width="{widths[i]}%">{esc(h)}</th>' if i < len(widths) else f"<th>{esc(h)}</th>"
        for i, h in enumerate(headers)
    ]))
    body = "".join(
        "<tr>" + "".join(_ordered([f'<td class="num">{c}</td>' if i in numeric else f'<td class="date">{c}</td>'
                                   if i in dates else f"<td>{c}</td>" for i, c in enumerate(row)])) + "</tr>"
        for row in rows
    )
    return (f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def facts(pairs: Iterable[tuple[str, Cell]]) -> str:
    """Label: value lines, as a borderless two-column table."""
    rows = "".join("<tr>" + "".join(_ordered([f'<th width="28%">{esc(label)}</th>', f"<td>{value}</td>"])) + "</tr>"
                   for label, value in pairs)
    return f'<table class="facts" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def paragraph(text: str, css: str = "") -> str:
    return f'<p class="{css}">{esc(text)}</p>' if css else f"<p>{esc(text)}</p>"


def heading(level: int, text: str) -> str:
    return f"<h{level}>{esc(text)}</h{level}>"


def lines(values: Iterable[object]) -> Cell:
    return "<br>".join(esc(v) for v in values)


def clip(text: str | None, limit: int = 400) -> str | None:
    """At most `limit` characters, cut at a word and marked with an ellipsis."""
    if text is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"
