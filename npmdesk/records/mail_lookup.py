"""What the mail import asks the vault: which messages it already holds, which replies wait for a
message not yet imported, and which contact an email address belongs to."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from npmdesk.vault.database import Connection

_BATCH = 500


def records_by_message_id(db: Connection, keys: Iterable[str]) -> dict[str, str]:
    """Message key (Message-ID, or "sha256:…") → the id of the communication holding it,
    including one in the bin (importing it again must not bring a second copy)."""
    found: dict[str, str] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), _BATCH):
        batch = wanted[start:start + _BATCH]
        rows = db.execute(
            "SELECT json_extract(fields, '$.message_id'), id FROM record WHERE kind = 'communication'"
            " AND json_extract(fields, '$.message_id') IN (SELECT value FROM json_each(?))",
            (json.dumps(batch),),
        ).fetchall()
        found.update({str(key): str(record_id) for key, record_id in rows})
    return found


def replies_waiting_for(db: Connection, key: str) -> list[str]:
    """Ids of live communications that answer the message `key` but were imported before it
    (so they are not yet linked to it)."""
    rows = db.execute(
        "SELECT id FROM record WHERE kind = 'communication' AND deleted_at IS NULL"
        " AND json_extract(fields, '$.mail_parent') = ?"
        " AND coalesce(json_extract(fields, '$.in_reply_to'), '') = ''", (key,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def contacts_by_email(db: Connection) -> dict[str, str]:
    """Lower-cased email address → the id of the live contact that has it (the first one made,
    when two share it)."""
    rows = db.execute(
        "SELECT id, json_extract(fields, '$.email'), json_extract(fields, '$.emails') FROM record"
        " WHERE kind = 'contact' AND deleted_at IS NULL ORDER BY seq DESC",
    ).fetchall()
    found: dict[str, str] = {}
    for record_id, email, more in rows:
        for address in [email, *_list(more)]:
            if isinstance(address, str) and "@" in address:
                found[address.strip().lower()] = str(record_id)
    return found


def _list(value: Any) -> list[Any]:
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return []
    return parsed if isinstance(parsed, list) else []
