"""The file operations the vault makes, behind one class so tests can inject faults.

`Storage.replace_atomically` writes a file so that, whatever happens (an exception, a
crash, a power cut), the path holds either its old content or its new content in full:
write a temporary file in the same folder, fsync it, rename it over the target, fsync the
folder. Each step calls `self.step(name)` first; the test double `FaultyStorage` in the
tests raises there to prove the promise at every step.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
STEPS = ("create-temp", "write-temp", "fsync-temp", "rename", "fsync-dir")


class Storage:
    """Real file operations with owner-only permissions."""

    def step(self, name: str) -> None:
        """Called before each step of a multi-step change; a hook for fault injection."""

    def make_private_dir(self, path: Path) -> None:
        path.mkdir(mode=DIR_MODE, parents=True, exist_ok=False)
        os.chmod(path, DIR_MODE)

    def create_private_file(self, path: Path) -> None:
        """Create an empty file with mode 0600; fails if it exists."""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)

    def read_small(self, path: Path, limit: int) -> bytes:
        """Read a file of at most `limit` bytes; ValueError if it is larger."""
        with open(path, "rb") as f:
            data = f.read(limit + 1)
        if len(data) > limit:
            raise ValueError("file too large")
        return data

    def replace_atomically(self, path: Path, data: bytes) -> None:
        tmp = path.with_name(path.name + ".tmp")
        self.step("create-temp")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            self.step("write-temp")
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            self.step("fsync-temp")
            os.fsync(fd)
        except Exception:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        os.close(fd)
        try:
            self.step("rename")
            os.replace(tmp, path)
        except Exception:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self.step("fsync-dir")
        self.fsync_dir(path.parent)

    def rename(self, src: Path, dst: Path) -> None:
        os.replace(src, dst)
        self.fsync_dir(dst.parent)

    def remove(self, path: Path) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)

    @staticmethod
    def fsync_dir(path: Path) -> None:
        if os.name != "posix":
            return
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def delete_and_remove_folder(folder: Path, names: Iterable[str]) -> int:
    """Delete these files of `folder` (one already gone is fine), flush the folder, then remove
    it if it is empty (files that are not ours stay, and so does the folder); returns how many
    of the files could not be deleted."""
    left = 0
    for name in names:
        try:
            os.unlink(folder / name)
        except FileNotFoundError:
            pass
        except OSError:
            left += 1
    with contextlib.suppress(OSError):
        Storage.fsync_dir(folder)
    with contextlib.suppress(OSError):
        folder.rmdir()
    return left
