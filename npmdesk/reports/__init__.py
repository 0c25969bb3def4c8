"""Reports on what the vault holds (no Qt here): the correspondence log, a visit dossier and the
recommendations tracker, in English, French or Spanish.

`make_request(...)` checks what the user asked for; `compose(store, request)` reads the vault
through the record store and returns a `ReportDocument` (HTML from `resources/reports/`);
npmdesk.pdf lays it out and paints it to a PDF in memory or a printer.

Names are imported on first use (PEP 562): the CLI's parser reads `npmdesk.reports.request`
without loading the record store.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from npmdesk import lazy

if TYPE_CHECKING:
    from npmdesk.reports.assembly import compose
    from npmdesk.reports.document import Chart, ReportDocument
    from npmdesk.reports.names import LANGUAGES, REPORT_KINDS
    from npmdesk.reports.request import Period, ReportRequest, make_request

_EXPORTS = {
    "compose": "npmdesk.reports.assembly",
    "Chart": "npmdesk.reports.document",
    "ReportDocument": "npmdesk.reports.document",
    "LANGUAGES": "npmdesk.reports.names",
    "REPORT_KINDS": "npmdesk.reports.names",
    "Period": "npmdesk.reports.request",
    "ReportRequest": "npmdesk.reports.request",
    "make_request": "npmdesk.reports.request",
}

__all__ = ["LANGUAGES", "REPORT_KINDS", "Chart", "Period", "ReportDocument", "ReportRequest", "compose",
           "make_request"]

__getattr__ = lazy.exports(__name__, _EXPORTS)
