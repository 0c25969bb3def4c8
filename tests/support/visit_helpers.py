"""A visit with a record for (almost) every checklist item, for the visit tests (core and GUI)."""

from __future__ import annotations

from dataclasses import dataclass

from npmdesk.records import Link, Record, RecordStore


@dataclass
class VisitDossier:
    visit: Record
    background: Record
    actors_draft: Record
    final_discussion: Record
    private_meeting: Record
    check_done: Record
    check_concern: Record
    report: Record
    place: Record
    other_letter: Record


def step(store: RecordStore, visit: Record, item: str, date: str, status: str = "closed",
         title: str | None = None) -> Record:
    return store.add(Record(
        kind="communication", title=title or f"About {item}", date=date, status=status,
        links=[Link(visit.id, "visit")],
        fields={"direction": "sent", "channel": "meeting_in_country", "visit_step": item},
    ))


def visit_dossier(store: RecordStore, *, status: str = "follow_up", ticked: tuple[str, ...] = (),
                  visit_type: str | None = None) -> VisitDossier:
    """A visit from 2026-03-02 to 2026-03-11, announced 2025-06-24, with linked records (a visit
    recorded without a type, as before types existed, unless `visit_type` is given)."""
    place = store.add(Record(kind="place", title="Central prison of Valdoro", status="active",
                             fields={"place_type": "prison"}))
    visit = store.add(Record(
        kind="visit", title="SPT visit to Mexico (2026)", date="2026-03-02", status=status, country="MX",
        links=[Link(place.id, "place")],
        fields={"start_date": "2026-03-02", "end_date": "2026-03-11", "announced_on": "2025-06-24",
                "checklist_done": list(ticked), "places": [place.id],
                **({"visit_type": visit_type} if visit_type else {})},
    ))
    check_done = store.add(Record(
        kind="reprisal_check", title="Return visit to Valdoro", date="2026-03-20", status="done",
        links=[Link(visit.id, "visit")], fields={"visit": visit.id},
    ))
    check_concern = store.add(Record(
        kind="reprisal_check", title="Reprisal check at the police station", date="2026-03-25",
        status="concern_raised", links=[Link(visit.id, "visit")], fields={"visit": visit.id},
    ))
    report = store.add(Record(
        kind="report", title="Report on the visit to Mexico", date="2026-06-01", status="under_review",
        links=[Link(visit.id, "visit")], fields={"report_type": "visit_report_to_state", "visit": visit.id},
    ))
    return VisitDossier(
        visit=visit,
        background=step(store, visit, "background_sent", "2026-01-10", title="Background information"),
        actors_draft=step(store, visit, "national_actors_suggested", "2026-02-01", status="draft",
                          title="National actors to meet"),
        final_discussion=step(store, visit, "final_discussion", "2026-03-11", title="Final discussion"),
        private_meeting=step(store, visit, "private_meeting", "2026-03-10", title="Private meeting"),
        check_done=check_done, check_concern=check_concern, report=report, place=place,
        other_letter=store.add(Record(
            kind="communication", title="Thanks after the visit", date="2026-04-02", status="sent",
            links=[Link(visit.id, "visit")], fields={"direction": "sent", "channel": "email"},
        )),
    )


def visit_report(store: RecordStore, visit: Record, report_type: str = "visit_report_to_state", *,
                 status: str = "received", date: str = "2026-06-01", **fields: object) -> Record:
    """A report on `visit` (linked to it) with the given track fields (transmitted_on, reply_due…)."""
    return store.add(Record(
        kind="report", title=f"{report_type} on {visit.title}", date=date, status=status, country=visit.country,
        links=[Link(visit.id, "visit")], fields={"report_type": report_type, "visit": visit.id, **fields},
    ))
