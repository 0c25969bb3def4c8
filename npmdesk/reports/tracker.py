"""The recommendations tracker: per report and addressee, each recommendation's two statuses side
by side (what the State reports, and the NPM's own assessment with its evidence), each with its
date and source, and how many are at each status in both (for the chart).

A recommendation is in the period when its own date is; it is shown under the report it
belongs to (its `report` field), or under "not linked to a report".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from npmdesk.records.kinds import KINDS
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore
from npmdesk.reports import fetch
from npmdesk.reports.request import Period

ADDRESSEES = ("state", "npm")
STATUSES = KINDS["recommendation"].statuses


@dataclass(frozen=True)
class RecommendationItem:
    record_id: str
    date: str | None
    paragraph: str | None
    title: str
    addressee: str
    status: str | None
    evidence: str | None
    evidence_date: str | None
    due_date: str | None
    report_id: str | None
    assessment_source: str | None = None
    state_status: str | None = None
    state_status_on: str | None = None
    state_status_source: str | None = None
    priority: str | None = None
    responsible_authority: str | None = None


@dataclass(frozen=True)
class ReportRef:
    record_id: str
    title: str
    date: str | None
    report_type: str | None


@dataclass(frozen=True)
class ReportGroup:
    """One report's recommendations, by addressee (State first, then NPM)."""

    report: ReportRef | None
    by_addressee: tuple[tuple[str, tuple[RecommendationItem, ...]], ...]


@dataclass(frozen=True)
class Tracker:
    period: Period
    groups: tuple[ReportGroup, ...]

    @property
    def items(self) -> list[RecommendationItem]:
        return [item for g in self.groups for _a, items in g.by_addressee for item in items]

    def counts(self, side: str = "npm") -> dict[str, dict[str, int]]:
        """Recommendations per addressee and status (every status present, zeros included): of the
        NPM's assessment (`side="npm"`) or of what the State reports (`side="state"`; those the
        State has not reported on are in no status)."""
        table = {a: dict.fromkeys(STATUSES, 0) for a in ADDRESSEES}
        for item in self.items:
            row = table.setdefault(item.addressee, dict.fromkeys(STATUSES, 0))
            status = item.state_status if side == "state" else item.status
            if status in row:
                row[status] += 1
        return table


def recommendation_item(record: Record) -> RecommendationItem:
    def text(name: str) -> str | None:
        value = record.fields.get(name)
        return value if isinstance(value, str) and value else None

    return RecommendationItem(
        record_id=record.id, date=record.date, paragraph=text("paragraph"), title=record.title,
        addressee=text("addressee") or "state", status=record.status, evidence=text("evidence"),
        evidence_date=text("evidence_date"), due_date=record.due_date, report_id=text("report"),
        assessment_source=text("assessment_source"), state_status=text("state_status"),
        state_status_on=text("state_status_on"), state_status_source=text("state_status_source"),
        priority=text("priority"), responsible_authority=text("responsible_authority"),
    )


def report_ref(record: Record) -> ReportRef:
    kind = record.fields.get("report_type")
    return ReportRef(record.id, record.title, record.date, kind if isinstance(kind, str) else None)


def _paragraph_order(item: RecommendationItem) -> tuple[int, str, str]:
    number = re.search(r"\d+", item.paragraph or "")
    return (int(number.group()) if number else 1 << 30, item.paragraph or "", item.title.casefold())


def by_addressee(items: Iterable[RecommendationItem]) -> tuple[tuple[str, tuple[RecommendationItem, ...]], ...]:
    groups: dict[str, list[RecommendationItem]] = {}
    for item in items:
        groups.setdefault(item.addressee, []).append(item)
    order = [a for a in ADDRESSEES if a in groups] + sorted(a for a in groups if a not in ADDRESSEES)
    return tuple((a, tuple(sorted(groups[a], key=_paragraph_order))) for a in order)


def gather(store: RecordStore, period: Period) -> Tracker:
    rows = fetch.listed(store, fetch.in_period(("recommendation",), period))
    items = [recommendation_item(r) for r in fetch.records(store, rows)]
    report_rows = fetch.titles(store, (i.report_id for i in items if i.report_id))
    reports = {rid: report_ref(store.get(rid)) for rid in report_rows if report_rows[rid].kind == "report"}
    per_report: dict[str | None, list[RecommendationItem]] = {}
    for item in items:
        key = item.report_id if item.report_id in reports else None
        per_report.setdefault(key, []).append(item)
    order = sorted((k for k in per_report if k is not None),
                   key=lambda k: (reports[k].date or "", reports[k].title.casefold(), k))
    groups = [ReportGroup(reports[k], by_addressee(per_report[k])) for k in order]
    if None in per_report:
        groups.append(ReportGroup(None, by_addressee(per_report[None])))
    return Tracker(period, tuple(groups))
