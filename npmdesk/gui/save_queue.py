"""The window's writes (records, drafts, the bin) without ever freezing the window.

An import or an attachment being added holds the vault's write lock in one long transaction
(all or nothing, on a connection of its own). A write from the window meanwhile must neither
wait on the GUI thread (the window would freeze) nor fail silently. So:

    queue = SaveQueue(store)
    queue.write(lambda store: store.add(record), done=…, failed=…, waiting=…)

- the write is tried at once on the window's connection, which never waits for a lock (its
  busy timeout is 0): when nothing else is writing, `done(result)` is called before `write`
  returns, exactly as a direct call would;
- if the vault is busy, the write goes to the one writer thread, which has a connection of its
  own and tries again there every WAIT_STEP_MS (between tries it can be withdrawn), while `waiting()`
  lets the form say so; `done` or `failed` follows on the GUI thread once it ran. Writes keep
  their order: once one waits, later ones queue behind it;
- every failure (a full or read-only disk, the vault moved, an edit conflict) reaches `failed`
  as the user's NpmdeskError, never as an uncaught exception; the caller keeps what was typed;
- `write_now(…, wait_ms)` waits on the GUI thread, at most `wait_ms` (only when the vault
  locks, to keep drafts: jobs are being stopped then);
- `close()` (the vault locks) stops the thread and closes its connection; writes still waiting
  are dropped, and nobody is called back.
The GUI never writes SQL: every write is a call of the record store (or the drafts over it).
"""

from __future__ import annotations

import datetime as dt
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from npmdesk.errors import NpmdeskError, VaultBusy, VaultLocked
from npmdesk.records.store import RecordStore
from npmdesk.vault import database
from npmdesk.vault.session import JobSession

Write = Callable[[RecordStore], Any]
WAIT_STEP_MS = 200  # the writer thread tries again this often; between tries a write can be withdrawn
JOIN_S = 5.0


class Job:
    """One write waiting on the writer thread; `cancel()` withdraws it unless it is being written."""

    def __init__(self, write: Write, done: Callable[[Any], None], failed: Callable[[NpmdeskError], None],
                 waiting: Callable[[], None] | None) -> None:
        self.write, self.done, self.failed, self.waiting = write, done, failed, waiting
        self._lock = threading.Lock()
        self._cancelled = False
        self._running = False

    def cancel(self) -> bool:
        """True if the write was withdrawn (it will not happen); False if it is already under way."""
        with self._lock:
            if self._running:
                return False
            self._cancelled = True
            return True

    def begin(self) -> bool:
        with self._lock:
            if self._cancelled:
                return False
            self._running = True
            return True

    def pause(self) -> None:
        with self._lock:
            self._running = False


class SaveQueue(QObject):
    _finished = Signal(object, object, object)  # job, result, error
    _waited = Signal(object)  # job

    def __init__(self, store: RecordStore) -> None:
        super().__init__()
        self.store = store
        database.set_busy_wait(store.db, 0)  # the window's own connection never waits for a lock
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pending = 0
        self._closed = False
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._waited.connect(self._tell_waiting, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """True while writes wait on the writer thread."""
        return self._pending > 0

    # ------------------------------------------------------------------- on the GUI thread

    def write(self, write: Write, *, done: Callable[[Any], None], failed: Callable[[NpmdeskError], None],
              waiting: Callable[[], None] | None = None) -> Job | None:
        """Run `write(store)`: now if the vault is free (callbacks before this returns, and None is
        returned), else on the writer thread (the Job is returned, callbacks come later)."""
        if self._closed:
            failed(VaultLocked())
            return None
        if not self._pending:
            try:
                result = write(self.store)
            except VaultBusy:
                pass
            except NpmdeskError as error:
                failed(error)
                return None
            else:
                done(result)
                return None
        return self._submit(Job(write, done, failed, waiting))

    def write_now(self, write: Write, *, wait_ms: int, done: Callable[[Any], None],
                  failed: Callable[[NpmdeskError], None]) -> None:
        """Run `write(store)` on the GUI thread, waiting at most `wait_ms` for the vault (on lock)."""
        if self._closed:
            failed(VaultLocked())
            return
        try:
            with database.busy_wait(self.store.db, wait_ms):
                result = write(self.store)
        except NpmdeskError as error:
            failed(error)
        else:
            done(result)

    def close(self) -> None:
        """Stop the writer thread and close its connection; writes still waiting are dropped."""
        self._closed = True
        self._stop.set()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(JOIN_S)
            self._thread = None

    def _submit(self, job: Job) -> Job | None:
        if self._thread is None:
            try:
                session = self.store.vault.job_session(None)  # never interrupted: a write runs whole or not at all
            except NpmdeskError as error:  # a vault opened for reading only on a full disk, or locked
                job.failed(error)
                return None
            window_store = self.store
            database.set_busy_wait(session.db, 0)  # it polls instead, so a waiting write can be withdrawn
            writer_store = RecordStore(session, clock=lambda: dt.datetime.fromisoformat(window_store.now()))
            self._thread = threading.Thread(target=self._run, args=(writer_store, session), name="npmdesk-writer",
                                            daemon=True)
            self._thread.start()
        self._pending += 1
        self._jobs.put(job)
        return job

    @Slot(object, object, object)
    def _deliver(self, job: Job, result: object, error: object) -> None:
        self._pending -= 1
        if self._closed or isinstance(error, _Withdrawn):
            return
        if error is None:
            job.done(result)
        else:
            job.failed(error)  # type: ignore[arg-type]

    @Slot(object)
    def _tell_waiting(self, job: Job) -> None:
        if not self._closed and job.waiting is not None:
            job.waiting()

    # ---------------------------------------------------------------- on the writer thread

    def _run(self, store: RecordStore, session: JobSession) -> None:
        try:
            while (job := self._jobs.get()) is not None:
                self._attempt(job, store)
        finally:
            session.close()

    def _attempt(self, job: Job, store: RecordStore) -> None:
        told = False
        while not self._stop.is_set():
            if not job.begin():
                self._finished.emit(job, None, _Withdrawn())
                return
            try:
                result = job.write(store)
            except VaultBusy:
                job.pause()
                if not told:
                    self._waited.emit(job)
                    told = True
                self._stop.wait(WAIT_STEP_MS / 1000)
                continue
            except NpmdeskError as error:
                self._finished.emit(job, None, error)
            except (OSError, database.DatabaseError) as error:
                mapped = database.user_error(error, store.vault.folder)
                if mapped is None:
                    traceback.print_exc(file=sys.stderr)
                self._finished.emit(job, None, mapped or NpmdeskError())
            except Exception:  # noqa: BLE001 - a bug must not kill the writer thread silently
                traceback.print_exc(file=sys.stderr)
                self._finished.emit(job, None, NpmdeskError())
            else:
                self._finished.emit(job, result, None)
            return
        self._finished.emit(job, None, VaultLocked())


class _Withdrawn(NpmdeskError):
    """A write the user stopped waiting for (Job.cancel): the caller already knows."""

    message = "You stopped waiting for this write, so it was not made."
