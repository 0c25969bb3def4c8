"""Automatic backups: the settings dialog (keyboard, checks, what it stores), backups when due to a
folder that is there, silence when it is not, pruning that keeps N, and failures on the dashboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QFileDialog, QLineEdit, QWidget

from npmdesk.gui.backup import automatic
from npmdesk.gui.backup.settings import BackupPlan
from npmdesk.vault.backup_schedule import automatic_backups, backup_name, last_backup_at
from tests.support.backup_helpers import WAIT_MS, Clock, open_backup_window, settings_in

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(autouse=True)
def _no_check_at_unlock(monkeypatch):
    """Each test checks when it wants to (the one about the check at unlock sets its own delay)."""
    monkeypatch.setattr(automatic, "FIRST_CHECK_MS", 3_600_000)


@pytest.fixture
def settings(tmp_path):
    return settings_in(tmp_path)


@pytest.fixture
def window(qtbot, new_vault, settings, clock):
    return open_backup_window(qtbot, new_vault[0], settings, clock)


def wait_for_auto(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.backups.auto.job is None, timeout=WAIT_MS)


def test_the_dialog_is_filled_with_the_keyboard_and_stores_only_the_plan(qtbot, window, settings, tmp_path,
                                                                          monkeypatch, new_vault):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(usb))
    assert window.backups.automatic_action.text() == "&Automatic backups…"
    window.backups.automatic_action.trigger()
    dialog = window.backups.automatic_dialog
    assert dialog.isVisible()
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(dialog)
                and not w.objectName().startswith("qt_")]
    assert [w.objectName() for w in controls if not w.accessibleName()] == []
    assert "No backup" in dialog.last_label.text() and dialog.keep_spin.value() == 5
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(usb)
    dialog.interval_combo.setFocus()
    qtbot.keyClick(dialog.interval_combo, Qt.Key.Key_Down)  # Off → Every day
    dialog.keep_spin.setFocus()
    dialog.keep_spin.selectAll()
    qtbot.keyClicks(dialog.keep_spin, "3")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert settings.load() == BackupPlan(usb, "daily", 3)
    text = (tmp_path / "settings.ini").read_text()
    assert str(usb) in text and "daily" in text and "Mecanismo" not in text and "Ana" not in text
    qtbot.waitUntil(lambda: automatic_backups(usb) != [], timeout=WAIT_MS)  # saving starts the first one
    wait_for_auto(qtbot, window)
    assert last_backup_at(new_vault[0]) is not None


@pytest.mark.parametrize(("folder", "interval", "message"), [
    ("", "daily", "Choose a folder"),
    ("relative/path", "weekly", "full path"),
    ("{vault}/backups", "daily", "inside the vault"),
])
def test_the_dialog_refuses_plans_that_cannot_work(qtbot, window, settings, new_vault, folder, interval, message):
    window.backups.show_automatic_dialog()
    dialog = window.backups.automatic_dialog
    dialog.folder_edit.setText(folder.format(vault=new_vault[0].folder))
    dialog.interval_combo.setCurrentIndex(dialog.interval_combo.findData(interval))
    dialog.accept()
    assert dialog.isVisible() and message in dialog.error_label.text()
    assert dialog.folder_edit.accessibleDescription() == dialog.error_label.text()
    assert settings.load() == BackupPlan()


def test_backups_when_due_keeping_the_newest_n(qtbot, window, settings, clock, tmp_path, new_vault):
    vault = new_vault[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "holiday.jpg").write_bytes(b"not ours")
    settings.save(BackupPlan(usb, "daily", 2))
    made = []
    for _ in range(3):
        assert window.backups.auto.check()
        wait_for_auto(qtbot, window)
        made.append(usb / backup_name(clock.now))
        assert last_backup_at(vault) == clock.now
        assert not window.backups.auto.check()  # not due again the same day
        clock.advance(days=1)
    assert automatic_backups(usb, vault.vault_id) == made[:0:-1]  # the newest two; the oldest was pruned
    assert (usb / "holiday.jpg").read_bytes() == b"not ours"
    assert not window.workspace.dashboard.backup_reminder.isVisible()


def test_a_missing_folder_is_silent_and_the_reminder_speaks_after_a_week(qtbot, window, settings, clock, tmp_path,
                                                                          new_vault):
    settings.save(BackupPlan(tmp_path / "stick-not-plugged-in", "weekly", 5))
    reminder = window.workspace.dashboard.backup_reminder
    assert window.backups.auto.check()
    wait_for_auto(qtbot, window)
    assert last_backup_at(new_vault[0]) is None and not (tmp_path / "stick-not-plugged-in").exists()
    assert "never" in reminder.label.text()  # only the reminder, no failure


def test_a_failed_automatic_backup_shows_on_the_dashboard_and_is_tried_again(qtbot, window, settings, clock,
                                                                             tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.save(BackupPlan(usb, "daily", 5))

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(automatic, "write_backup", full)
    window.backups.auto.check()
    reminder = window.workspace.dashboard.backup_reminder
    qtbot.waitUntil(lambda: "failed" in reminder.label.text(), timeout=WAIT_MS)
    assert "The disk is full" in reminder.label.text() and reminder.isVisible()
    monkeypatch.undo()
    assert window.backups.auto.check()
    qtbot.waitUntil(lambda: not reminder.isVisible(), timeout=WAIT_MS)
    assert len(automatic_backups(usb)) == 1


def test_checks_run_at_unlock_and_every_ten_minutes_and_stop_on_lock(qtbot, window, settings, clock, tmp_path):
    auto = window.backups.auto
    assert auto.timer.isActive() and auto.timer.interval() == 10 * 60 * 1000
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.save(BackupPlan(usb, "daily", 5))
    with qtbot.waitSignal(auto.checked, timeout=WAIT_MS):
        auto.timer.timeout.emit()
    wait_for_auto(qtbot, window)
    window.discard()
    assert not auto.timer.isActive()
    clock.advance(days=2)
    assert not auto.check()
    assert len(automatic_backups(usb)) == 1


def test_the_first_check_comes_soon_after_unlock(qtbot, new_vault, settings, clock, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    settings.save(BackupPlan(usb, "weekly", 5))
    monkeypatch.setattr(automatic, "FIRST_CHECK_MS", 10)
    clock.now = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    open_backup_window(qtbot, new_vault[0], settings, clock)
    qtbot.waitUntil(lambda: last_backup_at(new_vault[0]) == clock.now, timeout=WAIT_MS)
    assert automatic_backups(usb) == [usb / backup_name(clock.now)]
