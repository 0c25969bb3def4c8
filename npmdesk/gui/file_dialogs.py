"""Every file dialog of npmdesk: no recent-files entry and no remembered folder outside the vault.

A file's name or folder is itself confidential (a visit, a country, a person). Two things outside
npmdesk would keep it:

- the platform's native dialog: GTK's (`QT_QPA_PLATFORMTHEME=gtk3`) adds each chosen file to
  `~/.local/share/recently-used.xbel`, the xdg-desktop-portal and KDE dialogs to their recent
  lists, Windows' to the shell's most-recently-used lists in the registry, macOS's to its panel
  preferences. So npmdesk always uses Qt's own dialog (`DontUseNativeDialog` on each dialog here,
  and `AA_DontUseNativeDialogs` for the dialogs Qt opens itself, such as the print dialog's "print
  to file" chooser).
- Qt's own dialog, which on closing writes its history, last folder and sidebar to the user's
  `QtProject` settings (`~/.config/QtProject.conf`, the registry on Windows, a plist on macOS).
  On Linux and other Unix systems those settings are pointed at a path that cannot exist (below
  /dev/null), so Qt reads and writes nothing there. On Windows and macOS that redirection is not
  possible (they are the registry and CFPreferences), so the dialog's settings group is put back
  as it was before the dialog opened, right after it closes: another program's remembered folder
  stays, npmdesk's never remains (it was written and replaced within the same moment).

npmdesk remembers no folder itself: each dialog starts in the home folder (or in the folder of the
automatic backups, which the user chose in their plan). Call sites use these functions only;
tests/gui/test_file_dialogs.py fails if a module of npmdesk/gui calls QFileDialog directly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

QT_SETTINGS_ORGANIZATION = "QtProject"  # where Qt's dialogs keep what they remember
FILE_DIALOG_GROUP = "FileDialog"
NATIVE_SETTINGS_ARE_FILES = sys.platform not in ("win32", "darwin")  # elsewhere: registry, CFPreferences

Answer = TypeVar("Answer")


def nowhere() -> str:
    """A folder that cannot be created, not even by root: it would be inside /dev/null."""
    return f"{os.devnull}/npmdesk-keeps-no-dialog-settings"


def keep_dialog_settings_off_disk() -> None:
    """No native dialogs, and (where settings are files) Qt's own settings pointed nowhere.

    Called when the window starts (gui/app.py) and before each dialog; idempotent. npmdesk's own
    settings use the INI format (gui/settings/preferences.py) and are not affected.
    """
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    if NATIVE_SETTINGS_ARE_FILES:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, nowhere())


def _qt_settings() -> QSettings:
    return QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANIZATION)


@contextmanager
def _put_back_what_qt_remembers() -> Iterator[None]:
    """Restore Qt's FileDialog settings group to what it held before (see the module docstring)."""
    settings = _qt_settings()
    settings.beginGroup(FILE_DIALOG_GROUP)
    before = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    try:
        yield
    finally:
        settings = _qt_settings()
        settings.remove(FILE_DIALOG_GROUP)
        for key, value in before.items():
            settings.setValue(f"{FILE_DIALOG_GROUP}/{key}", value)
        settings.sync()


def _ask(dialog: Callable[[], Answer]) -> Answer:
    keep_dialog_settings_off_disk()
    with _put_back_what_qt_remembers():
        return dialog()


def _options(extra: QFileDialog.Option | None = None) -> QFileDialog.Option:
    options = QFileDialog.Option.DontUseNativeDialog
    return options | extra if extra is not None else options


def save_file_name(parent: QWidget | None, caption: str, suggested: str, filters: str = "", *,
                   confirm_overwrite: bool = True) -> str:
    """The path the user chose to save to, or "" if cancelled."""
    extra = None if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    chosen, _filter = _ask(lambda: QFileDialog.getSaveFileName(
        parent, caption, suggested, filters, options=_options(extra)))
    return str(chosen)


def open_file_name(parent: QWidget | None, caption: str, folder: str, filters: str = "") -> str:
    """The existing file the user chose, or "" if cancelled."""
    chosen, _filter = _ask(lambda: QFileDialog.getOpenFileName(parent, caption, folder, filters, options=_options()))
    return str(chosen)


def open_file_names(parent: QWidget | None, caption: str, folder: str, filters: str = "") -> list[str]:
    """The existing files the user chose (none if cancelled)."""
    chosen, _filter = _ask(lambda: QFileDialog.getOpenFileNames(parent, caption, folder, filters,
                                                                options=_options()))
    return [str(path) for path in chosen]


def existing_folder(parent: QWidget | None, caption: str, folder: str) -> str:
    """The folder the user chose, or "" if cancelled."""
    options = _options(QFileDialog.Option.ShowDirsOnly)
    return str(_ask(lambda: QFileDialog.getExistingDirectory(parent, caption, folder, options)))
