"""Display names of the visit workspace's phases, checklist states, where today stands and what
is next on a report's track.

Marked with QT_TRANSLATE_NOOP and translated when shown, in the "VisitLabels" context (as
records/labels.py does). Checklist items themselves are choices of the visit's `checklist_done`
field and take their names from records/field_labels.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from npmdesk.gui.i18n import QT_TRANSLATE_NOOP
from npmdesk.gui.records.labels import readable
from npmdesk.records import report_tracks, visits

CONTEXT = "VisitLabels"

PHASE_NAMES = {
    visits.PREPARATION: QT_TRANSLATE_NOOP("VisitLabels", "Preparation"),
    visits.DURING: QT_TRANSLATE_NOOP("VisitLabels", "During the visit"),
    visits.FOLLOW_UP: QT_TRANSLATE_NOOP("VisitLabels", "Follow-up"),
}

PHASE_STATES = {
    visits.PAST: QT_TRANSLATE_NOOP("VisitLabels", "Over"),
    visits.CURRENT: QT_TRANSLATE_NOOP("VisitLabels", "Current phase"),
    visits.UPCOMING: QT_TRANSLATE_NOOP("VisitLabels", "Upcoming"),
}

ITEM_STATES = {
    visits.DONE: QT_TRANSLATE_NOOP("VisitLabels", "Done"),
    visits.CONCERN: QT_TRANSLATE_NOOP("VisitLabels", "Concern raised"),
    visits.IN_PROGRESS: QT_TRANSLATE_NOOP("VisitLabels", "In progress"),
    visits.OVERDUE: QT_TRANSLATE_NOOP("VisitLabels", "Overdue"),
    visits.TO_DO: QT_TRANSLATE_NOOP("VisitLabels", "To do"),
    visits.NOT_HELD: QT_TRANSLATE_NOOP("VisitLabels", "Did not take place"),
}

# What is next on a report's track (records/report_tracks.py).
NEXT_STEPS = {
    report_tracks.AWAIT_REPORT: QT_TRANSLATE_NOOP("VisitLabels", "waiting for the SPT's report"),
    report_tracks.AWAIT_STATE_REPLY: QT_TRANSLATE_NOOP("VisitLabels", "the State's reply to the SPT"),
    report_tracks.SEND_NPM_REPLY: QT_TRANSLATE_NOOP("VisitLabels", "the NPM's reply to the SPT"),
    report_tracks.PRESS_FOR_PUBLICATION: QT_TRANSLATE_NOOP(
        "VisitLabels", "urge the State to request publication (art. 16(2))"),
    report_tracks.AWAIT_PUBLICATION: QT_TRANSLATE_NOOP(
        "VisitLabels", "publication by the SPT (the State requested it)"),
    report_tracks.DECIDE_PUBLICATION: QT_TRANSLATE_NOOP("VisitLabels", "the NPM decides whether to publish it"),
    report_tracks.PUBLISH: QT_TRANSLATE_NOOP("VisitLabels", "publish it (the NPM decided to)"),
    report_tracks.NOTHING_NEXT: QT_TRANSLATE_NOOP("VisitLabels", "nothing: this track is complete"),
}

# A sign before each state (so that the state never rests on colour alone) and its colour.
STATE_MARKS = {
    visits.DONE: ("✓", "#2e7d32"),
    visits.CONCERN: ("⚠", "#c62828"),
    visits.IN_PROGRESS: ("◐", "#1565c0"),
    visits.OVERDUE: ("!", "#e65100"),
    visits.TO_DO: ("○", ""),
    visits.NOT_HELD: ("⊘", "#757575"),
}


def _translated(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(CONTEXT, source) if source else readable(key)


def phase_name(key: str) -> str:
    return _translated(PHASE_NAMES, key)


def phase_state_name(key: str) -> str:
    return _translated(PHASE_STATES, key)


def item_state_name(key: str) -> str:
    return _translated(ITEM_STATES, key)


def next_step_name(key: str) -> str:
    return _translated(NEXT_STEPS, key)
