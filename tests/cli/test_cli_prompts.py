"""Passphrases typed at a real terminal prompt (a pseudo-terminal), and the device keyring."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time

import keyring
from cli_helpers import npmdesk
from conftest import PASSPHRASE


def run_in_terminal(args: list[str], answers: list[str], timeout: float = 30) -> tuple[int, str]:
    """Run npmdesk with a pseudo-terminal as its controlling terminal, answering each prompt."""
    master, slave = pty.openpty()

    def become_terminal_owner() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen(
        [sys.executable, "-m", "npmdesk", *args],
        stdin=slave, stdout=slave, stderr=slave, preexec_fn=become_terminal_owner,
        env={k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"},
    )
    os.close(slave)
    output = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        output += chunk
        if pending and output.rstrip().endswith(b":"):
            time.sleep(0.3)  # let getpass finish switching the terminal's echo off
            os.write(master, pending.pop(0).encode() + b"\n")
    os.close(master)
    if proc.poll() is None:
        proc.kill()
    return proc.wait(timeout=timeout), output.decode(errors="replace")


def test_init_and_check_with_typed_passphrases(tmp_path):
    vault = str(tmp_path / "v")
    status, output = run_in_terminal(["init", "--vault", vault], [PASSPHRASE, PASSPHRASE])
    assert status == 0, output
    assert PASSPHRASE not in output  # never echoed
    status, output = run_in_terminal(["check", "--vault", vault], [PASSPHRASE])
    assert status == 0 and "healthy" in output, output


def test_mismatched_confirmation_creates_nothing(tmp_path):
    vault = tmp_path / "v"
    status, output = run_in_terminal(["init", "--vault", str(vault)], [PASSPHRASE, PASSPHRASE + "!"])
    assert status == 2 and "do not match" in output
    assert not vault.exists()


def test_remembered_vault_needs_no_passphrase_on_this_device(tmp_path):
    backend = type(keyring.get_keyring()).__module__
    assert "SecretService" in backend, "run the tests with `make test` (gnome-keyring under D-Bus)"
    vault = tmp_path / "v"
    init = npmdesk("init", "--vault", vault, "--remember", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert init.status == 0 and "remembered on this device" in init.out, init.err
    assert npmdesk("check", "--vault", vault, stdin="").status == 0  # no passphrase anywhere
    assert npmdesk("forget", "--vault", vault).status == 0
    result = npmdesk("check", "--vault", vault, stdin="")
    assert result.status == 2 and "No passphrase given" in result.err
