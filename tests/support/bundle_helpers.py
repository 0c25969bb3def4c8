"""Build the Linux bundle once (cached by a digest of everything that goes into it) and run it.

The frozen program does not load tests/guard/sitecustomize.py, so its sockets are watched from
outside instead: every run goes through `strace -e trace=socket`, and any socket other than
AF_UNIX (D-Bus, the X server) fails the test, as the guard does for the Python CLI.
"""

from __future__ import annotations

import fcntl
import hashlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "build" / "bundle-test"
DIST = CACHE / "dist"
WORK = CACHE / "work"
# Everything the bundle is made from; a change to any of them means a new build.
INPUTS = ("pyproject.toml", "scripts/build-linux-bundle", "npmdesk", "ui", "resources", "packaging", "docs/guide",
          "docs/screenshots")
TOOLS = (
    "pyinstaller", "pyinstaller-hooks-contrib", "PySide6-Essentials", "PySide6-Addons", "sqlcipher3",
)


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/npmdesk
    program: Path  # dist/npmdesk/npmdesk
    tarball: Path


def _digest() -> str:
    sha = hashlib.sha256()
    for name in INPUTS:
        top = ROOT / name
        paths = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.is_file())
        for path in paths:
            if "__pycache__" in path.parts:
                continue
            sha.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    for tool in TOOLS:
        sha.update(f"{tool}={importlib.metadata.version(tool)}\0".encode())
    return sha.hexdigest()


def built_bundle() -> Bundle:
    """The bundle built from the current tree, building it (about a minute) only if anything changed."""
    try:
        importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        raise AssertionError("PyInstaller is missing: run .venv/bin/pip install -e '.[test,packaging]'") from None
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two test runs in one tree build one after the other
        digest, stamp = _digest(), CACHE / "digest"
        tarballs = sorted(DIST.glob("npmdesk-*-linux-*.tar.gz"))
        if not (stamp.is_file() and stamp.read_text() == digest and tarballs):
            stamp.unlink(missing_ok=True)
            shutil.rmtree(DIST, ignore_errors=True)
            env = {**os.environ, "VENV": str(Path(sys.prefix)), "DIST": str(DIST), "WORK": str(WORK)}
            started = time.monotonic()
            proc = subprocess.run(
                [str(ROOT / "scripts" / "build-linux-bundle")],
                cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200, check=False,
            )
            assert proc.returncode == 0, f"build-linux-bundle failed:\n{proc.stdout}\n{proc.stderr}"
            sys.stderr.write(f"\nbuilt the Linux bundle in {time.monotonic() - started:.0f} s\n")
            stamp.write_text(digest)
            tarballs = sorted(DIST.glob("npmdesk-*-linux-*.tar.gz"))
    folder = DIST / "npmdesk"
    return Bundle(folder, folder / "npmdesk", tarballs[-1])


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and modification time, to show nothing was written."""
    return {
        str(path.relative_to(folder)): (path.lstat().st_size, path.lstat().st_mtime_ns)
        for path in folder.rglob("*")
    }


def network_sockets(trace: str) -> list[str]:
    """The lines of an `strace -e trace=socket` log that open anything but an AF_UNIX socket."""
    return [
        line for line in trace.splitlines()
        if re.search(r"\bsocket\(AF_", line) and not re.search(r"\bsocket\(AF_(UNIX|LOCAL),", line)
    ]


def traced(command: list[str], trace_file: Path) -> list[str]:
    """`command` run under strace, writing the socket calls it makes to `trace_file`."""
    strace = shutil.which("strace")
    assert strace, "strace is missing: run scripts/install-system-deps"
    return [strace, "-f", "-qq", "--seccomp-bpf", "-e", "trace=socket", "-o", str(trace_file), *command]


@dataclass
class Sandbox:
    """A home, a temporary folder and inputs of their own for one run of the bundle."""

    root: Path

    def __post_init__(self) -> None:
        for sub in ("home", "tmp", "inputs", "out", "run"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        (self.root / "run").chmod(0o700)

    @property
    def written(self) -> list[Path]:
        """Where the program may leave files: everything but the inputs we gave it."""
        return [self.root / "home", self.root / "tmp", self.root / "out", self.root / "run"]

    def env(self, **extra: str) -> dict[str, str]:
        home = self.root / "home"
        keep = ("PATH", "LANG", "DBUS_SESSION_BUS_ADDRESS", "GNOME_KEYRING_CONTROL")
        env = {k: v for k, v in os.environ.items() if k in keep}
        env.update({
            "HOME": str(home), "TMPDIR": str(self.root / "tmp"), "XDG_RUNTIME_DIR": str(self.root / "run"),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
            "NPMDESK_KDF_PROFILE": "test", "QT_QPA_PLATFORM": "offscreen",
        })
        env.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")  # never autolaunch a bus through X11
        env.update(extra)
        return env


@dataclass
class Run:
    status: int
    out: str
    err: str
    sockets: list[str]


def run(bundle: Bundle, sandbox: Sandbox, *args: str, env: dict[str, str] | None = None) -> Run:
    """The bundled `npmdesk ARGS…`, run under strace in the sandbox."""
    trace = sandbox.root / "inputs" / "strace.log"
    proc = subprocess.run(
        traced([str(bundle.program), *args], trace), cwd=sandbox.root, env=env or sandbox.env(),
        capture_output=True, text=True, timeout=120, check=False, stdin=subprocess.DEVNULL,
    )
    sockets = network_sockets(trace.read_text())
    trace.unlink()
    return Run(proc.returncode, proc.stdout, proc.stderr, sockets)


@contextmanager
def xvfb() -> Iterator[str]:
    """A private X server (no TCP) for the test; yields its DISPLAY."""
    server = shutil.which("Xvfb")
    assert server, "Xvfb is missing: run scripts/install-system-deps"
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [server, "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", "1280x800x24"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def visible_windows(display: str, name: str) -> list[str]:
    """Ids of the visible windows whose title matches the regular expression `name`."""
    proc = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, timeout=10, check=False,
    )
    return proc.stdout.split()


def wait_for_window(display: str, name: str, timeout: float = 30.0) -> str:
    """The first visible window titled `name` (a regular expression); fails after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = visible_windows(display, name)
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no window titled {name!r} appeared within {timeout:.0f} s")


def xdotool(display: str, *args: str) -> None:
    subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display}, check=True, timeout=30)
