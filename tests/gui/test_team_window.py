"""The Team dialog and the window's own syncing work as one: the status bar's team line opens the
dialog, a change made in the dialog re-arms the syncing at once, a round the window ran by itself
shows in the open dialog, and Sync Now in the dialog brings the status line up to date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError

from npmdesk.gui.team import auto_sync
from npmdesk.gui.team.dialog import TeamDialog
from npmdesk.team import membership
from tests.support.event_loop import run_pending
from tests.support.package_helpers import communication
from tests.support.team_helpers import settle, sync, team, titles
from tests.support.window_helpers import open_window

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def fast(monkeypatch):
    monkeypatch.setattr(auto_sync, "SAVE_DELAY_MS", 300)
    monkeypatch.setattr(auto_sync, "FILES_DELAY_MS", 50)
    monkeypatch.setattr(auto_sync, "FALLBACK_MS", 3_600_000)


def settled(qtbot, window, sentence: str) -> None:
    try:
        qtbot.waitUntil(lambda: not window.team_sync.busy and window.team_sync.line.sentence == sentence,
                        timeout=WAIT_MS)
    except TimeoutError:
        raise AssertionError(window.team_sync.line.sentence) from None


def test_the_status_line_opens_the_team_dialog_from_the_keyboard(qtbot, tmp_path):
    with team(tmp_path, 2) as sides:
        settle(sides)
        window = open_window(qtbot, sides[0].vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        line = window.team_sync.line
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_Space)
        dialog = window.team.dialog
        assert isinstance(dialog, TeamDialog)
        qtbot.waitExposed(dialog)


def test_a_new_team_folder_chosen_in_the_dialog_is_watched_at_once(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        window.team.show_dialog()
        dialog = window.team.dialog
        assert dialog is not None
        moved = tmp_path / "new-team-folder"
        moved.mkdir()
        dialog.set_folder(moved)  # what the folder chooser does
        membership.set_folder(field.store, moved)  # the colleague moves too
        field.store.add(communication("Written after the move"))
        sync(field)  # files arrive in the new folder: the window's watcher follows it already
        qtbot.waitUntil(lambda: "Written after the move" in titles(office), timeout=WAIT_MS)
        settled(qtbot, window, "Team: up to date with 1 device(s)")


def test_a_round_the_window_ran_by_itself_shows_in_the_open_dialog(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        window.team.show_dialog()
        dialog = window.team.dialog
        assert dialog is not None and dialog.status is not None
        before = {entry.member.name: entry.applied for entry in dialog.status.members}
        field.store.add(communication("Arrived while the dialog was open"))
        written = sync(field).written
        qtbot.waitUntil(lambda: {entry.member.name: entry.applied for entry in dialog.status.members}
                        == {"Field laptop": written.sequence}, timeout=WAIT_MS)
        assert before == {"Field laptop": written.sequence - 1}
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        run_pending(qtbot)


def test_sync_now_in_the_dialog_brings_the_status_line_up_to_date(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        window.team.show_dialog()
        dialog = window.team.dialog
        assert dialog is not None
        checks = []
        window.team_sync.checked.connect(checks.append)
        dialog.sync_button.click()
        qtbot.waitUntil(lambda: not dialog.busy and bool(checks), timeout=WAIT_MS)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
