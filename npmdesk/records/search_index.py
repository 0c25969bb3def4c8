"""Full-text search over records and the text of their attachments (SQLite FTS5).

The index lives inside the encrypted vault. It is written in the same transaction as the
record, and a record leaves it the moment it goes to the bin (FTS5's secure-delete mode
removes its terms from the index, not just marks them).

Queries are written by people, not programmers: words match as prefixes ("detent" finds
"detention"), "quoted words" match as a phrase, accents and case are ignored, and any FTS5
syntax typed by the user is taken literally, so no query can fail or reach other columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from npmdesk.records.query import SUMMARY_COLUMNS, ListQuery, Summary, where_clause
from npmdesk.records.text import display_form, has_cjk, index_form
from npmdesk.vault.database import Connection

if TYPE_CHECKING:
    from npmdesk.records.model import Record

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
MAX_QUERY_CHARS = 500
# Title matches weigh most, then the body, then tags and fields, then attachments.
_RANK = "bm25(search_index, 10.0, 4.0, 2.0, 1.0)"
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


@dataclass(frozen=True)
class SearchHit:
    """A matching record, its snippet (matches between HIGHLIGHT_START and HIGHLIGHT_END) and rank."""

    record: Summary
    snippet: str
    rank: float


def _field_text(fields: dict[str, Any]) -> str:
    parts: list[str] = []
    for value in fields.values():
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            parts += [v for v in value if isinstance(v, str)]
    return " ".join(parts)


def put(db: Connection, seq: int, record: Record) -> None:
    """(Re)index one record with its attachments' text."""
    remove(db, seq)
    if record.deleted_at is not None:
        return
    attachments = " ".join(
        row[0] + " " + row[1]
        for row in db.execute("SELECT name, text FROM attachment WHERE record_seq=?", (seq,))
    )
    extra = " ".join(
        [" ".join(record.tags), _field_text(record.fields), " ".join(record.pseudonyms),
         record.country or "", " ".join(f"art{a}" for a in record.articles)]
    )
    db.execute(
        "INSERT INTO search_index(rowid, title, body, extra, attachments) VALUES (?, ?, ?, ?, ?)",
        (seq, index_form(record.title), index_form(record.body), index_form(extra), index_form(attachments)),
    )


def remove(db: Connection, seq: int) -> None:
    db.execute("DELETE FROM search_index WHERE rowid=?", (seq,))


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed; None if nothing searchable is left."""
    terms: list[str] = []
    for phrase, word in _TOKEN.findall(text[:MAX_QUERY_CHARS]):
        raw = phrase or word
        cleaned = index_form(raw).replace('"', " ").strip()
        if not any(ch.isalnum() for ch in cleaned):
            continue
        quoted = '"' + cleaned + '"'
        # Prefix matching for plain words; CJK runs and phrases match exactly as a sequence.
        terms.append(quoted if phrase or has_cjk(raw) else quoted + " *")
    return " AND ".join(terms) if terms else None


def search(db: Connection, text: str, query: ListQuery | None = None) -> list[SearchHit]:
    """Best matches first, with the same filters and paging as lists."""
    match = fts_query(text)
    if match is None:
        return []
    query = query or ListQuery()
    where, params = where_clause(query)
    # Fixed fragments only; every value is bound.
    sql = (
        f"SELECT {SUMMARY_COLUMNS}, snippet(search_index, -1, ?, ?, '…', 12), {_RANK}"  # noqa: S608
        f" FROM search_index JOIN record r ON r.seq = search_index.rowid"
        f" WHERE search_index MATCH ? AND {where} ORDER BY {_RANK} LIMIT ? OFFSET ?"
    )
    rows = db.execute(
        sql,
        (HIGHLIGHT_START, HIGHLIGHT_END, match, *params, max(0, query.limit), max(0, query.offset)),
    ).fetchall()
    return [SearchHit(Summary(*row[:10]), display_form(row[10]), float(row[11])) for row in rows]

