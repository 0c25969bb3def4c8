"""A device restored from an older backup (npmdesk/team/restore.py): it never reuses a changeset
number the others applied, gets back what the team folder still holds, and says so."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.records import RecordStore
from npmdesk.team import layout
from npmdesk.team.applying import applied_numbers
from npmdesk.team.writing import has_changes, last_sequence
from npmdesk.vault import Credential, Vault
from npmdesk.vault.backup import restore_backup, write_backup
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import Side, communication
from tests.support.team_helpers import settle, sync, team, titles


@contextmanager
def restored(backup: Path, folder: Path) -> Iterator[Side]:
    """The vault of `backup`, restored into `folder` and opened."""
    restore_backup(backup, folder, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())
    with Vault.unlock(folder, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault, \
            VaultIdentity.of(vault) as identity:
        yield Side(vault, RecordStore(vault, clock=FakeClock()), identity)


def test_a_device_restored_from_a_backup_continues_after_its_published_changesets(tmp_path):
    with team(tmp_path, 3) as sides:
        office, field, visit = sides
        letter = office.store.add(communication("Letter", body="As it was at the backup"))
        gone = office.store.add(communication("Deleted after the backup"))
        settle(sides)
        write_backup(office.vault, tmp_path / "office.npmbackup")
        office.store.update(replace(office.store.get(letter.id), body="Edited after the backup"))
        office.store.add(communication("Added after the backup"))
        office.store.delete(gone.id)
        settle(sides)  # every member applied these: the office removed those changesets
        office.store.add(communication("Added last, still in the team folder"))
        last = sync(office).written
        assert last is not None and last.path.exists()
        sync(field)  # the visit laptop has not applied it yet
        with restored(tmp_path / "office.npmbackup", tmp_path / "office-restored") as back:  # the laptop was lost
            back.store.add(communication("Written after the restore"))
            summary = sync(back)
            assert summary.restored is not None
            assert (summary.restored.remembered, summary.restored.published) == (1, last.sequence)
            assert [a.sequence for a in summary.restored.recovered] == [last.sequence]
            assert summary.restored.gone == list(range(2, last.sequence))
            assert summary.written is not None and summary.written.sequence == last.sequence + 1
            settle([back, field, visit], 3)
            everything = {"Letter", "Added after the backup", "Added last, still in the team folder",
                          "Written after the restore"}
            assert [titles(here) for here in (back, field, visit)] == [everything] * 3
            for here in (back, field, visit):  # the edit made after the backup came back; nothing twice
                assert here.store.get(letter.id).body == "Edited after the backup"
                assert here.store.conflicts() == []
                assert not has_changes(here.store)
            assert field.store.get(letter.id).version == visit.store.get(letter.id).version == 2
            assert back.store.get(gone.id, include_deleted=True).deleted_at is not None  # the deletion came back
            assert all(applied_numbers(here.store)[back.identity.fingerprint] == last_sequence(back.store)
                       for here in (field, visit))
            assert sync(back).restored is None  # said once


def test_a_restored_device_gets_back_the_others_changesets_already_removed(tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        write_backup(office.vault, tmp_path / "office.npmbackup")
        field.store.add(communication("Written in the field after the office's backup"))
        settle([office, field])
        assert layout.read_device_folder(tmp_path / "team" / field.identity.fingerprint).changesets == {}
        with restored(tmp_path / "office.npmbackup", tmp_path / "office-restored") as back:
            first = sync(back)
            assert first.restored is None  # it wrote nothing since the backup: no number to skip
            assert titles(back) == set()
            answer = sync(field)  # the office's state file shows it needs what was removed
            assert [name for name, _snapshot in answer.snapshots] == ["Office desktop"]
            settle([back, field])
            assert titles(back) == titles(field) == {"Written in the field after the office's backup"}
            assert sync(field).snapshots == [] and sync(back).up_to_date


def test_the_same_backup_restored_twice_gets_everything_back_both_times(tmp_path):
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        write_backup(office.vault, tmp_path / "office.npmbackup")
        office.store.add(communication("Added after the backup"))
        settle([office, field])
        for attempt in ("first", "second"):
            with restored(tmp_path / "office.npmbackup", tmp_path / f"office-{attempt}") as back:
                summary = sync(back)
                assert summary.restored is not None and summary.restored.gone == [1], attempt
                settle([field, back])
                assert titles(back) == {"Added after the backup"}, attempt
                assert sync(back).up_to_date
