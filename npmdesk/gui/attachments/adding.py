"""Adding files to a record: checked first, then streamed into the vault off the GUI thread.

A run adds one or several files all or nothing: if one cannot be read, or the user cancels,
the files already stored by this run are removed again, so the record is exactly as before.
Only local files are taken from a drop; links to anything else are ignored (npmdesk never
fetches remote content).
"""

from __future__ import annotations

import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMimeData

from npmdesk.errors import NpmdeskError
from npmdesk.gui.attachments.errors import FileUnreadable, NotAFile
from npmdesk.gui.attachments.job import Progress, Work
from npmdesk.gui.os_reasons import os_reason
from npmdesk.records import attachments
from npmdesk.records.attachments import AttachmentInfo
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import DatabaseError
from npmdesk.vault.session import JobSession


@dataclass(frozen=True)
class FileToAdd:
    path: Path
    size: int


def local_files(mime: QMimeData | None) -> list[Path]:
    """The local files of a drag (file URLs only)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def check_files(paths: Iterable[Path]) -> list[FileToAdd]:
    """Each path as a file to add; NotAFile or FileUnreadable for the first that cannot be (nothing read yet)."""
    files = []
    for path in paths:
        try:
            info = path.stat()
        except OSError as error:
            raise FileUnreadable(path, os_reason(error)) from None
        if not stat.S_ISREG(info.st_mode):
            raise NotAFile(path)
        files.append(FileToAdd(path, info.st_size))
    return files


def add_files(record_id: str, files: list[FileToAdd]) -> Work:
    """The job's work: add every file to the record, or none of them (a cancel or a failure
    removes again the files this run added; the undo runs even once Cancel is asked)."""

    def work(session: JobSession, progress: Progress) -> list[AttachmentInfo]:
        store = RecordStore(session)
        total = sum(f.size for f in files)
        added: list[AttachmentInfo] = []
        try:
            done = 0
            for f in files:
                added.append(_add_one(store, record_id, f, _from(done, total, progress)))
                done += f.size
        except BaseException:
            with session.unstoppable():
                _undo(store, added)
            raise
        return added

    return work


def _from(base: int, total: int, progress: Progress) -> attachments.Progress:
    """One file's progress (its bytes so far) as the run's (`base` bytes before it, of `total`)."""
    return lambda n: progress(base + n, total)


def _add_one(store: RecordStore, record_id: str, f: FileToAdd, progress: attachments.Progress) -> AttachmentInfo:
    try:
        with open(f.path, "rb") as source:
            return attachments.add(store, record_id, f.path.name, source, progress=progress)
    except OSError as error:
        raise FileUnreadable(f.path, os_reason(error)) from None


def _undo(store: RecordStore, added: list[AttachmentInfo]) -> None:
    for info in reversed(added):
        try:
            attachments.remove(store, info.id)
        except (NpmdeskError, DatabaseError):  # the vault went away (locked, erased): nothing left to undo
            return
