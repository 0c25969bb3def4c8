"""The failures a user can meet when asking for a report, each with the message they see."""

from __future__ import annotations

from npmdesk.errors import NpmdeskError
from npmdesk.phrase import Count


class UnknownReportKind(NpmdeskError):
    message = "Unknown report: choose correspondence-log, visit-dossier or recommendations."


class InvalidReportDate(NpmdeskError):
    def __init__(self, which: str) -> None:
        if which == "end":
            super().__init__("The end date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.")
        else:
            super().__init__("The start date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.")


class ReversedPeriod(NpmdeskError):
    message = "The period ends before it starts: check the start and end dates."


class VisitRequired(NpmdeskError):
    message = "A visit dossier is about one visit: choose the visit (on the command line, --visit ID)."


class NotAVisit(NpmdeskError):
    def __init__(self, record_id: str) -> None:
        super().__init__("Record {record_id} is not a visit: a visit dossier needs a visit's id.", record_id=record_id)


class UnsupportedLanguage(NpmdeskError):
    message = ("Reports are written in English (en), French (fr), Spanish (es), Arabic (ar), Russian (ru) "
               "or Portuguese (pt).")


class ReportTooLarge(NpmdeskError):
    def __init__(self, limit: int) -> None:
        super().__init__("The report would list more than {limit} records: choose a shorter period.",
                         limit=Count(limit))
