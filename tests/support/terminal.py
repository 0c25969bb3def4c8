"""Run a program with a pseudo-terminal as its controlling terminal, answering its prompts.

Programs that read passphrases (getpass, the `age` tool) insist on a terminal; this plays
the user at one, with timeouts everywhere so nothing can hang.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 60
ECHO_GRACE = 0.3  # a prompt that leaves echo on (a plain question) is answered after this many seconds


@dataclass
class TerminalRun:
    status: int
    output: str


def wait_for_echo_off(terminal: int, grace: float = ECHO_GRACE) -> None:
    """Return once the program at the pseudo-terminal `terminal` (either end) has switched echo off,
    as a passphrase prompt does before it reads (discarding anything typed earlier), or after
    `grace` seconds if it does not (a prompt whose answer is shown)."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            if not termios.tcgetattr(terminal)[3] & termios.ECHO:
                return
        except termios.error:  # the program closed its terminal
            return
        time.sleep(0.005)


def run_in_terminal(cmd: Sequence[str | Path], answers: Sequence[str], *, stdout_to_terminal: bool = True,
                    timeout: float = TIMEOUT, env: dict[str, str] | None = None) -> TerminalRun:
    """Run `cmd` with a pseudo-terminal as its controlling terminal, typing each answer after
    each prompt (a line ending with ':'). select() with timeouts: nothing can hang."""
    master, slave = pty.openpty()

    def become_terminal_owner() -> None:
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    full_env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    full_env.update(env or {})
    proc = subprocess.Popen(
        [str(c) for c in cmd], stdin=slave, stdout=slave if stdout_to_terminal else subprocess.DEVNULL,
        stderr=slave, preexec_fn=become_terminal_owner, env=full_env,
    )
    os.close(slave)
    output = b""
    answered_upto = 0
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            output += chunk
            if pending and output[answered_upto:].rstrip().endswith(b":"):
                wait_for_echo_off(master)  # a passphrase prompt flushes what was typed before it
                os.write(master, pending.pop(0).encode() + b"\n")
                answered_upto = len(output)
    finally:
        os.close(master)
        if proc.poll() is None:
            proc.kill()
    status = proc.wait(timeout=timeout)
    assert not pending, f"unanswered prompts; output was: {output.decode(errors='replace')}"
    return TerminalRun(status, output.decode(errors="replace"))
