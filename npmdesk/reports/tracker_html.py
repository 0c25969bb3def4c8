"""The body of the recommendations tracker, with its chart (drawn by the renderer) and the same
numbers as a table, so the figures are also text (for screen readers and text extraction).

Both statuses of each recommendation are shown side by side, each with its date and source:
what the State reports and the NPM's own assessment (with its evidence); the chart has, for each
addressee, one bar of the NPM's assessment and one of what the State reports."""

from __future__ import annotations

from npmdesk.reports.document import Chart
from npmdesk.reports.html import attribute, clip, esc, fill, heading, paragraph, ref, table
from npmdesk.reports.strings import Strings
from npmdesk.reports.tracker import STATUSES, RecommendationItem, Tracker

CHART_URL = "npmdesk-chart:recommendations"
SIDES = ("npm", "state")


def name(s: Strings, field: str, value: str | None) -> str:
    """The report's name of one value of a choice field (a source, a priority, an addressee)."""
    return s.choice(field, value)


def _side_label(s: Strings, side: str) -> str:
    return s("tracker.npm_assessment") if side == "npm" else s("tracker.state_reports")


def _columns(tracker: Tracker, s: Strings) -> list[tuple[str, str, str]]:
    """(addressee, side, label) of each bar: for each addressee with recommendations, both sides."""
    counts = tracker.counts()
    addressees = [a for a in counts if sum(counts[a].values())] or list(counts)
    return [(a, side, s("tracker.series", addressee=name(s, "addressee", a), side=_side_label(s, side)))
            for a in addressees for side in SIDES]


def chart(tracker: Tracker, s: Strings) -> Chart:
    counts = {side: tracker.counts(side) for side in SIDES}
    columns = _columns(tracker, s)
    return Chart(
        url=CHART_URL, categories=tuple(label for _a, _side, label in columns),
        series=tuple(s.status(st, "recommendation") for st in STATUSES), series_keys=STATUSES,
        values=tuple(tuple(counts[side][a][st] for st in STATUSES) for a, side, _label in columns),
        height=20 + 44 * len(columns) + 48,
    )


def _status_cell(s: Strings, status: str | None, on: str | None, source: str | None, none: str) -> str:
    if status is None:
        return esc(none)
    lines = [esc(s.status(status, "recommendation"))]
    if on:
        lines.append(esc(s.day(on)))
    if source:
        lines.append(esc(s("tracker.source", source=name(s, "source", source))))
    return "<br>".join(lines)


def dialogue_table(addressee: str, items: tuple[RecommendationItem, ...], s: Strings) -> str:
    """The recommendations to one addressee, each with both statuses, dated and sourced."""
    headers = [s("col.paragraph"), s("col.recommendation"), s("tracker.state_reports"), s("tracker.npm_assessment"),
               s("col.due")]
    rows = []
    for item in items:
        about = [esc(item.title)]
        if item.responsible_authority:
            about.append(esc(s("tracker.authority", authority=item.responsible_authority)))
        if item.priority:
            about.append(esc(s("tracker.priority", priority=name(s, "priority", item.priority))))
        npm = _status_cell(s, item.status, item.evidence_date, item.assessment_source, s("tracker.not_assessed"))
        if item.evidence:
            npm += "<br>" + esc(clip(item.evidence, 300) or "")
        rows.append([f"{esc(item.paragraph or s('none'))}<br>{ref(item.record_id)}", "<br>".join(about),
                     _status_cell(s, item.state_status, item.state_status_on, item.state_status_source,
                                  s("tracker.not_reported")),
                     npm, esc(s.day(item.due_date))])
    title = s("tracker.addressee_heading", addressee=name(s, "addressee", addressee))
    return f"<h4>{esc(title)}</h4>" + table(headers, rows, widths=(10, 30, 20, 30, 10), dates=(4,))


def body(tracker: Tracker, figure: Chart, s: Strings) -> str:
    if not tracker.groups:
        return fill("recommendations.html", heading=esc(s("report.recommendations")),
                    summary=esc(s("tracker.summary", count=0)), chart_heading=esc(s("tracker.chart")),
                    chart="", chart_table="", reports=paragraph(s("tracker.empty"), "empty"))
    counts = {side: tracker.counts(side) for side in SIDES}
    columns = _columns(tracker, s)
    headers = [s("col.status"), *(label for _a, _side, label in columns)]
    rows = []
    for st in STATUSES:
        rows.append([esc(s.status(st, "recommendation")),
                     *(s.number(counts[side][a][st]) for a, side, _label in columns)])
    totals = [sum(counts[side][a].values()) for a, side, _label in columns]
    rows.append([f"<b>{esc(s('col.total'))}</b>", *(f"<b>{s.number(t)}</b>" for t in totals)])
    numeric = tuple(range(1, len(headers)))
    reports = ""
    for group in tracker.groups:
        if group.report is None:
            reports += heading(2, s("tracker.no_report"))
        else:
            reports += heading(2, s("tracker.report_heading", title=group.report.title,
                                    date=s.day(group.report.date)))
            if group.report.report_type:
                reports += paragraph(name(s, "report_type", group.report.report_type), "summary")
        reports += "".join(dialogue_table(a, items, s) for a, items in group.by_addressee)
    image = f'<p align="center"><img src="{attribute(figure.url)}" width="{figure.width}" height="{figure.height}"></p>'
    chart_table = paragraph(s("tracker.chart_note"), "summary") + table(headers, rows, numeric=numeric)
    return fill("recommendations.html", heading=esc(s("report.recommendations")),
                summary=esc(s("tracker.summary", count=len(tracker.items))), chart_heading=esc(s("tracker.chart")),
                chart=image, chart_table=chart_table, reports=reports)
