"""Display names of the visit workspace's phases, checklist states and where today stands.

Marked with QT_TRANSLATE_NOOP and translated when shown, in the "VisitLabels" context (as
records/labels.py does). Checklist items themselves are choices of the visit's `checklist_done`
field and take their names from records/field_labels.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from npmdesk.gui.records.labels import readable
from npmdesk.records import visits

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
