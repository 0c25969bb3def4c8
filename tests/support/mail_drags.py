"""The formats mail programs put in a drag, built byte for byte (each with its source), for tests
that drop them on the window."""

from __future__ import annotations

import struct
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QMimeData, QUrl

FD_FILESIZE = 0x40


def windows_format(name: str) -> str:
    """How Qt on Windows names a registered clipboard format it has no converter for
    (QWindowsMimeRegistry: `application/x-qt-windows-mime;value="NAME"`)."""
    return f'application/x-qt-windows-mime;value="{name}"'


def file_group_descriptor_w(*files: tuple[str, int]) -> bytes:
    """FILEGROUPDESCRIPTORW (shlobj_core.h): UINT cItems, then per file a FILEDESCRIPTORW of 592
    bytes: dwFlags, CLSID, SIZEL, POINTL, dwFileAttributes, three FILETIMEs, nFileSizeHigh,
    nFileSizeLow, WCHAR cFileName[260]. Two files make the 1188 bytes Qt reports for Outlook."""
    out = struct.pack("<I", len(files))
    for name, size in files:
        head = struct.pack("<I16s8s8sI8s8s8sII", FD_FILESIZE, b"", b"", b"", 0x80, b"", b"", b"", size >> 32,
                           size & 0xFFFFFFFF)
        out += head + name.encode("utf-16-le").ljust(520, b"\0")
    return out


def outlook(*names: str) -> QMimeData:
    """Outlook (Windows) dragging messages, as Qt reports it (forum.qt.io/topic/70101: the
    RenPrivate* formats, FileGroupDescriptor(W) with the .msg names, and FileContents, which Outlook
    offers as an IStorage and Qt, asking for HGLOBAL memory only, returns empty)."""
    mime = QMimeData()
    for name in ("RenPrivateSourceFolder", "RenPrivateMessages"):
        mime.setData(windows_format(name), b"\x01\x00\x00\x00" + b"\0" * 16)
    mime.setData(windows_format("FileGroupDescriptorW"), file_group_descriptor_w(*((n, 24_576) for n in names)))
    mime.setData(windows_format("FileContents"), b"")
    mime.setData("text/plain", "\t".join(names).encode())
    return mime


def one_file_as_memory(name: str, data: bytes) -> QMimeData:
    """A program that offers one message with FileGroupDescriptorW and FileContents as memory
    (HGLOBAL), which Qt does deliver."""
    mime = QMimeData()
    mime.setData(windows_format("FileGroupDescriptorW"), file_group_descriptor_w((name, len(data))))
    mime.setData(windows_format("FileContents"), data)
    return mime


def _utf16(text: str) -> bytes:
    return text.encode("utf-16-le")  # Gecko's string flavours travel as UTF-16


def thunderbird_local(mbox: Path, *offsets: int, name: str = "Rapport de visite") -> QMimeData:
    """Thunderbird dragging messages of a local folder (its thread pane's dragstart, mail/base/content
    in comm-central: per message `text/x-moz-message` = its URI and `text/x-moz-url` = its URL; for
    the first, `application/x-moz-file-promise-url` = that URL + "?fileName=" + a file name, and the
    promise). A local folder's message URL is `mailbox:///PATH?number=KEY`, its key the byte offset
    of the message in the mbox file. Qt sees the first message's Mozilla formats, and every
    message's URL in the `text/uri-list` Gecko builds from them."""
    mime = QMimeData()
    path = quote(mbox.as_posix())
    urls = [f"mailbox://{path}?number={offset}" for offset in offsets]
    mime.setData("text/x-moz-message", _utf16(f"mailbox-message://nobody@Local%20Folders/{mbox.name}#{offsets[0]}"))
    mime.setData("text/x-moz-url", _utf16(urls[0]))
    mime.setData("application/x-moz-file-promise-url", f"{urls[0]}?fileName={name}.eml".encode())
    mime.setData("application/x-moz-file-promise", b"")
    mime.setUrls([QUrl(url) for url in urls])
    return mime


def thunderbird_imap() -> QMimeData:
    """Thunderbird dragging a message of an IMAP folder: the same formats, with imap URIs."""
    mime = QMimeData()
    mime.setData("text/x-moz-message", _utf16("imap-message://ana%40npm.example.org@imap.example.org/INBOX#4711"))
    url = "imap://ana%40npm.example.org@imap.example.org:993/fetch%3EUID%3E/INBOX%3E4711"
    mime.setData("text/x-moz-url", _utf16(url))
    mime.setData("application/x-moz-file-promise-url", f"{url}?fileName=Visit.eml".encode())
    mime.setData("application/x-moz-file-promise", b"")
    mime.setUrls([QUrl(url)])
    return mime


def apple_mail() -> QMimeData:
    """Apple Mail dragging a message: file promises (which Qt does not fulfil) and a `message:`
    URL naming its Message-ID (the Mail app's own URL scheme)."""
    mime = QMimeData()
    mime.setUrls([QUrl("message:%3Ca1b2c3@npm.example.org%3E")])
    return mime
