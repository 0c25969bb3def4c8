"""Display names for the core's identifiers of kinds, statuses, sensitivities and consent.

The core speaks in identifiers (`awaiting_reply`); the GUI shows them through the functions
below. Every identifier in kinds.py has an entry here or in field_labels.py (a test checks).
The strings are marked for lupdate with QT_TRANSLATE_NOOP and translated when shown, in the
"RecordLabels" context; an identifier without an entry falls back to a readable form of itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from npmdesk import display

CONTEXT = "RecordLabels"

KIND_NAMES = {
    "contact": QT_TRANSLATE_NOOP("RecordLabels", "Contact"),
    "communication": QT_TRANSLATE_NOOP("RecordLabels", "Communication"),
    "annual_report": QT_TRANSLATE_NOOP("RecordLabels", "Annual report"),
    "interpretation_request": QT_TRANSLATE_NOOP("RecordLabels", "Interpretation request"),
    "update": QT_TRANSLATE_NOOP("RecordLabels", "Update"),
    "visit": QT_TRANSLATE_NOOP("RecordLabels", "Visit"),
    "reprisal_check": QT_TRANSLATE_NOOP("RecordLabels", "Reprisal check"),
    "report": QT_TRANSLATE_NOOP("RecordLabels", "Report"),
    "recommendation": QT_TRANSLATE_NOOP("RecordLabels", "Recommendation"),
    "special_fund": QT_TRANSLATE_NOOP("RecordLabels", "Special Fund application"),
    "place": QT_TRANSLATE_NOOP("RecordLabels", "Place"),
    "reminder": QT_TRANSLATE_NOOP("RecordLabels", "Reminder"),
}

STATUS_NAMES = {
    "active": QT_TRANSLATE_NOOP("RecordLabels", "Active"),
    "former": QT_TRANSLATE_NOOP("RecordLabels", "Former"),
    "draft": QT_TRANSLATE_NOOP("RecordLabels", "Draft"),
    "sent": QT_TRANSLATE_NOOP("RecordLabels", "Sent"),
    "awaiting_reply": QT_TRANSLATE_NOOP("RecordLabels", "Awaiting reply"),
    "answered": QT_TRANSLATE_NOOP("RecordLabels", "Answered"),
    "closed": QT_TRANSLATE_NOOP("RecordLabels", "Closed"),
    "in_preparation": QT_TRANSLATE_NOOP("RecordLabels", "In preparation"),
    "acknowledged": QT_TRANSLATE_NOOP("RecordLabels", "Acknowledged"),
    "published": QT_TRANSLATE_NOOP("RecordLabels", "Published"),
    "announced": QT_TRANSLATE_NOOP("RecordLabels", "Announced"),
    "preparation": QT_TRANSLATE_NOOP("RecordLabels", "Preparation"),
    "during": QT_TRANSLATE_NOOP("RecordLabels", "Under way"),
    "follow_up": QT_TRANSLATE_NOOP("RecordLabels", "Follow-up"),
    "planned": QT_TRANSLATE_NOOP("RecordLabels", "Planned"),
    "done": QT_TRANSLATE_NOOP("RecordLabels", "Done"),
    "concern_raised": QT_TRANSLATE_NOOP("RecordLabels", "Concern raised"),
    "received": QT_TRANSLATE_NOOP("RecordLabels", "Received"),
    "under_review": QT_TRANSLATE_NOOP("RecordLabels", "Under review"),
    "replied": QT_TRANSLATE_NOOP("RecordLabels", "Replied"),
    "not_started": QT_TRANSLATE_NOOP("RecordLabels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("RecordLabels", "In progress"),
    "partially_implemented": QT_TRANSLATE_NOOP("RecordLabels", "Partially implemented"),
    "implemented": QT_TRANSLATE_NOOP("RecordLabels", "Implemented"),
    "not_implemented": QT_TRANSLATE_NOOP("RecordLabels", "Not implemented"),
    "no_longer_relevant": QT_TRANSLATE_NOOP("RecordLabels", "No longer relevant"),
    "submitted": QT_TRANSLATE_NOOP("RecordLabels", "Submitted"),
    "granted": QT_TRANSLATE_NOOP("RecordLabels", "Granted"),
    "rejected": QT_TRANSLATE_NOOP("RecordLabels", "Rejected"),
    "reported": QT_TRANSLATE_NOOP("RecordLabels", "Reported"),
    "open": QT_TRANSLATE_NOOP("RecordLabels", "Open"),
}

SENSITIVITY_NAMES = {
    "public": QT_TRANSLATE_NOOP("RecordLabels", "Public"),
    "internal": QT_TRANSLATE_NOOP("RecordLabels", "Internal"),
    "confidential": QT_TRANSLATE_NOOP("RecordLabels", "Confidential"),
    "strictly_confidential": QT_TRANSLATE_NOOP("RecordLabels", "Strictly confidential"),
}

# Text and background colours of the sensitivity marking (readable in light and dark themes).
SENSITIVITY_COLOURS = {
    "public": ("#ffffff", "#2e7d32"),
    "internal": ("#ffffff", "#1565c0"),
    "confidential": ("#ffffff", "#e65100"),
    "strictly_confidential": ("#ffffff", "#b71c1c"),
}

CONSENT_NAMES = {
    "not_applicable": QT_TRANSLATE_NOOP("RecordLabels", "Not applicable"),
    "pending": QT_TRANSLATE_NOOP("RecordLabels", "Pending"),
    "given": QT_TRANSLATE_NOOP("RecordLabels", "Given"),
    "refused": QT_TRANSLATE_NOOP("RecordLabels", "Refused"),
}

# What a kind's `date` means (kinds.KindSpec.date_meaning), as a form label.
DATE_LABELS = {
    "date": QT_TRANSLATE_NOOP("RecordLabels", "Date"),
    "term start": QT_TRANSLATE_NOOP("RecordLabels", "Term start"),
    "date sent": QT_TRANSLATE_NOOP("RecordLabels", "Date sent"),
    "start date": QT_TRANSLATE_NOOP("RecordLabels", "Start date"),
    "due date": QT_TRANSLATE_NOOP("RecordLabels", "Due date"),
}


def readable(identifier: str) -> str:
    """`awaiting_reply` → "Awaiting reply" (for identifiers that have no entry yet)."""
    return display.gui_line(identifier.replace("_", " ").capitalize())  # an unknown value may come from outside


def translated(table: dict[str, str], identifier: str | None) -> str:
    if not identifier:
        return ""
    source = table.get(identifier)
    return QCoreApplication.translate(CONTEXT, source) if source else readable(identifier)


def kind_name(kind: str | None) -> str:
    return translated(KIND_NAMES, kind)


def status_name(status: str | None) -> str:
    return translated(STATUS_NAMES, status)


def sensitivity_name(sensitivity: str | None) -> str:
    return translated(SENSITIVITY_NAMES, sensitivity)


def consent_name(consent: str | None) -> str:
    return translated(CONSENT_NAMES, consent)


def date_label(date_meaning: str) -> str:
    return translated(DATE_LABELS, date_meaning)
