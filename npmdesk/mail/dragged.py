"""Messages dragged straight out of a mail program: what the drag carries, read without a network
and without the mail program's help (no Qt here: the window hands over the formats by name).

What each program puts in the drag (sources: tests/support/mail_drags.py):

- Thunderbird, per message: `text/x-moz-message` (its message URI, `mailbox-message://nobody@Local%20Folders/
  Inbox#KEY`, `imap-message://user@host/INBOX#UID`) and `text/x-moz-url` (the message's URL:
  `mailbox:///PATH/TO/MBOX?number=KEY` for a local folder, `imap://…` or `news://…` for a server's);
  for the first message also `application/x-moz-file-promise-url` (that URL + "?fileName=NAME.eml")
  and a file promise. Gecko builds `text/uri-list` from every message's URL, which is how the
  other messages of a drag reach Qt; on Windows the other names are registered clipboard formats.
  For a local folder the URL names the mbox file and the message's key, which Thunderbird has
  long made the byte offset of its "From " line: the message is read there, only if a message
  starts at that offset (a key that is not an offset, or a folder compacted since, is refused
  with a sentence). Nothing on a server is ever fetched.
- Outlook (Windows): `FileGroupDescriptorW` (names and sizes of the .msg files) and `FileContents`,
  which Outlook offers as an IStorage that Qt cannot read (Qt asks only for HGLOBAL memory, for
  the first file: the bytes come back empty). A single file that does arrive as bytes is read;
  otherwise the user is told to save the messages first. A native read would need the drop's
  IDataObject, which Qt does not hand out: not attempted.
- Apple Mail: file promises (NSFilePromise), which Qt does not fulfil, and `message:` URLs (the
  Message-ID, no content): the user is told to drag the messages to a Finder folder first.
"""

from __future__ import annotations

import enum
import re
import struct
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from npmdesk.errors import NpmdeskError
from npmdesk.mail import mbox
from npmdesk.mail.eml import MAX_MESSAGE_BYTES
from npmdesk.mail.errors import MessageTooLarge
from npmdesk.mail.sources import Source, read_data
from npmdesk.phrase import Phrase

MOZ_MESSAGE = "text/x-moz-message"
MOZ_URL = "text/x-moz-url"
MOZ_PROMISE_URL = "application/x-moz-file-promise-url"
GROUP_DESCRIPTOR_W = "FileGroupDescriptorW"
GROUP_DESCRIPTOR = "FileGroupDescriptor"
FILE_CONTENTS = "FileContents"
OUTLOOK_MARKS = ("RenPrivateMessages", "RenPrivateSourceFolder", "RenPrivateItem")
APPLE_MAIL_MARK = "com.apple.mail"
SERVER_SCHEMES = ("imap", "imap-message", "news", "news-message", "snews", "nntp", "ews", "ews-message", "owl",
                  "owl-message")
LOCAL_SCHEMES = ("mailbox", "mailbox-message")
WANTED = (MOZ_MESSAGE, MOZ_URL, MOZ_PROMISE_URL, GROUP_DESCRIPTOR_W, GROUP_DESCRIPTOR, FILE_CONTENTS)
MAIL_NAME_SUFFIXES = (".eml", ".msg")

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://\S*$")
_QT_WINDOWS_FORMAT = re.compile(r'^application/x-qt-windows-mime;value="(.*)"$')
MAX_TEXT_BYTES = 1024 * 1024  # the URIs of a drag: thousands of messages fit
MAX_DESCRIBED = 1000  # files in one FileGroupDescriptor
NAME_CHARS = 260  # MAX_PATH, the size of cFileName
_DESCRIPTOR_HEAD = 72  # dwFlags, clsid, sizel, pointl, attributes, three FILETIMEs, size high, size low
FD_FILESIZE = 0x40


class Refusal(enum.Enum):
    """A drag npmdesk recognises as mail but cannot read; the window says what to do instead."""

    THUNDERBIRD_SERVER = "thunderbird-server"  # IMAP, news, Exchange: only the network has it
    THUNDERBIRD_UNLOCATED = "thunderbird-unlocated"  # a local folder's message without its file
    OUTLOOK = "outlook"  # FileContents not readable through Qt
    APPLE_MAIL = "apple-mail"  # file promises, message: URLs
    PROMISE = "promise"  # another program naming .eml/.msg files without handing over their bytes


class UnreadableDescriptor(NpmdeskError):
    message = "The list of files this program offered is damaged; nothing was imported from it."


class DraggedMessageNotFound(NpmdeskError):
    message = ("Thunderbird did not say where this message is in its folder file (not every version does, and "
               "compacting a folder moves messages): drag the message to the desktop first, then drop the file "
               "here; nothing was imported from it.")


@dataclass(frozen=True)
class DescribedFile:
    name: str
    size: int | None  # None when the program did not give it


@dataclass(frozen=True)
class LocalMessage:
    """A message in a Thunderbird local folder: its mbox file and the offset of its "From " line."""

    mbox: Path
    offset: int
    label: Phrase  # "Inbox (Thunderbird)", translated where it is shown


@dataclass(frozen=True)
class DraggedMail:
    """What a drag out of a mail program gives: messages to read (in folder files or as bytes), or
    why none can be read."""

    located: tuple[LocalMessage, ...] = ()
    dropped: tuple[tuple[str, bytes], ...] = ()  # (label, the message's bytes)
    refusal: Refusal | None = None


def format_name(qt_format: str) -> str:
    """A format as the program named it: Qt on Windows wraps registered clipboard formats as
    `application/x-qt-windows-mime;value="NAME"`."""
    match = _QT_WINDOWS_FORMAT.match(qt_format)
    return match.group(1) if match else qt_format


def file_group_descriptor(data: bytes, *, wide: bool = True) -> list[DescribedFile]:
    """The files a FILEGROUPDESCRIPTOR(W) lists, at most MAX_DESCRIBED; UnreadableDescriptor when it
    is shorter than its count says, or lists more than the budget."""
    name_bytes = NAME_CHARS * (2 if wide else 1)
    entry = _DESCRIPTOR_HEAD + name_bytes
    if len(data) < 4:
        raise UnreadableDescriptor()
    (count,) = struct.unpack_from("<I", data, 0)
    if count > MAX_DESCRIBED or len(data) < 4 + count * entry:
        raise UnreadableDescriptor()
    files = []
    for index in range(count):
        start = 4 + index * entry
        (flags,) = struct.unpack_from("<I", data, start)
        high, low = struct.unpack_from("<II", data, start + _DESCRIPTOR_HEAD - 8)
        raw = data[start + _DESCRIPTOR_HEAD:start + entry]
        text = raw.decode("utf-16-le", "replace") if wide else raw.decode("cp1252", "replace")
        name = text.split("\0", 1)[0]
        files.append(DescribedFile(name, (high << 32 | low) if flags & FD_FILESIZE else None))
    return files


def read_drag(names: Collection[str], data: Callable[[str], bytes], urls: Sequence[str]) -> DraggedMail | None:
    """What a drag out of a mail program carries (`names`: its formats, as `format_name` gives them;
    `data(name)`: one format's bytes, asked only for those in WANTED; `urls`: its URLs), or None
    when it is not one."""
    if (MOZ_MESSAGE in names or MOZ_URL in names or MOZ_PROMISE_URL in names
            or any(urlsplit(url).scheme.lower() in (*SERVER_SCHEMES, *LOCAL_SCHEMES) for url in urls)):
        thunderbird = _thunderbird(names, data, urls)
        if thunderbird is not None:
            return thunderbird
    if GROUP_DESCRIPTOR_W in names or GROUP_DESCRIPTOR in names:
        return _described(names, data)
    if any(APPLE_MAIL_MARK in name for name in names) or any(url.startswith("message:") for url in urls):
        return DraggedMail(refusal=Refusal.APPLE_MAIL)
    return None


def _text(data: bytes) -> str:
    """A Mozilla string flavour: UTF-16 (what Gecko puts in a drag) or UTF-8."""
    data = data[:MAX_TEXT_BYTES]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if len(data) > 1 and data.count(b"\0") * 3 >= len(data):
        return data.decode("utf-16-le", "replace")
    return data.decode("utf-8", "replace")


def _thunderbird(names: Collection[str], data: Callable[[str], bytes], dragged: Sequence[str]) -> DraggedMail | None:
    urls = [url for url in dragged if urlsplit(url).scheme.lower() in (*SERVER_SCHEMES, *LOCAL_SCHEMES)]
    for name in (MOZ_URL, MOZ_PROMISE_URL, MOZ_MESSAGE):  # text/uri-list (`dragged`) has every message
        if urls:
            break
        if name in names:
            lines = [line.strip().strip("\0") for line in _text(data(name)).splitlines()]
            urls = [line for line in lines if _URL.match(line)]  # text/x-moz-url: "url\ntitle" pairs
    located = []
    for url in urls:
        message = local_message(url)
        if message is not None:
            located.append(message)
            continue
        scheme = urlsplit(url).scheme.lower()
        if scheme in SERVER_SCHEMES:
            return DraggedMail(refusal=Refusal.THUNDERBIRD_SERVER)
        if scheme in LOCAL_SCHEMES:
            return DraggedMail(refusal=Refusal.THUNDERBIRD_UNLOCATED)
    return DraggedMail(located=tuple(located)) if located else None


def local_message(url: str) -> LocalMessage | None:
    """The mbox file and offset a Thunderbird `mailbox:///PATH?number=KEY` URL names (Windows:
    `mailbox:///C:/…`); None for any other URL."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "mailbox" or parts.netloc not in ("", "localhost"):
        return None
    # Thunderbird appends "?fileName=…" to a URL that already has its "?number=KEY".
    numbers = [part[len("number="):] for part in re.split(r"[&?]", parts.query) if part.startswith("number=")]
    if len(numbers) != 1 or not numbers[0].isdigit() or len(numbers[0]) > 15:
        return None
    raw = unquote(parts.path)
    if re.match(r"^/[A-Za-z]:/", raw):
        raw = raw[1:]
    path = Path(raw)
    if not path.is_absolute():
        return None
    return LocalMessage(path, int(numbers[0]), Phrase("{file} (Thunderbird)", file=path.name))


def _described(names: Collection[str], data: Callable[[str], bytes]) -> DraggedMail | None:
    wide = GROUP_DESCRIPTOR_W in names
    try:
        files = file_group_descriptor(data(GROUP_DESCRIPTOR_W if wide else GROUP_DESCRIPTOR), wide=wide)
    except UnreadableDescriptor:
        files = []
    mail = [f for f in files if f.name.lower().endswith(MAIL_NAME_SUFFIXES)]
    outlook = any(mark in names for mark in OUTLOOK_MARKS)
    if not mail and not outlook:
        return None  # files of another kind (an attachment, a picture): not the mail import's
    contents = data(FILE_CONTENTS) if FILE_CONTENTS in names and len(files) == 1 else b""
    too_large = bool(mail) and mail[0].size is not None and mail[0].size > MAX_MESSAGE_BYTES
    if len(mail) == 1 and len(files) == 1 and contents and not too_large:
        return DraggedMail(dropped=((mail[0].name, contents),))
    return DraggedMail(refusal=Refusal.OUTLOOK if outlook or not mail else Refusal.PROMISE)


def read_located(messages: Sequence[LocalMessage]) -> Iterator[Source]:
    """Each message from its folder file: only a message whose "From " line starts at the offset is
    read, within the import's size budget; the file is never read whole."""
    for message in messages:
        try:
            with message.mbox.open("rb") as stream:
                stream.seek(message.offset)
                if not mbox.is_mbox(stream.read(4096)):
                    raise DraggedMessageNotFound()
                stream.seek(message.offset)
                entry = next(mbox.messages(stream, max_bytes=MAX_MESSAGE_BYTES))
        except (OSError, ValueError, DraggedMessageNotFound):
            yield Source(message.label, None, DraggedMessageNotFound())
            continue
        if entry.too_large:
            yield Source(message.label, None, MessageTooLarge(MAX_MESSAGE_BYTES // 2**20))
        else:
            yield from read_data(entry.data, message.label, f"{message.mbox.name} {message.offset}.eml")
