"""The failures a user can meet when importing saved email, each with its one sentence."""

from __future__ import annotations

from npmdesk.errors import NpmdeskError


class UnreadableMessage(NpmdeskError):
    message = (
        "This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); "
        "nothing was imported from it."
    )


class MessageTooLarge(NpmdeskError):
    def __init__(self, limit_mib: int) -> None:
        super().__init__(
            "This message is larger than {limit} MiB, the most npmdesk imports from one "
            "message; nothing was imported from it.", limit=limit_mib)


class MessageTooComplex(NpmdeskError):
    message = (
        "This message has too many parts, or parts nested too deeply, to be a real email; "
        "nothing was imported from it."
    )


class MessageTooSlow(NpmdeskError):
    message = "Reading this message took too long; nothing was imported from it."
