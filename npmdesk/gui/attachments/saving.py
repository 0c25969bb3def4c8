"""Save a decrypted copy: the one way an attachment leaves the vault unencrypted.

The user is warned every time (questions.py; there is no "don't ask again"), then chooses
the file. The copy is written off the GUI thread under a hidden name beside the target,
created owner-only (0600), checked against the attachment's SHA-256 as it is written, flushed
to disk and only then given its name; on cancel or any failure the hidden file is deleted, so no partial
plaintext is left behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from npmdesk.errors import from_os_error
from npmdesk.gui.attachments.errors import CopyNotWritten
from npmdesk.gui.attachments.job import Progress, Work
from npmdesk.gui.attachments.job_store import JobStore
from npmdesk.records import attachments


class _Counting:
    """A writer that reports the bytes written so far."""

    def __init__(self, target: BinaryIO, report: Callable[[int], None]) -> None:
        self._target = target
        self._report = report
        self._done = 0

    def write(self, data: bytes) -> int:
        written = self._target.write(data)
        self._done += len(data)
        self._report(self._done)
        return written


def save_copy(attachment_id: str, target: Path) -> Work:
    """The job's work: write the attachment's bytes to `target`; returns `target`."""

    def work(stores: JobStore, progress: Progress) -> Path:
        size = attachments.info(stores.store, attachment_id).size
        hidden = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(hidden, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as out:
                attachments.copy_to(stores.store, attachment_id,
                                    _Counting(out, lambda done: progress(done, size)))  # type: ignore[arg-type]
                out.flush()
                os.fsync(out.fileno())
            os.replace(hidden, target)
        except OSError as error:
            _remove(hidden)
            raise from_os_error(error) or CopyNotWritten(target, error.strerror or type(error).__name__) from None
        except BaseException:
            _remove(hidden)
            raise
        return target

    return work


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
