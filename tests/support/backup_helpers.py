"""Opening the main window for backup tests: a settable clock and a settings file of the test's own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings

from npmdesk.gui.backup.settings import BackupSettings
from npmdesk.gui.main_window import MainWindow
from npmdesk.vault import Vault
from tests.support.window_helpers import TODAY, activate

WAIT_MS = 10_000


class Clock:
    """Stands still until a test moves it."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def settings_in(folder: Path) -> BackupSettings:
    return BackupSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))


def open_backup_window(qtbot, vault: Vault, settings: BackupSettings, clock: Clock) -> MainWindow:
    """The window; its first automatic check (2 s after unlock) is left to the tests that want it."""
    window = MainWindow(vault, today=lambda: TODAY, clock=clock, backup_settings=settings)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window
