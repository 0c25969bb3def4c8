"""File → Back up now…: a file dialog, the backup off the GUI thread with progress and Cancel,
one clear outcome, and the reminder on the dashboard."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QProgressBar, QWidget

from npmdesk.gui.backup import backup_now
from npmdesk.gui.backup.job import BackupJob
from npmdesk.vault import backup_schedule
from npmdesk.vault.backup import inspect_backup, write_backup
from npmdesk.vault.backup_schedule import last_backup_at, record_backup
from tests.support.backup_helpers import WAIT_MS, Clock, open_backup_window, settings_in


def unnamed(root: QWidget) -> list[str]:
    return [w.objectName() for w in root.findChildren(QWidget) if isinstance(w, QAbstractButton | QProgressBar)
            and w.isVisibleTo(root) and not w.objectName().startswith("qt_") and not w.accessibleName()]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot, new_vault, tmp_path, clock):
    return open_backup_window(qtbot, new_vault[0], settings_in(tmp_path), clock)


@pytest.fixture
def chosen(monkeypatch, tmp_path):
    """The file dialog answers with `chosen["path"]` and records what it was offered."""
    answer = {"path": str(tmp_path / "usb" / "mine"), "offered": None}
    (tmp_path / "usb").mkdir()

    def ask(parent, caption, start, filters, **kwargs):
        answer["offered"] = (start, filters, kwargs.get("options"))
        return answer["path"], filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return answer


def test_back_up_now_writes_a_verified_backup_and_says_where(qtbot, window, new_vault, chosen, clock, tmp_path):
    vault = new_vault[0]
    reminder = window.workspace.dashboard.backup_reminder
    assert reminder.isVisible() and "never" in reminder.label.text()
    file_menu = window.file_menu.actions()
    assert file_menu.index(window.backups.back_up_action) < file_menu.index(window.lock_action)
    assert window.backups.back_up_action.text() == "&Back up now…"

    window.backups.back_up_action.trigger()
    dialog = window.backups.now.dialog
    assert dialog is not None and dialog.isVisible() and dialog.running
    assert unnamed(dialog) == []
    start, filters, options = chosen["offered"]
    assert start.endswith("npmdesk-backup-2026-11-20.npmbackup") and "*.npmbackup" in filters
    assert options & QFileDialog.Option.DontConfirmOverwrite
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)

    target = tmp_path / "usb" / "mine.npmbackup"  # the suffix is added when none was typed
    assert target.is_file() and inspect_backup(target).vault_id == vault.vault_id
    assert str(target) in dialog.status_label.text() and "checked" in dialog.status_label.text()
    assert dialog.status_label.accessibleName() == dialog.status_label.text()
    assert dialog.button.text() == "Close" and dialog.bar.value() == dialog.bar.maximum()
    assert last_backup_at(vault) == clock.now
    assert not reminder.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.backups.now.dialog is None, timeout=WAIT_MS)


def test_an_existing_file_is_never_overwritten_and_the_error_is_one_line(qtbot, window, new_vault, chosen, tmp_path):
    existing = tmp_path / "usb" / "old.npmbackup"
    existing.write_bytes(b"precious")
    chosen["path"] = str(existing)
    window.backups.now.start()
    dialog = window.backups.now.dialog
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert "already exists" in dialog.status_label.text() and "\n" not in dialog.status_label.text()
    assert existing.read_bytes() == b"precious"
    assert sorted(p.name for p in existing.parent.iterdir()) == ["old.npmbackup"]
    assert last_backup_at(new_vault[0]) is None
    chosen["path"] = str(tmp_path / "usb" / "new.npmbackup")  # try again, the first outcome still open
    window.backups.now.start()
    assert not dialog.isVisible() and window.backups.now.dialog is not dialog
    qtbot.waitUntil(lambda: window.backups.now.job is None, timeout=WAIT_MS)
    assert (tmp_path / "usb" / "new.npmbackup").is_file() and last_backup_at(new_vault[0]) is not None


def test_a_cancelled_file_dialog_does_nothing(window, chosen) -> None:
    chosen["path"] = ""
    window.backups.now.start()
    assert window.backups.now.dialog is None and window.backups.now.job is None


@pytest.fixture
def held(monkeypatch):
    """write_backup waits on the worker thread until the test lets it go."""
    gate = threading.Event()
    threads: list[threading.Thread] = []

    def slow(vault, target, progress=None):
        threads.append(threading.current_thread())
        assert gate.wait(WAIT_MS / 1000)
        return write_backup(vault, target, progress)

    monkeypatch.setattr(backup_now, "write_backup", slow)
    return gate, threads


def test_escape_cancels_and_leaves_nothing_while_the_window_stays_usable(qtbot, window, new_vault, tmp_path, held):
    gate, threads = held
    target = tmp_path / "usb" / "b.npmbackup"
    target.parent.mkdir()
    window.backups.now.run(target)
    dialog = window.backups.now.dialog
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)
    assert threads[0] is not threading.main_thread()
    window.workspace.choose_entry(1)  # the GUI thread is free meanwhile
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.button.isEnabled()  # still there until the backup stops
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert "cancelled" in dialog.status_label.text()
    assert list(target.parent.iterdir()) == []
    assert last_backup_at(new_vault[0]) is None


def test_lock_cancels_a_backup_in_flight(qtbot, window, tmp_path, held):
    gate, threads = held
    target = tmp_path / "usb" / "b.npmbackup"
    target.parent.mkdir()
    window.backups.now.run(target)
    job = window.backups.now.job
    qtbot.waitUntil(lambda: bool(threads), timeout=WAIT_MS)
    window.discard()
    assert job.cancelling
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_MS)
    assert list(target.parent.iterdir()) == []


def test_a_cancel_after_the_check_is_too_late_and_the_backup_counts(qtbot) -> None:
    job = BackupJob(lambda progress: (progress(5, 10), job.cancel(), progress(10, 10), "made")[-1])
    with qtbot.waitSignal(job.succeeded, timeout=WAIT_MS) as made:
        job.start()
    assert made.args == ["made"]


def test_the_reminder_speaks_after_seven_days_and_its_button_backs_up(qtbot, new_vault, tmp_path, clock, chosen):
    vault = new_vault[0]
    record_backup(vault, clock.now - dt.timedelta(days=6))
    window = open_backup_window(qtbot, vault, settings_in(tmp_path), clock)
    reminder = window.workspace.dashboard.backup_reminder
    assert not reminder.isVisible()
    clock.advance(days=2)
    window.backups.auto.check()  # the ten-minute check refreshes the line too
    assert reminder.isVisible() and "8 day(s) ago" in reminder.label.text()
    assert reminder.button.accessibleName() and reminder.label.accessibleName() == reminder.label.text()
    reminder.button.setFocus()
    qtbot.keyClick(reminder.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.backups.now.job is None and not reminder.isVisible(), timeout=WAIT_MS)
    assert backup_schedule.last_backup_at(vault) == clock.now
    window.discard()
    assert reminder.label.text() == ""
