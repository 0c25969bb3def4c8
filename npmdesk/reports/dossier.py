"""The visit dossier: one SPT visit in its three phases.

- Overview: type of visit, country, dates, announcement, status, SPT contact, themes, places.
- Preparation: the checklist items of the visit's type in this phase with where each stands
  (records/visits.py, as of the report's day), and correspondence linked to the visit before it.
- During: the same for the visit itself (opening meeting … press release), meetings and
  exchanges while it ran, joint visits to places.
- Follow-up: the items of the follow-up, the two reports after the visit side by side (to the
  State and to the NPM: records/report_tracks.py) with whether the State can apply to the
  Special Fund (art. 26), reprisal checks, reports on the visit with their recommendations and
  status, and correspondence after it.

Everything linked to the visit is found through the store's links; a period, when given,
keeps only linked records dated within it (the visit itself is always shown; the checklist and
the tracks describe the whole visit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from npmdesk.records import report_tracks, visits
from npmdesk.records.model import Record
from npmdesk.records.report_tracks import ReportTrack
from npmdesk.records.store import RecordStore
from npmdesk.reports import fetch
from npmdesk.reports.errors import NotAVisit
from npmdesk.reports.fetch import Contact
from npmdesk.reports.request import Period
from npmdesk.reports.tracker import RecommendationItem, ReportRef, by_addressee, recommendation_item, report_ref


@dataclass(frozen=True)
class Step:
    """One checklist item of the visit's type: where it stands (visits.ITEM_STATES), optional or not."""

    key: str
    phase: str
    state: str
    optional: bool


@dataclass(frozen=True)
class Exchange:
    """A communication or meeting linked to the visit."""

    record_id: str
    date: str | None
    title: str
    channel: str | None
    direction: str | None
    status: str | None
    participants: tuple[str, ...]
    outcome: str | None


@dataclass(frozen=True)
class PlaceItem:
    record_id: str
    title: str
    place_type: str | None


@dataclass(frozen=True)
class ReprisalCheck:
    record_id: str
    date: str | None
    title: str
    place: str | None
    status: str | None
    people: tuple[str, ...]  # pseudonyms only: the real names stay in the vault
    outcome: str | None


@dataclass(frozen=True)
class ReportOnVisit:
    report: ReportRef
    status: str | None
    confidential: bool | None
    published_on: str | None
    recommendations: tuple[tuple[str, tuple[RecommendationItem, ...]], ...]


@dataclass(frozen=True)
class VisitDossier:
    visit_id: str
    title: str
    country: str | None  # ISO alpha-2, named in the report's language when shown
    status: str | None
    start: str | None
    end: str | None
    announced_on: str | None
    contact: Contact | None
    themes: tuple[str, ...]
    places: tuple[PlaceItem, ...]
    steps_done: frozenset[str]  # ticked by hand
    visit_type: str
    steps: tuple[Step, ...]
    on_hold: bool  # postponed or suspended: nothing is overdue
    tracks: tuple[ReportTrack, ...]  # to the State, to the NPM
    reply_months: int
    state_code: str | None
    fund_reports: tuple[str, ...]  # titles of the published reports to the State (art. 26)
    before: tuple[Exchange, ...]
    during: tuple[Exchange, ...]
    after: tuple[Exchange, ...]
    reprisal_checks: tuple[ReprisalCheck, ...]
    reports: tuple[ReportOnVisit, ...]
    period: Period

    def record_ids(self) -> set[str]:
        ids = {e.record_id for e in (*self.before, *self.during, *self.after)}
        ids |= {c.record_id for c in self.reprisal_checks} | {r.report.record_id for r in self.reports}
        ids |= {i.record_id for r in self.reports for _a, items in r.recommendations for i in items}
        ids |= {t.report.id for t in self.tracks if t.report is not None}
        return ids

    def steps_of(self, phase: str) -> tuple[Step, ...]:
        return tuple(step for step in self.steps if step.phase == phase)


def _text(record: Record, name: str) -> str | None:
    value = record.fields.get(name)
    return value if isinstance(value, str) and value else None


def _texts(record: Record, name: str) -> tuple[str, ...]:
    value = record.fields.get(name)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def gather(store: RecordStore, visit_id: str, period: Period, today: dt.date | None = None) -> VisitDossier:
    """The dossier of one visit, its checklist and tracks as of `today`. RecordNotFound if there is
    no such record, NotAVisit if it is not a visit."""
    visit = store.get(visit_id)
    if visit.kind != "visit":
        raise NotAVisit(visit_id)
    months = report_tracks.reply_months(store.vault)
    overview = visits.visit_overview(store, visit.id, today or dt.date.today(), months)
    fund = report_tracks.special_fund_eligible(store, visit.country) if visit.country else []
    linked = store.linked(visit.id)
    ids = {kind: [row.id for _rel, row in linked if row.kind == kind]
           for kind in ("communication", "reprisal_check", "report", "place")}
    start = _text(visit, "start_date") or visit.date
    end = _text(visit, "end_date") or start
    exchanges = [_exchange(r) for r in _load(store, ids["communication"], period)]
    places = fetch.records(store, fetch.listed(store, fetch.among(
        list(_texts(visit, "places")) + ids["place"], kinds=("place",))))
    place_titles = {p.id: p.title for p in places}
    checks = [_check(r, place_titles, store) for r in _load(store, ids["reprisal_check"], period)]
    reports = [_report(store, r, period) for r in _load(store, ids["report"], period)]
    return VisitDossier(
        visit_id=visit.id, title=visit.title, country=visit.country, status=visit.status,
        start=start, end=end, announced_on=_text(visit, "announced_on"),
        contact=fetch.contacts(store, [visit.counterpart]).get(visit.counterpart or ""),
        themes=_texts(visit, "themes"),
        places=tuple(PlaceItem(p.id, p.title, _text(p, "place_type")) for p in places),
        steps_done=frozenset(_texts(visit, "checklist_done")), visit_type=overview.visit_type,
        steps=tuple(Step(i.key, i.phase, i.state, i.optional) for i in overview.items), on_hold=overview.paused,
        tracks=overview.tracks, reply_months=months, state_code=visit.country,
        fund_reports=tuple(r.title for r in fund),
        before=tuple(e for e in exchanges if start and e.date and e.date < start),
        during=tuple(e for e in exchanges if not (start and e.date and e.date < start)
                     and not (end and e.date and e.date > end)),
        after=tuple(e for e in exchanges if end and e.date and e.date > end),
        reprisal_checks=tuple(checks), reports=tuple(reports), period=period,
    )


def _load(store: RecordStore, ids: list[str], period: Period) -> list[Record]:
    if not ids:
        return []
    return fetch.records(store, fetch.listed(store, fetch.among(ids, period)))


def _exchange(record: Record) -> Exchange:
    return Exchange(record.id, record.date, record.title, _text(record, "channel"), _text(record, "direction"),
                    record.status, _texts(record, "participants"), _text(record, "outcome"))


def _check(record: Record, places: dict[str, str], store: RecordStore) -> ReprisalCheck:
    place_id = _text(record, "place")
    place = places.get(place_id or "")
    if place is None and place_id:
        place = next((row.title for row in fetch.titles(store, [place_id]).values()), None)
    people = tuple(record.pseudonyms.get(name, name) for name in _texts(record, "people_met"))
    return ReprisalCheck(record.id, record.date, record.title, place, record.status, people,
                         _text(record, "outcome"))


def _report(store: RecordStore, record: Record, period: Period) -> ReportOnVisit:
    rec_ids = [row.id for rel, row in store.linked(record.id) if row.kind == "recommendation" and rel == "report"]
    items = [recommendation_item(r) for r in _load(store, rec_ids, period)]
    confidential = record.fields.get("confidential")
    return ReportOnVisit(report_ref(record), record.status, confidential if isinstance(confidential, bool) else None,
                         _text(record, "published_on"), by_addressee(items))
