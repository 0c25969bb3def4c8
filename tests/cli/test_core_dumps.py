"""A crash never writes npmdesk's memory to disk: the real command and the real window are crashed
with SIGSEGV while they hold a passphrase, started as after `ulimit -c unlimited`, in a folder where
this machine's kernel writes `core` files; a plain Python process started the same way is the
control that shows a core file would appear there.

Both mechanisms are checked, each on its own: `RLIMIT_CORE` 0 in /proc/PID/limits, and (Linux) the
dumpable flag, which a probe thread started in the child before npmdesk's own code runs reads with
prctl(PR_GET_DUMPABLE) when the test asks (the flag is the process's, whichever thread reads it).
If the kernel hands cores to a program (`core_pattern` starting with `|`: systemd-coredump,
apport), no core file can be looked for in the folder; the limit and the flag are then what the
test proves.
"""

from __future__ import annotations

import os
import pty
import re
import resource
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from npmdesk import process_guard
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.terminal import wait_for_echo_off

TIMEOUT = 60
_ANSWER = re.compile(rb"dumpable=(\d+);")
INFINITY = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)


def core_files_land_in_cwd() -> bool:
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    return not pattern.startswith("|") and "/" not in pattern


def cores_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("core"))


def core_limit(pid: int) -> str:
    line = next(line for line in Path(f"/proc/{pid}/limits").read_text().splitlines()
                if line.startswith("Max core file size"))
    return " ".join(line.split()[4:6])  # soft and hard


def memory_in_core(core: Path, marker: bytes) -> int:
    """How often `marker` occurs in the memory a core file holds, outside its notes (the registers:
    the vector registers may hold a few hundred bytes of what was last copied, whatever the filter)."""
    data = core.read_bytes()
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    notes = []
    for index in range(phnum):
        kind, _flags, offset, _vaddr, _paddr, size = struct.unpack_from("<IIQQQQ", data, phoff + index * phentsize)
        if kind == 4:  # PT_NOTE
            notes.append(range(offset, offset + size))
    found, at = 0, data.find(marker)
    while at != -1:
        found += not any(at in note for note in notes)
        at = data.find(marker, at + 1)
    return found


def core_filter(pid: int) -> int:
    """Which kinds of memory a core dump of `pid` would hold (0: none)."""
    return int(Path(f"/proc/{pid}/coredump_filter").read_text(), 16)


def unlimited_cores() -> None:
    """What `ulimit -c unlimited` does, in the child before it execs."""
    resource.setrlimit(resource.RLIMIT_CORE, INFINITY)


# Runs `python -m npmdesk ARGS`, or the `npmdesk-gui` command, or (the control) only sleeps, with a
# thread that answers each byte written to PROBE_FD with the process's dumpable flag on stderr.
PROBE = """
import ctypes, os, runpy, sys, threading, time
def answer():
    prctl = ctypes.CDLL(None).prctl
    while os.read(int(os.environ["PROBE_FD"]), 1):
        os.write(2, b"dumpable=%d;" % prctl(3, 0, 0, 0, 0))
threading.Thread(target=answer, daemon=True).start()
if sys.argv[1] == "--control":
    secret = ("QXCORE" + "SECRET-") * 1000  # built at run time: in the heap, not in the program text
    if sys.argv[2:] == ["--filtered"]:
        with open("/proc/self/coredump_filter", "w") as f:
            f.write("0")
    os.write(2, b"ready;")
    time.sleep(60)
elif sys.argv[1] == "npmdesk-gui":
    from npmdesk.gui.app import main
    sys.exit(main(sys.argv[2:]))
else:
    runpy.run_module("npmdesk", run_name="__main__", alter_sys=True)
"""


class Child:
    """A child process started with unlimited core files, its stderr read as it comes."""

    def __init__(self, args: list[str], cwd: Path, env: dict[str, str], stdin: int | None = None) -> None:
        self.probe_read, self.probe_write = os.pipe()
        self.proc = subprocess.Popen(
            [sys.executable, "-c", PROBE, *args], cwd=cwd, env={**env, "PROBE_FD": str(self.probe_read)},
            stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, pass_fds=(self.probe_read,),
            preexec_fn=unlimited_cores, start_new_session=True)
        os.close(self.probe_read)
        self.seen = b""

    def wait_for(self, text: bytes) -> None:
        """Read stderr until `text` appears in it."""
        deadline = time.monotonic() + TIMEOUT
        while text not in self.seen:
            assert time.monotonic() < deadline and self.proc.poll() is None, f"never saw {text!r}: {self.seen!r}"
            self.read()

    def read(self) -> None:
        assert self.proc.stderr is not None
        ready, _, _ = select.select([self.proc.stderr], [], [], 0.2)
        if ready:
            self.seen += os.read(self.proc.stderr.fileno(), 4096)

    def dumpable(self) -> int:
        """The child's dumpable flag, from the probe's next complete answer. The window writes its
        own lines to stderr too (Qt's warnings), before or after the answer: only whole
        `dumpable=N;` answers count (waiting for stderr to end with ";" missed an answer followed
        by a warning, and then waited for output that never came)."""
        before = len(_ANSWER.findall(self.seen))
        os.write(self.probe_write, b"?")
        deadline = time.monotonic() + TIMEOUT
        while len(answers := _ANSWER.findall(self.seen)) == before:
            assert time.monotonic() < deadline, f"no answer from the probe: {self.seen[-500:]!r}"
            self.read()
        return int(answers[-1])

    def crash(self) -> None:
        """SIGSEGV, as a real crash would; the kernel has written any core file once it returns."""
        self.proc.send_signal(signal.SIGSEGV)
        assert self.proc.wait(timeout=TIMEOUT) == -signal.SIGSEGV
        os.close(self.probe_write)
        assert self.proc.stderr is not None
        self.proc.stderr.close()


def child_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    env.update(extra)
    return env


def test_the_control_a_plain_python_process_leaves_a_core_file_with_its_memory(tmp_path) -> None:
    child = Child(["--control"], tmp_path, child_env())
    child.wait_for(b"ready;")
    assert core_limit(child.proc.pid) == "unlimited unlimited" and child.dumpable() == 1
    assert core_filter(child.proc.pid) != 0
    child.crash()
    if core_files_land_in_cwd():
        [core] = cores_in(tmp_path)
        assert memory_in_core(tmp_path / core, b"QXCORESECRET-") >= 1000


def test_the_control_a_core_filter_of_0_keeps_memory_out_of_the_core_file(tmp_path) -> None:
    child = Child(["--control", "--filtered"], tmp_path, child_env())
    child.wait_for(b"ready;")
    assert core_filter(child.proc.pid) == 0
    child.crash()
    if core_files_land_in_cwd():
        [core] = cores_in(tmp_path)
        assert memory_in_core(tmp_path / core, b"QXCORESECRET-") == 0


def test_the_command_crashed_at_a_passphrase_prompt_leaves_no_core(tmp_path) -> None:
    vault_path = tmp_path / "vault"
    vault, _code = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), npm_name="MNP",
                                user_name="Ana", argon2=TEST_PARAMS)
    vault.close()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    master, slave = pty.openpty()  # the terminal the new passphrase is typed at
    try:
        child = Child(["passwd", "--vault", str(vault_path)], cwd, child_env(NPMDESK_PASSPHRASE=PASSPHRASE),
                      stdin=slave)
        child.wait_for(b"New passphrase:")  # unlocked: the vault key and the passphrase are in memory
        wait_for_echo_off(master)
        os.write(master, b"a new passphrase typed by the user\n")
        child.wait_for(b"Type it again:")
        assert core_limit(child.proc.pid) == "0 0" and child.dumpable() == 0 and core_filter(child.proc.pid) == 0
        child.crash()
    finally:
        os.close(master)
        os.close(slave)
    assert cores_in(cwd) == []


@pytest.mark.parametrize("command", [[], ["npmdesk-gui"]], ids=["npmdesk", "npmdesk-gui"])
def test_the_window_crashed_while_open_leaves_no_core(tmp_path, command) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    child = Child([*command, "--vault", str(tmp_path / "vault")], cwd, child_env(QT_QPA_PLATFORM="offscreen"))
    child.wait_for(b"This plugin does not support")  # Qt's offscreen plugin: a window was shown
    assert core_limit(child.proc.pid) == "0 0" and child.dumpable() == 0 and core_filter(child.proc.pid) == 0
    child.crash()
    assert cores_in(cwd) == []


def test_harden_reports_what_it_achieved_here() -> None:
    run = subprocess.run([sys.executable, "-c", "from npmdesk.process_guard import harden; print(harden())"],
                         capture_output=True, text=True, timeout=TIMEOUT, check=True)
    achieved = (process_guard.CORE_LIMIT, process_guard.NO_MEMORY_IN_CORE, process_guard.NON_DUMPABLE)
    assert run.stdout.strip() == repr(process_guard.Hardening(achieved, ()))


def test_a_step_the_system_refuses_never_stops_npmdesk(monkeypatch) -> None:
    def refused() -> None:
        raise OSError("prctl: operation not permitted")

    monkeypatch.setattr(process_guard, "_steps", lambda: [("first", refused), ("second", lambda: None)])
    assert process_guard.harden() == process_guard.Hardening(("second",), ("first",))
