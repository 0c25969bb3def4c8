"""Drafts: what a user typed into a record form and has not saved yet, kept inside the vault.

A form autosaves its content here (a few seconds after a change, and when the vault is about
to lock), so nothing typed is lost to a lock, a crash or a quit, and nothing typed is ever
written to disk in clear: the `draft` table lives in the encrypted database, and deleted
drafts are overwritten (`secure_delete`).

Promises:
- `save` keeps one draft per form: called again with the draft's id it replaces the content;
  if that draft was discarded meanwhile, a new one is made;
- a draft of an edit names its record (`record_id`); purging the record purges its drafts;
- `content` is any JSON object (the form decides its shape) up to MAX_CONTENT characters;
  anything else raises InvalidDraft and stores nothing;
- `discard` of a draft that is gone does nothing (discarding twice is harmless).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from npmdesk.errors import NpmdeskError
from npmdesk.records import kinds
from npmdesk.records.model import MAX_BODY, RecordNotFound
from npmdesk.records.store import RecordStore

MAX_CONTENT = MAX_BODY + 1_000_000
_COLUMNS = "id, record_id, kind, saved_at, content"


class InvalidDraft(NpmdeskError):
    message = "This draft cannot be kept: it is not form content npmdesk can store."


class DraftTooLarge(NpmdeskError):
    message = "This draft is too large to keep. Shorten the text or save the record."


class DraftNotFound(NpmdeskError):
    message = "This draft is no longer in the vault."


@dataclass(frozen=True)
class Draft:
    """One unsaved form: which kind, which record (None for a new one), when, and its content."""

    id: int
    record_id: str | None
    kind: str
    saved_at: str
    content: dict[str, Any]


class Drafts:
    """The drafts of an open vault, read and written through its record store."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store

    def save(self, kind: str, content: dict[str, Any], *, record_id: str | None = None,
             draft_id: int | None = None) -> Draft:
        """Store `content` as draft `draft_id` (or a new draft); returns the stored draft.

        InvalidDraft for an unknown kind or content that is not a JSON object, DraftTooLarge
        beyond MAX_CONTENT, RecordNotFound if `record_id` names no record of this vault.
        """
        if kind not in kinds.KINDS or not isinstance(content, dict):
            raise InvalidDraft()
        try:
            text = json.dumps(content, ensure_ascii=False, sort_keys=True, allow_nan=False)
        except (TypeError, ValueError):
            raise InvalidDraft() from None
        if len(text) > MAX_CONTENT:
            raise DraftTooLarge()
        now = self.store.now()
        with self.store.transaction() as db:
            if record_id is not None and db.execute(
                    "SELECT 1 FROM record WHERE id = ?", (record_id,)).fetchone() is None:
                raise RecordNotFound(record_id)
            updated = 0
            if draft_id is not None:
                updated = db.execute(
                    "UPDATE draft SET record_id = ?, kind = ?, saved_at = ?, content = ? WHERE id = ?",
                    (record_id, kind, now, text, draft_id),
                ).rowcount
            if not updated:
                cursor = db.execute(
                    "INSERT INTO draft(record_id, kind, saved_at, content) VALUES (?, ?, ?, ?)",
                    (record_id, kind, now, text),
                )
                draft_id = int(cursor.lastrowid)
        assert draft_id is not None  # noqa: S101 - set by the UPDATE or the INSERT above
        return Draft(draft_id, record_id, kind, now, json.loads(text))

    def get(self, draft_id: int) -> Draft:
        """DraftNotFound if it was discarded."""
        row = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM draft WHERE id = ?", (draft_id,)  # noqa: S608 - fixed columns
        ).fetchone()
        if row is None:
            raise DraftNotFound()
        return _draft(row)

    def all(self) -> list[Draft]:
        """Every draft, the most recently saved first."""
        rows = self.store.db.execute(
            f"SELECT {_COLUMNS} FROM draft ORDER BY saved_at DESC, id DESC"  # noqa: S608 - fixed columns
        ).fetchall()
        return [_draft(row) for row in rows]

    def count(self) -> int:
        return int(self.store.db.execute("SELECT count(*) FROM draft").fetchone()[0])

    def discard(self, draft_id: int) -> None:
        """Delete a draft (its content is overwritten in the file)."""
        with self.store.transaction() as db:
            db.execute("DELETE FROM draft WHERE id = ?", (draft_id,))


def _draft(row: tuple[Any, ...]) -> Draft:
    draft_id, record_id, kind, saved_at, content = row
    doc = json.loads(content)
    return Draft(int(draft_id), record_id, str(kind), str(saved_at), doc if isinstance(doc, dict) else {})
