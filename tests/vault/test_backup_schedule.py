"""Automatic backups' rules: when one is due, its name, and pruning that touches nothing else."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.backup import write_backup
from npmdesk.vault.backup_schedule import (
    INTERVALS,
    automatic_backups,
    backup_name,
    default_name,
    due,
    last_backup_at,
    prune,
    record_backup,
    reminder_needed,
)
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

NOW = dt.datetime(2026, 11, 29, 9, 0, 15, tzinfo=dt.UTC)
DAY, WEEK = INTERVALS["daily"], INTERVALS["weekly"]


def test_the_last_backup_time_lives_in_the_vault(new_vault, vault_path, keyring_double) -> None:
    vault, _code = new_vault
    assert last_backup_at(vault) is None
    record_backup(vault, NOW)
    record_backup(vault, NOW + dt.timedelta(hours=2))  # replaces, never adds
    assert last_backup_at(vault) == NOW + dt.timedelta(hours=2)
    vault.close()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring_double) as again:
        assert last_backup_at(again) == NOW + dt.timedelta(hours=2)
        assert again.db.execute("SELECT count(*) FROM vault_meta WHERE key = 'last_backup_at'").fetchone()[0] == 1
        record_backup(again, NOW.astimezone(dt.timezone(dt.timedelta(hours=-5))))
        assert last_backup_at(again) == NOW and last_backup_at(again).tzinfo == dt.UTC
        with pytest.raises(ValueError):
            record_backup(again, dt.datetime(2026, 1, 1))  # naive times are refused


def test_a_damaged_or_naive_stored_time_counts_as_never(new_vault) -> None:
    vault, _code = new_vault
    for text in ("yesterday", "2026-11-29T09:00:00"):
        vault.db.execute("INSERT OR REPLACE INTO vault_meta(key, value) VALUES ('last_backup_at', ?)", (text,))
        assert last_backup_at(vault) is None


@pytest.mark.parametrize(
    ("last", "interval", "expected"),
    [
        (None, DAY, True),
        (None, None, False),  # off
        (NOW - dt.timedelta(days=30), None, False),
        (NOW - dt.timedelta(hours=12), DAY, False),
        (NOW - dt.timedelta(hours=23, minutes=1), DAY, True),  # one hour early is on time
        (NOW - dt.timedelta(days=1), DAY, True),
        (NOW - dt.timedelta(days=3), WEEK, False),
        (NOW - dt.timedelta(days=7), WEEK, True),
        (NOW + dt.timedelta(days=2), WEEK, True),  # the clock was put back
    ],
)
def test_due(last, interval, expected) -> None:
    assert due(last, interval, NOW) is expected


def test_the_reminder_comes_after_seven_days_or_when_there_was_never_one() -> None:
    assert reminder_needed(None, NOW)
    assert not reminder_needed(NOW - dt.timedelta(days=7), NOW)
    assert reminder_needed(NOW - dt.timedelta(days=7, minutes=1), NOW)
    assert reminder_needed(NOW + dt.timedelta(days=1), NOW)


def test_names_are_sortable_utc_and_safe_on_usb_sticks() -> None:
    assert backup_name(NOW) == "npmdesk-auto-2026-11-29T090015Z.npmbackup"
    east = NOW.astimezone(dt.timezone(dt.timedelta(hours=3)))
    assert backup_name(east) == backup_name(NOW)
    assert ":" not in backup_name(NOW)
    assert default_name(dt.date(2026, 3, 4)) == "npmdesk-backup-2026-03-04.npmbackup"
    with pytest.raises(ValueError):
        backup_name(dt.datetime(2026, 1, 1))


@pytest.fixture
def other_vault(tmp_path):
    vault, _ = Vault.create(tmp_path / "other", Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                            device_keyring=MemoryKeyring())
    yield vault
    vault.close()


def test_prune_keeps_the_newest_and_touches_nothing_else(tmp_path, new_vault, other_vault) -> None:
    vault, _ = new_vault
    usb = tmp_path / "usb"
    usb.mkdir()
    made = []
    for hours in range(6):  # written in a shuffled order: the name's time decides, not the file's
        path = usb / backup_name(NOW - dt.timedelta(hours=(hours * 7) % 6))
        write_backup(vault, path)
        made.append(path)
    newest_first = sorted(made, reverse=True)
    others = {
        "by hand": usb / default_name(dt.date(2020, 1, 1)),
        "other vault": usb / backup_name(NOW - dt.timedelta(days=400)),
        "not a backup": usb / backup_name(NOW - dt.timedelta(days=500)),
        "near miss": usb / ("x" + backup_name(NOW - dt.timedelta(days=600))),
        "link": usb / backup_name(NOW - dt.timedelta(days=700)),
        "folder": usb / backup_name(NOW - dt.timedelta(days=800)),
        "notes": usb / "notes.txt",
    }
    write_backup(vault, others["by hand"])
    write_backup(other_vault, others["other vault"])
    others["not a backup"].write_text("my thesis")
    others["near miss"].write_bytes(newest_first[-1].read_bytes())
    os.symlink(newest_first[-1], others["link"])
    others["folder"].mkdir()
    others["notes"].write_text("shopping list")

    assert automatic_backups(usb, vault.vault_id) == newest_first
    deleted = prune(usb, 2, vault.vault_id)
    assert sorted(deleted, reverse=True) == newest_first[2:]
    assert automatic_backups(usb, vault.vault_id) == newest_first[:2]
    assert all(os.path.lexists(path) for path in others.values())
    assert prune(usb, 2, vault.vault_id) == []
    assert prune(usb, 5, other_vault.vault_id) == []
    assert prune(tmp_path / "unplugged", 5) == []
    with pytest.raises(ValueError):
        prune(usb, 0)
