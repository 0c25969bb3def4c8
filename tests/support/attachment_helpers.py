"""Attachments as an older vault held them (chunk rows in the database), and the attachment
store's files of a vault (npmdesk/vault/attachment_files.py)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from npmdesk.records import RecordStore
from npmdesk.records.attachments import CHUNK_SIZE
from npmdesk.records.model import new_id
from npmdesk.vault import attachment_files


def legacy_attachment(store: RecordStore, record_id: str, name: str, data: bytes,
                      media_type: str = "application/octet-stream") -> str:
    """Store `data` as schema 10 and before did (no file: 1 MiB chunk rows); returns its id."""
    attachment_id = new_id()
    with store.transaction() as db:
        record_seq = db.execute("SELECT seq FROM record WHERE id=?", (record_id,)).fetchone()[0]
        seq = db.execute(
            "INSERT INTO attachment(id, record_seq, name, media_type, size, sha256, added_at, added_by)"
            " VALUES (?, ?, ?, ?, ?, ?, '2026-01-15T09:30:00+00:00', 'fixture')",
            (attachment_id, record_seq, name, media_type, len(data), hashlib.sha256(data).hexdigest()),
        ).lastrowid
        for n, start in enumerate(range(0, len(data), CHUNK_SIZE)):
            db.execute("INSERT INTO attachment_chunk(attachment_seq, n, data) VALUES (?, ?, ?)",
                       (seq, n, data[start : start + CHUNK_SIZE]))
    return attachment_id


def attachment_files_in(store: RecordStore) -> list[str]:
    """The names of the files in the vault's attachments folder (none if it does not exist)."""
    folder = attachment_files.folder_of(store.vault.folder)
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def file_of(store: RecordStore, attachment_id: str) -> Path:
    """The attachment's file in the attachment store."""
    name = store.db.execute("SELECT blob FROM attachment WHERE id=?", (attachment_id,)).fetchone()[0]
    return attachment_files.folder_of(store.vault.folder) / name
