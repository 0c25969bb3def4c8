"""Lock on idle through the real window, with a clock the test moves (no real waiting), and
coming back to the same list and record after unlocking."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from npmdesk.gui.backup import backup_now
from npmdesk.gui.locking.idle import BUSY_RETRY_SECONDS, DEFAULT_IDLE_MINUTES
from npmdesk.gui.workspace import DASHBOARD_PAGE, DETAIL_PAGE
from tests.support.locking_helpers import (  # noqa: F401
    WAIT_MS,
    ManualClock,
    is_locked,
    preferences_in,
    start_locking_session_fixture,
    unlock,
)
from tests.support.window_helpers import press

FIVE_MINUTES = DEFAULT_IDLE_MINUTES * 60


def test_the_vault_locks_after_five_idle_minutes_and_not_before(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    idle = session.guard.idle
    assert idle.armed and idle.seconds == FIVE_MINUTES
    assert idle.countdown.timer.isActive() and idle.countdown.timer.interval() == FIVE_MINUTES * 1000

    clock.advance(FIVE_MINUTES - 1)
    assert not idle.check()
    assert session.main_window is window and session.vault is not None and session.vault.is_open
    assert idle.countdown.timer.isActive() and idle.countdown.timer.interval() == 1000  # looks again in a second

    clock.advance(1)
    assert idle.check()
    assert is_locked(session) and window.workspace is None and not idle.armed
    assert not idle.countdown.timer.isActive()


def test_input_to_any_npmdesk_window_restarts_the_count(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    idle = session.guard.idle

    clock.advance(200)
    press(window, Qt.Key.Key_Down)  # a key in the main window
    clock.advance(FIVE_MINUTES - 1)
    assert not idle.check() and session.main_window is window

    QTest.mouseMove(window.workspace.list_view.viewport(), QPoint(20, 20))  # the mouse moving over it
    clock.advance(FIVE_MINUTES - 1)
    assert not idle.check() and session.main_window is window

    window.preferences_action.trigger()  # another npmdesk window: Preferences
    dialog = session.guard.settings_dialog
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog.idle_spin, Qt.Key.Key_Up)
    clock.advance(FIVE_MINUTES - 1)
    assert not idle.check() and session.main_window is window

    clock.advance(1)
    assert idle.check() and is_locked(session)
    assert session.guard.settings_dialog is None  # the dialog closed with the window


def test_input_after_the_delay_ran_out_unnoticed_locks_instead_of_restarting(qtbot, start_locking_session) -> None:
    """A computer that slept with no D-Bus to say so: its timers did not fire, but the clock moved."""
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    workspace = window.workspace
    window.entry_actions[1].trigger()  # Contacts
    workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
    assert workspace.list_view.hasFocus() and workspace.list_model.rowCount() == 2
    moved: list[int] = []
    workspace.list_view.selectionModel().currentRowChanged.connect(lambda current, _old: moved.append(current.row()))
    clock.advance(FIVE_MINUTES + 3600)
    press(window, Qt.Key.Key_Down)  # the first key after waking up
    assert moved == []  # it never reached the list
    qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)


def test_the_idle_delay_from_the_preferences_is_honoured(qtbot, start_locking_session, tmp_path) -> None:
    clock = ManualClock()
    preferences = preferences_in(tmp_path)
    preferences.set_idle_minutes(2)
    session = start_locking_session(clock, preferences)
    unlock(qtbot, session)
    clock.advance(119)
    assert not session.guard.idle.check() and not is_locked(session)
    clock.advance(1)
    assert session.guard.idle.check() and is_locked(session)

    window = unlock(qtbot, session)  # changed while unlocked: it applies at once
    window.preferences_action.trigger()
    dialog = session.guard.settings_dialog
    dialog.idle_spin.setValue(10)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert preferences.idle_minutes() == 10
    clock.advance(9 * 60)
    assert not session.guard.idle.check() and not is_locked(session)
    clock.advance(60)
    assert session.guard.idle.check() and is_locked(session)


def test_a_running_backup_postpones_the_idle_lock_until_it_ends(qtbot, start_locking_session, tmp_path,
                                                                 monkeypatch) -> None:
    gate = threading.Event()
    real_write = backup_now.write_backup

    def slow_write(vault, target, progress):
        assert gate.wait(WAIT_MS / 1000)
        return real_write(vault, target, progress)

    monkeypatch.setattr(backup_now, "write_backup", slow_write)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "kept.npmbackup"), ""))
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    idle = session.guard.idle
    window.backups.back_up_action.trigger()
    assert window.backups.now.job is not None

    clock.advance(FIVE_MINUTES + 60)
    assert not idle.check() and session.main_window is window  # waits for the backup
    assert idle.countdown.timer.interval() == BUSY_RETRY_SECONDS * 1000

    gate.set()
    qtbot.waitUntil(lambda: window.backups.now.job is None, timeout=WAIT_MS)
    assert (tmp_path / "kept.npmbackup").is_file()  # finished, not cancelled
    assert idle.check() and is_locked(session)  # nobody came back meanwhile: locked at once


def test_a_modal_dialog_is_closed_first_then_the_vault_locks(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    seen: list[bool] = []

    def idle_while_the_box_is_open() -> None:
        seen.append(QApplication.activeModalWidget() is not None)
        clock.advance(FIVE_MINUTES)
        session.guard.idle.check()

    QTimer.singleShot(200, idle_while_the_box_is_open)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().close())
    safety.start(WAIT_MS)
    window.show_about()  # Help → About: a modal message box with its own event loop
    safety.stop()
    assert seen == [True]
    qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)


def test_unlocking_comes_back_to_the_same_list_and_record(qtbot, start_locking_session, tmp_path) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    workspace = window.workspace
    window.entry_actions[1].trigger()  # Contacts
    contact_row = workspace.list_model.row_of(session.ids["contact"])
    workspace.list_view.setCurrentIndex(workspace.list_model.index(contact_row, 0))
    assert workspace.detail.record.id == session.ids["contact"]

    clock.advance(FIVE_MINUTES)
    assert session.guard.idle.check() and is_locked(session)
    window = unlock(qtbot, session)
    workspace = window.workspace
    assert workspace.navigator.current_entry().key == "contacts"
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    assert workspace.detail.record.id == session.ids["contact"]
    assert workspace.list_view.currentIndex().row() == contact_row
    assert workspace.list_view.selectionModel().isRowSelected(contact_row)

    # A record shown from a search is brought back too, in its list's place.
    workspace.search_box.setText("QXLOCKTITLE")
    qtbot.waitUntil(lambda: workspace.searching and workspace.search_model.rowCount() == 1, timeout=WAIT_MS)
    workspace.focus_results()
    assert workspace.detail.record.id == session.ids["record"]
    window.lock_action.trigger()
    assert is_locked(session)
    window = unlock(qtbot, session)
    workspace = window.workspace
    assert not workspace.searching and workspace.search_box.text() == ""  # the search words are not kept
    assert workspace.navigator.current_entry().key == "contacts"
    assert workspace.detail.record.id == session.ids["record"]

    # Nothing selected: the list comes back with the dashboard.
    workspace.show_dashboard()
    window.lock_action.trigger()
    window = unlock(qtbot, session)
    assert window.workspace.navigator.current_entry().key == "contacts"
    assert window.workspace.right_stack.currentIndex() == DASHBOARD_PAGE
    ini = (tmp_path / "npmdesk.ini").read_text(encoding="utf-8")
    assert session.ids["record"] not in ini and session.ids["contact"] not in ini  # memory only
