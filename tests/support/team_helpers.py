"""Two or three vaults of one NPM that share a team folder (npmdesk/team/), driven through the core,
and `npmdesk sync` run (and killed) as a separate process on a closed vault."""

from __future__ import annotations

import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from pathlib import Path

from npmdesk.records import Record, RecordStore
from npmdesk.records.content import version_hash
from npmdesk.team import membership
from npmdesk.team.sync import SyncSummary, sync_round
from npmdesk.vault import Credential, Secret, Vault
from tests.support.common import PASSPHRASE
from tests.support.crash_harness import die_with_parent
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import Side, side

DEVICE_NAMES = ("Office desktop", "Field laptop", "Visit team laptop", "Coordinator laptop", "Spare laptop")


def own_device_contact(here: Side, other: Side, name: str) -> Record:
    """A contact in `here` carrying `other`'s keys, verified and marked as one of the NPM's own devices."""
    contact = here.contact_for(other, name=name)
    return here.store.update(replace(contact, fields={**contact.fields, "own_device": True}))


def join(sides: list[Side], folder: Path) -> None:
    """Every vault chooses `folder` and makes every other vault a member."""
    for here in sides:
        membership.set_folder(here.store, folder)
    for here in sides:
        for number, other in enumerate(sides):
            if other is not here:
                membership.add(here.store, here.identity, own_device_contact(here, other, DEVICE_NAMES[number]))


@contextmanager
def team(tmp_path: Path, devices: int = 2, *, joined: bool = True) -> Iterator[list[Side]]:
    """`devices` vaults (named DEVICE_NAMES) that share `tmp_path / "team"`, members of each other
    if `joined`."""
    folder = tmp_path / "team"
    folder.mkdir(parents=True)
    with ExitStack() as stack:
        sides = [stack.enter_context(side(tmp_path / f"vault{n}", "NPM of Norway", f"user{n}"))
                 for n in range(devices)]
        if joined:
            join(sides, folder)
        yield sides


def sync(here: Side) -> SyncSummary:
    return sync_round(here.store, here.identity)


def settle(sides: list[Side], rounds: int = 2) -> list[SyncSummary]:
    """Every vault syncs, in order, `rounds` times; the last round's summaries."""
    summaries: list[SyncSummary] = []
    for _ in range(rounds):
        summaries = [sync(here) for here in sides]
    return summaries


def titles(here: Side) -> set[str]:
    return {row.title for row in here.store.list() if row.kind != "contact"}


# Driving `npmdesk sync` as a separate process (the kill tests).

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
