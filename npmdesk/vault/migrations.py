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


MIGRATIONS: list[Callable[[Connection], None]] = [_v1_vault_meta, _v2_security_events]
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
