"""Edit → Team… through the real window: the team folder, member devices and Sync Now, between
real vaults on one shared folder (tests/support/team_helpers.py)."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

from npmdesk.gui.team import auto_sync
from npmdesk.gui.team.dialog import TeamDialog
from npmdesk.gui.team.members_table import STATE
from npmdesk.team import layout, membership
from tests.support.form_helpers import unnamed_controls
from tests.support.locking_helpers import (  # noqa: F401
    ManualClock,
    is_locked,
    start_locking_session_fixture,
    unlock,
)
from tests.support.modal_helpers import answer_modal
from tests.support.package_helpers import communication
from tests.support.team_helpers import own_device_contact, settle, sync, team
from tests.support.window_helpers import WAIT_MS, open_window


@pytest.fixture(autouse=True)
def no_auto_sync(monkeypatch):
    """The window's own syncing (tests/gui/test_team_auto_sync.py) stays still: each round here is the
    user's Sync Now, so that the states between rounds can be seen."""
    monkeypatch.setattr(auto_sync.TeamSync, "sync_now", lambda self: None)


def open_team(qtbot, window) -> TeamDialog:
    assert window.team.action in window.edit_menu.actions()
    assert window.team.action.text() == "&Team…"
    window.team.action.trigger()
    dialog = window.team.dialog
    assert isinstance(dialog, TeamDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.isModal()
    return dialog


def answer_folder_chooser(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(path))


def states(dialog: TeamDialog) -> list[str]:
    return [dialog.table.item(row, STATE).text() for row in range(dialog.table.rowCount())]


def test_choosing_a_folder_makes_it_the_team_folder(qtbot, monkeypatch, tmp_path) -> None:
    with team(tmp_path, 1, joined=False) as (office,):
        window = open_window(qtbot, office.vault)
        dialog = open_team(qtbot, window)
        assert dialog.folder_value.text() == "No team folder chosen yet."
        assert not dialog.sync_button.isEnabled()  # nothing to sync with yet
        answer_folder_chooser(monkeypatch, tmp_path / "team")
        with qtbot.waitSignal(dialog.team_changed, timeout=WAIT_MS):
            dialog.folder_button.click()
        assert membership.folder_of(office.store) == tmp_path / "team"
        assert str(tmp_path / "team") in dialog.folder_value.text()
        assert dialog.sync_button.isEnabled()
        assert unnamed_controls(dialog) == []


def test_a_missing_or_unwritable_folder_is_said_and_changes_nothing(qtbot, monkeypatch, tmp_path) -> None:
    with team(tmp_path, 1, joined=False) as (office,):
        membership.set_folder(office.store, tmp_path / "team")
        window = open_window(qtbot, office.vault)
        dialog = open_team(qtbot, window)
        changed: list[object] = []
        dialog.team_changed.connect(lambda: changed.append(True))
        answer_folder_chooser(monkeypatch, tmp_path / "unplugged-stick")
        dialog.folder_button.click()
        assert dialog.folder_error.isVisible()
        assert "is not there (is the disk or the share connected?)" in dialog.folder_error.text()
        assert "Nothing was changed." in dialog.folder_error.text()
        assert membership.folder_of(office.store) == tmp_path / "team"
        readonly = tmp_path / "readonly"
        readonly.mkdir()
        answer_folder_chooser(monkeypatch, readonly)
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda path, mode, **kw: False if str(path) == str(readonly)
                            else real_access(path, mode, **kw))  # the tests run as root, who may write anywhere
        dialog.folder_button.click()
        assert "cannot write in" in dialog.folder_error.text()
        assert membership.folder_of(office.store) == tmp_path / "team"
        assert changed == []


def test_add_device_offers_verified_own_devices_that_are_not_members(qtbot, tmp_path) -> None:
    with team(tmp_path, 3, joined=False) as (office, field, visit):
        membership.set_folder(office.store, tmp_path / "team")
        window = open_window(qtbot, office.vault)
        dialog = open_team(qtbot, window)
        dialog.add_button.click()  # no own device yet: how to get one, in words
        assert dialog.add_dialog is None
        assert "Verify keys…" in dialog.members_note.text()
        assert "One of our NPM's own devices" in dialog.members_note.text()
        laptop = own_device_contact(office, field, "Field laptop")
        office.contact_for(visit, name="Visit team laptop")  # verified, but not marked as an own device
        spare = own_device_contact(office, office, "Spare laptop")  # this vault's own keys: never offered
        dialog.add_button.click()
        chooser = dialog.add_dialog
        assert chooser is not None
        qtbot.waitExposed(chooser)
        offered = [chooser.device_list.item(row).text() for row in range(chooser.device_list.count())]
        assert len(offered) == 1 and offered[0].startswith("Field laptop (fingerprint ")
        with qtbot.waitSignal(dialog.team_changed, timeout=WAIT_MS):
            chooser.buttons.button(chooser.buttons.StandardButton.Ok).click()
        assert [m.contact_id for m in membership.members(office.store)] == [laptop.id]
        assert spare.id not in [m.contact_id for m in membership.members(office.store)]
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 0).text() == "Field laptop"
        assert states(dialog) == ["waiting for its first snapshot"]
        office.store.update(replace(office.store.get(laptop.id), title="Field\u202e laptop"))  # text from outside
        dialog.refresh()
        assert "\u202e" not in dialog.table.item(0, 0).text() and "laptop" in dialog.table.item(0, 0).text()
        dialog.add_button.click()  # the member is not offered again
        assert dialog.add_dialog is None and "No device can join yet" in dialog.members_note.text()


def test_remove_asks_first_and_says_what_the_device_keeps(qtbot, tmp_path) -> None:
    with team(tmp_path, 2) as (office, _field):
        window = open_window(qtbot, office.vault)
        dialog = open_team(qtbot, window)
        assert not dialog.remove_button.isEnabled()  # nothing chosen yet
        dialog.table.selectRow(0)
        assert dialog.remove_button.isEnabled()
        seen: list[str] = []
        answer_modal("teamRemoveBox", lambda box: None, seen)  # Cancel: it stays
        dialog.remove_button.click()
        assert len(membership.members(office.store)) == 1
        answer_modal("teamRemoveBox", lambda box: box.findChild(QAbstractButton, "teamRemoveConfirm"), seen)
        with qtbot.waitSignal(dialog.team_changed, timeout=WAIT_MS):
            dialog.remove_button.click()
        assert membership.members(office.store) == []
        assert dialog.table.rowCount() == 0
        assert seen[0] == seen[1]
        assert "Remove Field laptop from the team?" in seen[0]
        assert "What it already received stays with it" in seen[0]


def test_sync_now_runs_a_round_and_shows_each_device_state(qtbot, tmp_path) -> None:
    with team(tmp_path, 2) as (office, field):
        settle([office, field])  # the snapshots made and applied: in step
        field.store.add(communication("Notes from the field"))
        sync(field)  # changeset 1 of the field laptop in the folder
        window = open_window(qtbot, office.vault)
        dialog = open_team(qtbot, window)
        assert states(dialog) == ["waiting for changeset 1"]  # there, not applied yet
        synced: list[object] = []
        dialog.synced.connect(synced.append)
        dialog.sync_button.click()
        assert not dialog.sync_button.isEnabled()  # one round at a time
        qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
        assert "Applied 1 changeset(s) from the other devices." in dialog.sync_result.text()
        assert "Notes from the field" in {row.title for row in office.store.list()}
        assert states(dialog) == ["up to date"]
        assert len(synced) == 1 and dialog.sync_button.isEnabled()
        last_seen = dialog.table.item(0, 4).text()
        assert last_seen == "just now" or last_seen.endswith("ago")
        # A gap: changeset 3 is there but 2 is missing; the state says what it waits for.
        letter = field.store.add(communication("Second note"))
        sync(field)
        field.store.update(replace(field.store.get(letter.id), body="Edited"))
        sync(field)
        (tmp_path / "team" / field.identity.fingerprint / layout.changeset_name(2)).unlink()
        dialog.sync_button.click()
        qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
        assert "1 device(s) wait for a changeset that is not in the folder yet." in dialog.sync_result.text()
        assert states(dialog) == ["waiting for changeset 2"]
        dialog.sync_button.click()  # nothing new now
        qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)


def test_locking_closes_the_dialog(qtbot, tmp_path) -> None:
    with team(tmp_path, 2) as (office, _field):
        window = open_window(qtbot, office.vault)
        dialog = open_team(qtbot, window)
        window.team.show_dialog()  # a second Team… brings the same dialog forward
        assert window.team.dialog is dialog
        window.discard()  # what locking does
        assert window.team.dialog is None
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)


def test_preferences_show_the_team_in_one_line_and_open_the_dialog(qtbot, start_locking_session, tmp_path) -> None:
    session = start_locking_session(ManualClock())
    window = unlock(qtbot, session)
    window.preferences_action.trigger()
    settings = session.guard.settings_dialog
    qtbot.waitExposed(settings)
    summary = settings.findChild(QLabel, "teamSummary")
    assert summary.text() == "No team folder chosen yet; 0 member device(s)."
    settings.team.button.click()
    dialog = window.team.dialog
    assert isinstance(dialog, TeamDialog)
    qtbot.waitExposed(dialog)
    (tmp_path / "NPM-team").mkdir()
    dialog.set_folder(tmp_path / "NPM-team")  # what the folder chooser does
    assert summary.text() == "Folder NPM-team; 0 member device(s)."
    assert summary.toolTip() == str(tmp_path / "NPM-team")
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)
    assert not dialog.isVisible()
