"""Display names of the kind-specific fields (kinds.py), of their choices and of link relations.

Read from the glossary in the user's language, like labels.py.
"""

from __future__ import annotations

from npmdesk.gui.records.labels import current, shown


def field_label(name: str, kind: str | None = None) -> str:
    """A field's name; with `kind`, its name in that kind if it reads differently there."""
    return shown(current().field(name, kind=kind)) if name else ""


def choice_name(value: str | None, field: str | None = None) -> str:
    """A choice's name; with `field`, its name in that field if it reads differently there."""
    return shown(current().choice(field, value)) if value else ""


def relation_name(relation: str) -> str:
    return shown(current().relation(relation)) if relation else ""
