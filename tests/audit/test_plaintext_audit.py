"""Plaintext audit: a whole working session through the GUI and the CLI, then every file the
session could have touched is searched for every marker, in UTF-8 and UTF-16.

HOME, TMPDIR, SQLITE_TMPDIR, the working folder and the XDG folders point into `sandbox/`, and
Qt's settings too (QSettings.setPath), for this process and for the CLI's. Markers go into record
text, contact and user names, attachment contents and file names, and search queries. The only
plaintext copies are the files the test attaches: they live in `sources/`, outside the sandbox.
No decrypted export is made, so nothing under the sandbox or in /dev/shm may hold a marker;
neither may the settings file, Qt's and Python's logs, or the CLI's stderr.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from npmdesk.gui.session import Session
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.records import Record, attachments
from npmdesk.vault.backup_schedule import automatic_backups
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.plaintext import files_containing
from tests.support.window_helpers import activate, press

WAIT_MS = 15_000
MARKERS = {
    "gui_user": "QXAUDUSER-Ортис-1177",
    "gui_title": "QXAUDTITLE-Заключённый-2281",
    "gui_body": "QXAUDBODY-المحتجز-3391",
    "gui_contact": "QXAUDCONTACT-Zhōu-监狱-4402",
    "gui_file": "QXAUDFILE-annexe-5513",
    "gui_content": "QXAUDCONTENT-détenu-6624",
    "gui_query": "QXAUDQUERYGUI7735",
    "cli_subject": "QXAUDSUBJECT-Гражданин-8846",
    "cli_body": "QXAUDCLIBODY-السجين-9957",
    "cli_contact": "QXAUDCLICONTACT-Ñandú-1068",
    "cli_file": "QXAUDCLIFILE-informe-2179",
    "cli_content": "QXAUDCLICONTENT-preso-3280",
    "cli_query": "QXAUDQUERYCLI4391",
}
SHM = Path("/dev/shm")
XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """The folders of the sandboxed session, by name; QSettings writes there until the test ends."""
    root = tmp_path / "sandbox"
    dirs = {name: root / name for name in ("home", "tmp", "config", "data", "cache", "state", "runtime", "usb")}
    for folder in dirs.values():
        folder.mkdir(parents=True, mode=0o700)
    outer_config = os.environ["XDG_CONFIG_HOME"]
    env = {"HOME": "home", "TMPDIR": "tmp", "SQLITE_TMPDIR": "tmp", "XDG_CONFIG_HOME": "config",
           "XDG_DATA_HOME": "data", "XDG_CACHE_HOME": "cache", "XDG_STATE_HOME": "state", "XDG_RUNTIME_DIR": "runtime"}
    outer = [Path(os.environ[var]) for var in XDG]
    for var, name in env.items():
        monkeypatch.setenv(var, str(dirs[name]))
    monkeypatch.setattr(tempfile, "tempdir", None)  # Python re-reads TMPDIR
    monkeypatch.chdir(dirs["home"])
    formats = (QSettings.Format.IniFormat, QSettings.Format.NativeFormat)
    for settings_format in formats:
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(dirs["config"]))
    yield root, dirs, outer
    for settings_format in formats:
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, outer_config)


@pytest.fixture
def sources(tmp_path) -> Path:
    """The plaintext originals the user attaches: outside the sandbox, never scanned."""
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / f"{MARKERS['gui_file']}.txt").write_text(f"{MARKERS['gui_content']} " * 3000, encoding="utf-8")
    (folder / f"{MARKERS['cli_file']}.txt").write_text(f"{MARKERS['cli_content']} " * 3000, encoding="utf-8")
    (folder / "body.txt").write_text(f"Informe. {MARKERS['cli_body']}\n", encoding="utf-8")
    return folder


def gui_session(qtbot, dirs: dict[str, Path], sources: Path, monkeypatch) -> Path:
    """Create a vault, work in it, back it up (by hand and automatically), lock, unlock; the manual backup."""
    session = Session(dirs["data"] / "npmdesk" / "vault", MemoryKeyring())
    session.start()
    try:
        create = session.dialog
        for edit, text in ((create.npm_name_edit, "Mecanismo Nacional"), (create.passphrase.edit, PASSPHRASE),
                           (create.passphrase.confirm, PASSPHRASE)):
            qtbot.keyClicks(edit, text)
        create.user_name_edit.insert(MARKERS["gui_user"])  # as an input method would (QTest types ASCII only)
        qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
        qtbot.keyClick(session.dialog.written_check, Qt.Key.Key_Space)
        qtbot.mouseClick(session.dialog.continue_button, Qt.MouseButton.LeftButton)
        window = session.main_window
        activate(qtbot, window)
        workspace = window.workspace

        store = workspace.store
        contact = store.add(Record(kind="contact", title=MARKERS["gui_contact"], status="active",
                                   fields={"role": "member"}))
        record = store.add(Record(kind="communication", title=MARKERS["gui_title"], body=MARKERS["gui_body"] * 20,
                                  counterpart=contact.id, fields={"direction": "received", "channel": "email"}))
        record = store.update(Record(**{**record.__dict__, "body": record.body + " (revised)"}))
        source = sources / f"{MARKERS['gui_file']}.txt"
        attachments.add(store, record.id, source.name, io.BytesIO(source.read_bytes()))
        press(window, Qt.Key.Key_F5)

        press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(workspace.search_box, MARKERS["gui_title"].split("-")[0])
        qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: workspace.search_model.rowCount() > 0, timeout=WAIT_MS)
        workspace.focus_results()
        assert workspace.detail.record is not None and workspace.detail.record.id == record.id
        workspace.detail.show_history()
        assert workspace.detail.history_dialog.isVisible()
        workspace.focus_search()
        qtbot.keyClicks(workspace.search_box, MARKERS["gui_query"])
        qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
        assert files_containing(dirs.values(), MARKERS.values()) == []  # while open too: database, WAL, -shm

        auto = dirs["usb"] / "auto"
        auto.mkdir()
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(auto))
        window.backups.automatic_action.trigger()
        settings_dialog = window.backups.automatic_dialog
        qtbot.mouseClick(settings_dialog.choose_button, Qt.MouseButton.LeftButton)
        settings_dialog.interval_combo.setCurrentIndex(settings_dialog.interval_combo.findData("daily"))
        settings_dialog.accept()
        qtbot.waitUntil(lambda: automatic_backups(auto) != [] and window.backups.auto.job is None, timeout=WAIT_MS)

        manual = dirs["usb"] / "manual.npmbackup"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(manual), ""))
        window.backups.back_up_action.trigger()
        progress = window.backups.now.dialog
        qtbot.waitUntil(lambda: not progress.running, timeout=WAIT_MS)
        assert manual.is_file(), progress.status_label.text()

        window.lock_action.trigger()
        unlock = session.dialog
        assert isinstance(unlock, UnlockDialog)
        qtbot.waitUntil(lambda: not unlock.busy, timeout=WAIT_MS)
        qtbot.keyClicks(unlock.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
        assert session.main_window.workspace.store.search(MARKERS["gui_content"].split("-")[0])
        session.quit()
        return manual
    finally:
        session.shutdown()


def cli_session(dirs: dict[str, Path], sources: Path, gui_backup: Path) -> list[str]:
    """Add, list, show, search, back up, restore and check with the CLI; the stderr of every run."""
    stderr: list[str] = []

    def run(*args: str | Path) -> str:
        result = npmdesk(*args, env={"NPMDESK_PASSPHRASE": PASSPHRASE})
        assert result.status == 0, (args[0], result.err)
        stderr.append(result.err)
        return result.out

    vault, restored, restored_gui = dirs["data"] / "cli-vault", dirs["data"] / "restored", dirs["data"] / "from-gui"
    run("init", "--vault", vault, "--user-name", "Ana")
    record_id = run("add", "communication", "--vault", vault, "--subject", MARKERS["cli_subject"],
                    "--body-file", sources / "body.txt", "--new-counterpart", MARKERS["cli_contact"],
                    "--attach", sources / f"{MARKERS['cli_file']}.txt").strip()
    assert MARKERS["cli_subject"] in run("list", "--vault", vault)
    run("list", "--vault", vault, "--json")
    assert MARKERS["cli_file"] in run("show", record_id, "--vault", vault)
    assert MARKERS["cli_body"] in run("show", record_id, "--vault", vault, "--json")
    assert record_id in run("search", MARKERS["cli_content"].split("-")[0], "--vault", vault, "--json")
    assert run("search", MARKERS["cli_query"], "--vault", vault, "--json").strip() == "[]"
    run("backup", "--vault", vault, "-o", dirs["usb"] / "cli.npmbackup")
    run("restore", dirs["usb"] / "cli.npmbackup", "--vault", restored)
    run("check", "--vault", restored)
    run("restore", gui_backup, "--vault", restored_gui)  # the GUI's backup restores and holds the GUI's work
    run("check", "--vault", restored_gui)
    assert MARKERS["gui_title"] in run("search", MARKERS["gui_title"].split("-")[0], "--vault", restored_gui)
    return stderr


def test_a_whole_session_leaves_no_plaintext_anywhere(qtbot, qtlog, caplog, sandbox, sources, monkeypatch):
    root, dirs, outer = sandbox
    gui_backup = gui_session(qtbot, dirs, sources, monkeypatch)
    stderr = cli_session(dirs, sources, gui_backup)

    assert len(files_containing([sources], MARKERS.values())) >= 3  # the scanner finds what is there
    scanned = [root, *outer] + ([SHM] if SHM.is_dir() else [])
    assert files_containing(scanned, MARKERS.values()) == []

    settings_file = dirs["config"] / "npmdesk" / "npmdesk.ini"
    assert settings_file.is_file() and "daily" in settings_file.read_text(encoding="utf-8")
    logs = [p for p in root.rglob("*") if p.is_file() and ".log" in p.name.lower()]
    assert files_containing([dirs["config"], *{p.parent for p in logs}], MARKERS.values()) == []
    messages = [r.message for r in qtlog.records] + [r.getMessage() for r in caplog.records] + stderr
    assert [m for m in messages for marker in MARKERS.values() if marker in m] == []
    assert list(dirs["tmp"].iterdir()) == []  # no temporary file was left behind either
