"""Builders for records in tests."""

from __future__ import annotations

from npmdesk.records import Record


def communication(title: str = "Letter to the SPT", **changes: object) -> Record:
    values: dict[str, object] = {
        "kind": "communication", "title": title, "date": "2026-03-02", "status": "sent",
        "fields": {"direction": "sent", "channel": "letter"},
    }
    values.update(changes)
    return Record(**values)  # type: ignore[arg-type]
