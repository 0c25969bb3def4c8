"""The texts of the reports in every language of `names.LANGUAGES` (`resources/reports/strings/<lang>.json`).

Every language file has the same keys (a test checks). A missing key, or a language whose file is
not there yet, falls back to English,
then to the key itself, so a report never fails for want of a label. The names of kinds,
statuses, fields and choices are not here: they come from the glossary (npmdesk/glossary.py)
that the windows use too, so a report and the screen call each thing by the same name.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from npmdesk.glossary import glossary
from npmdesk.paths import data_root
from npmdesk.reports.request import Period

EN_DASH = "\u2013"


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

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key) or self._english.get(key) or key
        return text.format(**values) if values else text

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
        """Two dates joined by an en dash, with "…" for an open end."""
        return f"{start or '…'} {EN_DASH} {end or '…'}"

    def period(self, period: Period) -> str:
        return self("title.all_dates") if period.is_open else self.span(period.date_from, period.date_to)

    def status(self, value: str | None, kind: str | None = None, subtype: str | None = None) -> str:
        """The glossary's name of a status (in `kind`, and its `subtype` such as a report's type)."""
        return self.glossary.status(value, kind=kind, subtype=subtype) if value else self("status.none")


def keys(language: str) -> set[str]:
    return set(_table(language))
