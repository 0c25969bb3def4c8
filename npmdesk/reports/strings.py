"""The texts of the reports in every language of `names.LANGUAGES` (`resources/reports/strings/<lang>.json`).

Every language file has the same keys (a test checks). A missing key, or a language whose file is
not there yet, falls back to English,
then to the key itself, so a report never fails for want of a label. The names of kinds,
statuses, fields and choices are not here: they come from the glossary (npmdesk/glossary.py)
that the windows use too, so a report and the screen call each thing by the same name.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from npmdesk import display, numerals
from npmdesk.glossary import glossary
from npmdesk.paths import data_root

if TYPE_CHECKING:  # a type only: summary.html (an export) uses these strings with no report request
    from npmdesk.reports.request import Period

EN_DASH = "\u2013"
RIGHT_TO_LEFT = frozenset({"ar"})


def number(value: int, language: str) -> str:
    """A count in the digits and separators of the user's locale for `language`, as the window
    and the command line write it (`numerals.number`: Arabic-Indic on a Lebanese system, Latin
    for plain Arabic, as CLDR says)."""
    return numerals.number(value, language)


def as_date(value: dt.date | str) -> dt.date | None:
    """The day a date or an ISO date (or timestamp) names; None for other text."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class Sentence(str):
    """A label from `Strings` with its values filled in: each value neutralised as
    `display.terminal` does and bidi-isolated (FSI…PDI) as `isolated` says, so a French title, a
    date or a number cannot reorder an Arabic sentence, nor an Arabic name a French one.
    `reports.html.esc` escapes a Sentence without neutralising those isolates again."""


def isolated(text: str, always: bool) -> str:
    """`text` in a bidi isolate (FSI…PDI) when `always` (a right-to-left report) or when it holds
    right-to-left letters or Arabic digits (an Arabic name in a French report); empty stays empty."""
    if text and (always or any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in text)):
        return f"{display.FSI}{text}{display.PDI}"
    return text


def _value(value: object, language: str) -> str:
    if isinstance(value, Sentence):
        text: str = value
    elif isinstance(value, int) and not isinstance(value, bool):
        text = number(value, language)
    else:
        text = display.terminal(value)
    return isolated(text, language in RIGHT_TO_LEFT)


def reports_dir() -> Path:
    """`resources/reports`, in the source tree, an installed wheel or a frozen build."""
    return data_root() / "resources" / "reports"


@cache
def _table(language: str) -> dict[str, str]:
    path = reports_dir() / "strings" / f"{language}.json"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        doc = json.load(handle)
    return {str(k): str(v) for k, v in doc.items() if not str(k).startswith("_")}


@cache
def template(name: str) -> str:
    """The text of `resources/reports/templates/<name>`."""
    return (reports_dir() / "templates" / name).read_text(encoding="utf-8")


class Strings:
    """Labels in one language: `s("col.date")`, `s("page", page=1, pages=3)`, `s.status("closed")`."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._own = _table(language)
        self._english = _table("en")
        self.glossary = glossary(language)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def __call__(self, key: str, /, **values: object) -> str:
        """The label `key` as a `Sentence`, its `{name}` fields filled (counts with `number`)."""
        return self.fill(self._own.get(key) or self._english.get(key) or key, **values)

    def fill(self, text: str, /, **values: object) -> str:
        """`text` (trusted: from the strings files or the code) as a `Sentence`, its `{name}` fields filled."""
        return Sentence(text.format(**{k: _value(v, self.language) for k, v in values.items()}) if values else text)

    def number(self, value: int) -> str:
        return number(value, self.language)

    def date(self, day: dt.date | str | None) -> str:
        """A date written out in the language ("12 mai 2025"), for the title page, the period and
        facts; "…" for none; text that is not a date as it is."""
        return self._day(day, numerals.FULL_DATE, "…")

    def day(self, day: dt.date | str | None, none: str | None = None) -> str:
        """A date in a table cell or a line of a cell, short ("12 mai 2025", "7 Dec 2026");
        `none` (the "none" label by default) for no date; text that is not a date as it is."""
        return self._day(day, numerals.SHORT_DATE, self("none") if none is None else none)

    def _day(self, day: dt.date | str | None, skeleton: str, none: str) -> str:
        if not day:
            return none
        known = as_date(day)
        return str(day) if known is None else numerals.date(known, self.language, skeleton)

    def moment(self, iso: str) -> str:
        """An ISO timestamp as its UTC day written out and its time ("7 December 2026 15:04 UTC");
        text that is not a timestamp as it is."""
        try:
            when = dt.datetime.fromisoformat(iso)
        except ValueError:
            return iso
        if when.tzinfo is not None:
            when = when.astimezone(dt.UTC)
        time = numerals.digits(when.strftime("%H:%M"), self.language)
        return f"{self.date(when.date())} {time}" + (" UTC" if when.tzinfo is not None else "")

    def kind(self, value: str | None) -> str:
        """The glossary's name of a kind ("—" for none)."""
        return self.glossary.kind(value) if value else self("none")

    def field(self, name: str, kind: str | None = None) -> str:
        """The glossary's name of a field (as the form labels it)."""
        return self.glossary.field(name, kind=kind)

    def choice(self, field: str, value: str | None) -> str:
        """The glossary's name of one value of a choice field ("—" for none)."""
        return self.glossary.choice(field, value) if value else self("none")

    def sensitivity(self, value: str) -> str:
        return self.glossary.sensitivity(value)

    def span(self, start: str | None, end: str | None) -> str:
        """Two dates (written out, or ISO dates this writes out) joined by an en dash, "…" for an open end."""
        return f"{self.date(start)} {EN_DASH} {self.date(end)}"

    def period(self, period: Period) -> str:
        """The period written out in the language ("1 January 2024 to 30 June 2025", joined by an en dash)."""
        if period.is_open:
            return self("title.all_dates")
        return self.span(period.date_from, period.date_to)

    def status(self, value: str | None, kind: str | None = None, subtype: str | None = None) -> str:
        """The glossary's name of a status (in `kind`, and its `subtype` such as a report's type)."""
        return self.glossary.status(value, kind=kind, subtype=subtype) if value else self("status.none")


def keys(language: str) -> set[str]:
    return set(_table(language))
