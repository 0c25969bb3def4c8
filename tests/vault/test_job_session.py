"""A session of its own for a job on another thread (`Vault.job_session`): Cancel interrupts its
statements through SQLite's own progress handler, rolls its transaction back, and leaves the vault
usable, by the window and by the next job."""

from __future__ import annotations

import threading

import pytest

from npmdesk.errors import VaultLocked
from npmdesk.records import Record
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import DatabaseError
from npmdesk.vault.session import JobSession, stopped

# Runs for minutes unless it is interrupted; Cancel arrives from its first row on.
LONG_QUERY = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
              " SELECT count(*) FROM n WHERE cancel_now(i)")


def cancelled_midway(session: JobSession, stop: threading.Event) -> None:
    """Cancel comes while the session runs a long query inside its transaction."""

    def cancel_now(i: int) -> int:
        stop.set()
        return i

    session.db.create_function("cancel_now", 1, cancel_now)
    store = RecordStore(session)
    with store.transaction() as db:
        db.execute("INSERT INTO vault_meta(key, value) VALUES ('probe', 'written by the job')")
        db.execute(LONG_QUERY).fetchone()


def test_a_job_cancelled_mid_query_stops_and_changes_nothing(new_vault):
    vault, _code = new_vault
    stop = threading.Event()
    session = vault.job_session(stop)
    try:
        with pytest.raises(DatabaseError) as err:
            cancelled_midway(session, stop)
        assert stopped(err.value)
        assert not session.db.in_transaction
        assert session.meta("probe") == "" and vault.meta("probe") == ""  # rolled back whole
    finally:
        session.close()


def test_after_a_cancel_the_vault_stays_usable(new_vault):
    vault, _code = new_vault
    stop = threading.Event()
    session = vault.job_session(stop)
    try:
        with pytest.raises(DatabaseError):
            cancelled_midway(session, stop)
        window = RecordStore(vault)
        kept = window.add(Record(kind="communication", title="Questions on police cells", date="2026-03-02",
                                 status="awaiting_reply", fields={"direction": "received", "channel": "email"}))
        assert session.meta("npm_name") == "Mecanismo Nacional"  # a read outside a transaction still runs
        with session.unstoppable():  # undoing what the cancelled job did
            RecordStore(session).delete(kept.id)
        assert window.get(kept.id, include_deleted=True).deleted_at is not None
        next_job = vault.job_session(threading.Event())
        try:
            assert RecordStore(next_job).get(kept.id, include_deleted=True).deleted_at is not None
        finally:
            next_job.close()
    finally:
        session.close()


def test_a_session_without_stop_is_never_interrupted_and_none_is_given_once_locked(new_vault):
    vault, _code = new_vault
    session = vault.job_session(None)
    with RecordStore(session).transaction() as db:
        db.execute("INSERT INTO vault_meta(key, value) VALUES ('probe', 'kept')")
    assert vault.meta("probe") == "kept"
    session.close()
    with pytest.raises(VaultLocked):
        session.meta("probe")
    vault.close()
    with pytest.raises(VaultLocked):
        vault.job_session(threading.Event())
