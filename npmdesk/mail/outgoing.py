"""Send an exported file by email: a mail draft (`.eml`, X-Unsent) that carries it, then the log.

    exported = exported_file(store, path)        # a package or protected PDF this vault exported
    result = write_draft(store, exported, out, parse_recipients(["Ana <ana@ohchr.example>"]),
                         language="fr", fingerprint=identity.fingerprint)

Only an encrypted file goes into a draft: an age package (binary or armored) or a PDF locked
with a password; anything else is refused (NotEncryptedForMail), so nothing confidential ever
travels in clear; the cover note (mail/draft.py) names the file's kind, never its content.
The file must be one this vault exported, under the name it was exported with: the disclosure
log says which records it holds (the latest export of that name). Writing the draft (through
the atomic writer, where the user chose: it holds nothing that is not already encrypted) then
logs those records as disclosed to each email address, and marks the draft communications among
them as sent (decision: the mail is how they are sent; `mark_sent=False` leaves them).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email.utils import getaddresses
from pathlib import Path

from npmdesk.errors import NpmdeskError
from npmdesk.exchange.export import mark_drafts_sent
from npmdesk.mail.draft import PACKAGE, PROTECTED_PDF, draft_message
from npmdesk.mail.message import Address
from npmdesk.plain_output import write_plain
from npmdesk.records import disclosures
from npmdesk.records.store import RecordStore

MAX_ATTACHED = 50 * 2**20  # beyond this, mail servers refuse the message anyway
AGE_MAGIC = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")
MAX_RECIPIENTS = 50
EML_SUFFIX = ".eml"


class NotEncryptedForMail(NpmdeskError):
    message = ("This file is neither an encrypted npmdesk package nor a password-protected PDF: npmdesk never "
               "attaches an unencrypted file to an email. Export it as a package or a protected PDF first.")


class NotExportedHere(NpmdeskError):
    message = ("This vault has no record of exporting a file of this name: choose the package or protected PDF "
               "as npmdesk exported it (under the name it was given), or export it again.")


class TooLargeForMail(NpmdeskError):
    message = (f"This file is larger than {MAX_ATTACHED // 2**20} MB, more than mail servers accept: share it "
               "another way (a shared folder, a USB stick).")


class UnreadableExportedFile(NpmdeskError):
    message = "npmdesk could not read this file: check that it is still there and readable."


class NoMailRecipient(NpmdeskError):
    message = "Give at least one recipient's email address."


class InvalidMailAddress(NpmdeskError):
    message = "A recipient's address is not an email address (name@example.org): check the addresses."


class TooManyMailRecipients(NpmdeskError):
    message = f"A draft can be addressed to at most {MAX_RECIPIENTS} people."


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    kind: str  # draft.PACKAGE or draft.PROTECTED_PDF
    data: bytes
    record_ids: tuple[str, ...]  # what the disclosure log says the file holds


@dataclass(frozen=True)
class DraftResult:
    path: Path
    records: int
    recipients: tuple[Address, ...]
    marked_sent: tuple[str, ...]


def file_kind(data: bytes) -> str:
    """PACKAGE or PROTECTED_PDF from the file's bytes; NotEncryptedForMail for anything else."""
    if data.startswith(AGE_MAGIC):
        return PACKAGE
    if data.startswith(b"%PDF-"):
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            if PdfReader(io.BytesIO(data)).is_encrypted:
                return PROTECTED_PDF
        except (PyPdfError, ValueError, KeyError, TypeError, RecursionError):
            pass
    raise NotEncryptedForMail()


def exported_file(store: RecordStore, path: Path) -> ExportedFile:
    """The file at `path`, checked: encrypted, small enough for mail, and exported from this vault
    under this name. Raises the errors above; reads nothing beyond MAX_ATTACHED + 1 bytes."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_ATTACHED + 1)
    except OSError:
        raise UnreadableExportedFile() from None
    if len(data) > MAX_ATTACHED:
        raise TooLargeForMail()
    kind = file_kind(data)
    rows = disclosures.last_export_of(store, path.name)
    if not rows:
        raise NotExportedHere()
    return ExportedFile(path, kind, data, tuple(row.record_id for row in rows))


def parse_recipients(texts: Iterable[str]) -> list[Address]:
    """Addresses as typed ("Ana Quispe <ana@example.org>", several separated by commas); each
    must look like name@domain. NoMailRecipient, InvalidMailAddress, TooManyMailRecipients."""
    found: dict[str, Address] = {}
    for name, email in getaddresses(list(texts)):
        email = email.strip()
        local, at, domain = email.rpartition("@")
        if not name and not email:
            continue
        if not at or not local or "." not in domain or any(c.isspace() or ord(c) < 32 for c in email):
            raise InvalidMailAddress()
        found.setdefault(email.lower(), Address(" ".join(name.split()), email.lower()))
    if not found:
        raise NoMailRecipient()
    if len(found) > MAX_RECIPIENTS:
        raise TooManyMailRecipients()
    return list(found.values())


def own_sender(store: RecordStore) -> Address | None:
    """The draft's From: the NPM's first own address (mail settings), with the user's name."""
    from npmdesk.mail.importer import own_addresses

    addresses = own_addresses(store)
    return Address(store.vault.meta("user_name"), addresses[0]) if addresses else None


def write_draft(store: RecordStore, exported: ExportedFile, out: Path, recipients: Sequence[Address], *,
                language: str = "en", fingerprint: str = "", mark_sent: bool = True,
                now: dt.datetime | None = None) -> DraftResult:
    """Write the draft to `out` (never over an existing file: FileExistsError), then log the
    file's records as disclosed to each address and (with `mark_sent`) mark its draft
    communications as sent. The log is committed only once the draft is in place."""
    if not recipients:
        raise NoMailRecipient()
    draft = draft_message(file_name=exported.path.name, file_data=exported.data, kind=exported.kind,
                          sender_name=store.vault.meta("npm_name"), recipients=recipients, sender=own_sender(store),
                          fingerprint=fingerprint if exported.kind == PACKAGE else "", language=language, now=now)
    with store.transaction() as db:
        write_plain(out, draft.data)
        disclosures.log(db, exported.record_ids, at=store.now(), by=store.vault.meta("user_name") or "unknown",
                        package=exported.path.name,
                        recipients=[disclosures.Recipient(disclosures.EMAIL, name=r.email) for r in recipients])
    sent = mark_drafts_sent(store, exported.record_ids) if mark_sent else ()
    return DraftResult(out, len(exported.record_ids), tuple(recipients), sent)
