"""The words of the mail import in the window: a message's date with its sender's time zone, its
row in the preview, the outcome. Text from the messages is neutralised here (display.gui_line)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from npmdesk import display
from npmdesk.gui.inline_error import filled
from npmdesk.gui.records import formatting
from npmdesk.mail.dragged import Refusal
from npmdesk.phrase import Phrase

if TYPE_CHECKING:
    from npmdesk.mail.importer import Planned
    from npmdesk.mail.message import Address, MailMessage

CONTEXT = "MailImport"
SUBJECT_CHARS = 200  # a subject is cut there in the list (the record keeps it whole)


def tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate(CONTEXT, text, disambiguation, count)


def zone_text(moment: dt.datetime) -> str:
    """The sender's offset from UTC: "UTC+01:00", "UTC"; west of Greenwich with a true minus sign (U+2212)."""
    offset = moment.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def moment_text(moment: dt.datetime | None, zone_known: bool = True) -> str:
    """The date and time as the sender wrote them, with their zone: "3 November 2026, 09:15 UTC+01:00"."""
    if moment is None:
        return tr("No date")
    time = QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    zone = zone_text(moment) if zone_known else tr("time zone not given")
    return tr("{date}, {time} {zone}").format(date=formatting.day_text(moment.date()), time=time, zone=zone)


def sent_at_text(iso: str) -> str:
    """A communication's `sent_at` ("2026-11-03T09:15:00+01:00") as `moment_text` shows it."""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return display.gui_line(iso)
    if moment.tzinfo is None:
        return moment_text(moment.replace(tzinfo=dt.UTC), zone_known=False)
    return moment_text(moment)


def person_text(person: Address | None) -> str:
    return display.gui_line(person.display()) if person is not None else tr("No sender")


def subject_text(message: MailMessage) -> str:
    subject = " ".join(message.subject.split())[:SUBJECT_CHARS]
    return display.gui_line(subject) if subject else tr("(no subject)")


def direction_text(direction: str) -> str:
    return tr("Sent") if direction == "sent" else tr("Received")


def state_text(item: Planned) -> str:
    return tr("Already in the vault") if item.duplicate_of is not None else tr("New")


def reply_text(item: Planned, keys_here: set[str]) -> str:
    """Whether the message answers another: one in the vault, one in these files, or none known."""
    message = item.message
    parent = message.in_reply_to or (message.references[-1] if message.references else "")
    if not parent:
        return ""
    if item.parent is not None:
        return tr("Reply to a message in the vault")
    if parent in keys_here:
        return tr("Reply to a message in these files")
    return tr("Reply to a message not in the vault")


def notes_text(message: MailMessage) -> str:
    return "\n".join(filled(note) for note in message.notes)


def summary(new: int, duplicates: int, failures: int) -> str:
    return tr("New: {new}. Already in the vault: {duplicates}. Cannot be read: {failures}.").format(
        new=formatting.number_text(new), duplicates=formatting.number_text(duplicates),
        failures=formatting.number_text(failures))


def imported_text(count: int) -> str:
    return tr("%n email message(s) imported.", "", count)


def dropped_label() -> str:
    """Where a message dragged out of a mail program came from, in the preview."""
    return tr("Dropped message")


def source_text(label: str | Phrase) -> str:
    """Where a message came from (`mail.sources.Source.label`: a file's name, or a phrase for a
    message inside an mbox), in the window's language, its names neutralised."""
    return filled(label) if isinstance(label, Phrase) else display.gui_line(label)


def refusal_title() -> str:
    return tr("Import Email")


def refusal_text(refusal: Refusal) -> str:
    """Why a drag straight out of a mail program cannot be read, and what to do instead."""
    if refusal is Refusal.THUNDERBIRD_SERVER:
        return tr("Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk "
                  "cannot read without the network: drag them to the desktop or a folder first, then drop the "
                  "files here. Nothing was imported.")
    if refusal is Refusal.THUNDERBIRD_UNLOCATED:
        return tr("Thunderbird did not say where these messages are stored: drag them to the desktop or a folder "
                  "first, then drop the files here. Nothing was imported.")
    if refusal is Refusal.OUTLOOK:
        return tr("Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder "
                  "first (or File → Save As, Outlook Message Format), then drop the .msg files here. "
                  "Nothing was imported.")
    if refusal is Refusal.APPLE_MAIL:
        return tr("Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder "
                  "first (they become .eml files), then drop the files here. Nothing was imported.")
    return tr("The mail program offered these messages only as files it would write itself: drag them to a "
              "folder first, then drop the files here. Nothing was imported.")


def parent_not_in_vault(message_id: str) -> str:
    return tr("A message not in this vault: {message_id}").format(message_id=display.gui_line(message_id))


def original_text(item: str) -> str:
    return tr("{item} — the original message").format(item=item)


def original_tip(sha256: str) -> str:
    return tr("The message exactly as it was saved from the mail program, byte for byte.\n"
              "SHA-256: {sha256}").format(sha256=sha256)
