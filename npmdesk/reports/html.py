"""HTML pieces of the reports for Qt's rich-text engine: templates filled with escaped values,
tables whose header row repeats on every page (`<thead>`), and lists of facts.

Every value from the vault goes through `esc`: a record title can never add markup (or an
image that Qt would try to load) to a report.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from string import Template

from npmdesk import display
from npmdesk.reports.strings import template

Cell = str  # already HTML (made by esc, ref, or a builder here)


def esc(value: object) -> str:
    """A value from the vault for the report: control characters and bidi overrides shown as
    <U+XXXX> (npmdesk.display), then escaped."""
    return html.escape(display.terminal(value), quote=True)


def fill(name: str, **values: str) -> str:
    """`resources/reports/templates/<name>` with $placeholders replaced (values are HTML already)."""
    return Template(template(name)).substitute(values)


def ref(record_id: str) -> Cell:
    return f'<span class="ref">{esc(record_id[:8])}</span>'


def dated(day: str | None, record_id: str | None, none: str) -> Cell:
    """A date, and below it the record's short reference (enough to find it in the vault)."""
    text = esc(day or none)
    return f"{text}<br>{ref(record_id)}" if record_id else text


def table(headers: Sequence[str], rows: Iterable[Sequence[Cell]], widths: Sequence[int] = (),
          numeric: Sequence[int] = (), dates: Sequence[int] = ()) -> str:
    """A grid whose header row (`<thead>`) is repeated at the top of each page the table runs onto.

    `widths` are percentages per column; `numeric` are the indexes of right-aligned columns and
    `dates` those that never wrap."""
    head = "".join(
        f'<th width="{widths[i]}%">{esc(h)}</th>' if i < len(widths) else f"<th>{esc(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>" + "".join(f'<td class="num">{c}</td>' if i in numeric else f'<td class="date">{c}</td>'
                         if i in dates else f"<td>{c}</td>" for i, c in enumerate(row)) + "</tr>"
        for row in rows
    )
    return (f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def facts(pairs: Iterable[tuple[str, Cell]]) -> str:
    """Label: value lines, as a borderless two-column table."""
    rows = "".join(f'<tr><th width="28%">{esc(label)}</th><td>{value}</td></tr>' for label, value in pairs)
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
