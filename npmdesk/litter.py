"""Temporary files npmdesk must not leave behind, even if it is killed: a journal of them.

Before npmdesk creates a temporary file or folder beside a file it is writing (a `.part` file,
a backup's `.tmp` files, a restore's temporary vault folder), it records the path in a small
journal entry in the platform's user-state folder (`~/.local/state/npmdesk/pending/` on
Linux), and holds a lock on that entry for as long as the files may exist. `Guard.release()`
removes whatever is still there and the entry; if the process was killed, `clean_up()`, run at
the next start of npmdesk, finds the entry unlocked and removes the files then.

Only npmdesk's own temporary names (hidden, ending in `.part` or `.tmp`, or a restore's
`.<name>.restore-<random>` folder) are ever removed, so a damaged journal cannot make npmdesk
delete a user's file. An entry that is locked belongs to a running npmdesk and is left
alone. The journal holds paths only, never content.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import platformdirs

from npmdesk.vault.lockfile import lock_fd, unlock_fd

APP_NAME = "npmdesk"
ENTRY_SUFFIX = ".pending"
MAX_ENTRY_BYTES = 1024 * 1024


def journal_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False, roaming=False)) / "pending"


class Guard:
    """A journal entry listing temporary paths; `release()` removes them and the entry.

    Use it as a context manager, or keep it and call `release()` (a failure and a success
    alike: by then a published file has its final name and nothing is left at its temporary
    one). Creating the entry raises OSError if the state folder cannot be written.
    """

    def __init__(self, paths: Iterable[Path] = ()) -> None:
        folder = journal_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._entry = folder / f"{secrets.token_hex(8)}{ENTRY_SUFFIX}"
        self._fd: int | None = os.open(self._entry, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
        self._paths: list[Path] = []
        try:
            lock_fd(self._fd)
            for path in paths:
                self.add(path)
        except BaseException:
            self.release()
            raise

    @property
    def paths(self) -> list[Path]:
        """The listed paths (absolute), in the order they were added."""
        return list(self._paths)

    def add(self, path: Path) -> None:
        """Record one more path (a file or a folder), durably, before it is created."""
        if self._fd is None:
            raise ValueError("the guard was released")
        path = Path(os.path.abspath(path))
        line = os.fsencode(path) + b"\n"
        if b"\n" in line[:-1]:
            raise ValueError("a temporary path cannot hold a line break")
        os.lseek(self._fd, 0, os.SEEK_END)
        os.write(self._fd, line)
        os.fsync(self._fd)
        self._paths.append(path)

    def release(self) -> None:
        """Remove every listed path that still exists, then the entry. Idempotent."""
        if self._fd is None:
            return
        for path in reversed(self._paths):
            _remove(path)
        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            self._entry.unlink()
        with contextlib.suppress(OSError):
            unlock_fd(fd)
        os.close(fd)

    def __enter__(self) -> Guard:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def clean_up() -> int:
    """Remove what killed npmdesk processes left behind; returns how many entries were settled.

    Called early at every start of npmdesk; never raises (a journal it cannot read is left).
    """
    try:
        entries = sorted(journal_dir().glob(f"*{ENTRY_SUFFIX}"))
    except OSError:
        return 0
    settled = 0
    for entry in entries:
        with contextlib.suppress(OSError):
            settled += _settle(entry)
    return settled


def _settle(entry: Path) -> int:
    fd = os.open(entry, os.O_RDWR | _BINARY)
    try:
        try:
            lock_fd(fd)
        except OSError:
            return 0  # a running npmdesk holds it
        data = os.read(fd, MAX_ENTRY_BYTES)
        for raw in data.split(b"\n")[:-1]:  # the last piece is empty or a line cut by the kill
            path = Path(os.fsdecode(raw))
            if raw and path.is_absolute():
                _remove(path)
        entry.unlink()
        unlock_fd(fd)
    finally:
        os.close(fd)
    return 1


def _remove(path: Path) -> None:
    """Delete a hidden temporary file or folder (and SQLite's side files of a temporary database)."""
    name = path.name
    if not (name.startswith(".") and (name.endswith((".part", ".tmp")) or ".restore-" in name)):
        return  # not one of npmdesk's temporary names: never touched
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
        return
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            os.unlink(f"{path}{suffix}")


@contextlib.contextmanager
def guarded(*paths: Path) -> Iterator[Guard]:
    """`with guarded(a, b):` the paths are removed when the block ends, or at the next start."""
    guard = Guard(paths)
    try:
        yield guard
    finally:
        guard.release()


_BINARY = getattr(os, "O_BINARY", 0)

