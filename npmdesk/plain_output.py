"""Plaintext files the user asked for (a decrypted file, an unpacked package, a saved copy of an
attachment, a report) that get their name only once complete.

On Linux the file is made with O_TMPFILE in the target's folder: it has no name at all while
it is written, so a kill (SIGKILL, a power cut) at any moment leaves nothing behind; the
kernel frees it. `publish()` then gives it its name with linkat(2) through /proc/self/fd.
When the target may be replaced (`replace=True`: `age -o` over an existing file, `--force`),
the file is linked under a hidden temporary name and renamed over the target; a kill in the
tiny window between the two leaves the complete file under that hidden name, which the
litter journal (npmdesk/litter.py) removes at the next start of npmdesk.

Where O_TMPFILE is not available (macOS, Windows, file systems such as vfat or some FUSE
mounts that refuse it, no /proc), the file is written as `.<name>.<random>.part` beside the
target, owner-only, and its path is in the litter journal from before it is created until
it is renamed into place or removed: a failure removes it at once, a kill at the next start.

Files are created owner-only (0600). An existing target that is not a regular file (a device
such as /dev/null, a FIFO) is written to directly, as the age tool does.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from npmdesk import litter
from npmdesk.vault.storage import Storage

FILE_MODE = 0o600
FALLBACK_ENV = "NPMDESK_PLAIN_OUTPUT_FALLBACK"  # "1": never use O_TMPFILE (tests of the fallback)
_BINARY = getattr(os, "O_BINARY", 0)


def anonymous_files_available() -> bool:
    """True if this platform can make nameless files (O_TMPFILE and /proc/self/fd)."""
    return (sys.platform.startswith("linux") and hasattr(os, "O_TMPFILE")
            and os.environ.get(FALLBACK_ENV) != "1" and os.path.isdir("/proc/self/fd"))


class PlainOutput:
    """One plaintext file being written for `target`; it gets that name only in `publish()`.

    `folder` is where the nameless file is made (default: the target's folder; it must be on
    the same file system, and exist). `publish()` raises FileExistsError if `target` exists
    and `replace` is False. `discard()` (or leaving the `with` block by an exception) leaves
    nothing. Either may be called more than once; after one, the other does nothing.
    """

    def __init__(self, target: Path, *, replace: bool = False, folder: Path | None = None,
                 durable: bool = False, anonymous: bool | None = None,
                 journal: Callable[[], litter.Guard] | None = None) -> None:
        """`journal`: where a fallback file is recorded (a Guard shared by many files, which
        the caller releases), instead of a Guard of its own; `anonymous=False` forces the
        fallback, None uses nameless files where available."""
        self.target = Path(target)
        self._replace = replace
        self._durable = durable
        self._guard: litter.Guard | None = None  # owned: released with this file
        self._journal = journal
        self._temp: Path | None = None  # the fallback's named file
        self._direct = False
        self._done = False
        if replace:
            self.target = Path(os.path.realpath(self.target))  # a symlink: replace what it points to
            with contextlib.suppress(OSError):
                if not stat.S_ISREG(self.target.stat().st_mode):
                    self._direct = True
        if self._direct:
            self.file: BinaryIO = open(self.target, "wb")  # closed by publish/discard
            return
        where = Path(folder) if folder is not None else self.target.parent
        if anonymous is None:
            anonymous = anonymous_files_available()
        fd = _open_anonymous(where) if anonymous else None
        if fd is None:
            fd = self._open_fallback(where)
        self.file = os.fdopen(fd, "wb")

    @property
    def anonymous(self) -> bool:
        """True while the file has no name (O_TMPFILE)."""
        return not self._direct and self._temp is None

    def _open_fallback(self, where: Path) -> int:
        self._temp = where / f".{self.target.name}.{secrets.token_hex(4)}.part"
        if self._journal is not None:
            self._journal().add(self._temp)
        else:
            self._guard = litter.Guard([self._temp])
        try:
            return os.open(self._temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, FILE_MODE)
        except BaseException:
            self._close()
            raise

    def write(self, data: bytes | bytearray | memoryview) -> int:
        return self.file.write(data)

    def finish_writing(self) -> None:
        """Flush (and with `durable`, fsync). A fallback file is closed: it needs no descriptor."""
        if self.file.closed:
            return
        self.file.flush()
        if self._durable:
            os.fsync(self.file.fileno())
        if self._temp is not None or self._direct:
            self.file.close()

    def publish(self) -> None:
        """Give the complete file its name (see the class docstring)."""
        if self._done:
            return
        try:
            self.finish_writing()
            if self._direct:
                pass
            elif self._temp is not None:
                _place(self._temp, self.target, self._replace)
            else:
                self._link_anonymous()
            if self._durable and not self._direct:
                Storage.fsync_dir(self.target.parent)
        except BaseException:
            self.discard()
            raise
        self._done = True
        self._close()

    def _link_anonymous(self) -> None:
        fd = self.file.fileno()
        if not self._replace:
            _link_fd(fd, self.target)
            return
        temp = self.target.with_name(f".{self.target.name}.{secrets.token_hex(4)}.part")
        with litter.guarded(temp):  # the window between link and rename is covered too
            _link_fd(fd, temp)
            os.replace(temp, self.target)

    def discard(self) -> None:
        """Forget the file: nothing is left under any name. Idempotent."""
        if self._done:
            return
        self._done = True
        self._close()

    def _close(self) -> None:
        if hasattr(self, "file"):
            with contextlib.suppress(OSError):
                self.file.close()
        if self._temp is not None:  # gone once renamed into place; else removed now
            with contextlib.suppress(OSError):
                self._temp.unlink()
        if self._guard is not None:
            self._guard.release()  # removes the fallback file unless it was renamed into place
            self._guard = None

    def __enter__(self) -> PlainOutput:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.publish()
        else:
            self.discard()


@contextlib.contextmanager
def plain_output(target: Path, *, replace: bool = False, durable: bool = False) -> Iterator[BinaryIO]:
    """A file object whose contents appear at `target` only if the `with` block succeeds."""
    out = PlainOutput(target, replace=replace, durable=durable)
    try:
        yield out.file
    except BaseException:
        out.discard()
        raise
    out.publish()


def write_plain(target: Path, data: bytes, *, replace: bool = False) -> None:
    """Write all of `data` to `target` (durably); it appears only complete. FileExistsError
    if it exists and `replace` is False."""
    with plain_output(target, replace=replace, durable=True) as out:
        out.write(data)


def _open_anonymous(folder: Path) -> int | None:
    """A nameless file in `folder`, or None where that is refused (use the fallback)."""
    try:
        fd = os.open(folder, os.O_TMPFILE | os.O_WRONLY, FILE_MODE)
    except OSError:
        return None  # EOPNOTSUPP, EISDIR (old kernel), …: the fallback says what is really wrong
    if not os.path.exists(f"/proc/self/fd/{fd}"):
        os.close(fd)
        return None
    return fd


def _link_fd(fd: int, target: Path) -> None:
    """linkat(2) with AT_SYMLINK_FOLLOW from /proc/self/fd/FD: give the nameless file a name.

    (os.link uses plain link(2), which does not follow the /proc symlink, unless a directory
    descriptor is given: hence `dst_dir_fd`.) FileExistsError if `target` exists.
    """
    folder = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(f"/proc/self/fd/{fd}", target.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _place(temp: Path, target: Path, replace: bool) -> None:
    if replace:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # fails if the target exists: it is never replaced
    except FileExistsError:
        raise
    except OSError:  # no hard links here (vfat, some network drives)
        if os.path.lexists(target):
            raise FileExistsError(17, "File exists", str(target)) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def open_files_budget(reserve: int = 256) -> int:
    """How many nameless files a caller may hold open at once (it raises the soft limit on open
    files to the hard one first). Beyond it, callers use the fallback (`anonymous=False`)."""
    try:
        import resource
    except ImportError:  # Windows: no nameless files anyway
        return 0
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 1 << 16)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        with contextlib.suppress(OSError, ValueError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
        soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    if soft == resource.RLIM_INFINITY:
        soft = 1 << 16
    return max(0, soft - reserve)
