"""One npmdesk at a time per vault: an exclusive, non-blocking lock on `npmdesk.lock`.

The operating system releases the lock when the process ends, even after a crash, so a
stale lock file never keeps the user out.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from npmdesk.errors import VaultInUse
from npmdesk.vault.files import LOCK_NAME
from npmdesk.vault.storage import FILE_MODE


class VaultLock:
    """Held while a vault is open; `release()` is idempotent."""

    def __init__(self, folder: Path) -> None:
        self._fd: int | None = None
        try:
            fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except PermissionError:
            from npmdesk.errors import VaultFolderUnwritable

            raise VaultFolderUnwritable(folder) from None
        try:
            lock_fd(fd)
        except OSError:
            os.close(fd)
            raise VaultInUse() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            unlock_fd(fd)
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def lock_fd(fd: int) -> None:
        """Take an exclusive lock on the open file `fd` without waiting (OSError if it is held)."""
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def lock_fd(fd: int) -> None:
        """Take an exclusive lock on the open file `fd` without waiting (OSError if it is held)."""
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
