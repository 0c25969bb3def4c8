"""Which parts of the envelope each kind's form shows, and what its title is called.

The envelope (ui/record_form.ui) is the same for every kind, but not every part fits every
kind: a contact has no counterpart and nothing falls due for it; a place is not addressed to
anyone. `HIDDEN` lists, per kind, the envelope rows its form does not show. A hidden row still
holds the stored value and gives it back on save, so hiding never loses data.

Some kinds have a field that says what their date is (a contact's term start, the date an
annual report was sent, a visit's start date, a reminder's due date). Their form shows that
field once and hides the envelope's date; on save the date mirrors it (`DATE_FROM`), so lists
still sort by it. With that field empty, the record keeps the date it had (a new record: the
day it was written), so the date is never empty. A stored record whose field is empty but
whose date is set (the date was typed under the field's name before) shows that date in the
field.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from npmdesk.gui.i18n import QT_TRANSLATE_NOOP
from npmdesk.records.model import Record

translate = QCoreApplication.translate

HIDDEN: dict[str, tuple[str, ...]] = {
    "contact": ("date", "counterpart", "due_date"),
    "annual_report": ("date",),
    "visit": ("date",),
    "reminder": ("date",),
    "place": ("counterpart", "due_date"),
}
# kind → the field its envelope date mirrors ("due_date" is the envelope's own)
DATE_FROM: dict[str, str] = {
    "contact": "term_start",
    "annual_report": "date_sent",
    "visit": "start_date",
    "reminder": "due_date",
}
# kind → the label of its title, where "Title" is not what a user would call it
TITLE_LABELS: dict[str, str] = {
    "contact": QT_TRANSLATE_NOOP("RecordForm", "Name"),
    "place": QT_TRANSLATE_NOOP("RecordForm", "Name"),
}


def hidden(kind: str) -> tuple[str, ...]:
    """The envelope fields the form of `kind` does not show."""
    return HIDDEN.get(kind, ())


def title_label(kind: str) -> str | None:
    """What the title of a record of `kind` is called, if not "Title" (translated)."""
    label = TITLE_LABELS.get(kind)
    return translate("RecordForm", label) if label else None


def shown_record(record: Record) -> Record:
    """`record` as its form shows it: the mirrored field filled from the date if it was empty."""
    source = DATE_FROM.get(record.kind)
    if source is None or not record.version or not record.date or _value(record, source):
        return record
    if source == "due_date":
        return replace(record, due_date=record.date)
    return replace(record, fields={**record.fields, source: record.date})


def mirrored(kind: str, values: dict[str, Any], fields: dict[str, Any], previous_date: str | None) -> str | None:
    """The envelope date to store for a record of `kind` (`values` the envelope's, `fields` the kind's)."""
    source = DATE_FROM.get(kind)
    if source is None:
        return values.get("date")
    value = values.get(source) if source == "due_date" else fields.get(source)
    return str(value) if value else previous_date


def _value(record: Record, name: str) -> object:
    return record.due_date if name == "due_date" else record.fields.get(name)


def error_field(kind: str, name: str) -> str:
    """Where to show a problem the core found with `name`: a hidden date's is the field it mirrors."""
    return DATE_FROM.get(kind, name) if name == "date" and name in hidden(kind) else name
