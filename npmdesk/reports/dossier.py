"""The visit dossier: one SPT country visit in its three phases.

- Overview: country, dates, announcement, status, SPT contact, themes, places.
- Preparation: the preparation steps done, and correspondence linked to the visit before it.
- During: the steps of the visit, meetings and exchanges while it ran, joint visits to places.
- Follow-up: reprisal checks, reports on the visit with their recommendations and status,
  and correspondence after it.

Everything linked to the visit is found through the store's links; a period, when given,
keeps only linked records dated within it (the visit itself is always shown).
"""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore
from npmdesk.reports import fetch
from npmdesk.reports.errors import NotAVisit
from npmdesk.reports.fetch import Contact
from npmdesk.reports.request import Period
from npmdesk.reports.tracker import RecommendationItem, ReportRef, by_addressee, recommendation_item, report_ref

PREPARATION_STEPS = ("background_sent", "national_actors_suggested")
DURING_STEPS = ("joint_visits", "final_discussion", "private_meeting")
FOLLOW_UP_STEPS = ("reprisal_checks", "report_to_state", "report_to_npm", "tripartite_dialogue")


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
    steps_done: frozenset[str]
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
        return ids


def _text(record: Record, name: str) -> str | None:
    value = record.fields.get(name)
    return value if isinstance(value, str) and value else None


def _texts(record: Record, name: str) -> tuple[str, ...]:
    value = record.fields.get(name)
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def gather(store: RecordStore, visit_id: str, period: Period) -> VisitDossier:
    """The dossier of one visit. RecordNotFound if there is no such record, NotAVisit if it is not a visit."""
    visit = store.get(visit_id)
    if visit.kind != "visit":
        raise NotAVisit(visit_id)
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
        steps_done=frozenset(_texts(visit, "checklist_done")),
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
