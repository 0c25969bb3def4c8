"""The correspondence log: every exchange with the SPT in a period, by counterpart and date.

Exchanges are communications (letters, emails, meetings…), updates on compliance or thematic
information, requests for interpretation, annual-report submissions and reports. For each:
the date, kind, subject, direction and channel, status, the date a reply is due and the date
it was answered (the first reply in the thread, the SPT's answer, or the acknowledgement).
With `with_disclosures`, it also lists when each of them left the vault (records/disclosures.py:
the time, the file and the recipients).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from npmdesk.records import disclosures
from npmdesk.records.disclosures import Disclosure
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore
from npmdesk.reports import fetch
from npmdesk.reports.fetch import Contact
from npmdesk.reports.request import Period

LOG_KINDS = ("communication", "update", "interpretation_request", "annual_report", "report")
_RECEIVED_REPORTS = ("visit_report_to_state", "report_to_npm", "annual_report_spt", "guidance", "state_reply")


@dataclass(frozen=True)
class LogEntry:
    record_id: str
    date: str | None
    kind: str
    title: str
    direction: str | None
    channel: str | None
    status: str | None
    reply_by: str | None
    replied_on: str | None


@dataclass(frozen=True)
class CounterpartGroup:
    """The exchanges with one SPT contact (`contact` is None for those without a named one)."""

    contact: Contact | None
    entries: tuple[LogEntry, ...]


@dataclass(frozen=True)
class CorrespondenceLog:
    period: Period
    groups: tuple[CounterpartGroup, ...]
    with_disclosures: bool = False
    disclosures: dict[str, tuple[Disclosure, ...]] = field(default_factory=dict)  # record id -> oldest first

    @property
    def total(self) -> int:
        return sum(len(g.entries) for g in self.groups)

    def record_ids(self) -> set[str]:
        return {e.record_id for g in self.groups for e in g.entries}


def gather(store: RecordStore, period: Period, *, with_disclosures: bool = False) -> CorrespondenceLog:
    """The log of `period` (every date when the period is open), with when each record left the
    vault if asked."""
    rows = fetch.listed(store, fetch.in_period(LOG_KINDS, period))
    loaded = fetch.records(store, rows)
    replies = _reply_dates(store, [r for r in loaded if r.kind == "communication"])
    names = fetch.contacts(store, (r.counterpart for r in loaded))
    grouped: dict[str | None, list[LogEntry]] = {}
    for record in loaded:
        key = record.counterpart if record.counterpart in names else None
        grouped.setdefault(key, []).append(_entry(record, replies.get(record.id)))
    order = sorted((k for k in grouped if k is not None), key=lambda k: (names[k].name.casefold(), k))
    groups = [CounterpartGroup(names[k], tuple(grouped[k])) for k in order]
    if None in grouped:
        groups.append(CounterpartGroup(None, tuple(grouped[None])))
    left: dict[str, tuple[Disclosure, ...]] = {}
    if with_disclosures:
        for record in loaded:
            if found := disclosures.disclosures(store, record.id):
                left[record.id] = tuple(found)
    return CorrespondenceLog(period, tuple(groups), with_disclosures, left)


def _text(record: Record, name: str) -> str | None:
    value = record.fields.get(name)
    return value if isinstance(value, str) and value else None


def _entry(record: Record, reply: str | None) -> LogEntry:
    kind = record.kind
    if kind == "communication":
        direction = _text(record, "direction")
    elif kind == "report":
        direction = "received" if record.fields.get("report_type") in _RECEIVED_REPORTS else "sent"
    else:
        direction = "sent"
    replied = {
        "communication": reply,
        "interpretation_request": _text(record, "answered_on"),
        "annual_report": _text(record, "acknowledged_on"),
    }.get(kind)
    return LogEntry(
        record_id=record.id, date=record.date, kind=kind, title=record.title, direction=direction,
        channel=_text(record, "channel"), status=record.status,
        reply_by=_text(record, "reply_by") or record.due_date, replied_on=replied,
    )


def _reply_dates(store: RecordStore, messages: list[Record]) -> dict[str, str]:
    """The date of the first reply to each message: from the messages at hand, else from its links."""
    by_id = {m.id: m for m in messages}
    replies: dict[str, str] = {}
    for message in messages:
        parent = _text(message, "in_reply_to")
        if parent in by_id and message.date:
            replies[parent] = min(replies.get(parent, message.date), message.date)
    for message in messages:
        if message.id in replies or message.status != "answered":
            continue
        parent = _text(message, "in_reply_to")
        for relation, row in store.linked(message.id):
            if relation == "reply_to" and row.kind == "communication" and row.id != parent and row.date:
                replies[message.id] = min(replies.get(message.id, row.date), row.date)
    return replies
