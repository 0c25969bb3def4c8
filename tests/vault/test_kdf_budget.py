"""Key derivations cost bounded work, decided before any work, and Ctrl-C stops them.

A key slot, a backup or an age file names its own KDF cost; a damaged or hostile one must get
one clear sentence at once, never minutes of work, a MemoryError or an ignored Ctrl-C.
"""

from __future__ import annotations

import _thread
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from npmdesk.errors import BackupKdfTooCostly, KdfTooCostly
from npmdesk.exchange import age
from npmdesk.exchange.age import header
from npmdesk.exchange.age.encoding import b64encode
from npmdesk.vault import Secret, backup, backup_format, interruptible, kdf
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.vault_helpers import snapshot

MIB = 1024
GIB = 1024 * 1024
WITH_PASSPHRASE = {"NPMDESK_PASSPHRASE": PASSPHRASE}

HOSTILE_COSTS = [
    {"iterations": 1000, "memory_kib": 64 * MIB},  # 1000 passes over 64 MiB: minutes
    {"iterations": 1, "memory_kib": 4 * GIB},  # 4 GiB of memory: a MemoryError or swapping
    {"iterations": 16, "memory_kib": 1 * GIB},  # each bound alone is fine, the product is not
    {"iterations": kdf.MAX_ITERATIONS + 1, "memory_kib": 64 * MIB},  # just past the joint bound
    {"iterations": 2, "lanes": 64, "memory_kib": 64 * MIB},
]


@pytest.fixture
def closed_vault(new_vault, vault_path):
    new_vault[0].close()
    return vault_path


def set_cost(slot_file: bytes, **cost: int) -> bytes:
    doc = json.loads(slot_file)
    next(s for s in doc["slots"] if s["type"] == "passphrase").update(cost)
    return json.dumps(doc).encode()


def edit_vault_cost(vault: Path, **cost: int) -> None:
    path = vault / "keyslots.json"
    path.write_bytes(set_cost(path.read_bytes(), **cost))


@pytest.mark.parametrize("cost", HOSTILE_COSTS)
def test_check_refuses_a_hostile_kdf_cost_at_once_with_one_sentence(closed_vault, cost):
    edit_vault_cost(closed_vault, **cost)
    before = snapshot(closed_vault)
    started = time.monotonic()
    result = npmdesk("check", "--vault", closed_vault, env=WITH_PASSPHRASE)
    assert time.monotonic() - started < 10
    assert result.status == 1
    assert result.errors == [f"npmdesk: {KdfTooCostly.message}"]
    assert snapshot(closed_vault) == before


def test_the_strongest_cost_npmdesk_accepts_is_a_few_times_what_it_calibrates(monkeypatch):
    monkeypatch.delenv(kdf.TEST_PROFILE_ENV, raising=False)
    calibrated = kdf.calibrate(target_seconds=1000.0)  # as if this machine were very fast
    assert calibrated.iterations * calibrated.memory_kib == kdf.MAX_CALIBRATED_COST
    assert kdf.MAX_COST == 4 * kdf.MAX_CALIBRATED_COST
    kdf.Argon2Params(kdf.MAX_ITERATIONS, 4, 64 * MIB).validate()  # a slow machine still opens it
    with pytest.raises(KdfTooCostly):
        kdf.Argon2Params(kdf.MAX_ITERATIONS + 1, 4, 64 * MIB).validate()


def _rebuilt_backup(source: Path, target: Path, **cost: int) -> None:
    """A copy of backup `source` whose key-slot member asks for `cost` (hashes made valid)."""
    data = source.read_bytes()
    _magic, line, _digest, rest = data.split(b"\n", 3)
    doc = json.loads(line)
    slots_size = doc["members"][0]["size"]
    slots, db = set_cost(rest[:slots_size], **cost), rest[slots_size:]
    members = (
        backup_format.Member("keyslots.json", len(slots), hashlib.sha256(slots).hexdigest()),
        backup_format.Member("vault.db", len(db), hashlib.sha256(db).hexdigest()),
    )
    head = backup_format.Header(doc["vault_id"], doc["created_at"], doc["schema_version"],
                                doc["made_by"], members)
    target.write_bytes(backup_format.encode_header(head) + slots + db)


@pytest.mark.parametrize("cost", HOSTILE_COSTS[:2])
def test_restore_refuses_a_backup_with_a_hostile_kdf_cost_at_once(new_vault, tmp_path, cost):
    backup.write_backup(new_vault[0], tmp_path / "good.npmbackup")
    _rebuilt_backup(tmp_path / "good.npmbackup", tmp_path / "hostile.npmbackup", **cost)
    started = time.monotonic()
    result = npmdesk("restore", tmp_path / "hostile.npmbackup", "--vault", tmp_path / "restored",
                     env=WITH_PASSPHRASE)
    assert time.monotonic() - started < 10
    assert result.status != 0
    assert result.errors == [f"npmdesk: {BackupKdfTooCostly.message}"]
    assert not (tmp_path / "restored").exists()


def _memory_mib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    line = next((x for x in status.splitlines() if x.startswith("VmRSS:")), "VmRSS: 0 kB")
    return int(line.split()[1]) // 1024


def _interrupt_while_deriving(command: list[str | Path], threshold_mib: int) -> tuple[int, str, float]:
    """Start the CLI, wait until its KDF has allocated `threshold_mib`, press Ctrl-C (SIGINT).

    Returns the exit status, stderr and how long the CLI took to stop after the signal.
    """
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"} | WITH_PASSPHRASE
    proc = subprocess.Popen([sys.executable, "-m", "npmdesk", *map(str, command)], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 30
        while _memory_mib(proc.pid) < threshold_mib:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the derivation never started"
            time.sleep(0.02)
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        return proc.returncode, err, time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_ctrl_c_stops_a_slow_but_allowed_argon2_derivation_at_once(closed_vault):
    # The largest cost a slot may ask for: 8 passes over 1 GiB, about ten seconds here.
    edit_vault_cost(closed_vault, iterations=kdf.MAX_COST // GIB, memory_kib=GIB, lanes=1)
    kdf.Argon2Params(kdf.MAX_COST // GIB, 1, GIB).validate()  # allowed, only slow
    status, err, took = _interrupt_while_deriving(["check", "--vault", closed_vault], 400)
    assert (status, err.splitlines()[-1]) == (130, "npmdesk: Interrupted.")
    assert took < 2.0


def _scrypt_file(path: Path, log_n: int) -> Path:
    """An age file with a well-formed scrypt stanza at work factor 2^log_n (its MAC can only
    be checked after the derivation, so the bound must come first)."""
    with Secret.random(16) as key:
        stanza = header.Stanza("scrypt", (b64encode(os.urandom(16)), str(log_n)), os.urandom(32))
        path.write_bytes(header.serialize([stanza], key) + os.urandom(32))
    return path


@pytest.mark.parametrize("log_n", [21, 22])
def test_age_refuses_an_scrypt_work_factor_the_machine_cannot_afford(tmp_path, log_n):
    sealed = _scrypt_file(tmp_path / "big.age", log_n)
    started = time.monotonic()
    result = npmdesk("age", "-d", "-o", tmp_path / "out", sealed, env=WITH_PASSPHRASE)
    assert time.monotonic() - started < 10
    assert result.status == 2
    assert result.errors == [f"npmdesk: {age.ScryptTooExpensive.message}"]
    assert not (tmp_path / "out").exists()


def test_a_small_machine_gets_a_lower_scrypt_bound(monkeypatch):
    page = os.sysconf("SC_PAGE_SIZE")
    real = os.sysconf
    monkeypatch.setattr(os, "sysconf", lambda name: (2 << 30) // page if name == "SC_PHYS_PAGES" else real(name))
    with Secret.random(16) as key, pytest.raises(age.ScryptTooExpensive):  # 1 GiB of 2 GiB
        stanza = header.Stanza("scrypt", (b64encode(os.urandom(16)), "20"), os.urandom(32))
        sealed = header.serialize([stanza], key) + os.urandom(32)
        age.decrypt(io.BytesIO(sealed), io.BytesIO(), passphrase=Secret.from_passphrase("x"))


def test_ctrl_c_stops_a_slow_but_allowed_scrypt_derivation_at_once(tmp_path):
    sealed = _scrypt_file(tmp_path / "slow.age", 20)  # 1 GiB and a few seconds: allowed
    status, err, took = _interrupt_while_deriving(["age", "-d", "-o", tmp_path / "out", sealed], 400)
    assert (status, err.splitlines()[-1]) == (130, "npmdesk: Interrupted.")
    assert took < 2.0
    assert not (tmp_path / "out").exists()


def test_an_interrupted_derivation_returns_at_once_and_wipes_its_copy_of_the_secret():
    seen: list[bytearray] = []

    def slow(buffer: bytearray) -> bytes:
        seen.append(buffer)
        time.sleep(0.5)
        return b"k" * 32

    threading.Timer(0.05, _thread.interrupt_main).start()  # Ctrl-C while it derives
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        interruptible.derive_key(slow, Secret(b"passphrase"))
    assert time.monotonic() - started < 0.3
    time.sleep(0.7)  # the abandoned derivation ends on its own
    assert seen == [bytearray(len(b"passphrase"))]
