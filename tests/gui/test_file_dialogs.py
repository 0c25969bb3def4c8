"""No file dialog of npmdesk leaves a recent-files entry or a remembered folder outside the vault.

Each of npmdesk's file dialogs is opened for real (Qt's own dialog; a timer types a name into it
and accepts), with the home folder in the test's folder; afterwards no `QtProject.conf`, no
`recently-used.xbel` and no file naming the chosen folder exists in the configuration and data
folders. A native dialog (GTK's, the portal's, Windows' or macOS's) would not be the visible Qt
widget the timer finds, and would record the file in the system's recent list.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from npmdesk.gui import file_dialogs
from npmdesk.gui.attachments import questions as attachment_questions
from npmdesk.gui.backup.automatic_dialog import AutomaticBackupsDialog
from npmdesk.gui.backup.backup_now import BackupNow
from npmdesk.gui.exchange import export_texts, import_texts
from npmdesk.gui.reports import questions as report_questions
from tests.support.backup_helpers import settings_in
from tests.support.bundle_helpers import xvfb  # a private X server, shared with the bundle's tests

GUI = Path(file_dialogs.__file__).resolve().parent
SECRET_FOLDER = "Visita-Centro-Detencion-Norte"  # a folder name that tells where the NPM went


def answer_with(chosen: str, seen: list[bool]) -> None:
    """When a file dialog shows, type `chosen` (a name in its folder, or a folder) and accept;
    `seen` gets, for each dialog shown, whether it was told never to be the native one."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            dialog.setDirectory(chosen)
        else:
            dialog.findChild(QLineEdit, "fileNameEdit").setText(chosen)
        dialog.accept()

    QTimer.singleShot(20, answer)


def traces(*folders: Path) -> list[str]:
    """Files in `folders` that are a recent list, Qt's dialog settings, or that name the folder."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            if path.name in ("QtProject.conf", "recently-used.xbel") or SECRET_FOLDER.encode() in path.read_bytes():
                found.append(str(path))
    return found


@pytest.fixture
def home(monkeypatch, tmp_path) -> Path:
    home = tmp_path / "home"
    (home / SECRET_FOLDER).mkdir(parents=True)
    (home / SECRET_FOLDER / "minutes.txt").write_text("minutes")
    (home / SECRET_FOLDER / "package.age").write_text("age")
    monkeypatch.setenv("HOME", str(home))
    return home


def backup_now_target(parent: QWidget, tmp_path: Path) -> Path | None:
    return BackupNow(parent, None, settings_in(tmp_path), lambda: dt.datetime.now(dt.UTC)).choose_target()


def automatic_backup_folder(parent: QWidget, tmp_path: Path) -> str:
    dialog = AutomaticBackupsDialog(settings_in(tmp_path), tmp_path / "vault", None, parent)
    dialog._choose_folder()
    return dialog.folder_edit.text()


DIALOGS: dict[str, tuple[Callable[[QWidget, Path], object], str]] = {
    "save the package": (lambda p, _t: export_texts.choose_target(p, dt.date(2026, 1, 2)), "package.age"),
    "import a package": (lambda p, _t: import_texts.choose_package(p), "package.age"),
    "add attachments": (lambda p, _t: attachment_questions.choose_files(p, "Visit"), "minutes.txt"),
    "save a decrypted copy": (lambda p, _t: attachment_questions.choose_target(p, "minutes.txt"), "copy.txt"),
    "save a report": (lambda p, _t: report_questions.choose_target(p, "log.pdf"), "log.pdf"),
    "back up now": (backup_now_target, "backup.npmbackup"),
    "automatic backups folder": (automatic_backup_folder, ""),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_file_dialog_leaves_no_recent_entry_and_no_remembered_folder(qtbot, home, tmp_path, name) -> None:
    ask, file_name = DIALOGS[name]
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = home / SECRET_FOLDER / file_name if file_name else home / SECRET_FOLDER
    seen: list[bool] = []
    answer_with(str(chosen), seen)
    answer = ask(parent, tmp_path)
    assert seen == [True], "the answer came from a dialog the user never saw, or one that may be native"
    assert SECRET_FOLDER in str(answer)  # the dialog did answer
    config, data = Path(os.environ["XDG_CONFIG_HOME"]), Path(os.environ["XDG_DATA_HOME"])
    assert traces(config, data, home) == []
    assert not re.search(SECRET_FOLDER, " ".join(map(str, QSettings(
        QSettings.Scope.UserScope, file_dialogs.QT_SETTINGS_ORGANIZATION).allKeys())))


def test_what_another_program_remembered_in_qt_settings_is_put_back_as_it_was(qtbot, home, tmp_path,
                                                                               monkeypatch) -> None:
    """Where Qt's settings cannot be pointed elsewhere (the registry, CFPreferences), npmdesk puts
    the dialog's group back as it was; simulated here with the settings in a folder of the test."""
    monkeypatch.setattr(file_dialogs, "NATIVE_SETTINGS_ARE_FILES", False)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "registry"))
    try:
        before = QSettings(QSettings.Scope.UserScope, file_dialogs.QT_SETTINGS_ORGANIZATION)
        before.setValue("FileDialog/lastVisited", "file:///home/someone/Photos")
        before.setValue("Qt/customColors", "kept too")
        before.sync()
        parent = QWidget()
        qtbot.addWidget(parent)
        answer_with(str(home / SECRET_FOLDER / "log.pdf"), [])
        assert report_questions.choose_target(parent, "log.pdf") == home / SECRET_FOLDER / "log.pdf"
        after = QSettings(QSettings.Scope.UserScope, file_dialogs.QT_SETTINGS_ORGANIZATION)
        assert {key: after.value(key) for key in after.allKeys()} == {
            "FileDialog/lastVisited": "file:///home/someone/Photos", "Qt/customColors": "kept too"}
        assert SECRET_FOLDER not in (tmp_path / "registry" / "QtProject.conf").read_text()
    finally:
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, file_dialogs.nowhere())


# Under a real X server with GTK's platform theme: saves a report through npmdesk's dialog. Qt's own
# dialog is answered by typing into it; GTK's native one (what npmdesk used before) by typing into it
# with xdotool, as a user would, and then GTK writes recently-used.xbel.
GTK_CHILD = """
import os, subprocess, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from npmdesk.gui.reports import questions
app = QApplication([])
def answer():
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QFileDialog):
        QTimer.singleShot(50, answer)
        return
    edit = dialog.findChild(QLineEdit, "fileNameEdit")
    if edit is None:
        print("native dialog", flush=True)
        typing = "sleep 1; xdotool key ctrl+a type --delay 30 log.pdf; sleep 0.3; xdotool key Return"
        subprocess.Popen(["sh", "-c", typing])
        return
    print("Qt's dialog", flush=True)
    edit.setText(sys.argv[1])
    dialog.accept()
QTimer.singleShot(50, answer)
QTimer.singleShot(20000, lambda: os._exit(4))
print("chose", questions.choose_target(None, sys.argv[1]), flush=True)
"""


def test_with_gtks_platform_theme_the_dialog_is_qts_own_and_gtk_records_nothing(tmp_path) -> None:
    home = tmp_path / "home"
    (home / SECRET_FOLDER).mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "QT_QPA_PLATFORM": "xcb", "QT_QPA_PLATFORMTHEME": "gtk3"}
    with xvfb() as display:
        run = subprocess.run([sys.executable, "-c", GTK_CHILD, str(home / SECRET_FOLDER / "log.pdf")],
                             env={**env, "DISPLAY": display}, cwd=home / SECRET_FOLDER, capture_output=True,
                             text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert f"chose {home / SECRET_FOLDER / 'log.pdf'}" in run.stdout
    assert "Qt's dialog" in run.stdout
    assert traces(home) == []


def test_no_module_of_the_window_opens_a_file_dialog_but_through_file_dialogs() -> None:
    direct = [str(path.relative_to(GUI)) for path in GUI.rglob("*.py")
              if path.name != "file_dialogs.py" and "QFileDialog" in path.read_text(encoding="utf-8")]
    assert direct == []
