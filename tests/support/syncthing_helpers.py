"""Two real Syncthing instances on the loopback interface keeping one folder in step (the team
folder of two vaults). Syncthing is a separate program (Go): the tests' socket guard, which is
Python's, applies to npmdesk's processes only. No discovery, relays, NAT, GUI or usage reports:
each instance listens on 127.0.0.1 and knows the other's address."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.support.crash_harness import die_with_parent

FOLDER_ID = "npmdesk-team"
WAIT_S = 90.0  # a generous bound: the test waits for files, not for a time

_CONFIG = """<configuration version="36">
  <folder id="{folder_id}" label="team" path="{path}" type="sendreceive" rescanIntervalS="1"
          fsWatcherEnabled="true" fsWatcherDelayS="1">
    <device id="{me}"></device>
    <device id="{peer}"></device>
  </folder>
  <device id="{me}" name="me" compression="metadata" introducer="false">
    <address>tcp://127.0.0.1:{my_port}</address>
  </device>
  <device id="{peer}" name="peer" compression="metadata" introducer="false">
    <address>tcp://127.0.0.1:{peer_port}</address>
  </device>
  <gui enabled="false" tls="false"><address>127.0.0.1:0</address></gui>
  <options>
    <listenAddress>tcp://127.0.0.1:{my_port}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <urAccepted>-1</urAccepted>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
  </options>
</configuration>
"""


@dataclass
class Instance:
    home: Path
    folder: Path
    device_id: str
    port: int


def _generate(home: Path) -> str:
    done = subprocess.run(["syncthing", "generate", f"--home={home}", "--no-default-folder"],
                          capture_output=True, text=True, timeout=60, check=True)
    found = re.search(r"Device ID: ([A-Z0-9-]+)", done.stdout + done.stderr)
    assert found is not None, done.stdout + done.stderr
    return found.group(1)


@dataclass
class Pair:
    """Two folders (a, b) that two running Syncthing instances keep identical."""

    a: Path
    b: Path
    processes: list[subprocess.Popen[bytes]]
    logs: list[Path]

    def wait_for(self, condition: Callable[[], bool], what: str) -> None:
        """Poll the file system until `condition()` holds (Syncthing carries files in its own
        time); fails at once, with Syncthing's log, if an instance stopped."""
        deadline = time.monotonic() + WAIT_S
        while not condition():
            stopped = [p.returncode for p in self.processes if p.poll() is not None]
            if stopped or time.monotonic() > deadline:
                tails = "\n".join(log.read_text(errors="replace")[-2000:] for log in self.logs)
                raise AssertionError(f"Syncthing did not carry {what} (stopped: {stopped}):\n{tails}")
            time.sleep(0.2)


@contextmanager
def syncthing_pair(root: Path) -> Iterator[Pair]:
    """Two folders (root/a/team, root/b/team) that two Syncthing instances keep identical."""
    assert shutil.which("syncthing"), "install the Debian package syncthing (scripts/install-system-deps)"
    ports = random.sample(range(30000, 60000), 2)  # not a secret
    instances = []
    for name, port in zip("ab", ports, strict=True):
        home = root / name / "syncthing"
        folder = root / name / "team"
        folder.mkdir(parents=True)
        (folder / ".stfolder").mkdir()
        instances.append(Instance(home, folder, _generate(home), port))
    for me, peer in ((instances[0], instances[1]), (instances[1], instances[0])):
        (me.home / "config.xml").write_text(_CONFIG.format(
            folder_id=FOLDER_ID, path=me.folder, me=me.device_id, peer=peer.device_id, my_port=me.port,
            peer_port=peer.port), encoding="utf-8")
    with ExitStack() as stack:
        pair = Pair(instances[0].folder, instances[1].folder, [], [])
        for instance in instances:
            log_path = instance.home / "log.txt"
            log = stack.enter_context(open(log_path, "wb"))
            proc = subprocess.Popen(
                ["syncthing", "serve", f"--home={instance.home}", "--no-browser", "--no-restart"],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent,
                env={"PATH": "/usr/bin:/bin", "HOME": str(instance.home), "STNOUPGRADE": "1",
                     "STNODEFAULTFOLDER": "1"})
            stack.callback(_stop, proc)
            pair.processes.append(proc)
            pair.logs.append(log_path)
        yield pair


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def same_files(a: Path, b: Path, subfolder: str) -> Callable[[], bool]:
    """True once `subfolder`'s files (not hidden ones) are the same names and sizes on both sides."""
    def listing(root: Path) -> dict[str, int]:
        folder = root / subfolder
        if not folder.is_dir():
            return {}
        return {p.name: p.stat().st_size for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")}

    return lambda: bool(listing(a)) and listing(a) == listing(b)
