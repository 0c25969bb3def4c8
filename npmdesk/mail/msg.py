"""Outlook's .msg files (MS-OXMSG: MAPI properties in an OLE compound file) read into a MailMessage.

olefile (BSD licence, pure Python, maintained by the author of oletools) reads the compound
file; the properties npmdesk needs are read here, from the documented streams: subject, plain
and HTML body, sender, recipients, the Internet headers Outlook keeps (Message-ID, Date,
In-Reply-To, References), the submit time, and each attachment's long name, type, content id
and data. A body kept only as compressed RTF is not converted (Outlook always writes a plain
body beside it for mail); an attached Outlook item is kept as a note, not opened.
"""

from __future__ import annotations

import datetime as dt
import struct
import time
from email import message_from_string
from email.message import Message
from email.policy import compat32

import olefile

from npmdesk.mail.charsets import decode_bytes
from npmdesk.mail.eml import (
    MAX_MESSAGE_BYTES,
    MAX_REFERENCES,
    SECONDS,
    first_id,
    guess_type,
    message_date,
    message_ids,
    safe_filename,
)
from npmdesk.mail.errors import MessageTooComplex, MessageTooLarge, MessageTooSlow, UnreadableMessage
from npmdesk.mail.html_text import html_to_text, tidy
from npmdesk.mail.message import Address, Attachment, MailMessage
from npmdesk.phrase import Phrase

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_STREAMS = 5_000
MAX_ATTACHMENTS = 500

SUBJECT, TRANSPORT_HEADERS, BODY, HTML = 0x0037, 0x007D, 0x1000, 0x1013
SENDER_NAME, SENDER_EMAIL, SENDER_SMTP = 0x0C1A, 0x0C1F, 0x5D01
MESSAGE_ID, IN_REPLY_TO, REFERENCES = 0x1035, 0x1042, 0x1039
SUBMIT_TIME, DELIVERY_TIME = 0x0039, 0x0E06
CODEPAGE, INTERNET_CPID = 0x3FFD, 0x3FDE
DISPLAY_NAME, EMAIL_ADDRESS, SMTP_ADDRESS, RECIPIENT_TYPE = 0x3001, 0x3003, 0x39FE, 0x0C15
ATTACH_DATA, ATTACH_FILENAME, ATTACH_LONG_FILENAME = 0x3701, 0x3704, 0x3707
ATTACH_MIME, ATTACH_CONTENT_ID, ATTACH_METHOD = 0x370E, 0x3712, 0x3705
PT_STRING8, PT_UNICODE, PT_BINARY, PT_SYSTIME, PT_LONG = 0x001E, 0x001F, 0x0102, 0x0040, 0x0003


def is_msg(head: bytes) -> bool:
    return head.startswith(MAGIC)


def read_msg(data: bytes, *, name: str = "message.msg", seconds: float | None = None) -> MailMessage:
    """The Outlook message in `data`; the same failures as `eml.read_eml`."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise MessageTooLarge(MAX_MESSAGE_BYTES // 2**20)
    if not is_msg(data):
        raise UnreadableMessage
    deadline = time.monotonic() + (SECONDS if seconds is None else seconds)
    try:
        with olefile.OleFileIO(data) as ole:
            entries = ole.listdir(streams=True, storages=False)
            if len(entries) > MAX_STREAMS:
                raise MessageTooComplex
            if ["__substg1.0_001A001F"] not in entries and ["__substg1.0_001A001E"] not in entries:
                raise UnreadableMessage  # a compound file, but not an Outlook item
            return _Reader(ole, entries, deadline).message(data, name)
    except (MessageTooComplex, MessageTooSlow, UnreadableMessage):
        raise
    except (OSError, ValueError, struct.error, IndexError, KeyError, UnicodeError, RecursionError) as error:
        raise UnreadableMessage from error


class _Reader:
    def __init__(self, ole: olefile.OleFileIO, entries: list[list[str]], deadline: float) -> None:
        self.ole = ole
        self.names = {"/".join(entry) for entry in entries}
        self.deadline = deadline
        self.notes: list[Phrase] = []
        fixed = self._fixed("", 32)
        codepage = fixed.get(INTERNET_CPID) or fixed.get(CODEPAGE)
        self.codepage = f"cp{codepage[0]}" if codepage else "cp1252"
        self.fixed = fixed

    def message(self, data: bytes, name: str) -> MailMessage:
        headers = message_from_string(self._string("", TRANSPORT_HEADERS), policy=compat32)
        message_id = self._string("", MESSAGE_ID) or str(headers.get("Message-ID", ""))
        in_reply_to = self._string("", IN_REPLY_TO) or str(headers.get("In-Reply-To", ""))
        references = self._string("", REFERENCES) or str(headers.get("References", ""))
        sender_email = (self._string("", SENDER_SMTP) or self._string("", SENDER_EMAIL)).strip().lower()
        sender_name = self._string("", SENDER_NAME).strip()
        sender = Address(sender_name, sender_email if "@" in sender_email else "") if (
            sender_name or sender_email) else None
        to, cc = self._recipients()
        date, zone_known = self._date(headers)
        notes = [] if date else [Phrase("The message has no readable date.")]
        return MailMessage(
            subject=" ".join(self._string("", SUBJECT).split()),
            sender=sender, to=to, cc=cc, date=date, zone_known=zone_known,
            message_id=first_id(message_id),
            in_reply_to=first_id(in_reply_to),
            references=tuple(message_ids(references))[-MAX_REFERENCES:],
            body=self._body(), attachments=tuple(self._attachments()),
            original=data, original_name=name, notes=tuple(notes + self.notes),
        )

    def _stream(self, path: str) -> bytes | None:
        if time.monotonic() > self.deadline:
            raise MessageTooSlow
        if path not in self.names:
            return None
        with self.ole.openstream(path) as stream:
            data: bytes = stream.read(MAX_MESSAGE_BYTES + 1)
        return data

    def _string(self, storage: str, prop: int) -> str:
        prefix = f"{storage}/" if storage else ""
        unicode = self._stream(f"{prefix}__substg1.0_{prop:04X}{PT_UNICODE:04X}")
        if unicode is not None:
            return unicode.decode("utf-16-le", errors="replace").rstrip("\x00")
        ansi = self._stream(f"{prefix}__substg1.0_{prop:04X}{PT_STRING8:04X}")
        return decode_bytes(ansi.rstrip(b"\x00"), self.codepage) if ansi is not None else ""

    def _binary(self, storage: str, prop: int) -> bytes | None:
        prefix = f"{storage}/" if storage else ""
        return self._stream(f"{prefix}__substg1.0_{prop:04X}{PT_BINARY:04X}")

    def _fixed(self, storage: str, header: int) -> dict[int, tuple[int, ...]]:
        """The fixed-size properties of a storage: property id -> (value as integers)."""
        prefix = f"{storage}/" if storage else ""
        data = self._stream(f"{prefix}__properties_version1.0") or b""
        found: dict[int, tuple[int, ...]] = {}
        for offset in range(header, len(data) - 15, 16):
            kind, prop, _flags, low, high = struct.unpack_from("<HHIII", data, offset)
            if kind in (PT_LONG, PT_SYSTIME):
                found[prop] = (low, high)
        return found

    def _date(self, headers: Message) -> tuple[dt.datetime | None, bool]:
        for prop in (SUBMIT_TIME, DELIVERY_TIME):
            value = self.fixed.get(prop)
            if value:
                ticks = value[0] | value[1] << 32  # 100-ns intervals since 1601-01-01 UTC
                try:
                    when = dt.datetime(1601, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=ticks // 10)
                except OverflowError:
                    continue
                return when.replace(microsecond=0), True
        date, zone_known, _note = message_date(headers)
        return date, zone_known

    def _recipients(self) -> tuple[tuple[Address, ...], tuple[Address, ...]]:
        to: list[Address] = []
        cc: list[Address] = []
        storages = sorted({name.split("/", 1)[0] for name in self.names if name.startswith("__recip_version1.0_#")})
        for storage in storages[:MAX_ATTACHMENTS]:
            email = (self._string(storage, SMTP_ADDRESS) or self._string(storage, EMAIL_ADDRESS)).strip().lower()
            name = self._string(storage, DISPLAY_NAME).strip()
            kind = self._fixed(storage, 8).get(RECIPIENT_TYPE, (1, 0))[0]
            if kind == 3:
                continue  # Bcc: the sender's own record; not shown as a recipient
            (cc if kind == 2 else to).append(Address(name, email if "@" in email else ""))
        return tuple(to), tuple(cc)

    def _body(self) -> str:
        plain = self._string("", BODY)
        if plain.strip():
            return tidy(plain.replace("\r\n", "\n"))
        html = self._binary("", HTML)
        if html is None:
            html_text = self._string("", HTML)
        else:
            html_text = decode_bytes(html, self.codepage)
        if html_text.strip():
            return html_to_text(html_text, deadline=self.deadline)
        if self._binary("", 0x1009) is not None:
            self.notes.append(Phrase(
                "The message's text is kept only in Outlook's RTF form; it is in the original file."))
        return ""

    def _attachments(self) -> list[Attachment]:
        found: list[Attachment] = []
        storages = sorted({name.split("/", 1)[0] for name in self.names if name.startswith("__attach_version1.0_#")})
        for number, storage in enumerate(storages[:MAX_ATTACHMENTS], start=1):
            data = self._binary(storage, ATTACH_DATA)
            name = safe_filename(self._string(storage, ATTACH_LONG_FILENAME)
                                 or self._string(storage, ATTACH_FILENAME)
                                 or self._string(storage, DISPLAY_NAME))
            if data is None:
                self.notes.append(Phrase("An attached Outlook item is kept only in the original file."))
                continue
            media_type = self._string(storage, ATTACH_MIME).strip().lower() or guess_type(name)
            content_id = self._string(storage, ATTACH_CONTENT_ID).strip().strip("<>")
            found.append(Attachment(name or f"attachment-{number}.bin", media_type, data,
                                    inline=bool(content_id), content_id=content_id))
        if len(storages) > MAX_ATTACHMENTS:
            raise MessageTooComplex
        return found
