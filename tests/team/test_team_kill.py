"""A kill at any moment of `npmdesk sync` loses nothing and applies nothing twice.

Each side's sync is SIGKILLed repeatedly, at random moments and while it writes, then run to
its end; the two vaults must then hold the same records (content, versions, attachment), no
changeset may have been refused, and nothing the field applied may come back as its own change."""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace

from npmdesk.records import RecordStore
from npmdesk.team.applying import applied_numbers
from npmdesk.team.writing import has_changes, last_sequence
from npmdesk.vault import Credential
from npmdesk.vault.backup import restore_backup, write_backup
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.kill_helpers import kill_while_writing, npmdesk_env
from tests.support.package_helpers import communication
from tests.support.team_helpers import contents, opened, settle, sync, sync_killed_after, sync_to_the_end, team

KILLS_AT_RANDOM = 4
SEED = int(os.environ.get("NPMDESK_CRASH_SEED", random.randrange(2**32)))  # noqa: S311 - test data


def test_a_kill_at_any_moment_of_a_sync_loses_nothing_and_applies_nothing_twice(tmp_path):
    rng = random.Random(SEED)  # noqa: S311 - test data
    env = {**npmdesk_env(tmp_path / "state"), "NPMDESK_PASSPHRASE": PASSPHRASE}
    with team(tmp_path, 2) as (office, field):
        shared = office.store.add(communication("Deleted in the office after both had it"))
        settle([office, field])
        ids = [office.store.add(communication(f"Letter {n}", body="text " * 200)).id for n in range(150)]
        office.attach(ids[0], "scan.bin", os.urandom(3 * 2**20))
        office.store.delete(shared.id)
        field.store.add(communication("Written in the field"))
    office_vault, field_vault = tmp_path / "vault0", tmp_path / "vault1"
    folder = tmp_path / "team"
    kill_while_writing(["sync", "--vault", office_vault], folder, env, min_bytes=2**20)
    for _ in range(KILLS_AT_RANDOM):
        start = time.monotonic()
        sync_killed_after(office_vault, env, rng.uniform(0.3, 3.0))
        assert time.monotonic() - start < 60, f"seed {SEED}"
    sync_to_the_end(office_vault, env)
    largest = max(p.stat().st_size for p in field_vault.iterdir() if p.is_file())
    kill_while_writing(["sync", "--vault", field_vault], field_vault, env, min_bytes=largest + 2**20)
    for _ in range(KILLS_AT_RANDOM):
        sync_killed_after(field_vault, env, rng.uniform(0.3, 3.0))
    field_said = sync_to_the_end(field_vault, env)
    assert "set aside" not in field_said, f"seed {SEED}: {field_said}"
    sync_to_the_end(office_vault, env)
    sync_to_the_end(field_vault, env)
    assert contents(office_vault) == contents(field_vault), f"seed {SEED}"
    assert contents(field_vault)[shared.id][2], "the deletion did not arrive"
    with opened(office_vault) as session:
        office_sequence = last_sequence(RecordStore(session))
    with opened(field_vault) as session:
        store = RecordStore(session)
        assert not has_changes(store), f"seed {SEED}: what the field applied came back as its own change"
        assert list(applied_numbers(store).values()) == [office_sequence]
        assert store.conflicts() == []
    leftovers = [p.name for p in folder.rglob("*") if p.name.startswith(".")]
    assert leftovers == [], f"seed {SEED}"


def test_a_kill_at_any_moment_of_a_restored_devices_first_sync_loses_nothing_and_applies_nothing_twice(tmp_path):
    rng = random.Random(SEED)  # noqa: S311 - test data
    env = {**npmdesk_env(tmp_path / "state"), "NPMDESK_PASSPHRASE": PASSPHRASE}
    with team(tmp_path, 2) as (office, field):
        letter = office.store.add(communication("Letter", body="As it was at the backup"))
        settle([office, field])
        write_backup(office.vault, tmp_path / "office.npmbackup")
        office.store.update(replace(office.store.get(letter.id), body="Edited after the backup"))
        settle([office, field])  # applied everywhere: that changeset is removed from the folder
        ids = [office.store.add(communication(f"Letter {n}", body="text " * 200)).id for n in range(150)]
        office.attach(ids[0], "scan.bin", os.urandom(3 * 2**20))
        assert sync(office).written is not None  # still in the folder: the field has not applied it
    back_vault, field_vault = tmp_path / "office-restored", tmp_path / "vault1"
    restore_backup(tmp_path / "office.npmbackup", back_vault, Credential.passphrase(PASSPHRASE),
                   device_keyring=MemoryKeyring())
    with opened(back_vault) as session:
        after = RecordStore(session).add(communication("Written after the restore"))
    largest = max(p.stat().st_size for p in back_vault.iterdir() if p.is_file())
    kill_while_writing(["sync", "--vault", back_vault], back_vault, env, min_bytes=largest + 2**20)
    for _ in range(KILLS_AT_RANDOM):
        sync_killed_after(back_vault, env, rng.uniform(0.3, 3.0))
    said = sync_to_the_end(back_vault, env) + sync_to_the_end(field_vault, env)
    said += sync_to_the_end(field_vault, env) + sync_to_the_end(back_vault, env)
    said += sync_to_the_end(field_vault, env) + sync_to_the_end(back_vault, env)
    assert "set aside" not in said, f"seed {SEED}: {said}"
    assert contents(back_vault) == contents(field_vault), f"seed {SEED}"
    with opened(back_vault) as session:
        back = RecordStore(session)
        assert back.get(letter.id).body == "Edited after the backup" and back.conflicts() == []
        assert back.get(ids[-1]).version == 1, f"seed {SEED}: applied twice"
        back_sequence = last_sequence(back)
    with opened(field_vault) as session:
        store = RecordStore(session)
        assert store.get(after.id).title == "Written after the restore"
        assert not has_changes(store) and store.conflicts() == []
        assert list(applied_numbers(store).values()) == [back_sequence]
