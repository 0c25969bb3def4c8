"""How the detail pane shows what a mail import stored on a communication.

- `sent_at` ("2026-11-03T09:15:00+01:00") reads as the sender wrote it, with the time zone.
- `mail_parent` (the Message-ID the message answers) is left out when the message it answers is in
  the vault: then "In reply to" names it and the thread panel lists the thread. When it is not,
  the row says so, with the Message-ID to find it by in the mail program.
- The original message (the first attachment of an imported message, .eml or Outlook .msg) is
  marked as such in the attachment list, with its SHA-256 in the tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from npmdesk import display
from npmdesk.gui.mail import texts
from npmdesk.records.attachments import AttachmentInfo
from npmdesk.records.model import Record

MAIL_FIELDS = ("sent_at", "mail_parent", "message_id")
ORIGINAL_TYPES = ("message/rfc822", "application/vnd.ms-outlook")


def field_text(record: Record, name: str) -> str:
    """The text of one of MAIL_FIELDS of `record` ("" when there is nothing worth showing)."""
    value = record.fields.get(name)
    if not isinstance(value, str) or not value:
        return ""
    if name == "sent_at":
        return texts.sent_at_text(value)
    if name == "mail_parent":
        if record.fields.get("in_reply_to"):
            return ""
        return texts.parent_not_in_vault(value)
    return display.gui_line(value)


def original_message(record: Record, infos: list[AttachmentInfo]) -> str | None:
    """The id of the attachment that is the untouched original of an imported message, if any."""
    if record.kind != "communication" or not record.fields.get("message_id") or not infos:
        return None
    return infos[0].id if infos[0].media_type in ORIGINAL_TYPES else None


def mark_original(item: QListWidgetItem, info: AttachmentInfo) -> None:
    """Say in the attachment list that this file is the message exactly as it was received."""
    item.setText(texts.original_text(item.text()))
    item.setToolTip(texts.original_tip(info.sha256) + "\n" + item.toolTip())
