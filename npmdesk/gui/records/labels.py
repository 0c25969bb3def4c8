"""Display names for the core's identifiers of kinds, statuses, sensitivities and consent.

The core speaks in identifiers (`awaiting_reply`); the GUI shows them through the functions
below, which read the glossary (npmdesk/glossary.py, `resources/glossary/<lang>.json`) in the
user's language, the same names the PDF reports print. Every identifier in kinds.py has an
entry there in every language (a test checks); one without an entry falls back to English,
then to a readable form of itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from npmdesk import display
from npmdesk.glossary import Glossary, glossary
from npmdesk.gui.records import formatting

if TYPE_CHECKING:
    from npmdesk.records.model import Record

# Text and background colours of the sensitivity marking (readable in light and dark themes).
SENSITIVITY_COLOURS = {
    "public": ("#ffffff", "#2e7d32"),
    "internal": ("#ffffff", "#1565c0"),
    "confidential": ("#ffffff", "#e65100"),
    "strictly_confidential": ("#ffffff", "#b71c1c"),
}


def current() -> Glossary:
    """The glossary in the language the GUI speaks (the default locale's, set by i18n)."""
    return glossary(formatting.language())


def readable(identifier: str) -> str:
    """`awaiting_reply` → "Awaiting reply" (for identifiers that have no entry yet)."""
    return display.gui_line(identifier.replace("_", " ").capitalize())  # an unknown value may come from outside


def shown(name: str) -> str:
    """A glossary name as a window shows it (an unknown identifier may come from outside)."""
    return display.gui_line(name)


def kind_name(kind: str | None) -> str:
    return shown(current().kind(kind)) if kind else ""


def status_name(status: str | None, kind: str | None = None, subtype: str | None = None) -> str:
    """A status's name; with `kind` (and `subtype`, e.g. the report type) its name in that kind."""
    return shown(current().status(status, kind=kind, subtype=subtype)) if status else ""


def record_status_name(record: Record) -> str:
    """A record's status as its kind names it: by the subtype when the kind's statuses depend on
    one of its fields (KindSpec.status_field, e.g. a report's type: a report to the State "replied"
    reads "State replied")."""
    status_field = getattr(record.spec, "status_field", None)
    subtype = record.fields.get(status_field) if status_field else None
    return status_name(record.status, record.kind, subtype if isinstance(subtype, str) else None)


def sensitivity_name(sensitivity: str | None) -> str:
    return shown(current().sensitivity(sensitivity)) if sensitivity else ""


def consent_name(consent: str | None) -> str:
    return shown(current().consent(consent)) if consent else ""


def purpose_name(purpose: str | None) -> str:
    return shown(current().purpose(purpose)) if purpose else ""


def date_label(date_meaning: str) -> str:
    return shown(current().date_meaning(date_meaning)) if date_meaning else ""
