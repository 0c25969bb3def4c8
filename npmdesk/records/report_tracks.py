"""The two reports after an SPT visit as separate tracks: the report to the State and the report to the NPM.

Art. 16(1) OPCAT: the SPT sends its report and recommendations to the State, and to the NPM only
"if relevant"; the State customarily replies within about six months (practice, kept editable);
under art. 16(2) the State may request publication of its report, while the NPM decides for the
report addressed to it. A published report to the State opens the Special Fund (art. 26).

- `visit_tracks(store, visit_id, today)`: for one visit, the track of each report type (a report
  record of type `visit_report_to_state` or `report_to_npm` linked to the visit; the latest one if
  there are several): its dates, whether the reply is overdue and what is next (`NEXT_STEPS`).
- `track_of(report, today, months)`: the same for one report record.
- The reply is due on the report's own `reply_due`, or else `reply_months(vault)` months after its
  transmission (`transmitted_on`; the vault setting `report_reply_months`, DEFAULT_REPLY_MONTHS
  unless set with `set_reply_months`).
- `special_fund_eligible(store, state)`: the published reports to that State, each of which makes
  it eligible to apply to the Special Fund.

Nothing here writes a record; `set_reply_months` writes one vault setting.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from npmdesk.errors import NpmdeskError
from npmdesk.records.model import Record, is_date
from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import DatabaseError, user_error
from npmdesk.vault.session import VaultSession

REPLY_MONTHS_KEY = "report_reply_months"  # vault_meta
DEFAULT_REPLY_MONTHS = 6  # the customary six months (DOMAIN.md: practice, to verify; so editable)
MIN_REPLY_MONTHS, MAX_REPLY_MONTHS = 1, 36

TO_STATE, TO_NPM = "report_to_state", "report_to_npm"  # the checklist items (kinds.VISIT_CHECKLIST)
TRACK_TYPES = {TO_STATE: "visit_report_to_state", TO_NPM: "report_to_npm"}  # item → report_type
TRACK_OF_TYPE = {report_type: key for key, report_type in TRACK_TYPES.items()}

# What is next on a track.
AWAIT_REPORT = "await_report"  # no report of this type is recorded yet
AWAIT_STATE_REPLY = "await_state_reply"  # the State's reply to the SPT
SEND_NPM_REPLY = "send_npm_reply"  # the NPM's reply to the report addressed to it
PRESS_FOR_PUBLICATION = "press_for_publication"  # urge the State to request publication (art. 16(2))
AWAIT_PUBLICATION = "await_publication"  # the State requested publication; the SPT has not published yet
DECIDE_PUBLICATION = "decide_publication"  # the NPM decides whether to publish its report
PUBLISH = "publish"  # the NPM decided to publish its report
NOTHING_NEXT = "nothing"
NEXT_STEPS = (AWAIT_REPORT, AWAIT_STATE_REPLY, SEND_NPM_REPLY, PRESS_FOR_PUBLICATION, AWAIT_PUBLICATION,
              DECIDE_PUBLICATION, PUBLISH, NOTHING_NEXT)

_REPLIED = {TO_STATE: "state_replied", TO_NPM: "npm_replied"}
_ELIGIBLE_SCAN = 100_000  # reports read by special_fund_eligible (a vault holds far fewer)


class InvalidReplyMonths(NpmdeskError):
    message = "The reply period must be a whole number of months from 1 to 36."  # MIN_ and MAX_REPLY_MONTHS


class _Meta(Protocol):
    def meta(self, key: str) -> str: ...


@dataclass(frozen=True)
class ReportTrack:
    """One report's track. Dates are ISO text; `report` is None while no report is recorded."""

    key: str  # TO_STATE or TO_NPM
    report: Summary | None = None
    status: str | None = None
    transmitted_on: str | None = None
    obtained_via: str | None = None  # from_spt, from_state, public_only
    reply_due: str | None = None
    reply_due_is_default: bool = False  # computed from the transmission date and the vault's setting
    reply_received_on: str | None = None
    replied: bool = False  # a reply date, or the status says the reply was made
    publication: str | None = None  # undecided, requested_by_state, to_publish, kept_confidential
    published_on: str | None = None
    published_url: str | None = None
    published: bool = False  # status published, or a publication date
    reply_overdue: bool = False  # today is after the reply's due date and there is no reply
    next_step: str = AWAIT_REPORT

    @property
    def report_type(self) -> str:
        return TRACK_TYPES[self.key]

    @property
    def complete(self) -> bool:
        """Nothing left to follow: the report to the State is published; the NPM's report has its
        reply and its publication decided (and carried out)."""
        return self.published if self.key == TO_STATE else self.next_step == NOTHING_NEXT


# ------------------------------------------------------------------------------- setting

def reply_months(vault: _Meta) -> int:
    """The months after transmission a reply is due by default (the vault's setting, or 6)."""
    text = vault.meta(REPLY_MONTHS_KEY).strip()
    if text.isdigit() and MIN_REPLY_MONTHS <= int(text) <= MAX_REPLY_MONTHS:
        return int(text)
    return DEFAULT_REPLY_MONTHS


def set_reply_months(vault: VaultSession, months: object) -> None:
    """Keep `months` as the vault's default reply period. InvalidReplyMonths (nothing changed)
    unless it is a whole number from MIN_REPLY_MONTHS to MAX_REPLY_MONTHS."""
    if isinstance(months, bool) or not isinstance(months, int) or not (
            MIN_REPLY_MONTHS <= months <= MAX_REPLY_MONTHS):
        raise InvalidReplyMonths()
    try:
        vault.db.execute(
            "INSERT INTO vault_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (REPLY_MONTHS_KEY, str(months)),
        )
    except DatabaseError as exc:  # a full disk, a busy or read-only vault: one sentence
        mapped = user_error(exc, vault.folder)
        if mapped is None:
            raise
        raise mapped from None


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months; the 31st becomes the month's last day (31 August + 6 → 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --------------------------------------------------------------------------------- tracks

def track_of(report: Record, today: dt.date, months: int = DEFAULT_REPLY_MONTHS,
             summary: Summary | None = None) -> ReportTrack:
    """The track of one report to the State or to the NPM (ValueError for another report type)."""
    key = TRACK_OF_TYPE.get(str(report.fields.get("report_type")))
    if key is None:
        raise ValueError("not a report to the State or to the NPM")
    transmitted, own_due = _date_text(report, "transmitted_on"), _date_text(report, "reply_due")
    due = own_due
    if due is None and transmitted is not None:
        due = add_months(dt.date.fromisoformat(transmitted), months).isoformat()
    received = _date_text(report, "reply_received_on")
    replied = received is not None or report.status == _REPLIED[key]
    published_on = _date_text(report, "published_on")
    published = report.status == "published" or published_on is not None
    publication = _text(report, "publication")
    if key == TO_NPM and report.status == "kept_confidential" and publication in (None, "undecided"):
        publication = "kept_confidential"
    track = ReportTrack(
        key=key, report=summary or _summary(report), status=report.status, transmitted_on=transmitted,
        obtained_via=_text(report, "obtained_via"), reply_due=due,
        reply_due_is_default=own_due is None and due is not None,
        reply_received_on=received, replied=replied, publication=publication, published_on=published_on,
        published_url=_text(report, "published_url"), published=published,
        reply_overdue=not replied and due is not None and today > dt.date.fromisoformat(due),
    )
    return _with_next(track)


def visit_tracks(store: RecordStore, visit_id: str, today: dt.date,
                 months: int | None = None) -> tuple[ReportTrack, ReportTrack]:
    """(report to the State, report to the NPM) of the visit, from the reports linked to it.
    `months` defaults to the vault's setting. RecordNotFound if the visit does not exist."""
    if months is None:
        months = reply_months(store.vault)
    latest: dict[str, tuple[tuple[str, str], Summary, Record]] = {}
    for _relation, summary in store.linked(visit_id):
        if summary.kind != "report":
            continue
        record = store.get(summary.id)
        key = TRACK_OF_TYPE.get(str(record.fields.get("report_type")))
        if key is None:
            continue
        order = (_date_text(record, "transmitted_on") or summary.date or "", summary.updated_at)
        if key not in latest or order > latest[key][0]:
            latest[key] = (order, summary, record)
    tracks = []
    for key in (TO_STATE, TO_NPM):
        if key in latest:
            _order, summary, record = latest[key]
            tracks.append(track_of(record, today, months, summary))
        else:
            tracks.append(ReportTrack(key=key))
    return tracks[0], tracks[1]


def _with_next(track: ReportTrack) -> ReportTrack:
    if track.key == TO_STATE:
        if not track.replied:
            step = AWAIT_STATE_REPLY
        elif not track.published:
            step = AWAIT_PUBLICATION if track.publication == "requested_by_state" else PRESS_FOR_PUBLICATION
        else:
            step = NOTHING_NEXT
    elif not track.replied:
        step = SEND_NPM_REPLY
    elif track.published or track.publication == "kept_confidential":
        step = NOTHING_NEXT
    elif track.publication == "to_publish":
        step = PUBLISH
    else:
        step = DECIDE_PUBLICATION
    return ReportTrack(**{**track.__dict__, "next_step": step})


# ------------------------------------------------------------------------ the Special Fund

def is_published_report_to_state(record: Record) -> bool:
    """A report to the State that is published (status, or a publication date): art. 26."""
    return (record.kind == "report" and record.fields.get("report_type") == TRACK_TYPES[TO_STATE]
            and (record.status == "published" or _date_text(record, "published_on") is not None))


def report_state(store: RecordStore, report: Record) -> str | None:
    """The State a report is about: its own country, or else that of the visit it names or links to."""
    if report.country:
        return report.country
    visit_ids = [str(report.fields["visit"])] if report.fields.get("visit") else []
    visit_ids += [link.to for link in report.links if link.relation == "visit"]
    for visit_id in visit_ids:
        found = store.list(ListQuery(ids=(visit_id,), kinds=("visit",), limit=1))
        if found and found[0].country:
            return found[0].country
    return None


def special_fund_eligible(store: RecordStore, state_iso2: str) -> list[Record]:
    """The published reports to the State `state_iso2` (oldest publication first): with at least
    one, the State can apply to the OPCAT Special Fund to implement its recommendations (art. 26)."""
    code = state_iso2.strip().upper()
    found = []
    for summary in store.list(ListQuery(kinds=("report",), limit=_ELIGIBLE_SCAN)):
        if summary.country not in (None, code):
            continue
        record = store.get(summary.id)
        if is_published_report_to_state(record) and report_state(store, record) == code:
            found.append(record)
    return sorted(found, key=lambda r: (_date_text(r, "published_on") or r.date or "9999", r.title))


# -------------------------------------------------------------------------------- helpers

def _text(record: Record, name: str) -> str | None:
    value = record.fields.get(name)
    return value if isinstance(value, str) and value else None


def _date_text(record: Record, name: str) -> str | None:
    value = record.fields.get(name)
    return value if isinstance(value, str) and is_date(value) else None


def _summary(record: Record) -> Summary:
    return Summary(record.id, record.kind, record.title, record.date, record.status, record.counterpart,
                   record.country, record.sensitivity, "", record.due_date)
