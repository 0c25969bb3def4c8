"""Failures a user can meet with attachments in the window, each with the message shown.

The only variable part is a path the user chose (never record text or file content).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from npmdesk.errors import NpmdeskError
from npmdesk.gui.inline_error import filled
from npmdesk.phrase import Phrase

CONTEXT = "AttachmentErrors"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class NotAFile(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(_tr("{path} is a folder or not an ordinary file; only files can be attached. "
                             "Nothing was added.").format(path=path))


class FileUnreadable(NpmdeskError):
    def __init__(self, path: Path, reason: Phrase) -> None:
        super().__init__(_tr("npmdesk could not read {path}: {reason}. Nothing was added.").format(
            path=path, reason=filled(reason)))


class RecordInBin(NpmdeskError):
    message = "This record is in the bin. Restore it before changing its attachments."


class AttachmentBusy(NpmdeskError):
    message = "npmdesk is still working on attachments. Wait for it to finish, or cancel it first."


class CopyNotWritten(NpmdeskError):
    def __init__(self, path: Path, reason: Phrase) -> None:
        super().__init__(_tr("npmdesk could not write {path}: {reason}. No copy was left there.").format(
            path=path, reason=filled(reason)))
