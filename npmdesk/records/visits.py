"""An SPT visit at a glance: its three phases as a timeline, with the checklist of its type.

The items of the checklist depend on the visit's type (`visit_type`, country visit when unset):
`CHECKLISTS` says which items of kinds.VISIT_CHECKLIST each type has and which are optional.

`visit_overview(store, visit_id, today)` reads the visit and the records linked to it (through
`RecordStore.linked` and `RecordStore.get`; nothing else is loaded) and decides the state of each
checklist item from those records and from the visit's own `checklist_done` field:

- evidence of an item: a communication linked to the visit whose `visit_step` names the item (a
  letter sending background information, the final discussion, the private meeting, the tripartite
  dialogue…); every reprisal check linked to the visit (item `reprisal_checks`); the SPT's report
  to the State and its report to the NPM linked to the visit (items `report_to_state` and
  `report_to_npm`, whose state follows the report's track: report_tracks.py);
- DONE: the item is ticked in `checklist_done`, or there is evidence that it happened: a
  communication that is no longer a draft, reprisal checks all done or closed, a report whose
  track is complete (the report to the State published; the NPM's report replied to and its
  publication decided);
- CONCERN: a linked reprisal check raised a concern that is not closed (it wins over a tick);
- IN_PROGRESS: there is evidence, but not yet of completion (a draft; a planned reprisal check;
  a report not yet complete, or letters pressing for its publication);
- OVERDUE: no evidence, and the phase the item belongs to is over (background information once the
  visit has started, the meetings of the visit once it has ended, reprisal checks a month after it);
  or a report whose reply is overdue (report_tracks.py);
- NOT_HELD: no evidence, and it will not happen any more: the visit is closed or terminated, or an
  optional item whose phase is over;
- TO_DO: otherwise. A postponed or suspended visit has nothing overdue and no optional item given
  up: its missing items stay to do (its current phase is preparation, or the visit itself when
  suspended, whatever its dates say).

Linked records that are not evidence of an item of the visit's type (places, other letters,
replies, updates, a step its type does not have) are shown in the phase their date falls in.
The overview also carries the two report tracks (report_tracks.visit_tracks). Raises
RecordNotFound if the visit does not exist and InvalidRecord if the record is not a visit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from npmdesk.records import report_tracks
from npmdesk.records.kinds import DEFAULT_VISIT_TYPE, VISIT_CHECKLIST
from npmdesk.records.model import InvalidRecord, Record, is_date
from npmdesk.records.query import Summary
from npmdesk.records.store import RecordStore

PREPARATION, DURING, FOLLOW_UP = "preparation", "during", "follow_up"
PHASES = (PREPARATION, DURING, FOLLOW_UP)
PHASE_OF_ITEM = dict(zip(VISIT_CHECKLIST, (PREPARATION,) * 2 + (DURING,) * 5 + (FOLLOW_UP,) * 4, strict=True))

# Which checklist items each type of visit has (in the order of kinds.VISIT_CHECKLIST) and which of
# them are optional ("optional" items that do not happen are shown as not held, never overdue).
# - country_visit: the full programme (DOMAIN.md); joint visits are "possible"; the report goes to
#   the State, and to the NPM only "if relevant" (art. 16(1)), so report_to_npm is optional.
# - follow_up_visit: follows the recommendations of an earlier visit; the national actors were
#   suggested for that visit, so the item is not there.
# - npm_advisory_visit: the NPM is the SPT's principal counterpart and receives its own report:
#   report_to_npm is required and report_to_state optional; the whole visit is spent with the NPM,
#   so there is no separate private SPT-NPM meeting; visiting places together is optional.
# - opcat_advisory_visit: on the State's implementation of OPCAT (designating or strengthening the
#   NPM): no joint visits to places; a private meeting with the NPM only if there is one, and
#   reprisal checks only if the SPT met people in detention (both optional); the report goes to
#   the State (report_to_npm optional).
_ALL = frozenset(VISIT_CHECKLIST)
CHECKLISTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {  # type → (items, optional items)
    "country_visit": (_ALL, frozenset({"joint_visits", "report_to_npm"})),
    "follow_up_visit": (_ALL - {"national_actors_suggested"}, frozenset({"joint_visits", "report_to_npm"})),
    "npm_advisory_visit": (_ALL - {"private_meeting"}, frozenset({"joint_visits", "report_to_state"})),
    "opcat_advisory_visit": (_ALL - {"joint_visits"}, frozenset({"private_meeting", "reprisal_checks",
                                                                  "report_to_npm"})),
}
PAUSED = frozenset({"postponed", "suspended"})  # nothing is overdue; items stay to do
ENDED = frozenset({"closed", "terminated"})  # what did not happen is not held
# Items with no deadline of their own: they stay "to do" until the visit is closed.
LONG_TERM_ITEMS = frozenset({"report_to_state", "report_to_npm", "tripartite_dialogue"})
REPRISAL_CHECK_DAYS = 30  # reprisal prevention is immediate: within a month of the visit's end

DONE, CONCERN, IN_PROGRESS, OVERDUE, TO_DO, NOT_HELD = (
    "done", "concern", "in_progress", "overdue", "to_do", "not_held")
ITEM_STATES = (DONE, CONCERN, IN_PROGRESS, OVERDUE, TO_DO, NOT_HELD)
PAST, CURRENT, UPCOMING = "past", "current", "upcoming"

_STATUS_PHASE = {"announced": PREPARATION, "preparation": PREPARATION, "during": DURING, "follow_up": FOLLOW_UP}


@dataclass(frozen=True)
class ChecklistItem:
    """One item of the checklist: its state, whether it was ticked by hand, and its records (oldest first)."""

    key: str
    phase: str
    state: str
    ticked: bool
    records: tuple[Summary, ...]
    optional: bool = False


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
    """A visit, its phases with the items of its type, and its two report tracks (to the State, to the NPM)."""

    visit: Record
    phases: tuple[Phase, ...]
    tracks: tuple[report_tracks.ReportTrack, ...] = ()

    @property
    def visit_type(self) -> str:
        return visit_type(self.visit)

    @property
    def paused(self) -> bool:
        """Postponed or suspended: nothing is overdue."""
        return self.visit.status in PAUSED

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


def visit_type(visit: Record) -> str:
    """The visit's type; a visit recorded without one (or with an unknown one) is a country visit."""
    value = visit.fields.get("visit_type")
    return value if isinstance(value, str) and value in CHECKLISTS else DEFAULT_VISIT_TYPE


def checklist(type_: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(items in checklist order, optional items) of a type of visit."""
    items, optional = CHECKLISTS.get(type_, CHECKLISTS[DEFAULT_VISIT_TYPE])
    return tuple(key for key in VISIT_CHECKLIST if key in items), optional


def visit_overview(store: RecordStore, visit_id: str, today: dt.date, months: int | None = None) -> VisitOverview:
    """The timeline and checklist of visit `visit_id` as of `today` (see the module's docstring);
    `months`: the default reply period of its reports (the vault's setting when None)."""
    visit = store.get(visit_id)
    if visit.kind != "visit":
        raise InvalidRecord("kind", "This record is not a visit.")
    start, end = _date(visit.fields.get("start_date") or visit.date), _date(visit.fields.get("end_date"))
    if start is not None and end is not None and end < start:
        end = start
    evidence: dict[str, list[tuple[Summary, Record]]] = {key: [] for key in VISIT_CHECKLIST}
    others: dict[str, list[Summary]] = {key: [] for key in PHASES}
    default_phase = _STATUS_PHASE.get(visit.status or "", FOLLOW_UP)
    items_of_type, optional = checklist(visit_type(visit))
    for _relation, summary in store.linked(visit_id):
        step = _step(store, summary)
        if step is not None and step[0] in items_of_type:
            evidence[step[0]].append((summary, step[1]))
        else:
            phase = DURING if summary.kind == "place" else _phase_of(summary.date, start, end, default_phase)
            others[phase].append(summary)
    ticked = set(visit.fields.get("checklist_done") or ())
    tracks = report_tracks.visit_tracks(store, visit_id, today, months)
    complete = {track.key: track for track in tracks}
    phases = []
    for key in PHASES:
        state = _phase_state(key, start, end, today, visit.status)
        items = tuple(
            _item(item, evidence[item], item in ticked, visit.status, _item_deadline(item, start, end), today,
                  item in optional, complete.get(item))
            for item in items_of_type if PHASE_OF_ITEM[item] == key
        )
        first, last = _phase_span(key, visit, start, end)
        phases.append(Phase(key, first, last, state, items, tuple(sorted(others[key], key=_by_date))))
    return VisitOverview(visit, tuple(phases), tracks)


# ------------------------------------------------------------------------------- evidence

def _step(store: RecordStore, summary: Summary) -> tuple[str, Record] | None:
    """(checklist item, record) if the linked record is evidence of an item."""
    if summary.kind == "reprisal_check":
        return "reprisal_checks", store.get(summary.id)
    if summary.kind not in ("communication", "report"):
        return None
    record = store.get(summary.id)
    if summary.kind == "report":
        track = report_tracks.TRACK_OF_TYPE.get(str(record.fields.get("report_type")))
        return (track, record) if track else None
    step = record.fields.get("visit_step")
    return (str(step), record) if step in PHASE_OF_ITEM else None


def _item(key: str, evidence: list[tuple[Summary, Record]], ticked: bool, status: str | None,
          deadline: dt.date | None, today: dt.date, optional: bool,
          track: report_tracks.ReportTrack | None) -> ChecklistItem:
    records = tuple(sorted((summary for summary, _ in evidence), key=_by_date))
    state = _evidence_state(key, [record for _, record in evidence], track)
    if state != CONCERN and ticked:
        state = DONE
    if state == OVERDUE and status in PAUSED | ENDED:
        state = IN_PROGRESS
    if state is None:
        past = deadline is not None and today > deadline
        if status in PAUSED:
            state = TO_DO
        elif status in ENDED or (optional and past):
            state = NOT_HELD
        else:
            state = OVERDUE if past else TO_DO
    return ChecklistItem(key, PHASE_OF_ITEM[key], state, ticked, records, optional)


def _evidence_state(key: str, records: list[Record], track: report_tracks.ReportTrack | None) -> str | None:
    if not records:
        return None
    if key == "reprisal_checks":
        checks = [r.status for r in records if r.kind == "reprisal_check"]
        if "concern_raised" in checks:
            return CONCERN
        if not checks or "planned" in checks:
            return IN_PROGRESS
        return DONE
    if key in report_tracks.TRACK_TYPES:
        if track is None or track.report is None:  # only letters about the report
            return IN_PROGRESS
        if track.complete:
            return DONE
        return OVERDUE if track.reply_overdue else IN_PROGRESS
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
    if status in ENDED:
        return PAST
    if status == "postponed":  # not held yet, whatever its planned dates say
        current = PREPARATION
    elif status == "suspended":  # interrupted while it ran
        current = DURING
    elif start is None:
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
