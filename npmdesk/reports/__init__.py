"""Reports on what the vault holds (no Qt here): the correspondence log, a visit dossier and the
recommendations tracker, in English, French or Spanish.

`make_request(...)` checks what the user asked for; `compose(store, request)` reads the vault
through the record store and returns a `ReportDocument` (HTML from `resources/reports/`);
npmdesk.gui.reports lays it out and paints it to a PDF in memory or a printer.
"""

from __future__ import annotations

from npmdesk.reports.compose import compose
from npmdesk.reports.document import Chart, ReportDocument
from npmdesk.reports.request import LANGUAGES, REPORT_KINDS, Period, ReportRequest, make_request

__all__ = ["LANGUAGES", "REPORT_KINDS", "Chart", "Period", "ReportDocument", "ReportRequest", "compose",
           "make_request"]
