"""Start the GUI: `npmdesk` with no subcommand calls `run(path)`; `npmdesk-gui` calls `main()`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

import npmdesk
from npmdesk import litter
from npmdesk.gui.file_dialogs import keep_dialog_settings_off_disk
from npmdesk.gui.headless import display_problem
from npmdesk.gui.i18n import apply_language, start_up_language
from npmdesk.gui.resources import icon
from npmdesk.gui.session import Session
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.gui.theme import apply_theme
from npmdesk.gui.worker import wait_for_background_tasks
from npmdesk.paths import default_vault_path
from npmdesk.process_guard import harden

ORGANIZATION = "npmdesk"
ORGANIZATION_DOMAIN = "npmdesk.org"


def configure(app: QApplication) -> None:
    """Names, icon, language (NPMDESK_LANG, else the one chosen in Preferences, else the system's;
    gui/i18n.py) and the light or dark palette (gui/theme.py). Nothing is written to disk here;
    the only settings file (npmdesk.ini) holds the automatic-backup plan (gui/backup/settings.py)
    and the preferences and window geometry (gui/settings/preferences.py), never record text."""
    app.setApplicationName("npmdesk")
    app.setApplicationDisplayName("npmdesk")
    app.setApplicationVersion(npmdesk.__version__)
    app.setOrganizationName(ORGANIZATION)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setDesktopFileName("org.npmdesk.npmdesk")  # packaging/linux/org.npmdesk.npmdesk.desktop
    keep_dialog_settings_off_disk()  # no native file dialogs, no QtProject.conf (gui/file_dialogs.py)
    preferences = Preferences()
    apply_theme(app, preferences.theme() or None)  # "" follows the system's colours
    apply_language(app, start_up_language(preferences.language()))
    app.setWindowIcon(icon("npmdesk"))


def run(vault_path: Path, device_keyring: Any = None) -> int:
    """Show the GUI for the vault at `vault_path` until the user quits; the exit status.

    `device_keyring` replaces the OS keyring (tests pass a double); None means the system's.
    Raises NoDisplay or DisplayPluginMissing (gui/headless.py), before Qt starts, where the
    window cannot appear (the CLI prints it on one line, exit status 2).
    """
    if QApplication.instance() is None and (problem := display_problem()) is not None:
        raise problem
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else QApplication(sys.argv[:1])
    configure(app)
    # The session decides when to quit: between two windows (dialog → main window) none shows.
    app.setQuitOnLastWindowClosed(False)
    session = Session(Path(vault_path), device_keyring)
    session.finished.connect(app.quit)
    session.start()
    try:
        status = app.exec()
    finally:
        wait_for_background_tasks()
        session.shutdown()
    return status


def main(argv: list[str] | None = None) -> int:
    harden()  # first: no core dump, no ptrace, before any secret is read (process_guard.py)
    litter.clean_up()  # temporary files a killed npmdesk left behind (npmdesk/litter.py)
    parser = argparse.ArgumentParser(prog="npmdesk-gui", description="Open the npmdesk window.")
    parser.add_argument("--vault", type=Path, default=None, help="the vault folder (default: in your user-data folder)")
    parser.add_argument("--version", action="version", version=f"npmdesk {npmdesk.__version__}")
    args, qt_args = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    if QApplication.instance() is None and "-platform" not in qt_args and (problem := display_problem()):
        print(f"npmdesk: {problem}", file=sys.stderr)
        return 2
    _app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    return run(args.vault or default_vault_path())
