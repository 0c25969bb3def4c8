"""Numbered schema migrations, applied in one transaction each when a vault is unlocked.

The schema version is SQLite's `user_version`. Migration N takes a vault from version N-1
to N; it is never edited once released (add a new one instead). Each has a test that
starts from a fixture vault made at version N-1 (`tests/fixtures/`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from npmdesk.errors import MigrationFailed, NewerVaultFormat

Connection = Any  # sqlcipher3.dbapi2.Connection (untyped C extension)


def _v1_vault_meta(db: Connection) -> None:
    db.execute(
        "CREATE TABLE vault_meta ("
        " key TEXT PRIMARY KEY NOT NULL,"
        " value TEXT NOT NULL"
        ") WITHOUT ROWID"
    )


def _v2_security_events(db: Connection) -> None:
    """A log, inside the vault, of unlocks and key changes ("last opened …")."""
    db.execute(
        "CREATE TABLE security_event ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('created','unlocked','passphrase-changed',"
        "'key-rotated','recovery-used','remembered','forgotten','recovery-code-replaced')),"
        " method TEXT"
        ")"
    )
    db.execute("CREATE INDEX security_event_at ON security_event(at)")
    created = db.execute("SELECT value FROM vault_meta WHERE key = 'created_at'").fetchone()
    if created is not None:
        db.execute(
            "INSERT INTO security_event(at, kind, method) VALUES (?, 'created', NULL)",
            (created[0],),
        )


_V3_RECORDS = """
CREATE TABLE record (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    date TEXT,
    status TEXT,
    counterpart TEXT,
    country TEXT,
    due_date TEXT,
    sensitivity TEXT NOT NULL DEFAULT 'internal'
        CHECK (sensitivity IN ('public','internal','confidential','strictly_confidential')),
    personal_data INTEGER NOT NULL DEFAULT 0 CHECK (personal_data IN (0, 1)),
    consent TEXT NOT NULL DEFAULT 'not_applicable'
        CHECK (consent IN ('not_applicable','pending','given','refused')),
    fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT,
    conflict INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX record_by_kind_date ON record(kind, deleted_at, date);
CREATE INDEX record_by_date ON record(deleted_at, date);
CREATE INDEX record_by_counterpart ON record(counterpart, date);
CREATE INDEX record_by_reply_by ON record(deleted_at, json_extract(fields, '$.reply_by')) WHERE kind = 'communication';
CREATE INDEX record_by_title ON record(deleted_at, title COLLATE NOCASE);
CREATE INDEX record_by_kind_title ON record(kind, deleted_at, title COLLATE NOCASE);
CREATE INDEX record_by_status ON record(deleted_at, status);
CREATE INDEX record_by_kind_status ON record(kind, deleted_at, status);
CREATE INDEX record_by_updated ON record(deleted_at, updated_at);
CREATE INDEX record_by_kind_updated ON record(kind, deleted_at, updated_at);
CREATE INDEX record_by_due ON record(deleted_at, due_date);
CREATE INDEX record_by_kind_due ON record(kind, deleted_at, due_date);
CREATE INDEX record_by_kind_only ON record(deleted_at, kind);
CREATE TABLE record_tag (
    seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (seq, tag)
) WITHOUT ROWID;
CREATE INDEX record_tag_by_tag ON record_tag(tag, seq);
CREATE TABLE record_article (
    seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,
    article INTEGER NOT NULL CHECK (article BETWEEN 1 AND 37),
    PRIMARY KEY (seq, article)
) WITHOUT ROWID;
CREATE TABLE record_link (
    seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,
    target TEXT NOT NULL,
    relation TEXT NOT NULL,
    PRIMARY KEY (seq, target, relation)
) WITHOUT ROWID;
CREATE INDEX record_link_by_target ON record_link(target);
CREATE TABLE record_pseudonym (
    seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,
    real_name TEXT NOT NULL,
    alias TEXT NOT NULL,
    PRIMARY KEY (seq, real_name)
) WITHOUT ROWID;
CREATE TABLE record_version (
    seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
    PRIMARY KEY (seq, version)
);
CREATE TABLE attachment (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    record_seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    sha256 TEXT,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attachment_by_record ON attachment(record_seq);
CREATE TABLE attachment_chunk (
    attachment_seq INTEGER NOT NULL REFERENCES attachment(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (attachment_seq, n)
);
CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, extra, attachments,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)');
"""


def _v3_records(db: Connection) -> None:
    """Records of every kind, their tags, articles, links, versions, attachments and search."""
    for statement in _V3_RECORDS.split(";"):
        if statement.strip():
            db.execute(statement)


def _v4_drafts(db: Connection) -> None:
    """Unsaved form content (records/drafts.py), kept inside the vault, never on disk in clear.

    `record_id` is the record being edited (NULL for a new one); purging that record purges
    its drafts.
    """
    db.execute(
        "CREATE TABLE draft ("
        " id INTEGER PRIMARY KEY,"
        " record_id TEXT REFERENCES record(id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL,"
        " saved_at TEXT NOT NULL,"
        " content TEXT NOT NULL CHECK (json_valid(content))"
        ")"
    )
    db.execute("CREATE INDEX draft_by_record ON draft(record_id)")


def _v5_conflict_index(db: Connection) -> None:
    """Records edited on both sides of an import (exchange/merge.py), found without reading every row."""
    db.execute("CREATE INDEX record_conflicts ON record(updated_at) WHERE conflict = 1")


def _v6_tombstones(db: Connection) -> None:
    """What is left of a purged record (records/store.py): enough to recognise it when an old
    package brings it back, and nothing a person wrote. `hashes` is a JSON list of the content
    hashes (records/content.py) of every version it had, newest first."""
    db.execute(
        "CREATE TABLE record_tombstone ("
        " id TEXT PRIMARY KEY NOT NULL,"
        " kind TEXT NOT NULL,"
        " deleted_at TEXT NOT NULL,"
        " purged_at TEXT NOT NULL,"
        " hashes TEXT NOT NULL CHECK (json_valid(hashes))"
        ") WITHOUT ROWID"
    )


# Values that schema 7 renamed (frozen: what a schema-6 vault or a package made by it holds).
# The reports' statuses became per type: (report_type, old status) -> new status.
V7_REPORT_STATUS = {
    ("visit_report_to_state", "replied"): "state_replied",
    ("report_to_npm", "replied"): "npm_replied",
    ("npm_reply", "received"): "sent",
    ("npm_reply", "under_review"): "draft",
    ("npm_reply", "replied"): "sent",
    ("state_reply", "under_review"): "received",
    ("state_reply", "replied"): "received",
    ("annual_report_spt", "under_review"): "received",
    ("annual_report_spt", "replied"): "received",
    ("annual_report_spt", "published"): "received",
    ("guidance", "under_review"): "received",
    ("guidance", "replied"): "received",
    ("guidance", "published"): "received",
}
# The checklist's "report published" became two tracks; it meant the report to the State.
V7_VISIT_STEP = {"report_published": "report_to_state"}


def _v7_domain(db: Connection) -> None:
    """The OPCAT process as the SPT runs it (issue 13).

    - `consents`: consent per person and purpose (records/consent.py), as JSON; `review_date`;
    - OPCAT references down to sub-paragraphs: record_article keeps the text of each reference
      ("11(1)(b)(ii)") beside its article number (for filters);
    - `disclosure`: what left the vault, to whom, when, in which package (one row per record
      and export; no content, only ids, fingerprints and the package's file name);
    - renamed values: a report's status per type, the checklist item "report_published".
    """
    db.execute("ALTER TABLE record ADD COLUMN consents TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(consents))")
    db.execute("ALTER TABLE record ADD COLUMN review_date TEXT")
    db.execute("CREATE INDEX record_by_review ON record(deleted_at, review_date) WHERE review_date IS NOT NULL")
    db.execute(
        "CREATE TABLE record_article_ref ("
        " seq INTEGER NOT NULL REFERENCES record(seq) ON DELETE CASCADE,"
        " ref TEXT NOT NULL,"
        " article INTEGER NOT NULL CHECK (article BETWEEN 1 AND 37),"
        " PRIMARY KEY (seq, ref)"
        ") WITHOUT ROWID"
    )
    db.execute("INSERT INTO record_article_ref SELECT seq, CAST(article AS TEXT), article FROM record_article")
    db.execute("DROP TABLE record_article")
    db.execute("ALTER TABLE record_article_ref RENAME TO record_article")
    db.execute("CREATE INDEX record_article_by_article ON record_article(article, seq)")
    db.execute(
        "CREATE TABLE disclosure ("
        " id INTEGER PRIMARY KEY,"
        " record_id TEXT NOT NULL,"
        " at TEXT NOT NULL,"
        " by TEXT NOT NULL,"
        " package TEXT NOT NULL,"
        " recipients TEXT NOT NULL CHECK (json_valid(recipients))"
        ")"
    )
    db.execute("CREATE INDEX disclosure_by_record ON disclosure(record_id, at)")
    # Search finds a country by its name in each language: the record store adds the names to
    # records indexed before (it needs the locale data; records/search_index.py).
    db.execute("INSERT OR REPLACE INTO vault_meta(key, value) VALUES ('pending_country_names', '1')")
    db.executemany(
        "UPDATE record SET status = ? WHERE kind = 'report' AND status = ?"
        " AND json_extract(fields, '$.report_type') = ?",
        [(new, old, report_type) for (report_type, old), new in V7_REPORT_STATUS.items()],
    )
    for old, new in V7_VISIT_STEP.items():
        db.execute(
            "UPDATE record SET fields = json_set(fields, '$.visit_step', ?)"
            " WHERE kind = 'communication' AND json_extract(fields, '$.visit_step') = ?", (new, old))
        db.execute(
            "UPDATE record SET fields = json_set(fields, '$.checklist_done', (SELECT json_group_array(step)"
            "  FROM (SELECT DISTINCT CASE value WHEN ? THEN ? ELSE value END AS step"
            "        FROM json_each(record.fields, '$.checklist_done'))))"
            " WHERE kind = 'visit' AND EXISTS (SELECT 1 FROM json_each(record.fields, '$.checklist_done')"
            "  WHERE value = ?)", (old, new, old))


def _v8_prefix_indexes(db: Connection) -> None:
    """Prefix indexes of 2 to 6 letters in the search index (issue 17), so that the prefixes people
    type ("visit", "recom") are read from one index entry instead of merging every word they start.
    FTS5 cannot change a table's prefix option: the index is made again from the old one's content
    (the same rows, columns, tokenizer, secure-delete and bm25 weights), then the old one is dropped."""
    db.execute(
        "CREATE VIRTUAL TABLE search_index_v8 USING fts5(title, body, extra, attachments,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6')"
    )
    db.execute("INSERT INTO search_index_v8(search_index_v8, rank) VALUES ('secure-delete', 1)")
    db.execute("INSERT INTO search_index_v8(search_index_v8, rank) VALUES ('rank', 'bm25(10.0, 4.0, 2.0, 1.0)')")
    db.execute("INSERT INTO search_index_v8(rowid, title, body, extra, attachments)"
               " SELECT rowid, title, body, extra, attachments FROM search_index ORDER BY rowid")
    db.execute("DROP TABLE search_index")
    db.execute("ALTER TABLE search_index_v8 RENAME TO search_index")


_V9_TEAM = """
CREATE TABLE team_member (
    contact_id TEXT PRIMARY KEY NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL,
    snapshot INTEGER
) WITHOUT ROWID;
CREATE TABLE team_device (
    fingerprint TEXT PRIMARY KEY NOT NULL,
    applied INTEGER NOT NULL DEFAULT 0,
    applied_at TEXT,
    refused TEXT CHECK (refused IS NULL OR json_valid(refused))
) WITHOUT ROWID;
CREATE TABLE team_change (
    seq INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    attachment_id TEXT,
    restored INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER team_record_added AFTER INSERT ON record WHEN EXISTS (SELECT 1 FROM team_member)
BEGIN INSERT INTO team_change(record_id) VALUES (new.id); END;
CREATE TRIGGER team_record_changed AFTER UPDATE ON record WHEN EXISTS (SELECT 1 FROM team_member)
BEGIN INSERT INTO team_change(record_id, restored)
    VALUES (new.id, old.deleted_at IS NOT NULL AND new.deleted_at IS NULL); END;
CREATE TRIGGER team_record_purged AFTER DELETE ON record WHEN EXISTS (SELECT 1 FROM team_member)
BEGIN INSERT INTO team_change(record_id) VALUES (old.id); END;
CREATE TRIGGER team_attachment_added AFTER INSERT ON attachment WHEN EXISTS (SELECT 1 FROM team_member)
BEGIN INSERT INTO team_change(record_id, attachment_id)
    VALUES ((SELECT id FROM record WHERE seq = new.record_seq), new.id); END
"""


def _v9_team(db: Connection) -> None:
    """Team sync (npmdesk/team/): the member devices, how far each device's changesets were
    applied here, and a log of what changed here since this device's last changeset, written by
    triggers only while the team has members (a new member starts from a snapshot instead)."""
    for statement in _V9_TEAM.split(";\nCREATE"):
        text = statement.strip()
        if text:
            db.execute(text if text.startswith("CREATE") else "CREATE " + text)


def _v10_team_attachment_removed(db: Connection) -> None:
    """Team sync: removing an attachment from a live record is logged too (npmdesk/team/ sends
    it as `attachments_removed`). Not when the record itself goes (a purge): the record's
    deletion travels instead."""
    db.execute(
        "CREATE TRIGGER team_attachment_removed AFTER DELETE ON attachment"
        " WHEN EXISTS (SELECT 1 FROM team_member) AND EXISTS (SELECT 1 FROM record WHERE seq = old.record_seq)"
        " BEGIN INSERT INTO team_change(record_id, attachment_id)"
        " VALUES ((SELECT id FROM record WHERE seq = old.record_seq), old.id); END")


def _v11_attachment_files(db: Connection) -> None:
    """The attachment store (vault/attachment_files.py): a new attachment's bytes go to a file of
    their own beside the database, named `blob` (32 random hex digits) and sealed under `blob_key`
    (32 random bytes, kept only here). Rows without a `blob` keep their chunks in attachment_chunk
    and are read from there: the chunks are not moved (a vault of many gigabytes would take minutes
    to unlock once, and a move must itself be crash-safe twice over), so older vaults open at once."""
    db.execute("ALTER TABLE attachment ADD COLUMN blob TEXT"
               " CHECK (blob IS NULL OR (length(blob) = 32 AND blob NOT GLOB '*[^0-9a-f]*'))")
    db.execute("ALTER TABLE attachment ADD COLUMN blob_key BLOB"
               " CHECK ((blob IS NULL) = (blob_key IS NULL) AND (blob_key IS NULL OR length(blob_key) = 32))")
    db.execute("CREATE UNIQUE INDEX attachment_by_blob ON attachment(blob) WHERE blob IS NOT NULL")


def _v12_disclosure_events(db: Connection) -> None:
    """The disclosure log in two tables: one row per export (`disclosure_event`: when, by whom,
    the file's name, the recipients) and one small row per record it held (`disclosed_record`),
    instead of the export's details repeated in every record's row. An export of 10,000 records
    wrote about 3 MB to the log, now about 0.9 MB, in half the time. The rows move over as they
    were: consecutive rows with the same time, user, file and recipients are one export (a record
    listed again starts the next), in their order."""
    db.execute(
        "CREATE TABLE disclosure_event ("
        " id INTEGER PRIMARY KEY,"
        " at TEXT NOT NULL,"
        " by TEXT NOT NULL,"
        " package TEXT NOT NULL,"
        " recipients TEXT NOT NULL CHECK (json_valid(recipients))"
        ")"
    )
    db.execute(
        "CREATE TABLE disclosed_record ("
        " event INTEGER NOT NULL REFERENCES disclosure_event(id),"
        " record_id TEXT NOT NULL,"
        " PRIMARY KEY (event, record_id)"
        ") WITHOUT ROWID"
    )
    db.execute("CREATE INDEX disclosed_record_by_record ON disclosed_record(record_id, event)")
    key: tuple[Any, ...] | None = None
    event = 0
    held: set[str] = set()
    rows = db.execute("SELECT record_id, at, by, package, recipients FROM disclosure ORDER BY id")
    while batch := rows.fetchmany(5_000):
        records: list[tuple[int, str]] = []
        for record_id, *details in batch:
            if tuple(details) != key or record_id in held:
                if records:
                    db.executemany("INSERT INTO disclosed_record(event, record_id) VALUES (?, ?)", records)
                    records = []
                key, held = tuple(details), set()
                event = db.execute("INSERT INTO disclosure_event(at, by, package, recipients) VALUES (?, ?, ?, ?)",
                                   details).lastrowid
            held.add(record_id)
            records.append((event, record_id))
        db.executemany("INSERT INTO disclosed_record(event, record_id) VALUES (?, ?)", records)
    db.execute("DROP TABLE disclosure")


MIGRATIONS: list[Callable[[Connection], None]] = [
    _v1_vault_meta, _v2_security_events, _v3_records, _v4_drafts, _v5_conflict_index, _v6_tombstones,
    _v7_domain, _v8_prefix_indexes, _v9_team, _v10_team_attachment_removed, _v11_attachment_files,
    _v12_disclosure_events,
]
LATEST = len(MIGRATIONS)


def schema_version(db: Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def pending(db: Connection, target: int = LATEST) -> list[int]:
    """Versions still to apply; NewerVaultFormat if the vault is ahead of this program."""
    current = schema_version(db)
    if current > LATEST:
        raise NewerVaultFormat()
    return list(range(current + 1, target + 1))


def migrate(db: Connection, target: int = LATEST) -> list[int]:
    """Apply every pending migration up to `target`, each in its own transaction.

    A failing migration is rolled back whole and raised as MigrationFailed.
    """
    applied = []
    for version in pending(db, target):
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {int(version)}")
            db.execute("COMMIT")
        except Exception:  # noqa: BLE001 - any bug in a migration: roll back, tell the user
            db.execute("ROLLBACK")
            raise MigrationFailed() from None
        except BaseException:
            db.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied
