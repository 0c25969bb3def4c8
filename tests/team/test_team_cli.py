"""`npmdesk team folder|add|remove|status` and `npmdesk sync`, through the real command."""

from __future__ import annotations

import json
from pathlib import Path

from npmdesk.vault import Credential
from npmdesk.vault.backup import restore_backup, write_backup
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import communication
from tests.support.team_helpers import own_device_contact, settle, sync, team

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


def run(vault: Path, *args: str | Path, ok: bool = True):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert (result.status == 0) == ok, result.err
    return result


def two_vaults(tmp_path: Path) -> tuple[Path, Path]:
    """An office and a field laptop, each with a verified own-device contact for the other, a
    contact that is only verified, and one letter in the office; not members yet."""
    with team(tmp_path, 2, joined=False) as (office, field):
        own_device_contact(office, field, "Field laptop")
        own_device_contact(field, office, "Office desktop")
        office.contact_for(field, name="Colleague verified only")
        office.store.add(communication("Letter from the office"))
    return tmp_path / "vault0", tmp_path / "vault1"


def test_a_team_is_set_up_synced_and_a_member_removed_from_the_command_line(tmp_path):
    office, field = two_vaults(tmp_path)
    folder = tmp_path / "team"
    assert "The team folder is now" in run(office, "team", "folder", folder).out
    run(field, "team", "folder", folder)
    added = run(office, "team", "add", "Field laptop").out
    assert "is now a team member" in added and "snapshot" in added
    run(field, "team", "add", "Office desktop")
    first = run(office, "sync").out
    assert "Wrote a snapshot for “Field laptop”" in first
    synced = run(field, "sync").out
    assert "Applied snapshot 0 of “Office desktop”" in synced
    assert "Letter from the office" in run(field, "list").out
    status = run(office, "team", "status").out
    assert f"team folder: {folder}" in status and "“Field laptop”" in status
    removed = run(office, "team", "remove", "Field laptop").out
    assert "no longer a team member" in removed and "What it already received stays on it" in removed
    assert "No member devices yet" in run(office, "team", "status").out


def test_only_a_verified_own_device_can_join_and_nothing_changes_otherwise(tmp_path):
    office, _field = two_vaults(tmp_path)
    run(office, "team", "folder", tmp_path / "team")
    refused = run(office, "team", "add", "Colleague verified only", ok=False)
    assert refused.errors == ["npmdesk: “Colleague verified only” is not a verified contact marked as one of your "
                              "NPM's own devices ('npmdesk contact verify', then 'npmdesk contact own-device'), so "
                              "it cannot join the team. Nothing was changed."]
    assert "No member devices yet" in run(office, "team", "status").out


def test_sync_without_a_team_folder_says_what_to_do(tmp_path):
    office, _field = two_vaults(tmp_path)
    result = run(office, "sync", ok=False)
    assert result.errors == ["npmdesk: This vault has no team folder yet: choose one with "
                             "'npmdesk team folder DIR'."]
    missing = run(office, "team", "folder", tmp_path / "nowhere", ok=False)
    assert len(missing.errors) == 1 and "is not there" in missing.errors[0]


def test_team_status_as_json_says_how_far_each_member_is(tmp_path):
    office, field = two_vaults(tmp_path)
    folder = tmp_path / "team"
    empty = json.loads(run(office, "team", "status", "--json").out)
    assert empty["folder"] is None and empty["members"] == [] and empty["sequence"] == 0
    run(office, "team", "folder", folder)
    run(field, "team", "folder", folder)
    run(office, "team", "add", "Field laptop")
    run(field, "team", "add", "Office desktop")
    run(office, "sync")
    run(field, "sync")
    office_status = json.loads(run(office, "team", "status", "--json").out)
    assert office_status["folder"] == str(folder) and office_status["folder_present"] is True
    (member,) = office_status["members"]
    assert member["name"] == "Field laptop" and member["usable"] is True
    assert member["fingerprint"] and member["set_aside"] is None and member["snapshot_wanted"] is False
    field_status = json.loads(run(field, "team", "status", "--json").out)
    (office_member,) = field_status["members"]
    assert office_member["name"] == "Office desktop" and office_member["started"] is True
    assert office_member["fingerprint"] == office_status["fingerprint"]


def test_sync_says_plainly_that_a_vault_was_restored_from_an_older_backup(tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        write_backup(office.vault, tmp_path / "office.npmbackup")
        office.store.add(communication("Removed from the folder once applied"))
        settle([office, field])
        office.store.add(communication("Still in the folder"))
        sync(office)
    back = tmp_path / "office-restored"
    restore_backup(tmp_path / "office.npmbackup", back, Credential.passphrase(PASSPHRASE),
                   device_keyring=MemoryKeyring())
    said = run(back, "sync").out.splitlines()
    assert said[:5] == [
        "This vault was restored from an older backup: it remembered its changesets up to 0, but the team folder "
        "shows it had written up to 2.",
        "  Applied again from the team folder: its changeset 2.",
        "  1 changeset no longer in the team folder (every member had applied them): their changes come back "
        "with the snapshots the other devices make for this vault.",
        "  It continues with changeset 3, so no member skips its new changes.",
        "“Field laptop”: waiting for the new snapshot it makes for this device (this vault was restored from a "
        "backup).",
    ]
    assert "waiting for the new snapshot it makes for this device" in run(back, "team", "status").out
    run(tmp_path / "vault1", "sync")
    again = run(back, "sync").out
    assert "restored" not in again and "Applied snapshot" in again
    assert "Removed from the folder once applied" in run(back, "list").out
