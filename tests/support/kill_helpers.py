"""SIGKILL a real `npmdesk` command while it writes a file in a given folder, and look for plaintext."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.support.crash_harness import die_with_parent

MARKER = b"SPT-CONFIDENTIAL-MARKER-3F9A"
WRITE_TIMEOUT = 60.0


def npmdesk_env(state: Path, **extra: str) -> dict[str, str]:
    """The test environment without a passphrase, with its own user-state folder (the litter journal)."""
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    env["XDG_STATE_HOME"] = str(state)
    env.update(extra)
    return env


def _writing_under(pid: int, folder: Path, min_bytes: int, named: bool) -> bool:
    """True once the process holds a file under `folder` (named or, unless `named`, not) of at
    least `min_bytes`."""
    prefix = str(folder) + os.sep
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
            if link.startswith(prefix) and not (named and link.endswith(" (deleted)")) and \
                    os.stat(f"/proc/{pid}/fd/{fd}").st_size >= min_bytes:
                return True
        except OSError:
            continue
    return False


def kill_while_writing(args: list[str | Path], folder: Path, env: dict[str, str], min_bytes: int = 1 << 20,
                       *, named: bool = False) -> None:
    """Run `npmdesk ARGS`, and SIGKILL it as soon as it has written `min_bytes` into a file under
    `folder` (a named one, with `named`). Fails if the command ends (or never writes) before that."""
    proc = subprocess.Popen([sys.executable, "-m", "npmdesk", *map(str, args)], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, preexec_fn=die_with_parent)
    deadline = time.monotonic() + WRITE_TIMEOUT
    caught = False
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if _writing_under(proc.pid, folder, min_bytes, named):
                caught = True
                break
            time.sleep(0.001)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    assert caught and proc.returncode == -signal.SIGKILL, f"not killed while writing (status {proc.returncode}): {err}"


def files_holding(folder: Path, needle: bytes = MARKER) -> list[Path]:
    """Every file under `folder` (hidden ones too) whose bytes contain `needle`."""
    found = []
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if path.is_file() and needle in path.read_bytes():
                found.append(path)
    return found


def everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def next_start(env: dict[str, str]) -> None:
    """Start npmdesk once (`--help`: `--version` alone loads nothing), as a user would the next time."""
    done = subprocess.run([sys.executable, "-m", "npmdesk", "--help"], env=env, capture_output=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
