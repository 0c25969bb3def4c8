"""What the user asks for: which report, over which period or visit, in which language, marked or not.

`make_request` checks everything the user typed before the vault is read, so a mistyped date
changes nothing and writes nothing; each mistake raises one error from errors.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from npmdesk.reports.errors import (
    InvalidReportDate,
    ReversedPeriod,
    UnknownReportKind,
    UnsupportedLanguage,
    VisitRequired,
)
from npmdesk.reports.names import KIND_ALIASES, LANGUAGES, REPORT_KINDS, VISIT_DOSSIER


@dataclass(frozen=True)
class Period:
    """Both ends included; None means open on that side."""

    start: dt.date | None = None
    end: dt.date | None = None

    @property
    def date_from(self) -> str | None:
        return None if self.start is None else self.start.isoformat()

    @property
    def date_to(self) -> str | None:
        return None if self.end is None else self.end.isoformat()

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None

    def contains(self, day: str | None) -> bool:
        """Whether an ISO date falls in the period (an undated record is only in the whole period)."""
        if self.is_open:
            return True
        if not day:
            return False
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    period: Period = Period()
    visit_id: str | None = None
    language: str = "en"
    confidential_mark: bool = True
    with_disclosures: bool = False  # the correspondence log lists when each record left the vault


def parse_date(text: str | None, which: str) -> dt.date | None:
    """An ISO date (YYYY-MM-DD) or None for an empty value; InvalidReportDate otherwise."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    if len(value) != 10:
        raise InvalidReportDate(which)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidReportDate(which) from None


def report_kind(name: str) -> str:
    kind = KIND_ALIASES.get(name, name)
    if kind not in REPORT_KINDS:
        raise UnknownReportKind()
    return kind


def make_request(kind: str, date_from: str | None = None, date_to: str | None = None, *,
                 visit_id: str | None = None, language: str = "en", confidential_mark: bool = True,
                 with_disclosures: bool = False) -> ReportRequest:
    """A checked request. Raises UnknownReportKind, InvalidReportDate, ReversedPeriod,
    VisitRequired (a visit dossier without a visit) or UnsupportedLanguage."""
    chosen = report_kind(kind)
    start = parse_date(date_from, "start")
    end = parse_date(date_to, "end")
    if start is not None and end is not None and end < start:
        raise ReversedPeriod()
    if language not in LANGUAGES:
        raise UnsupportedLanguage()
    visit = (visit_id or "").strip() or None
    if chosen == VISIT_DOSSIER and visit is None:
        raise VisitRequired()
    return ReportRequest(chosen, Period(start, end), visit if chosen == VISIT_DOSSIER else None, language,
                         confidential_mark, with_disclosures)
