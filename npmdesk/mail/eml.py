"""One RFC 5322 message (a saved .eml, or one message of an mbox) read into a MailMessage.

The stdlib parser with the compat32 policy reads the structure: it never raises on broken
input, and it does not use the modern header parser, whose cost on hostile headers has been
the subject of several CVEs. Headers are decoded by `charsets`; bodies by their declared
charset with fallbacks. The budget: MAX_MESSAGE_BYTES, MAX_PARTS, MAX_DEPTH and SECONDS.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
import time
from email import message_from_bytes
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime

from npmdesk.mail import tnef
from npmdesk.mail.charsets import decode_bytes, decode_header_text, undecoded_header
from npmdesk.mail.errors import MessageTooComplex, MessageTooLarge, MessageTooSlow, UnreadableMessage
from npmdesk.mail.html_text import html_to_text, tidy
from npmdesk.mail.message import Address, Attachment, MailMessage
from npmdesk.phrase import Phrase

MAX_MESSAGE_BYTES = 100 * 1024 * 1024
MAX_PARTS = 1_000
MAX_DEPTH = 32
MAX_BODY_CHARS = 2_000_000
MAX_REFERENCES = 200
SECONDS = 20.0

_MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "received", "mime-version",
                 "return-path", "delivered-to", "reply-to", "sender", "in-reply-to", "references",
                 "x-unsent", "thread-topic", "content-type"}
_HEADER_LINE = re.compile(rb"^[!-9;-~]+[ \t]*:")
_MSG_ID = re.compile(r"<([^<>\s]{1,500})>")
_SIGNATURES = {"application/pgp-signature", "application/pkcs7-signature",
               "application/x-pkcs7-signature"}
_ENCRYPTED = {"application/pkcs7-mime", "application/x-pkcs7-mime", "application/pgp-encrypted"}
_TNEF = {"application/ms-tnef", "application/vnd.ms-tnef"}
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def looks_like_mail(data: bytes) -> bool:
    """True when `data` starts with a header block holding at least one header of a message
    (so a PDF or a photo renamed .eml is refused before any parsing)."""
    head = data[:64 * 1024].replace(b"\r\n", b"\n")
    block = head.split(b"\n\n", 1)[0]
    if b"\x00" in block:
        return False
    lines = [line for line in block.split(b"\n") if line and line[:1] not in (b" ", b"\t")]
    if not lines or lines[0].startswith(b"From "):
        lines = lines[1:]  # an mbox "From " line before the headers
    if not lines or not all(_HEADER_LINE.match(line) for line in lines[:3]):
        return False
    names = {line.split(b":", 1)[0].strip().lower().decode("ascii", "replace") for line in lines}
    return bool(names & _MAIL_HEADERS)


def read_eml(data: bytes, *, name: str = "message.eml", seconds: float | None = None) -> MailMessage:
    """The message in `data`. Raises UnreadableMessage, MessageTooLarge, MessageTooComplex or
    MessageTooSlow (nothing else) when it cannot be read within the budget."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise MessageTooLarge(MAX_MESSAGE_BYTES // 2**20)
    if not looks_like_mail(data):
        raise UnreadableMessage
    deadline = time.monotonic() + (SECONDS if seconds is None else seconds)
    try:
        message = message_from_bytes(data, policy=compat32)
        reader = _Reader(deadline)
        reader.walk(message)
        headers = _Headers(message)
    except RecursionError as error:
        raise MessageTooComplex from error
    except (MessageTooComplex, MessageTooSlow):
        raise
    except (ValueError, TypeError, LookupError, IndexError, AttributeError, UnicodeError) as error:
        # The parser is lenient; this guards the few stdlib paths that still raise on garbage.
        raise UnreadableMessage from error
    date, zone_known, date_note = headers.date
    notes = tuple(note for note in (date_note, *reader.notes) if note)
    return MailMessage(
        subject=headers.subject, sender=headers.sender, to=headers.to, cc=headers.cc,
        date=date, zone_known=zone_known, message_id=headers.message_id,
        in_reply_to=headers.in_reply_to, references=headers.references,
        body=reader.body(), attachments=tuple(reader.attachments),
        original=data, original_name=name, notes=notes,
    )


class _Headers:
    def __init__(self, message: Message) -> None:
        self.subject = decode_header_text(message.get("Subject"))
        senders = _addresses(message, "From") or _addresses(message, "Sender")
        self.sender = senders[0] if senders else None
        self.to = _addresses(message, "To")
        self.cc = _addresses(message, "Cc")
        self.message_id = first_id(message.get("Message-ID"))
        self.in_reply_to = first_id(message.get("In-Reply-To"))
        self.references = tuple(message_ids(message.get("References")))[-MAX_REFERENCES:]
        self.date = message_date(message)


def _raw(value: object) -> str:
    return decode_header_text(value) if value is not None else ""


def _addresses(message: Message, header: str) -> tuple[Address, ...]:
    values = [undecoded_header(value) for value in message.get_all(header, [])]
    found: list[Address] = []
    for name, email in getaddresses(values):
        email = email.strip().lower()
        name = decode_header_text(name).strip().strip('"')
        if "@" not in email:
            if not name and not email:
                continue
            name, email = name or email, ""
        found.append(Address(name, email))
    return tuple(found)


def first_id(value: object) -> str:
    ids = message_ids(value)
    if ids:
        return ids[0]
    text = _raw(value).strip()
    return text[:500] if text and " " not in text else ""


def message_ids(value: object) -> list[str]:
    return _MSG_ID.findall(_raw(value)) if value is not None else []


def message_date(message: Message) -> tuple[dt.datetime | None, bool, Phrase | None]:
    candidates = [message.get("Date")] + [
        str(received).rsplit(";", 1)[-1] for received in message.get_all("Received", [])[:1]
    ]
    for raw in candidates:
        if raw is None:
            continue
        try:
            when = parsedate_to_datetime(_raw(raw))
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        if when.tzinfo is None:
            note = Phrase("The message's date has no time zone; it is taken as UTC.")
            return when.replace(tzinfo=dt.UTC), False, note
        return when, True, None if raw is candidates[0] else Phrase(
            "The message has no date; the date it was received is used.")
    return None, False, Phrase("The message has no readable date.")


class _Reader:
    """Walks the parts in order: the first readable text is the body, the rest attachments."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.parts = 0
        self.texts: list[str] = []
        self.attachments: list[Attachment] = []
        self.notes: list[Phrase] = []

    def walk(self, message: Message) -> None:
        stack: list[tuple[Message, int, bool]] = [(message, 0, True)]
        while stack:
            part, depth, for_body = stack.pop()
            self.parts += 1
            if self.parts > MAX_PARTS or depth > MAX_DEPTH:
                raise MessageTooComplex
            if time.monotonic() > self.deadline:
                raise MessageTooSlow
            forwarded = part.get_content_type() == "message/rfc822"
            children = part.get_payload() if part.is_multipart() and not forwarded else None
            if isinstance(children, list):
                parts = [child for child in children if isinstance(child, Message)]
                chosen = _alternative(parts) if part.get_content_subtype() == "alternative" else None
                for child in reversed(parts):
                    stack.append((child, depth + 1, for_body and (chosen is None or child is chosen)))
                continue
            self._leaf(part, for_body)

    def _leaf(self, part: Message, for_body: bool) -> None:
        media_type = part.get_content_type()
        disposition = (part.get_content_disposition() or "").lower()
        filename = _filename(part)
        if media_type in _SIGNATURES:
            return
        if media_type in _ENCRYPTED:
            self.notes.append(Phrase("The message is encrypted; its text is only in the original file."))
        if media_type == "message/rfc822":
            self._attach(part, filename or "forwarded message.eml", "message/rfc822", _as_bytes(part))
            return
        data = part.get_payload(decode=True)
        payload = data if isinstance(data, bytes) else b""
        if media_type in _TNEF or filename.lower() == "winmail.dat":
            self._tnef(payload)
            return
        is_text = media_type in ("text/plain", "text/html")
        if is_text and disposition != "attachment" and not filename:
            if for_body:
                self.texts.append(self._text(part, payload, media_type))
            return
        self._attach(part, filename, media_type, payload)

    def _text(self, part: Message, payload: bytes, media_type: str) -> str:
        text = decode_bytes(payload, part.get_content_charset())
        if media_type == "text/html":
            return html_to_text(text, deadline=self.deadline)
        return tidy(text.replace("\r\n", "\n"))

    def _attach(self, part: Message, filename: str, media_type: str, data: bytes) -> None:
        inline = (part.get_content_disposition() or "").lower() == "inline" or bool(part.get("Content-ID"))
        content_id = first_id(part.get("Content-ID")) if part.get("Content-ID") else ""
        name = safe_filename(filename) or _default_name(media_type, len(self.attachments) + 1, inline)
        self.attachments.append(Attachment(name, media_type, data, inline, content_id))

    def _tnef(self, payload: bytes) -> None:
        try:
            unpacked = tnef.unpack(payload)
        except tnef.NotTnef:
            self.attachments.append(Attachment("winmail.dat", "application/ms-tnef", payload))
            self.notes.append(Phrase("An Outlook winmail.dat part could not be unpacked; it is kept as it came."))
            return
        for item in unpacked.attachments:
            name = safe_filename(item.filename) or _default_name("application/octet-stream",
                                                                len(self.attachments) + 1, False)
            self.attachments.append(Attachment(name, guess_type(name), item.data))
        if unpacked.body and not self.texts:
            self.texts.append(tidy(unpacked.body))

    def body(self) -> str:
        text = "\n\n".join(text for text in self.texts if text)
        if len(text) > MAX_BODY_CHARS:
            self.notes.append(Phrase("The message's text is very long; the rest is in the original file."))
            text = text[:MAX_BODY_CHARS]
        return text


def _alternative(children: list[Message]) -> Message | None:
    """The part of a multipart/alternative to read as the body: the plain text when there is
    one, else the richest part npmdesk reads (HTML, or a multipart holding it)."""
    plain = [child for child in children if child.get_content_type() == "text/plain"]
    if plain:
        return plain[0]
    readable = [child for child in children
                if child.get_content_type() == "text/html" or child.is_multipart()]
    return readable[-1] if readable else None


def _as_bytes(part: Message) -> bytes:
    inner = part.get_payload()
    if isinstance(inner, list) and inner and isinstance(inner[0], Message):
        return inner[0].as_bytes(policy=compat32)
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def _filename(part: Message) -> str:
    name = part.get_filename() or part.get_param("name", header="content-type")
    if isinstance(name, tuple):  # an undecoded RFC 2231 value
        charset, _language, value = name
        return decode_bytes(value.encode("latin-1", "replace"), charset)
    return decode_header_text(name) if name else ""


def safe_filename(name: str) -> str:
    """A file name safe to show and to save: no folders, control or direction characters,
    no leading dots, at most 200 characters (the extension kept)."""
    name = _UNSAFE_NAME.sub("", name.replace("\\", "/").rsplit("/", 1)[-1]).strip().lstrip(".")
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = (stem[:200 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:200]
    return name


def _default_name(media_type: str, number: int, inline: bool) -> str:
    extension = mimetypes.guess_extension(media_type, strict=False) or ".bin"
    stem = "image" if inline and media_type.startswith("image/") else "attachment"
    return f"{stem}-{number}{extension}"


def guess_type(name: str) -> str:
    return mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
