"""An NPM annual report as separate dated steps, and its deadline.

Publishing the report nationally, tabling it in parliament, sending it to the SPT, the SPT's
acknowledgement and its posting on the OHCHR site happen in no fixed order and each has its own
date (the record's fields); `steps(record)` lists them, each done or pending. The record's
status stays as the user sets it.

OPCAT sets no deadline for the report (art. 23 obliges the State to publish it): the deadline is
the NPM's own national one (`national_deadline`). Until the user sets it, `deadline()` gives an
approximate one from the calendar's rule (calendar.annual_report_due: the last day of a
configurable month of the following year), marked approximate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from npmdesk.records import calendar
from npmdesk.records.model import Record

# (step, its date field, the field that says more about it: a link or the languages sent)
STEPS = (
    ("published_nationally", "published_nationally_on", "national_url"),
    ("tabled_in_parliament", "tabled_on", None),
    ("sent_to_spt", "date_sent", "languages_sent"),
    ("acknowledged_by_spt", "acknowledged_on", None),
    ("posted_by_ohchr", "posted_on", "published_url"),
)


@dataclass(frozen=True)
class Step:
    """One step: `done` when its date (or, for a step recorded before dates, its link) is set."""

    key: str
    date_field: str
    on: str | None
    detail_field: str | None
    detail: tuple[str, ...]  # the link, or the languages sent; empty when none

    @property
    def done(self) -> bool:
        return self.on is not None or bool(self.detail)


@dataclass(frozen=True)
class Deadline:
    day: dt.date
    approximate: bool  # True until the user sets the national deadline


def steps(record: Record) -> tuple[Step, ...]:
    """The steps of an annual report, in their usual order (each may happen in any order)."""
    found = []
    for key, date_field, detail_field in STEPS:
        on = record.fields.get(date_field)
        value = record.fields.get(detail_field) if detail_field else None
        detail = tuple(str(v) for v in value if v) if isinstance(value, list) else (str(value),) if value else ()
        found.append(Step(key, date_field, on if isinstance(on, str) and on else None, detail_field, detail))
    return tuple(found)


def deadline(record: Record, report_month: int = calendar.DEFAULT_REPORT_MONTH) -> Deadline | None:
    """The report's deadline: its national deadline, else the approximate one for its year;
    None if it names neither a deadline nor a year."""
    national = record.fields.get("national_deadline")
    if isinstance(national, str) and national:
        try:
            return Deadline(dt.date.fromisoformat(national), approximate=False)
        except ValueError:
            pass
    year = record.fields.get("year")
    if isinstance(year, int) and not isinstance(year, bool) and 1 <= year < 9999:
        return Deadline(calendar.annual_report_due(year, report_month), approximate=True)
    return None
