"""What the session does around the main window to keep the vault locked when nobody is there.

While the main window is open: the idle watcher counts time without input (idle.py), the
system listener waits for a screen lock or a suspend (system_events.py), and record text on
the clipboard is cleared after its delay (gui/clipboard.py). Any of the first two emits
`lock_requested`; the session then locks as it does for File → Lock.

When the window closes (lock or quit): its geometry and splitter go to the preferences file,
the list and record shown are remembered in memory (position.py), the clipboard is cleared if
it still holds record text, and the Preferences dialog closes. When a window opens again they
come back.

A lock requested while a modal dialog is open (a file dialog, a message) first closes that
dialog and locks on the next turn of the event loop, once the dialog's own loop has returned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from npmdesk.gui import clipboard
from npmdesk.gui.locking import position
from npmdesk.gui.locking.countdown import Clock, monotonic
from npmdesk.gui.locking.idle import IdleWatcher
from npmdesk.gui.locking.system_events import SystemLockListener
from npmdesk.gui.settings.preferences import Preferences

if TYPE_CHECKING:
    from npmdesk.gui.main_window import MainWindow
    from npmdesk.gui.settings.dialog import SettingsDialog

MAX_MODAL_ROUNDS = 20  # dialogs closed before a lock; beyond, lock regardless


def backup_running(window: MainWindow) -> bool:
    """Whether a backup (File → Back up now… or automatic) is being written, or a backup restored
    or the vault checked (Vault menu): the idle lock waits for it."""
    backups = getattr(window, "backups", None)
    vault_menu = getattr(window, "vault_menu", None)  # a restore or an integrity check under way
    if vault_menu is not None and vault_menu.busy:
        return True
    return backups is not None and (backups.now.job is not None or backups.auto.job is not None)


class LockGuard(QObject):
    """`lock_requested(reason)`: "idle", or one of system_events' reasons."""

    lock_requested = Signal(str)

    def __init__(self, preferences: Preferences | None = None, clock: Clock = monotonic,
                 listener: SystemLockListener | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences if preferences is not None else Preferences()
        self.idle = IdleWatcher(self.preferences.idle_minutes() * 60, clock, self)
        self.idle.idle.connect(lambda: self._lock_soon("idle"))
        self.clipboard = clipboard.install(clipboard.ClipboardGuard(clock, self.preferences.clipboard_seconds(), self))
        self.listener = listener if listener is not None else SystemLockListener(parent=self)
        self.listener.setParent(self)
        self.listener.lock_requested.connect(self._lock_soon)
        self.listener.start()
        self.position = position.Position()
        self.window: MainWindow | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._modal_rounds = 0

    # ---------------------------------------------------------------------- the window

    def window_opened(self, window: MainWindow) -> None:
        """Put the window where it was, go back to where the user was, start counting."""
        self.window = window
        p = self.preferences
        geometry, state, splitter = p.window_geometry(), p.window_state(), p.splitter_state()
        if geometry is not None:
            window.restoreGeometry(geometry)
        if state is not None:
            window.restoreState(state)
        if window.workspace is not None:
            if splitter is not None:
                window.workspace.splitter.restoreState(splitter)
            position.restore(window.workspace, self.position)
        self.position = position.Position()
        self.idle.arm(lambda: backup_running(window))

    def window_closing(self, window: MainWindow) -> None:
        """Before the window is discarded (lock, quit): remember, save, clear, close."""
        self.idle.disarm()
        self.window = None
        self._close_settings()
        splitter = None
        if window.workspace is not None:
            self.position = position.capture(window.workspace)
            splitter = window.workspace.splitter.saveState()
        self.preferences.save_window(window.saveGeometry(), window.saveState(), splitter)
        self.clipboard.clear()

    def forget_position(self) -> None:
        """After an emergency erase: nothing to come back to."""
        self.position = position.Position()

    def shutdown(self) -> None:
        """Quitting: the clipboard too (the window, if any, was closed through window_closing)."""
        self.idle.disarm()
        self.clipboard.clear()

    # --------------------------------------------------------------------- preferences

    def show_preferences(self) -> None:
        window = self.window
        if window is None:
            return
        if self.settings_dialog is None:
            from npmdesk.gui.settings.dialog import SettingsDialog

            store = window.workspace.store if window.workspace is not None else None
            dialog = SettingsDialog(self.preferences, store, window)
            dialog.saved.connect(self.apply_preferences)
            dialog.team.team_requested.connect(window.team.show_dialog)
            window.team.team_changed.connect(dialog.team.reload)
            dialog.finished.connect(self._settings_closed)
            self.settings_dialog = dialog
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        self.settings_dialog.activateWindow()

    def apply_preferences(self) -> None:
        """The delays from the preferences, at once."""
        self.idle.set_seconds(self.preferences.idle_minutes() * 60)
        self.clipboard.set_seconds(self.preferences.clipboard_seconds())

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            dialog, self.settings_dialog = self.settings_dialog, None
            dialog.deleteLater()

    def _close_settings(self) -> None:
        if self.settings_dialog is not None:
            dialog, self.settings_dialog = self.settings_dialog, None
            dialog.blockSignals(True)
            dialog.discard()
            dialog.deleteLater()

    # ---------------------------------------------------------------------------- lock

    def _lock_soon(self, reason: str) -> None:
        if self.window is None:  # already locked, or not yet unlocked
            self._modal_rounds = 0
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and self._modal_rounds < MAX_MODAL_ROUNDS:
            self._modal_rounds += 1
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()
            QTimer.singleShot(0, self, lambda: self._lock_soon(reason))
            return
        self._modal_rounds = 0
        self.lock_requested.emit(reason)
