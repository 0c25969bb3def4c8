"""Output files that appear only when complete: written under a temporary name in the same folder,
renamed into place on success, removed on any failure (and, after a kill, at the next start of
npmdesk: see npmdesk/litter.py). For ciphertext; plaintext goes through npmdesk/plain_output.py.

Only regular files (or paths that do not exist yet) are replaced that way. A device, pipe or
socket (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly, as the age tool does: it
cannot be swapped for a file, and must not be. A symbolic link is followed, so the file it
points to is the one replaced.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from npmdesk import litter


class EarlyWriteback:
    """Writes to `out`, a file that will be fsynced at its end (`atomic_output(durable=True)`),
    asking the kernel every WRITEBACK_EVERY bytes to start writing what came so far to the disk
    (posix_fadvise DONTNEED on the bytes written since the last call: their pages are still dirty,
    so the kernel starts writing them back without waiting for it and cannot drop them from the
    page cache; asked of the whole file, it also dropped the pages already written, and a package
    read again at once, by an import on the same machine, came from the disk). The disk then
    writes a big file while the rest of it is being made, and the final fsync waits for little: a
    package of 500 MB spent about 0.25 s of a 0.85 s export in it. The fsync stays what makes the
    file durable. Where the system has no posix_fadvise, or `out` is not a regular file (a pipe, a
    device), writes go through as they are. Called from one thread at a time (the cipher's writer
    thread, age/pipeline.py)."""

    WRITEBACK_EVERY = 32 * 1024 * 1024

    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._written = 0  # bytes whose writeback was asked for
        self.total = 0  # bytes written
        try:
            regular = stat.S_ISREG(os.fstat(out.fileno()).st_mode)
        except (OSError, ValueError):
            regular = False
        self._advise = regular and hasattr(os, "posix_fadvise")

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        written = self._out.write(data)
        self.total += len(data)
        if self.total - self._written >= self.WRITEBACK_EVERY:
            self._start_writeback()
        return written

    def finish(self) -> None:
        """The file is complete: start the writeback of its end too (less than WRITEBACK_EVERY
        bytes, all of a small package), so that whatever the caller does before the fsync (an
        export logs its disclosures) overlaps with the disk writing it."""
        if self.total > self._written:
            self._start_writeback()

    def _start_writeback(self) -> None:
        if not self._advise:
            return
        self._out.flush()
        try:  # only the bytes just written: still dirty, their writeback starts and they stay cached
            os.posix_fadvise(self._out.fileno(), self._written, self.total - self._written, os.POSIX_FADV_DONTNEED)
        except OSError:
            self._advise = False  # only advice: the final fsync still writes everything
        self._written = self.total


def writes_a_file(path: Path) -> bool:
    """True unless `path` is something other than a regular file, following links: a device, or a
    pipe such as `/dev/stdout` piped into another program (whose link leads to "pipe:[…]", a
    name no folder holds, so it is asked of the path itself, not of where its links lead)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:  # a new file (or one the open will say what is wrong with)
        return True


@contextlib.contextmanager
def atomic_output(path: Path, mode: int = 0o600, *, durable: bool = False) -> Iterator[BinaryIO]:
    """A file object whose contents replace `path` only if the `with` block succeeds.

    `durable=True` also flushes the data to disk before the rename (slower: for files that
    must survive a power cut, not for ordinary outputs, which the age tool does not sync either).
    """
    if not writes_a_file(path):
        with open(path, "wb") as direct:
            yield direct
        return
    target = Path(os.path.realpath(path))
    # The temporary file is in the litter journal: removed on failure, or at the next start after a kill.
    with litter.guarded(target.parent / f".{target.name}.{secrets.token_hex(4)}.part") as guard:
        temp = guard.paths[0]
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
