"""Edit → Team… in the main window: the one Team dialog of the vault (a SingleDialog), closed on lock.

The window makes one per unlock. `show_dialog()` is what the menu item and Preferences → Team…
call. `team_changed` relays every dialog's (the folder or the membership changed); after a round
that applied something, the window's lists are refreshed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from npmdesk.gui.single_dialog import SingleDialog
from npmdesk.gui.team.dialog import TeamDialog
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.gui.workspace import Workspace
from npmdesk.team.status import TeamStatus
from npmdesk.team.sync import SyncSummary
from npmdesk.vault import Vault


class TeamFeature(QObject):
    team_changed = Signal()  # the folder or the membership changed (the auto-sync re-arms and checks)
    synced = Signal()  # a round ran from the dialog (the status bar's line reads the team again)

    def __init__(self, window: QMainWindow, menu: QMenu, vault: Vault, workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("teamFeature")
        self._window = window
        self._workspace: Workspace | None = workspace
        self._single = SingleDialog(vault, self._new_dialog, lambda dialog: dialog.busy, TeamDialog.discard)
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)  # a round in flight abandoned, the dialog closed
        self.action = QAction(self.tr("&Team…"), window)
        self.action.setObjectName("teamAction")
        self.action.setStatusTip(self.tr("The team folder, the member devices and how far each one is; sync now"))
        self.action.triggered.connect(self.show_dialog)
        menu.addAction(self.action)

    @property
    def dialog(self) -> TeamDialog | None:
        return self._single.dialog

    def show_dialog(self) -> None:
        self._single.show()

    def _new_dialog(self, vault: Vault) -> TeamDialog:
        store = self._workspace.store if self._workspace is not None else None
        assert store is not None  # noqa: S101 - the vault is open: the workspace has its store
        dialog = TeamDialog(vault, store, self._window)
        dialog.team_changed.connect(self.team_changed)
        dialog.synced.connect(self._synced)
        return dialog

    def _synced(self, summary: SyncSummary) -> None:
        if summary.applied and self._workspace is not None:
            self._workspace.refresh()
        self.synced.emit()

    def show_status(self, status: TeamStatus) -> None:
        """A round of the auto-sync ended: an open dialog shows where the team stands now."""
        dialog = self._single.dialog
        if dialog is not None and not dialog.busy:
            dialog.show_status(status)

    def discard(self) -> None:
        """On lock: a round in flight abandoned, the dialog wiped and closed."""
        self._workspace = None
        self._single.discard()
