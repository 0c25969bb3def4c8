"""The GUI's one place that opens, holds and locks the vault, and decides which window shows.

first run:   CreateVaultDialog → RecoveryCodeDialog → MainWindow
later runs:  UnlockDialog (this device's keyring first) → MainWindow
recovery:    UnlockDialog (recovery code) → NewPassphraseDialog → RecoveryCodeDialog (the
             used code is replaced by a new one; it stops working once the user ticks "I have
             written down the new code", else at a later confirmed change) → MainWindow
Lock:        MainWindow → vault closed → UnlockDialog (passphrase; the keyring is not
             tried again, or Lock would undo itself). File → Lock, idle, a screen lock or a
             suspend (locking/lock_guard.py); after unlocking, the same list and record.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.locking.countdown import Clock, monotonic
from npmdesk.gui.locking.lock_guard import LockGuard
from npmdesk.gui.locking.system_events import SystemLockListener
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.gui.unlock.new_passphrase import NewPassphraseDialog
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.welcome.create_vault import CreateVaultDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.vault import Vault, is_vault
from npmdesk.vault.recovery import RecoveryChangeUnfinished


class Session(QObject):
    """Emits `finished` when the user quits; the vault is locked by then."""

    finished = Signal()

    def __init__(self, vault_path: Path, device_keyring: Any = None, parent: QObject | None = None, *,
                 preferences: Preferences | None = None, clock: Clock = monotonic,
                 listener: SystemLockListener | None = None) -> None:
        """`preferences`, `clock` (idle and clipboard delays) and `listener` (D-Bus) default to
        the real ones; tests pass their own."""
        super().__init__(parent)
        self.vault_path = Path(vault_path)
        self.device_keyring = device_keyring
        self.vault: Vault | None = None
        self.dialog: QWidget | None = None
        self.main_window: MainWindow | None = None
        self.guard = LockGuard(preferences, clock, listener, self)
        self.guard.lock_requested.connect(lambda _reason: self.lock())

    def start(self) -> None:
        if is_vault(self.vault_path):
            self._ask_to_unlock(try_device=True)
        else:
            dialog = CreateVaultDialog(self.vault_path, self.device_keyring)
            dialog.created.connect(self._created)
            dialog.rejected.connect(self.quit)
            self._show_dialog(dialog)

    # ------------------------------------------------------------------------ transitions

    def _created(self, vault: Vault, code: str, notice: NpmdeskError | None) -> None:
        self.vault = vault
        dialog = RecoveryCodeDialog(code, npm_name=vault.meta("npm_name"), notice=notice)
        dialog.accepted.connect(self._open_main_window)
        self._show_dialog(dialog)

    def _ask_to_unlock(self, *, try_device: bool) -> None:
        dialog = UnlockDialog(self.vault_path, self.device_keyring, try_device=try_device)
        dialog.unlocked.connect(self._unlocked)
        dialog.open_requested.connect(self.open_other_vault)  # a damaged vault: its backup restored
        dialog.rejected.connect(self.quit)
        self._show_dialog(dialog)

    def _unlocked(self, vault: Vault, kind: str) -> None:
        self.vault = vault
        if kind == "recovery":
            dialog = NewPassphraseDialog(vault)
            dialog.accepted.connect(lambda: self._show_new_recovery_code(dialog.new_recovery_code))
            dialog.rejected.connect(self.lock)
            self._show_dialog(dialog)
        elif vault.recovery_code_pending:  # a change of code was interrupted: finish it now
            try:
                code = vault.new_recovery_code(confirm=False)
            except (NpmdeskError, OSError):
                self._open_main_window()  # the previous code still works; asked again next time
                return
            self._show_new_recovery_code(code, RecoveryChangeUnfinished())
        else:
            self._open_main_window()

    def _show_new_recovery_code(self, code: str, notice: NpmdeskError | None = None) -> None:
        if self.vault is None:
            return
        dialog = RecoveryCodeDialog(code, npm_name=self.vault.meta("npm_name"), notice=notice, replacing=True)
        dialog.accepted.connect(lambda: self._recovery_code_shown(dialog.confirmed))
        self._show_dialog(dialog)

    def _recovery_code_shown(self, confirmed: bool = True) -> None:
        """The user confirmed they wrote the new code down: the previous one stops working now.
        Closed without confirming, the previous code keeps working and a new one is offered at
        the next unlock (`recovery_code_pending`)."""
        if confirmed and self.vault is not None and self.vault.is_open:
            with contextlib.suppress(NpmdeskError, OSError):  # if not, it is offered again next time
                self.vault.confirm_recovery_code()
        self._open_main_window()

    def _open_main_window(self) -> None:
        if self.vault is None or not self.vault.is_open:
            return
        window = MainWindow(self.vault)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.destroy_confirmed.connect(self.destroy_vault)
        window.preferences_requested.connect(self.guard.show_preferences)
        window.vault_menu.open_vault_requested.connect(self.open_other_vault)  # a restored vault
        window.language_changed.connect(self.reopen_main_window)
        self.main_window = window
        self.guard.window_opened(window)
        window.show()
        window.activateWindow()
        self._drop_dialog()

    def reopen_main_window(self) -> None:
        """The main window built again (a new language), where the user was; forms keep drafts."""
        if self.main_window is None or self.vault is None or not self.vault.is_open:
            return
        window, self.main_window = self.main_window, None
        self.guard.window_closing(window)
        window.discard()
        window.deleteLater()
        self._open_main_window()

    def lock(self) -> None:
        """Close the vault, drop the main window, and ask for the passphrase again."""
        self._close_vault_and_windows()
        self._ask_to_unlock(try_device=False)

    def open_other_vault(self, folder: Path) -> None:
        """Lock this vault and ask to unlock the one at `folder` (a backup just restored there)."""
        self._close_vault_and_windows()
        self.guard.forget_position()
        self.vault_path = Path(folder)
        self._ask_to_unlock(try_device=False)

    def destroy_vault(self) -> None:
        """Emergency erase of the open vault, then back to the first-run screen."""
        vault, self.vault = self.vault, None
        self._close_vault_and_windows()
        self.guard.forget_position()
        if vault is not None:
            try:
                vault.destroy()
            except NpmdeskError as error:
                QMessageBox.warning(None, self.tr("Emergency erase"), error_text(error))
        self.start()

    def quit(self) -> None:
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Lock the vault and close every window, without signalling (idempotent)."""
        self._close_vault_and_windows()
        self.guard.shutdown()

    # ----------------------------------------------------------------------------- helpers

    def _close_vault_and_windows(self) -> None:
        try:
            if self.main_window is not None:  # first: open forms save their drafts into the vault
                window, self.main_window = self.main_window, None
                self.guard.window_closing(window)
                window.discard()
                window.deleteLater()
        finally:
            if self.vault is not None:
                self.vault.close()
                self.vault = None
            self._drop_dialog()

    def _show_dialog(self, dialog: QWidget) -> None:
        self._drop_dialog()
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _drop_dialog(self) -> None:
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.blockSignals(True)
            dialog.hide()
            dialog.deleteLater()
