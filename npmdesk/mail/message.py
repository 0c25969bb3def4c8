"""What one email message is, once read: plain data, no parser objects."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

from npmdesk.phrase import Phrase


@dataclass(frozen=True)
class Address:
    """One mailbox: the display name as written (decoded) and the address, lower-cased."""

    name: str
    email: str

    def display(self) -> str:
        if self.name and self.name.lower() != self.email:
            return f"{self.name} <{self.email}>"
        return self.email


@dataclass(frozen=True)
class Attachment:
    """A file the message carries: an attachment, an inline image, a forwarded message."""

    filename: str
    media_type: str
    data: bytes
    inline: bool = False
    content_id: str = ""


@dataclass(frozen=True)
class MailMessage:
    """One message. `date` is always aware: a date written without a time zone ("-0000") is
    taken as UTC and `zone_known` is False; no usable date at all gives None. `notes` are
    sentences about what could not be read exactly (shown to the user, never secrets), as
    phrases shown in the user's language (npmdesk/phrase.py)."""

    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: dt.datetime | None
    message_id: str
    in_reply_to: str
    references: tuple[str, ...]
    body: str
    attachments: tuple[Attachment, ...]
    original: bytes = field(repr=False)
    original_name: str = "message.eml"
    zone_known: bool = True
    notes: tuple[Phrase, ...] = ()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.original).hexdigest()

    @property
    def key(self) -> str:
        """What makes two imports the same message: its Message-ID, else its bytes' hash."""
        return self.message_id or f"sha256:{self.sha256}"

    def recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc
