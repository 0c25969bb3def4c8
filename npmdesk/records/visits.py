"""An SPT country visit at a glance: its three phases as a timeline, with the checklist of DOMAIN.md.

`visit_overview(store, visit_id, today)` reads the visit and the records linked to it (through
`RecordStore.linked` and `RecordStore.get`; nothing else is loaded) and decides the state of each
checklist item from those records and from the visit's own `checklist_done` field:

- evidence of an item: a communication linked to the visit whose `visit_step` names the item (a
  letter sending background information, the final discussion, the private meeting, the tripartite
  dialogue…); every reprisal check linked to the visit (item `reprisal_checks`); the SPT's visit
  report to the State or its report to the NPM linked to the visit (item `report_published`);
- DONE: the item is ticked in `checklist_done`, or there is evidence that it happened: a
  communication that is no longer a draft, reprisal checks all done or closed, a report published;
- CONCERN: a linked reprisal check raised a concern that is not closed (it wins over a tick);
- IN_PROGRESS: there is evidence, but not yet of completion (a draft; a planned reprisal check;
  a report received but not published, or letters pressing for its publication);
- OVERDUE: no evidence, and the phase the item belongs to is over (background information once the
  visit has started, the meetings of the visit once it has ended, reprisal checks a month after it);
- NOT_HELD: no evidence, and it will not happen any more: the visit is closed, or an optional item
  (joint visits) whose phase is over;
- TO_DO: otherwise.

Linked records that are not evidence of an item (places, other letters, replies, updates) are
shown in the phase their date falls in. Raises RecordNotFound if the visit does not exist and
InvalidRecord if the record is not a visit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from npmdesk.records.kinds import VISIT_CHECKLIST
from npmdesk.records.model import InvalidRecord, Record, is_date
from npmdesk.records.query import Summary
from npmdesk.records.store import RecordStore

PREPARATION, DURING, FOLLOW_UP = "preparation", "during", "follow_up"
PHASES = (PREPARATION, DURING, FOLLOW_UP)
PHASE_OF_ITEM = dict(zip(VISIT_CHECKLIST, (PREPARATION,) * 2 + (DURING,) * 5 + (FOLLOW_UP,) * 4, strict=True))
OPTIONAL_ITEMS = frozenset({"joint_visits"})  # "possibly joint visits" (DOMAIN.md)
# Items with no deadline of their own: they stay "to do" until the visit is closed.
LONG_TERM_ITEMS = frozenset({"report_to_state", "report_to_npm", "tripartite_dialogue"})
REPRISAL_CHECK_DAYS = 30  # reprisal prevention is immediate: within a month of the visit's end

DONE, CONCERN, IN_PROGRESS, OVERDUE, TO_DO, NOT_HELD = (
    "done", "concern", "in_progress", "overdue", "to_do", "not_held")
ITEM_STATES = (DONE, CONCERN, IN_PROGRESS, OVERDUE, TO_DO, NOT_HELD)
PAST, CURRENT, UPCOMING = "past", "current", "upcoming"

VISIT_REPORTS = {"visit_report_to_state": "report_to_state", "report_to_npm": "report_to_npm"}
_STATUS_PHASE = {"announced": PREPARATION, "preparation": PREPARATION, "during": DURING, "follow_up": FOLLOW_UP}


@dataclass(frozen=True)
class ChecklistItem:
    """One item of the checklist: its state, whether it was ticked by hand, and its records (oldest first)."""

    key: str
    phase: str
    state: str
    ticked: bool
    records: tuple[Summary, ...]


@dataclass(frozen=True)
class Phase:
    """One phase on the timeline: its dates (ISO, either may be unknown), where today stands
    (past, current, upcoming), its checklist items and the other linked records dated in it."""

    key: str
    start: str | None
    end: str | None
    state: str
    items: tuple[ChecklistItem, ...]
    records: tuple[Summary, ...]


@dataclass(frozen=True)
class VisitOverview:
    visit: Record
    phases: tuple[Phase, ...]

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for phase in self.phases for item in phase.items)

    def item(self, key: str) -> ChecklistItem:
        return next(item for item in self.items if item.key == key)

    def phase(self, key: str) -> Phase:
        return next(phase for phase in self.phases if phase.key == key)

    @property
    def current_phase(self) -> str | None:
        return next((phase.key for phase in self.phases if phase.state == CURRENT), None)


def visit_overview(store: RecordStore, visit_id: str, today: dt.date) -> VisitOverview:
    """The timeline and checklist of visit `visit_id` as of `today` (see the module's docstring)."""
    visit = store.get(visit_id)
    if visit.kind != "visit":
        raise InvalidRecord("kind", "This record is not a visit.")
    start, end = _date(visit.fields.get("start_date") or visit.date), _date(visit.fields.get("end_date"))
    if start is not None and end is not None and end < start:
        end = start
    evidence: dict[str, list[tuple[Summary, Record]]] = {key: [] for key in VISIT_CHECKLIST}
    others: dict[str, list[Summary]] = {key: [] for key in PHASES}
    default_phase = _STATUS_PHASE.get(visit.status or "", FOLLOW_UP)
    for _relation, summary in store.linked(visit_id):
        step = _step(store, summary)
        if step is not None:
            evidence[step[0]].append((summary, step[1]))
        else:
            phase = DURING if summary.kind == "place" else _phase_of(summary.date, start, end, default_phase)
            others[phase].append(summary)
    ticked = set(visit.fields.get("checklist_done") or ())
    closed = visit.status == "closed"
    phases = []
    for key in PHASES:
        state = _phase_state(key, start, end, today, visit.status)
        items = tuple(
            _item(item, evidence[item], item in ticked, closed, _item_deadline(item, start, end), today)
            for item in VISIT_CHECKLIST if PHASE_OF_ITEM[item] == key
        )
        first, last = _phase_span(key, visit, start, end)
        phases.append(Phase(key, first, last, state, items, tuple(sorted(others[key], key=_by_date))))
    return VisitOverview(visit, tuple(phases))


# ------------------------------------------------------------------------------- evidence

def _step(store: RecordStore, summary: Summary) -> tuple[str, Record] | None:
    """(checklist item, record) if the linked record is evidence of an item."""
    if summary.kind == "reprisal_check":
        return "reprisal_checks", store.get(summary.id)
    if summary.kind not in ("communication", "report"):
        return None
    record = store.get(summary.id)
    if summary.kind == "report":
        track = VISIT_REPORTS.get(str(record.fields.get("report_type")))
        return (track, record) if track else None
    step = record.fields.get("visit_step")
    return (str(step), record) if step in PHASE_OF_ITEM else None


def _item(key: str, evidence: list[tuple[Summary, Record]], ticked: bool, closed: bool,
          deadline: dt.date | None, today: dt.date) -> ChecklistItem:
    records = tuple(sorted((summary for summary, _ in evidence), key=_by_date))
    state = _evidence_state(key, [record for _, record in evidence])
    if state != CONCERN and ticked:
        state = DONE
    if state is None:
        if closed or (key in OPTIONAL_ITEMS and deadline is not None and today > deadline):
            state = NOT_HELD
        elif deadline is not None and today > deadline:
            state = OVERDUE
        else:
            state = TO_DO
    return ChecklistItem(key, PHASE_OF_ITEM[key], state, ticked, records)


def _evidence_state(key: str, records: list[Record]) -> str | None:
    if not records:
        return None
    if key == "reprisal_checks":
        checks = [r.status for r in records if r.kind == "reprisal_check"]
        if "concern_raised" in checks:
            return CONCERN
        if not checks or "planned" in checks:
            return IN_PROGRESS
        return DONE
    if key in ("report_to_state", "report_to_npm"):
        published = any(r.kind == "report" and (r.status == "published" or r.fields.get("published_on"))
                        for r in records)
        return DONE if published else IN_PROGRESS
    return DONE if any(r.status not in (None, "draft") for r in records) else IN_PROGRESS


# ---------------------------------------------------------------------------------- dates

def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and is_date(value) else None


def _by_date(summary: Summary) -> tuple[str, str]:
    return (summary.date or "9999", summary.title)


def _item_deadline(key: str, start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """The last day on which a missing item is not yet overdue (None: no deadline)."""
    phase = PHASE_OF_ITEM[key]
    if phase == PREPARATION:
        return start - dt.timedelta(days=1) if start else None
    if phase == DURING:
        return end or start
    if key in LONG_TERM_ITEMS or end is None:
        return None
    return end + dt.timedelta(days=REPRISAL_CHECK_DAYS)


def _phase_of(date: str | None, start: dt.date | None, end: dt.date | None, default: str) -> str:
    day = _date(date)
    if day is None or start is None:
        return default
    if day < start:
        return PREPARATION
    return DURING if day <= (end or start) else FOLLOW_UP


def _phase_state(key: str, start: dt.date | None, end: dt.date | None, today: dt.date, status: str | None) -> str:
    if status == "closed":
        return PAST
    if start is None:
        current = _STATUS_PHASE.get(status or "", PREPARATION)
    else:
        current = _phase_of(today.isoformat(), start, end, PREPARATION)
    order = PHASES.index(key) - PHASES.index(current)
    return PAST if order < 0 else CURRENT if order == 0 else UPCOMING


def _phase_span(key: str, visit: Record, start: dt.date | None, end: dt.date | None) -> tuple[str | None, str | None]:
    announced = visit.fields.get("announced_on")
    if key == PREPARATION:
        return (announced if is_date(announced) else None,
                (start - dt.timedelta(days=1)).isoformat() if start else None)
    following = end or start
    if key == DURING:
        return (start.isoformat() if start else None, following.isoformat() if following else None)
    return ((following + dt.timedelta(days=1)).isoformat() if following else None, None)
