"""The window syncs the team by itself (gui/team/auto_sync.py) and says where the team stands in the
status bar (gui/team/status_line.py): two or three real vaults on one team folder, the delays cut
short so that the tests run fast."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.records.list_model import SUMMARY_ROLE
from npmdesk.gui.team import auto_sync
from npmdesk.gui.team.dialog import TeamDialog
from npmdesk.gui.worker import wait_for_background_tasks
from npmdesk.team import layout, membership
from npmdesk.team.errors import TeamFolderMissing
from tests.support.event_loop import run_pending
from tests.support.form_helpers import choose, open_form, save, type_into
from tests.support.package_helpers import communication
from tests.support.team_helpers import settle, sync, team, titles
from tests.support.window_helpers import activate, open_window, press

WAIT_MS = 20_000


@pytest.fixture(autouse=True)
def fast(monkeypatch):
    """Checks follow saves and file events within a few tens of milliseconds; no fallback check."""
    monkeypatch.setattr(auto_sync, "SAVE_DELAY_MS", 300)
    monkeypatch.setattr(auto_sync, "FILES_DELAY_MS", 50)
    monkeypatch.setattr(auto_sync, "FALLBACK_MS", 3_600_000)


def listed_titles(window: MainWindow) -> set[str]:
    model = window.workspace.list_model
    return {model.index(row, 0).data(SUMMARY_ROLE).title for row in range(model.rowCount())}


def settled(qtbot, window: MainWindow, sentence: str) -> None:
    """Wait until no check runs or waits, and the status line says `sentence`."""
    qtbot.waitUntil(lambda: not window.team_sync.busy and window.team_sync.line.sentence == sentence,
                    timeout=WAIT_MS)


def write_in_window(qtbot, window: MainWindow, title: str):
    activate(qtbot, window)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    type_into(qtbot, form, "title", title)
    choose(form, "direction", "sent")
    choose(form, "channel", "email")
    return form


def test_a_record_saved_in_one_window_reaches_the_other_window_by_itself(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        office_window = open_window(qtbot, office.vault)
        field_window = open_window(qtbot, field.vault)
        for window in (office_window, field_window):  # at unlock: snapshots written, found, applied
            settled(qtbot, window, "Team: up to date with 1 device(s)")
        assert office_window.team_sync.line.isVisible()
        save(qtbot, write_in_window(qtbot, office_window, "Letter about the visit to Bergen"))
        # Saved → a changeset in the office's subfolder → the field window's watcher → a round there.
        qtbot.waitUntil(lambda: "Letter about the visit to Bergen" in listed_titles(field_window), timeout=WAIT_MS)
        assert titles(field) == {"Letter about the visit to Bergen"}
        settled(qtbot, field_window, "Team: up to date with 1 device(s)")


def test_two_quick_saves_make_one_round_and_one_changeset(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        own = tmp_path / "team" / office.identity.fingerprint
        before = layout.read_device_folder(own).newest
        rounds = []
        window.team_sync.checked.connect(lambda checked: rounds.append(checked) if checked.summary else None)
        first = write_in_window(qtbot, window, "First letter")
        second = write_in_window(qtbot, window, "Second letter")
        save(qtbot, first)
        save(qtbot, second)
        qtbot.waitUntil(lambda: bool(rounds) and not window.team_sync.busy, timeout=WAIT_MS)
        run_pending(qtbot)
        assert len(rounds) == 1 and rounds[0].summary.written.records == 2
        assert layout.read_device_folder(own).newest == before + 1
        sync(field)
        assert titles(field) == {"First letter", "Second letter"}


def test_the_status_line_counts_the_devices_the_team_is_up_to_date_with(qtbot, tmp_path):
    with team(tmp_path, 3) as sides:
        settle(sides)
        window = open_window(qtbot, sides[0].vault)
        settled(qtbot, window, "Team: up to date with 2 device(s)")
        line = window.team_sync.line
        assert line.accessibleName() == line.sentence and "Field laptop" in line.toolTip()
        requested = []
        line.open_team_requested.connect(lambda: requested.append(True))
        line.setFocus()
        qtbot.keyClick(line, Qt.Key.Key_Space)  # the keyboard path to the Team dialog
        assert requested == [True]


def test_the_status_line_says_which_changeset_it_waits_for(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        field.store.add(communication("First"))
        first = sync(field).written
        field.store.add(communication("Second"))
        sync(field)
        aside = tmp_path / "aside.age"
        first.path.rename(aside)  # the sync engine has not brought it yet
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, f"Team: waiting for changeset {first.sequence} from Field laptop")
        assert titles(office) == set()
        aside.rename(first.path)  # it arrives: the watcher sees it, a round applies both
        qtbot.waitUntil(lambda: {"First", "Second"} <= listed_titles(window), timeout=WAIT_MS)
        settled(qtbot, window, "Team: up to date with 1 device(s)")


def test_a_refused_file_is_one_sentence_in_the_status_line(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        field.store.add(communication("Genuine"))
        written = sync(field).written
        damaged = bytearray(written.path.read_bytes())
        damaged[len(damaged) // 2] ^= 0x01
        written.path.write_bytes(bytes(damaged))
        window = open_window(qtbot, office.vault)
        line = window.team_sync.line
        qtbot.waitUntil(lambda: not window.team_sync.busy and "set aside" in line.sentence, timeout=WAIT_MS)
        assert line.sentence.startswith("Team: a file from Field laptop was set aside (")
        assert written.path.name in line.sentence and titles(office) == set()


def test_the_status_line_says_when_the_folder_is_missing_or_a_device_is_left_out(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        member = membership.members(office.store)[0]
        contact = office.store.get(member.contact_id)
        office.store.update(replace(contact, fields={**contact.fields, "own_device": False}))
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: 1 device(s) can no longer be reached by changesets (keys)")
        window.team_sync.line.clear()
        (tmp_path / "team").rename(tmp_path / "elsewhere")  # a share not connected
        window.team_sync.team_changed()
        qtbot.waitUntil(lambda: not window.team_sync.busy
                        and window.team_sync.line.sentence.startswith("Team: the team folder is missing ("),
                        timeout=WAIT_MS)


def test_no_check_runs_without_a_team(qtbot, tmp_path):
    with team(tmp_path, 2, joined=False) as (office, _field):
        membership.set_folder(office.store, tmp_path / "team")  # a folder, but no member
        window = open_window(qtbot, office.vault)
        run_pending(qtbot)
        started = []
        window.team_sync.checked.connect(started.append)
        save(qtbot, write_in_window(qtbot, window, "Kept to this laptop"))
        run_pending(qtbot)
        assert not window.team_sync.active and not window.team_sync.busy and window.team_sync.job is None
        assert not window.team_sync.line.isVisible() and window.team_sync.watcher.directories() == []
        assert started == [] and list((tmp_path / "team").iterdir()) == []


def test_locking_stops_the_watcher_and_the_checks(qtbot, tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        team_sync = window.team_sync
        assert str(tmp_path / "team" / field.identity.fingerprint) in team_sync.watcher.directories()
        window.discard()  # what locking does
        assert team_sync.watcher.directories() == [] and not team_sync.busy and not team_sync.active
        assert team_sync.line.sentence == ""
        field.store.add(communication("Written while this vault was locked"))
        sync(field)  # a file arrives: nobody is watching
        team_sync.records_changed()
        run_pending(qtbot)
        assert not team_sync.busy and team_sync.job is None


def test_locking_during_a_round_cancels_it_whole(qtbot, tmp_path, monkeypatch):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        field.store.add(communication("Arrives after the lock"))
        sync(field)
        entered, release = threading.Event(), threading.Event()
        real_round = auto_sync.sync_round

        def held_round(store, identity):  # the round starts, then the user locks
            entered.set()
            release.wait(WAIT_MS / 1000)
            return real_round(store, identity)

        monkeypatch.setattr(auto_sync, "sync_round", held_round)
        window = open_window(qtbot, office.vault)
        qtbot.waitUntil(lambda: window.team_sync.line.sentence == "Team: syncing…", timeout=WAIT_MS)
        assert entered.wait(WAIT_MS / 1000)
        failures = []
        window.team_sync.failed.connect(failures.append)
        window.discard()  # what locking does: the check is abandoned
        release.set()
        assert wait_for_background_tasks(WAIT_MS)
        run_pending(qtbot)
        assert titles(office) == set() and failures == []  # nothing half-applied, nobody told
        assert [a.sequence for a in sync(office).applied] != [] and titles(office) == {"Arrives after the lock"}


def test_a_device_name_is_neutralised_isolated_and_never_an_access_key(qtbot, tmp_path, language):
    language("ar")  # right to left: every value in a sentence is isolated
    with team(tmp_path, 2) as (office, _field):
        member = membership.members(office.store)[0]
        contact = office.store.get(member.contact_id)
        office.store.update(replace(contact, title="Laptop \u202efdp.exe & co"))
        window = open_window(qtbot, office.vault)  # the laptop has not synced yet
        line = window.team_sync.line
        qtbot.waitUntil(lambda: not window.team_sync.busy and "fdp.exe" in line.sentence, timeout=WAIT_MS)
        assert "\u202e" not in line.sentence and "\u2068" in line.sentence and "\u2069" in line.sentence
        assert "& co" in line.sentence and "&& co" in line.text()
        window.discard()  # what locking does: no check left to run once the vault closes


def test_records_the_window_reads_again_go_out_by_themselves(qtbot, tmp_path):
    """An import, demo data or anything else that refreshes the window's lists (here F5) is followed by a check."""
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        window = open_window(qtbot, office.vault)
        settled(qtbot, window, "Team: up to date with 1 device(s)")
        rounds = []
        window.team_sync.checked.connect(lambda checked: rounds.append(checked) if checked.summary else None)
        office.store.add(communication("Imported from a package"))  # written by another part of npmdesk
        press(window, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: bool(rounds) and not window.team_sync.busy, timeout=WAIT_MS)
        assert rounds[0].summary.written.records == 1
        sync(field)
        assert titles(field) == {"Imported from a package"}


def test_a_round_that_fails_is_one_sentence_in_the_status_line_never_a_box(qtbot, tmp_path, monkeypatch):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        field.store.add(communication("Letter"))
        sync(field)

        def share_gone(store, identity):  # the share went away between the check and the round
            raise TeamFolderMissing(tmp_path / "team")

        monkeypatch.setattr(auto_sync, "sync_round", share_gone)
        window = open_window(qtbot, office.vault)
        line = window.team_sync.line
        qtbot.waitUntil(lambda: not window.team_sync.busy and "failed" in line.sentence, timeout=WAIT_MS)
        assert line.sentence.startswith("Team: the last sync failed (The team folder ")
        assert QApplication.activeModalWidget() is None and line.styleSheet() != ""  # in the error colour


# ------------------------------------------------- the Team dialog and the syncing, wired as one

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
