"""The messages in the files and folders a user hands over: .eml files, Outlook .msg files,
mbox files (Thunderbird's folders, Google Takeout), and folders of any of these.

Each message comes as a `Source`: where it came from (a label to show: a file's name, or a phrase
translated where it is shown for a message inside an mbox) and the message read, or the one
sentence saying why it could not be. A file that cannot be read never stops the others.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from npmdesk.errors import NpmdeskError
from npmdesk.mail import mbox
from npmdesk.mail.eml import MAX_MESSAGE_BYTES, read_eml
from npmdesk.mail.errors import MessageTooLarge
from npmdesk.mail.message import MailMessage
from npmdesk.mail.msg import is_msg, read_msg
from npmdesk.phrase import Count, Phrase

MAX_FILES_IN_FOLDER = 100_000
MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")


class MailFileUnreadable(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} could not be read (it is missing, a folder npmdesk cannot open, "
                         "or not readable by you); nothing was imported from it.", path=path)


@dataclass(frozen=True)
class Source:
    label: str | Phrase  # "report.eml", "Inbox.mbox, message 12" (a phrase)
    message: MailMessage | None
    error: NpmdeskError | None = None  # why it could not be read (shown translated)


def read_paths(paths: Iterable[Path]) -> Iterator[Source]:
    """Every message in `paths`, in order (a folder's files sorted by name, recursively)."""
    for path in paths:
        if path.is_dir():
            children = sorted(child for child in path.rglob("*")
                              if child.is_file() and child.suffix.lower() in MAIL_SUFFIXES)
            for child in children[:MAX_FILES_IN_FOLDER]:
                yield from _read_file(child, f"{path.name}/{child.relative_to(path)}")
        else:
            yield from _read_file(path, path.name)


def read_data(data: bytes, label: str | Phrase, name: str = "message.eml") -> Iterator[Source]:
    """The messages in bytes handed over in memory (a message dragged out of a mail program):
    one message, or an mbox of them; nothing is written anywhere."""
    if mbox.is_mbox(data[:4096]):
        yield from _read_mbox(io.BytesIO(data), label, Path(name).stem)
    else:
        yield _read(data, label, name)  # the readers refuse more than MAX_MESSAGE_BYTES


def _read_file(path: Path, label: str) -> Iterator[Source]:
    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
            if mbox.is_mbox(head) and not path.suffix.lower() == ".eml":
                stream.seek(0)
                yield from _read_mbox(stream, label, path.stem)
                return
            rest = stream.read(MAX_MESSAGE_BYTES + 1 - len(head))
    except OSError:
        yield Source(label, None, MailFileUnreadable(path))
        return
    yield _read(head + rest, label, path.name)


def _read_mbox(stream: BinaryIO, label: str | Phrase, stem: str) -> Iterator[Source]:
    for entry in mbox.messages(stream, max_bytes=MAX_MESSAGE_BYTES):
        where = Phrase("{file}, message {number}", file=label, number=Count(entry.number))
        if entry.too_large:
            yield Source(where, None, MessageTooLarge(MAX_MESSAGE_BYTES // 2**20))
        else:
            yield _read(entry.data, where, f"{stem} {entry.number}.eml")


def _read(data: bytes, label: str | Phrase, name: str) -> Source:
    try:
        reader = read_msg if is_msg(data) else read_eml
        return Source(label, reader(data, name=name))
    except NpmdeskError as error:
        return Source(label, None, error)
