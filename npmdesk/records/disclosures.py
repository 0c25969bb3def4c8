"""The disclosure log: what left the vault, when, by whom, in which file and to whom.

Every export appends one row (`disclosure_event`: the time, the vault's user, the file's name
(never its folder) and the recipients as JSON) and one row per record that left with it
(`disclosed_record`: records.json of a package, or a PDF report), with the record's id. A
recipient is an age recipient with the contact's name and signing-key fingerprint when the vault
knows them, a passphrase (a package or a password-protected PDF), a PDF report (plaintext on
disk), or an email address the file was then drafted to. No record content is logged. Rows are
only added (nothing here edits or deletes them); `log` runs inside the caller's transaction, so
an export logs exactly what its package holds, once the package exists.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from npmdesk.vault.database import Connection

if TYPE_CHECKING:
    from npmdesk.records.store import RecordStore

AGE, PASSPHRASE, PDF, EMAIL = "age", "passphrase", "pdf", "email"
THIS_VAULT = "this vault"  # the name logged for the vault's own key (a package to itself); shown translated
MAX_SHOWN = 1_000  # rows a record's history shows (the newest)
_LOG_BATCH = 20_000  # record ids `log` holds at a time


@dataclass(frozen=True)
class Recipient:
    """Who a package was for: an age recipient (with the contact's name and fingerprint if the
    vault knows them), whoever knows a passphrase, a PDF report, or an email address (`name`) a
    mail draft carrying the exported file was addressed to."""

    kind: str  # AGE, PASSPHRASE, PDF or EMAIL
    age_recipient: str = ""
    fingerprint: str = ""
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"kind": self.kind}
        if self.kind == AGE:
            doc.update(age_recipient=self.age_recipient, fingerprint=self.fingerprint, name=self.name)
        elif self.kind == EMAIL:
            doc.update(name=self.name)
        return doc

    @classmethod
    def from_json(cls, doc: object) -> Recipient:
        if not isinstance(doc, dict) or doc.get("kind") not in (AGE, PASSPHRASE, PDF, EMAIL):
            return cls(PASSPHRASE) if doc == PASSPHRASE else cls(AGE, name=str(doc))
        return cls(str(doc["kind"]), str(doc.get("age_recipient", "")), str(doc.get("fingerprint", "")),
                   str(doc.get("name", "")))

    def describe(self) -> str:
        """One line in English (the CLI's; the GUI words its own)."""
        if self.kind == PASSPHRASE:
            return "whoever has the package's passphrase"
        if self.kind == PDF:
            return "a PDF report (not encrypted)"
        if self.kind == EMAIL:
            return f"{self.name} (a mail draft)"
        who = self.name or "an age key that is not a contact's"
        return f"{who} (fingerprint {self.fingerprint})" if self.fingerprint else f"{who} ({self.age_recipient})"


@dataclass(frozen=True)
class Disclosure:
    record_id: str
    at: str
    by: str
    package: str  # the file's name
    recipients: tuple[Recipient, ...]

    @property
    def pdf(self) -> bool:
        return any(r.kind == PDF for r in self.recipients)


def log(db: Connection, record_ids: Iterable[str], *, at: str, by: str, package: str,
        recipients: Sequence[Recipient]) -> int:
    """Log one export of these records (each id given once; one given again is logged once),
    inside the caller's transaction. Returns how many. The ids are read _LOG_BATCH at a time and
    each batch is written in the order of the ids (the index by record then grows page after
    page, not at random), so that logging any number of records holds one batch of them, not all."""
    ids = iter(record_ids)
    event = None  # the export's row, written with its first record (an export of nothing logs nothing)
    written = 0
    while batch := sorted(set(itertools.islice(ids, _LOG_BATCH))):
        if event is None:
            text = json.dumps([r.to_json() for r in recipients], ensure_ascii=False, sort_keys=True)
            event = db.execute("INSERT INTO disclosure_event(at, by, package, recipients) VALUES (?, ?, ?, ?)",
                               (at, by, package, text)).lastrowid
        written += db.executemany("INSERT OR IGNORE INTO disclosed_record(event, record_id) VALUES (?, ?)",
                                  [(event, rid) for rid in batch]).rowcount
    return written


# A record's rows with their export's details, as _disclosure reads them.
_ROWS = ("SELECT d.record_id, e.at, e.by, e.package, e.recipients FROM disclosed_record d"
         " JOIN disclosure_event e ON e.id = d.event")


def _disclosure(row: Sequence[Any]) -> Disclosure:
    try:
        recipients = tuple(Recipient.from_json(item) for item in json.loads(row[4]))
    except (ValueError, TypeError):
        recipients = ()
    return Disclosure(row[0], row[1], row[2], row[3], recipients)


def disclosures(store: RecordStore, record_id: str, limit: int = MAX_SHOWN) -> list[Disclosure]:
    """When the record left the vault, oldest first (the newest `limit` of them)."""
    rows = store.db.execute(
        "SELECT record_id, at, by, package, recipients FROM (SELECT d.record_id, e.at, e.by, e.package, e.recipients,"
        " e.id FROM disclosed_record d JOIN disclosure_event e ON e.id = d.event WHERE d.record_id = ?"
        " ORDER BY e.at DESC, e.id DESC LIMIT ?) ORDER BY at, id", (record_id, max(0, limit))).fetchall()
    return [_disclosure(row) for row in rows]


def count(store: RecordStore, record_id: str) -> int:
    """How many times the record left the vault."""
    return int(store.db.execute("SELECT count(*) FROM disclosed_record WHERE record_id = ?",
                                (record_id,)).fetchone()[0])


def last_of(store: RecordStore, record_ids: Sequence[str]) -> dict[str, Disclosure]:
    """The latest disclosure of each of these records that ever left (for a report)."""
    found: dict[str, Disclosure] = {}
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start:start + 500])
        rows = store.db.execute(
            f"{_ROWS} WHERE d.record_id IN ({', '.join('?' * len(chunk))}) ORDER BY e.at, e.id",
            chunk).fetchall()
        found.update((row[0], _disclosure(row)) for row in rows)
    return found


def last_export_of(store: RecordStore, file_name: str) -> list[Disclosure]:
    """The rows of the latest export written under `file_name` (a package or a password-protected
    PDF; never a plaintext report, nor a mail draft of it): what that file holds. Empty if none."""
    event = store.db.execute(
        "SELECT id FROM disclosure_event WHERE package = ? AND recipients NOT LIKE '%\"kind\": \"pdf\"%'"
        " AND recipients NOT LIKE '%\"kind\": \"email\"%' ORDER BY at DESC, id DESC LIMIT 1", (file_name,)).fetchone()
    if event is None:
        return []
    rows = store.db.execute(f"{_ROWS} WHERE d.event = ? ORDER BY d.record_id", (event[0],)).fetchall()
    return [_disclosure(row) for row in rows]


def log_report(store: RecordStore, record_ids: Iterable[str], file_name: str) -> int:
    """Log a PDF report saved to a file (plaintext on disk: it left the vault) for each record it
    shows, in one transaction. Returns how many records."""
    with store.transaction() as db:
        return log(db, sorted(record_ids), at=store.now(), by=store.vault.meta("user_name") or "unknown",
                   package=file_name, recipients=[Recipient(PDF)])
