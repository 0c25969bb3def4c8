"""From a request to a `ReportDocument`: read the vault through the store, fill the templates.

This is the whole of a report that does not need Qt; npmdesk.pdf turns the result into
pages (a PDF in memory, or a printer).
"""

from __future__ import annotations

import datetime as dt

import npmdesk
from npmdesk.records.kinds import SENSITIVITIES
from npmdesk.records.store import RecordStore
from npmdesk.reports import correspondence, dossier, dossier_html, fetch, log_html, tracker, tracker_html
from npmdesk.reports.document import Chart, ReportDocument
from npmdesk.reports.html import esc, fill, right_to_left
from npmdesk.reports.names import CORRESPONDENCE_LOG, VISIT_DOSSIER
from npmdesk.reports.request import ReportRequest
from npmdesk.reports.strings import Strings, template


def compose(store: RecordStore, request: ReportRequest, today: dt.date | None = None) -> ReportDocument:
    """The report asked for. Raises RecordNotFound or NotAVisit for a wrong visit, ReportTooLarge
    for a period with too many records; reads the vault and writes nothing."""
    s = Strings(request.language)
    with right_to_left(s.right_to_left):
        return _compose(store, request, s, today or dt.date.today())


def _compose(store: RecordStore, request: ReportRequest, s: Strings, today: dt.date) -> ReportDocument:
    charts: tuple[Chart, ...] = ()
    subject = ""
    if request.kind == CORRESPONDENCE_LOG:
        log = correspondence.gather(store, request.period, with_disclosures=request.with_disclosures)
        body, ids = log_html.body(log, s), log.record_ids()
    elif request.kind == VISIT_DOSSIER:
        visit = dossier.gather(store, request.visit_id or "", request.period, today)
        body, ids = dossier_html.body(visit, s), visit.record_ids() | {visit.visit_id}
        subject = s("title.visit", visit=visit.title)
    else:
        found = tracker.gather(store, request.period)
        figure = tracker_html.chart(found, s)
        body, ids, charts = tracker_html.body(found, figure, s), {i.record_id for i in found.items}, (figure,)
    title = s(f"report.{request.kind}")
    npm_name = store.vault.meta("npm_name")
    level = highest_sensitivity(store, ids)
    return ReportDocument(
        kind=request.kind, language=request.language, title=title, npm_name=npm_name,
        title_html=_title_page(store, request, s, title, subject, today, level),
        body_html=body, stylesheet=template("report.css"),
        marking=marking(s, level) if request.confidential_mark else None,
        footer=s.fill("{npm} — {title}", npm=npm_name, title=title) if npm_name else title,
        page_label=s("page", page="{page}", pages="{pages}"), charts=charts, record_ids=frozenset(ids),
    )


def highest_sensitivity(store: RecordStore, ids: set[str]) -> str:
    """The highest sensitivity (public < internal < confidential < strictly confidential) among
    the records a report lists and the contacts they name (a report prints counterparts' names;
    counting every named contact errs on the safe side). `internal` for a report that lists
    nothing, since even an empty report says what the vault does not hold."""
    rows = fetch.listed(store, fetch.among(ids)) if ids else []
    contacts = {row.counterpart for row in rows if row.counterpart} - ids
    rows += fetch.listed(store, fetch.among(contacts, kinds=("contact",))) if contacts else []
    found = {row.sensitivity for row in rows}
    ranked = [level for level in SENSITIVITIES if level in found]
    return ranked[-1] if ranked else "internal"


def marking(s: Strings, level: str) -> str:
    """The words printed at the top of every page: the level's name in capitals ("CONFIDENTIAL")."""
    return s.sensitivity(level).upper()


def _title_page(store: RecordStore, request: ReportRequest, s: Strings, title: str, subject: str,
                today: dt.date, level: str) -> str:
    user = store.vault.meta("user_name")
    prepared = s("title.prepared_by", date=s.date(today), user=user) if user else s(
        "title.prepared", date=s.date(today))
    mark = request.confidential_mark
    return fill(
        "title.html",
        marking=f'<p class="title-marking">{esc(marking(s, level))}</p>' if mark else "",
        npm_name=esc(store.vault.meta("npm_name") or s("title.no_npm_name")),
        report_title=esc(title),
        subject=f'<p class="title-subject">{esc(subject)}</p>' if subject else "",
        period=esc(s("title.period", period=s.period(request.period))),
        prepared=esc(prepared),
        marking_note=f'<p class="note">{esc(s(f"marking.note.{level}"))}</p>' if mark else "",
        generator=esc(s("title.generator", version=npmdesk.__version__)),
    )
