"""A job over the vault (VaultJob) cancelled in the middle of a long query: it ends as cancelled
(not failed), its transaction is rolled back, and the window and the next job use the vault as before;
a file the system refuses is explained in the window's words."""

from __future__ import annotations

import errno
import os
import threading

from npmdesk.errors import os_reason
from npmdesk.gui import i18n
from npmdesk.gui.background_job import BackgroundJob, Progress, VaultJob
from npmdesk.gui.exchange.job import JobWriteFailed
from npmdesk.gui.inline_error import error_text, filled
from npmdesk.records.store import RecordStore
from npmdesk.vault.session import JobSession
from tests.support.window_helpers import WAIT_MS

LONG_QUERY = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
              " SELECT count(*) FROM n WHERE running(i)")


def test_a_job_cancelled_mid_query_ends_cancelled_and_the_vault_stays_usable(qtbot, store):
    started = threading.Event()

    def work(session: JobSession, _progress: Progress) -> str:
        def running(i: int) -> int:
            started.set()
            return i

        session.db.create_function("running", 1, running)
        with RecordStore(session).transaction() as db:
            db.execute("INSERT INTO vault_meta(key, value) VALUES ('probe', 'written by the job')")
            db.execute(LONG_QUERY).fetchone()  # no progress report: only the interrupt stops it
        return "finished"

    job = VaultJob(store.vault, work)
    outcomes: list[str] = []
    job.succeeded.connect(lambda _result: outcomes.append("succeeded"))
    job.failed.connect(lambda _error: outcomes.append("failed"))
    job.cancelled.connect(lambda: outcomes.append("cancelled"))
    job.start()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)
    job.cancel()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_MS)
    assert outcomes == ["cancelled"]
    assert store.vault.meta("probe") == ""
    store.vault.set_meta("probe", "written by the window")
    after = VaultJob(store.vault, lambda session, _progress: session.meta("probe"))
    results: list[object] = []
    after.succeeded.connect(results.append)
    after.start()
    qtbot.waitUntil(lambda: not after.running, timeout=WAIT_MS)
    assert results == ["written by the window"]


def test_a_file_the_system_refuses_is_explained_in_the_windows_words_not_the_systems(qtbot, qapp):
    """The C library's English ("No such file or directory") never reaches the window: the reason
    is npmdesk's own clause, translated with the rest of the sentence."""
    def work(_progress: Progress) -> None:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "/media/usb/package.age")

    applied = i18n.apply_language(qapp, "fr")
    try:
        job = BackgroundJob(work, write_error=JobWriteFailed)
        failures: list[object] = []
        job.failed.connect(failures.append)
        job.start()
        qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
        shown = error_text(failures[0])  # type: ignore[arg-type]
        assert os.strerror(errno.ENOENT) not in shown
        assert filled(os_reason(FileNotFoundError(errno.ENOENT, ""))) in shown
        assert "le fichier ou le dossier" in shown  # npmdesk's own clause, in French
        unknown = filled(os_reason(OSError(errno.ENOTSUP, os.strerror(errno.ENOTSUP))))  # named, not the system
        assert "(ENOTSUP)" in unknown and os.strerror(errno.ENOTSUP) not in unknown
    finally:
        applied.remove()
