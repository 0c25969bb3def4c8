"""Save a decrypted copy: the one way an attachment leaves the vault unencrypted.

The user is warned every time (questions.py; there is no "don't ask again"), then chooses
the file. The copy is written off the GUI thread as a nameless file beside the target
(npmdesk/plain_output.py), owner-only (0600), checked against the attachment's SHA-256 as it is
written, flushed to disk and only then given its name; on cancel, any failure or a kill, no
partial plaintext is left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from npmdesk.errors import from_os_error
from npmdesk.gui.attachments.errors import CopyNotWritten
from npmdesk.gui.attachments.job import Progress, Work
from npmdesk.gui.os_reasons import os_reason
from npmdesk.plain_output import PlainOutput
from npmdesk.records import attachments
from npmdesk.records.store import RecordStore
from npmdesk.vault.session import JobSession


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

    def work(session: JobSession, progress: Progress) -> Path:
        store = RecordStore(session)
        size = attachments.info(store, attachment_id).size
        try:
            with PlainOutput(target, replace=True, durable=True) as out:
                attachments.copy_to(store, attachment_id,
                                    _Counting(out.file, lambda done: progress(done, size)))
        except OSError as error:
            raise from_os_error(error) or CopyNotWritten(target, os_reason(error)) from None
        return target

    return work
