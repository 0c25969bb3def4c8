"""Output files that appear only when complete: written under a temporary name in the same folder,
renamed into place on success, removed on any failure.

Only regular files (or paths that do not exist yet) are replaced that way. A device, pipe or
socket (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly, as the age tool does: it
cannot be swapped for a file, and must not be. A symbolic link is followed, so the file it
points to is the one replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(path: Path, mode: int = 0o600, *, durable: bool = False) -> Iterator[BinaryIO]:
    """A file object whose contents replace `path` only if the `with` block succeeds.

    `durable=True` also flushes the data to disk before the rename (slower: for files that
    must survive a power cut, not for ordinary outputs, which the age tool does not sync either).
    """
    target = Path(os.path.realpath(path))
    try:
        kind = target.stat().st_mode
    except FileNotFoundError:
        kind = None
    if kind is not None and not stat.S_ISREG(kind):
        with open(target, "wb") as direct:
            yield direct
        return
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
