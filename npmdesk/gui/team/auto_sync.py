"""The window keeps the team in step by itself (npmdesk/team/, docs/team-sync.md).

`TeamSync` is made with the main window (one per unlocked vault) and torn down on lock
(gui/teardown.py). While the vault has a team (a team folder and at least one member) it checks
for work:

    at unlock, and at once when `team_changed()` is called (the folder or the members changed)
    SAVE_DELAY_MS after the last change in the window (`records_changed()`: each time the window
      reads its lists again, after a save, a move to the bin, an import or F5, and when files are
      attached to a record)
    FILES_DELAY_MS after the last change in the team folder: a QFileSystemWatcher on the folder
      and on each member's subfolder, re-armed as subfolders appear (a sync engine writes a
      temporary file, then renames it: one arrival is several events)
    every FALLBACK_MS all the same (watchers miss events on network shares)

A check is one VaultJob on a session of its own, without a progress window, never on the GUI
thread and never two at once (a check asked for meanwhile is queued, once). `anything_new` decides
cheaply (it decrypts nothing); only then does a full `sync_round` run, and the status line says
"syncing…" from that moment. `team_status` is read after it for the status line (status_line.py);
a round that applied records refreshes the window's lists, as an import does. A failure is one
sentence in the status line, never a box (a busy vault is simply tried again later). On lock the
timers stop, the watcher forgets every path and a check in flight is abandoned: its statements are
interrupted and its transaction rolls back (a round survives a stop at any moment).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QMainWindow

from npmdesk.errors import NpmdeskError, VaultBusy
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.gui.background_job import Progress, VaultJob
from npmdesk.gui.team.status_line import TeamStatusLine
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.records.store import RecordStore
from npmdesk.team.membership import folder_of, members
from npmdesk.team.status import TeamStatus, team_status
from npmdesk.team.sync import SyncSummary, anything_new, sync_round
from npmdesk.vault.session import JobSession, VaultSession

SAVE_DELAY_MS = 3_000  # after the last save in the window
FILES_DELAY_MS = 1_500  # after the last change in the team folder
FALLBACK_MS = 5 * 60_000  # a check all the same, this often


@dataclass(frozen=True)
class Checked:
    """What one check found: the team as it stands after it, and the round's summary (None
    when there was nothing new and no round ran)."""

    status: TeamStatus
    summary: SyncSummary | None

    @property
    def applied(self) -> bool:
        return self.summary is not None and bool(self.summary.applied)


def check(session: JobSession, progress: Progress) -> Checked:
    """One check, on the worker thread: a round only if `anything_new` says so (`progress(0, 1)`
    announces it, and stops the work once the check was cancelled)."""
    store = RecordStore(session)
    with VaultIdentity.of(session) as identity:
        summary = None
        folder = folder_of(store)
        if folder is not None and folder.is_dir() and anything_new(store, identity):
            progress(0, 1)
            summary = sync_round(store, identity)
        return Checked(team_status(store, identity), summary)


class TeamSync(QObject):
    """Syncs the open vault's team by itself (see the module). `line` is the status bar's team
    sentence; `checked(Checked)` follows every check, `failed(NpmdeskError)` a check that failed."""

    checked = Signal(object)
    failed = Signal(object)

    def __init__(self, window: QMainWindow, vault: VaultSession, refresh: Callable[[], None],
                 changed: tuple[SignalInstance, ...] = (), *, save_delay_ms: int | None = None,
                 files_delay_ms: int | None = None, fallback_ms: int | None = None) -> None:
        """`refresh` reads the window's lists again; each of `changed` is emitted when records may
        have changed in the window. The delays default to the module's constants. On the GUI
        thread only the folder and the members are read (when the team may have changed)."""
        super().__init__(window)
        self.setObjectName("teamSync")
        self._vault: VaultSession | None = vault
        self._store: RecordStore | None = RecordStore(vault)
        self._refresh = refresh
        self.job: VaultJob | None = None
        self._queued = False
        self.active = False  # the vault has a team: a folder and at least one member
        self._folder: Path | None = None
        self._fingerprints: list[str] = []
        self._refreshing = False
        self.line = TeamStatusLine(window)
        window.statusBar().addPermanentWidget(self.line)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self._after_save = self._timer(SAVE_DELAY_MS if save_delay_ms is None else save_delay_ms, single=True)
        self._after_files = self._timer(FILES_DELAY_MS if files_delay_ms is None else files_delay_ms, single=True)
        self._fallback = self._timer(FALLBACK_MS if fallback_ms is None else fallback_ms, single=False)
        for signal in changed:
            signal.connect(self.records_changed)
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)
        QTimer.singleShot(0, self, self.team_changed)  # at unlock, once the window is built

    def _timer(self, interval_ms: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.sync_now)
        return timer

    @property
    def busy(self) -> bool:
        """A check runs, is queued, or waits for its delay."""
        return (self.job is not None or self._queued or self._after_save.isActive()
                or self._after_files.isActive())

    # ------------------------------------------------------------------------ triggers

    def team_changed(self) -> None:
        """The team folder or the members changed (or the vault was just unlocked): read them
        again, watch the folder anew, and check now. Without a team, nothing runs and the line hides."""
        store = self._store
        if store is None:
            return
        try:
            folder = folder_of(store)
            fingerprints = [member.fingerprint for member in members(store)] if folder is not None else []
        except NpmdeskError as error:
            self.line.show_failure(error)
            return
        self.active = folder is not None and bool(fingerprints)
        if not self.active or folder is None:
            self._stop_watching()
            self._fallback.stop()
            self.line.clear()
            return
        self._watch(folder, fingerprints)
        self._fallback.start()
        self.sync_now()

    def records_changed(self, *_args: object) -> None:
        """Records may have changed in the window (a save, an import, files attached): check
        SAVE_DELAY_MS after the last of a burst."""
        if self.active and not self._refreshing:
            self._after_save.start()  # restarted by each save

    def _folder_changed(self, path: str) -> None:
        if not self.active:
            return
        if self._folder is not None and Path(path) == self._folder:
            self._watch(self._folder, self._fingerprints)  # a member's subfolder may have appeared
        self._after_files.start()  # restarted by each event

    def sync_now(self) -> None:
        """Check at once (after the one under way, if any)."""
        if not self.active or self._vault is None:
            return
        self._after_save.stop()
        self._after_files.stop()
        if self.job is not None:
            self._queued = True
            return
        self._queued = False
        try:
            job = VaultJob(self._vault, check)
        except NpmdeskError as error:  # the vault is locked or its folder is gone
            self.line.show_failure(error)
            return
        job.progressed.connect(lambda _step: self.line.show_syncing())
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._over)
        self.job = job
        job.start()

    # ------------------------------------------------------------------------ outcome

    def _done(self, outcome: Checked) -> None:
        if not self.active:  # the team was dissolved meanwhile: nothing to show
            self._over()
            return
        self.line.show_status(outcome.status)
        if outcome.status.folder is not None and outcome.status.folder == self._folder:
            self._watch(self._folder, [entry.member.fingerprint for entry in outcome.status.members])  # back?
        if outcome.applied:
            self._refreshing = True  # what arrived is not a change of this window's to send
            try:
                self._refresh()
            finally:
                self._refreshing = False
        self.checked.emit(outcome)
        self._over()

    def _failed(self, error: NpmdeskError) -> None:
        if isinstance(error, VaultBusy):  # an import holds the vault: try again a little later
            self._after_files.start()
        else:
            self.line.show_failure(error)
        self.failed.emit(error)
        self._over()

    def _over(self) -> None:
        self.job = None
        if self._queued:
            self.sync_now()

    # ------------------------------------------------------------------------ watching

    def _watch(self, folder: Path, fingerprints: list[str]) -> None:
        """Watch `folder` and the subfolders of the members that are there now."""
        self._folder, self._fingerprints = folder, fingerprints
        wanted = [str(path) for path in (folder, *(folder / name for name in fingerprints)) if path.is_dir()]
        watched = set(self.watcher.directories())
        missing = [path for path in wanted if path not in watched]
        gone = [path for path in watched if path not in wanted]
        if gone:
            self.watcher.removePaths(gone)
        if missing:
            self.watcher.addPaths(missing)

    def _stop_watching(self) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    def discard(self) -> None:
        """On lock: timers stopped, the watcher emptied, a check in flight abandoned, the line hidden."""
        self.active = False
        self._vault = self._store = None
        for timer in (self._after_save, self._after_files, self._fallback):
            timer.stop()
        self._stop_watching()
        self._queued = False
        if self.job is not None:
            job, self.job = self.job, None
            job.abandon()
        self.line.clear()
