"""A kill at any moment of `npmdesk sync` loses nothing and applies nothing twice.

Each side's sync is SIGKILLed repeatedly, at random moments and while it writes, then run to
its end; the two vaults must then hold the same records (content, versions, attachment), no
changeset may have been refused, and nothing the field applied may come back as its own change."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from npmdesk.records import RecordStore
from npmdesk.records.content import version_hash
from npmdesk.team.applying import applied_numbers
from npmdesk.team.writing import has_changes, last_sequence
from npmdesk.vault import Credential, Secret, Vault
from tests.support.common import PASSPHRASE
from tests.support.crash_harness import die_with_parent
from tests.support.doubles import MemoryKeyring
from tests.support.kill_helpers import kill_while_writing, npmdesk_env
from tests.support.package_helpers import communication
from tests.support.team_helpers import settle, team

KILLS_AT_RANDOM = 4
SEED = int(os.environ.get("NPMDESK_CRASH_SEED", random.randrange(2**32)))  # noqa: S311 - test data


def sync_killed_after(vault: Path, env: dict[str, str], delay: float) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "npmdesk", "sync", "--vault", str(vault)], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=die_with_parent)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def sync_to_the_end(vault: Path, env: dict[str, str]) -> str:
    done = subprocess.run([sys.executable, "-m", "npmdesk", "sync", "--vault", str(vault)], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def opened(vault: Path) -> Vault:
    return Vault.unlock(vault, Credential("passphrase", Secret.from_passphrase(PASSPHRASE)),
                        device_keyring=MemoryKeyring())


def contents(vault: Path) -> dict[str, tuple[str, int, bool]]:
    with opened(vault) as session:
        store = RecordStore(session)
        rows = session.db.execute("SELECT id FROM record WHERE kind != 'contact'").fetchall()
        found = {}
        for (record_id,) in rows:
            record = store.get(record_id, include_deleted=True)
            found[record_id] = (version_hash(record), record.version, record.deleted_at is not None)
        attachments = session.db.execute("SELECT id, sha256 FROM attachment").fetchall()
        found |= {a: (sha, 0, False) for a, sha in attachments}
        return found


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
