"""The body of the recommendations tracker, with its chart (drawn by the renderer) and the same
numbers as a table, so the figures are also text (for screen readers and text extraction)."""

from __future__ import annotations

from npmdesk.reports.document import Chart
from npmdesk.reports.dossier_html import recommendation_table
from npmdesk.reports.html import esc, fill, heading, paragraph, table
from npmdesk.reports.strings import Strings
from npmdesk.reports.tracker import STATUSES, Tracker

CHART_URL = "npmdesk-chart:recommendations"


def chart(tracker: Tracker, s: Strings) -> Chart:
    counts = tracker.counts()
    addressees = [a for a in counts if sum(counts[a].values())] or list(counts)
    return Chart(
        url=CHART_URL, categories=tuple(s.choice("addressee", a) for a in addressees),
        series=tuple(s.status(st, "recommendation") for st in STATUSES), series_keys=STATUSES,
        values=tuple(tuple(counts[a][st] for st in STATUSES) for a in addressees),
        height=20 + 44 * len(addressees) + 48,
    )


def body(tracker: Tracker, figure: Chart, s: Strings) -> str:
    if not tracker.groups:
        return fill("recommendations.html", heading=esc(s("report.recommendations")),
                    summary=esc(s("tracker.summary", count=0)), chart_heading=esc(s("tracker.chart")),
                    chart="", chart_table="", reports=paragraph(s("tracker.empty"), "empty"))
    counts = tracker.counts()
    headers = [s("col.status"), *figure.categories, s("col.total")]
    rows = []
    for st in STATUSES:
        values = [counts[a][st] for a in counts if s.choice("addressee", a) in figure.categories]
        rows.append([esc(s.status(st, "recommendation")), *(str(v) for v in values), str(sum(values))])
    totals = [sum(counts[a].values()) for a in counts if s.choice("addressee", a) in figure.categories]
    rows.append([f"<b>{esc(s('col.total'))}</b>", *(f"<b>{t}</b>" for t in totals), f"<b>{sum(totals)}</b>"])
    numeric = tuple(range(1, len(headers)))
    reports = ""
    for group in tracker.groups:
        if group.report is None:
            reports += heading(2, s("tracker.no_report"))
        else:
            reports += heading(2, s("tracker.report_heading", title=group.report.title,
                                    date=group.report.date or s("none")))
            if group.report.report_type:
                reports += paragraph(s.choice("report_type", group.report.report_type), "summary")
        reports += "".join(recommendation_table(a, items, s) for a, items in group.by_addressee)
    image = f'<p align="center"><img src="{esc(figure.url)}" width="{figure.width}" height="{figure.height}"></p>'
    return fill("recommendations.html", heading=esc(s("report.recommendations")),
                summary=esc(s("tracker.summary", count=len(tracker.items))), chart_heading=esc(s("tracker.chart")),
                chart=image, chart_table=table(headers, rows, numeric=numeric), reports=reports)
