"""Helpers for the fault tests: vaults with known records, and CLI children with handicaps."""

from __future__ import annotations

import contextlib
import ctypes
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from npmdesk.records import Record, RecordStore
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.cli_helpers import Result
from tests.support.common import PASSPHRASE
from tests.support.crash_child import content_hash
from tests.support.doubles import MemoryKeyring

FAULTS = Path(__file__).resolve().parent  # tests/support: the child scripts (crash_child.py) and file_keyring.py
ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}

# Linux capabilities that let root ignore file permissions (see capabilities(7)).
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
PR_CAPBSET_DROP = 24




def letter(title: str, body: str = "", tags: tuple[str, ...] = ("Follow-up",)) -> Record:
    return Record(kind="communication", title=title, body=body, date="2026-03-02", status="sent",
                  tags=list(tags), fields={"direction": "sent", "channel": "letter"})


def make_vault(path: Path, count: int = 3, body: str = "") -> dict[str, str]:
    """A closed vault with `count` records; returns id -> content hash."""
    vault, _ = Vault.create(path, Secret.from_passphrase(PASSPHRASE), user_name="Ana", argon2=TEST_PARAMS,
                            device_keyring=MemoryKeyring())
    with vault:
        store = RecordStore(vault)
        stored = store.add_many([letter(f"Carta {n} al SPT", body) for n in range(count)])
    return {r.id: content_hash(r) for r in stored}


@contextlib.contextmanager
def opened(path: Path, passphrase: str = PASSPHRASE) -> Iterator[RecordStore]:
    with Vault.unlock(path, Credential.passphrase(passphrase), device_keyring=MemoryKeyring()) as vault:
        yield RecordStore(vault)


def contents(path: Path, passphrase: str = PASSPHRASE) -> dict[str, str]:
    """id -> content hash of every record, after checking the vault's integrity."""
    with opened(path, passphrase) as store:
        report = store.vault.check()
        assert report.healthy, report.problems
        ids = [row[0] for row in store.db.execute("SELECT id FROM record")]
        return {record_id: content_hash(store.get(record_id, include_deleted=True)) for record_id in ids}


def npmdesk_child(*args: str | Path, env: dict[str, str] | None = None,
                  preexec_fn: Callable[[], None] | None = None) -> Result:
    """Like cli_helpers.npmdesk, with a pre-exec hook to handicap the child."""
    full_env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "npmdesk", *map(str, args)], capture_output=True, text=True, env=full_env,
        stdin=subprocess.DEVNULL, timeout=120, check=False, preexec_fn=preexec_fn,
        start_new_session=True,  # no controlling terminal, even when the tests run in one: never a prompt
    )
    assert proc.returncode != 97, f"network access attempted: {proc.stderr}"
    return Result(proc.returncode, proc.stdout, proc.stderr)


def assert_clear_error(result: Result, status: int, *words: str) -> str:
    """One line on stderr, written for the user (no traceback, no internal exception name)."""
    assert result.status == status, (result.status, result.err)
    assert len(result.errors) == 1, result.err
    line = result.errors[0]
    assert line.startswith("npmdesk: "), line
    assert "Traceback" not in result.err and "Unexpected internal error" not in line, line
    for word in words:
        assert word.lower() in line.lower(), f"{word!r} not in {line!r}"
    return line


def file_size_limit(limit: int) -> Callable[[], None]:
    """Pre-exec hook: writes past `limit` bytes fail with EFBIG, as on a full disk."""

    def limit_writes() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so write() fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return limit_writes


def without_root_file_powers() -> None:
    """Pre-exec hook: as root, drop the capabilities that ignore file modes (none otherwise).

    Dropped from the bounding set, they are gone after exec, so chmod binds the child as it
    binds an ordinary user. Needs CAP_SETPCAP, which root has outside the strictest sandboxes.
    """
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def chmod_can_stop_writes(folder: Path) -> bool:
    """True if a child under `without_root_file_powers` is kept out of a 0500 folder."""
    probe = folder / "probe"
    probe.mkdir(mode=0o500)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", f"open({str(probe / 'x')!r}, 'w')"], capture_output=True,
            preexec_fn=without_root_file_powers, check=False, timeout=60,
        )
    except subprocess.SubprocessError:
        return False
    finally:
        probe.chmod(0o700)
        with contextlib.suppress(OSError):
            (probe / "x").unlink()
        probe.rmdir()
    return proc.returncode != 0 and b"PermissionError" in proc.stderr


def set_modes(folder: Path, folder_mode: int, file_mode: int, *, lock_mode: int | None = None) -> None:
    for path in folder.iterdir():
        path.chmod(lock_mode if lock_mode is not None and path.name == "npmdesk.lock" else file_mode)
    folder.chmod(folder_mode)
