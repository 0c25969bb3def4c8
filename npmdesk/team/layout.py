"""The team folder's layout: one subfolder per device, named by its signing-key fingerprint.

    <team folder>/
      7KQ2-M9XD-4TWA-PJ3N-8C1E/            one device (only that device writes here)
        00000001.age, 00000002.age, …      its changesets, numbered from 1 (eight digits)
        snapshot-<member fingerprint>-00000007.age   a snapshot made for one new member
        state.json                          how far it applied every other device (signed)
        .<name>.<random>.part               a file being written (renamed into place when complete)

Only complete files ever carry a final name: a changeset is written under a temporary name in
the same subfolder, flushed to disk and renamed (exchange/age_output.py). Anything else in the
folder is not read.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from npmdesk.exchange.age_output import atomic_output
from npmdesk.vault.storage import Storage

DIGITS = 8
STATE_FILE = "state.json"
_CHANGESET = re.compile(r"^([0-9]{8})\.age$")
_SNAPSHOT = re.compile(r"^snapshot-([0-9A-Z]{4}(?:-[0-9A-Z]{4}){4})-([0-9]{8})\.age$")
_FINGERPRINT = re.compile(r"^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}$")


def is_fingerprint(name: str) -> bool:
    return bool(_FINGERPRINT.match(name))


def changeset_name(sequence: int) -> str:
    return f"{sequence:0{DIGITS}d}.age"


def snapshot_name(member: str, sequence: int) -> str:
    return f"snapshot-{member}-{sequence:0{DIGITS}d}.age"


@dataclass
class DeviceFolder:
    """What one device's subfolder holds, by name (nothing is opened)."""

    path: Path
    changesets: dict[int, Path]
    snapshots: dict[str, tuple[int, Path]]  # member fingerprint -> (sequence, the newest snapshot)
    stale_snapshots: list[Path]  # older snapshots for a member that has a newer one

    @property
    def newest(self) -> int:
        return max(self.changesets, default=0)


def read_device_folder(path: Path) -> DeviceFolder:
    """The changesets and snapshots in a device's subfolder (an empty listing if it is not there)."""
    changesets: dict[int, Path] = {}
    snapshots: dict[str, tuple[int, Path]] = {}
    stale: list[Path] = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(path):
            if match := _CHANGESET.match(entry.name):
                changesets[int(match.group(1))] = Path(entry.path)
            elif match := _SNAPSHOT.match(entry.name):
                member, sequence = match.group(1), int(match.group(2))
                if member in snapshots and snapshots[member][0] > sequence:
                    stale.append(Path(entry.path))
                    continue
                if member in snapshots:
                    stale.append(snapshots[member][1])
                snapshots[member] = (sequence, Path(entry.path))
    return DeviceFolder(path, changesets, snapshots, stale)


def device_folders(folder: Path) -> list[str]:
    """The names of the subfolders of the team folder (any name: the caller judges them)."""
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        return sorted(e.name for e in os.scandir(folder) if e.is_dir(follow_symlinks=False)
                      and not e.name.startswith("."))
    return []


def write_small(path: Path, data: bytes) -> None:
    """Replace `path` with `data` atomically and durably (a temporary name in the same folder,
    flushed, renamed; then the folder itself flushed so the new name survives a power cut)."""
    with atomic_output(path, 0o600, durable=True) as out:
        out.write(data)
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk (where the system allows it: not on Windows)."""
    Storage.fsync_dir(folder)


def remove(path: Path) -> bool:
    """Remove a file of ours; False if it was already gone."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
