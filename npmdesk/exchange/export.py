"""Writing a package: choose the records, show what is sensitive, then stream one signed age file.

    plan = plan_export(store, ["<id>", …])     # or None for every record
    plan = plan.addressed(own_devices_only(store, identity, recipients))
    plan.flagged      # strictly confidential, internal, personal data without recorded consent
    plan.excluded     # left out whatever is confirmed: a person refused transmission
    write_package(store, identity, plan, path, recipients=[…], confirmed=True)

What leaves depends on whom the package is for. Beyond the NPM's own devices (the SPT, anyone
with a passphrase), records travel pseudonymised (real names replaced by their aliases), the
ones whose people refused (or withdrew) consent to transmission are left out with their
attachments and the user is told which (consent.allows: no confirmation can send them), and the
strictly confidential, internal and unconsented ones need a confirmation. Between the NPM's own
devices (verified contacts marked `own_device`), records travel as written, with their pseudonym
tables, and nothing is flagged or left out. Records travel with the contacts they name as
counterpart. Every record that leaves is logged (records/disclosures.py).

The package is built as it is encrypted: memory stays flat whatever the
number of records and the size of the attachments (the records go through an encrypted spool,
spool.py), and the file appears only when complete (a failure leaves nothing).

An export never makes a package that an import would refuse: a selection beyond a package's
limits (records, files, recipients: manifest.py) is refused before anything is read or written,
and so is a record whose package text would be over schema.MAX_RECORD_BYTES (or MAX_RECORD_ITEMS
values) before the package file exists (TooLargeToExport, one sentence saying what to do).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import hashlib
import json
import os
import queue
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from npmdesk import strict_json
from npmdesk.exchange import age, contact_keys, record_lines, schema, sshsig, summary, tarball
from npmdesk.exchange import manifest as limits
from npmdesk.exchange import reader as package_reader
from npmdesk.exchange.age.keys import X25519Recipient
from npmdesk.exchange.age.stanzas import DEFAULT_SCRYPT_LOG_N
from npmdesk.exchange.age_output import EarlyWriteback, atomic_output, writes_a_file
from npmdesk.exchange.errors import (
    ConfirmationNeeded,
    EverythingLeftOut,
    ExportPlanOutdated,
    NothingToExport,
    TooLargeToExport,
)
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.index import IndexWriter, attachment_id, spooled_lines
from npmdesk.exchange.manifest import (
    INDEX,
    MANIFEST,
    RECORD_LINES,
    RECORDS,
    SIGNATURE,
    SSH_SIGNATURE,
    SUMMARY,
    FileEntry,
    Manifest,
    document_name,
    member_name,
)
from npmdesk.exchange.merge import history_hashes
from npmdesk.exchange.planned import Excluded as Excluded  # re-exported
from npmdesk.exchange.planned import PlannedRecord as PlannedRecord  # re-exported
from npmdesk.exchange.planned import PlannedRecords, RecordHashes, as_planned
from npmdesk.exchange.schema import document
from npmdesk.exchange.spool import EncryptedSpool
from npmdesk.gc_pace import fewer_collections
from npmdesk.phrase import Count
from npmdesk.records import attachments as files
from npmdesk.records import disclosures
from npmdesk.records.consent import PENDING, REFUSED, SPT_TRANSMISSION, allows, refusing
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.pseudonyms import pseudonymised, pseudonymised_title
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore, consent_view_of
from npmdesk.vault.database import small_page_cache
from npmdesk.vault.secret import Secret

Progress = Callable[[int, int], None]  # bytes written, bytes in all; raise to cancel
STRICTLY_CONFIDENTIAL = "strictly confidential"
NO_CONSENT = "personal data without recorded consent"
INTERNAL = "internal to the NPM"
PAGE = 256  # records read at a time (RecordStore.get_page)
# The page cache of a plan and of a write. The plan reads records in date order, the write again by
# pages of ids: both jump about the table, and 16 MiB of decrypted pages spares most decryptions a
# second time (10,000 demo records: the command 1.24 -> 1.18 s of CPU, peak 74 -> 82 MB; 4 MiB before).
PAGE_CACHE_KIB = 16 * 1024
# gzip level of the records, chosen by measurement on 10,000 demo records (12 MB of JSON): level 3
# takes 0.07 s of CPU for 1.97 MB, level 6 (the default) 0.14 s for 1.65 MB, level 1 0.07 s for 2.08 MB.
GZIP_LEVEL = 3
_WRITE_BYTES = 256 * 1024  # records' text gathered before each write to the gzip stream
_BEHIND = 8  # batches of _WRITE_BYTES waiting for the gzip thread at most (_Behind)


class OutputExists(age.AgeError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} already exists: choose another file name.", path=path)


@dataclass(frozen=True)
class Flagged:
    id: str
    title: str
    reason: str


@dataclass
class ExportPlan:
    """The records chosen, for an audience: beyond the NPM's own devices (the default) or only to
    them (`own_devices`, see `addressed`). Beyond them, records whose people refused transmission
    are `excluded` (never in the package, nor their attachments) and the strictly confidential,
    internal and unconsented ones are `flagged` for a confirmation; between the NPM's own devices
    nothing is flagged or left out. `records` is kept compressed a page at a time (planned.py):
    a plan holds no Python object per record."""

    records: Sequence[PlannedRecord]
    attachments: dict[str, list[files.AttachmentInfo]] = field(default_factory=dict)
    own_devices: bool = False

    def __post_init__(self) -> None:
        self.records = as_planned(self.records)

    def addressed(self, own_devices: bool) -> ExportPlan:
        """The same plan for another audience (the records and attachments are shared, not copied)."""
        return ExportPlan(self.records, self.attachments, own_devices)

    @property
    def _compact(self) -> PlannedRecords:
        return as_planned(self.records)

    @property
    def flagged(self) -> list[Flagged]:
        if self.own_devices:
            return []
        return [Flagged(r.id, r.title, r.reason) for r in self.records if r.reason and r.excluded is None]

    @property
    def flagged_records(self) -> PlannedRecords:
        """The records `flagged` names, kept compressed as the plan's records are (for a list of
        them that reads a page at a time)."""
        if self.own_devices:
            return PlannedRecords()
        return PlannedRecords(r for r in self.records if r.reason and r.excluded is None)

    @property
    def excluded(self) -> list[Excluded]:
        if self.own_devices:
            return []
        return self._compact.excluded

    @property
    def leaving(self) -> PlannedRecords:
        """The records the package holds."""
        return self._compact if self.own_devices else self._compact.without_excluded()

    @property
    def leaving_attachments(self) -> dict[str, list[files.AttachmentInfo]]:
        if self.own_devices or not self._compact.any_excluded:
            return self.attachments
        out = self._compact.excluded_ids()
        return {rid: infos for rid, infos in self.attachments.items() if rid not in out}

    @property
    def attachment_bytes(self) -> int:
        return sum(a.size for infos in self.leaving_attachments.values() for a in infos)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    attachments: int
    size: int
    excluded: tuple[Excluded, ...] = ()  # left out: consent to transmission refused
    own_devices: bool = False  # for the NPM's own devices only: real names travelled
    marked_sent: tuple[str, ...] = ()  # drafts that the export marked as sent


def _reason(record: Record, consent: str | None = None) -> str | None:
    """Why `record` needs a confirmation to leave for anyone beyond the NPM's own devices
    (`consent`: what `allows(record, SPT_TRANSMISSION)` says, when the caller knows it already)."""
    if record.sensitivity == "strictly_confidential":
        return STRICTLY_CONFIDENTIAL
    if (allows(record, SPT_TRANSMISSION) if consent is None else consent) == PENDING:
        return NO_CONSENT
    if record.sensitivity == "internal" and record.kind != "contact":  # a contact travels with what names it
        return INTERNAL
    return None


def _refusal(record: Record) -> Excluded | None:
    """The record's exclusion from packages beyond the NPM's own devices, if consent was refused."""
    if allows(record, SPT_TRANSMISSION) != REFUSED:
        return None
    return Excluded(record.id, pseudonymised_title(record), tuple(refusing(record, SPT_TRANSMISSION)))


def own_devices_only(store: RecordStore, identity: VaultIdentity | None,
                     recipients: Sequence[X25519Recipient | str]) -> bool:
    """True if the package is for recipients that are all this vault (`identity`, if given) or one
    of the NPM's own devices (a live contact with that age recipient, its keys verified and marked
    `own_device`, and no other contact with that key). A passphrase package (no recipients) is
    for anyone."""
    if not recipients:
        return False
    mine = identity.recipient.encode() if identity is not None else None
    for recipient in recipients:
        parsed = recipient if isinstance(recipient, X25519Recipient) else X25519Recipient.parse(recipient)
        text = parsed.encode()
        if text == mine:
            continue
        contacts = store.contacts_with_age_recipient(text)
        if not contacts or not all(contact_keys.is_own_device(c) for c in contacts):
            return False
    return True


def plan_export(store: RecordStore, record_ids: Sequence[str] | None = None) -> ExportPlan:
    """The records to export (all live ones if `record_ids` is None) and their counterparts.

    Only each record's id, kind, title and date are kept (with a reason to confirm, or a refusal,
    when there is one), compressed a page at a time (planned.py): a plan of 100,000 records costs
    about 4 MB, not the records' content nor an object per record. Every record (`None`) is read
    in one pass over the table, in its order (RecordStore.every_consent_row); chosen ones a page
    at a time.
    """
    with small_page_cache(store.db, PAGE_CACHE_KIB), fewer_collections():
        return _plan(store, record_ids)


def _plan(store: RecordStore, record_ids: Sequence[str] | None) -> ExportPlan:
    if record_ids is None:  # every record: their counterparts are among them, already in order
        return _planned(store, (_planned_row(store, row) for row in store.every_consent_row()))
    wanted = list(dict.fromkeys(record_ids))
    if not wanted:
        return ExportPlan([])  # documents alone (a report's PDF) may still make a package
    chosen: dict[str, PlannedRecord] = {}
    counterparts: list[str] = []

    def take(rid: str, record: Record) -> None:
        chosen[rid] = _planned_record(store, rid, record)

    for start in range(0, len(wanted), PAGE):
        page = wanted[start:start + PAGE]
        views = store.consent_views(page)
        for rid in page:
            if rid not in views:
                raise RecordNotFound(rid)
            record = views[rid]
            take(rid, record)
            if record.counterpart:
                counterparts.append(record.counterpart)
    for rid in dict.fromkeys(counterparts):
        if rid not in chosen:
            try:
                take(rid, store.consent_view(rid))
            except RecordNotFound:
                pass
    # Contacts first, so an importing vault meets a counterpart before the records naming it.
    return _planned(store, sorted(chosen.values(), key=lambda r: (r.kind != "contact", r.date or "", r.id)))


def _planned_row(store: RecordStore, row: Sequence[Any]) -> PlannedRecord:
    """`_planned_record` of a row of RecordStore.every_consent_row. A record without personal
    data or per-person consents (most) needs no record made: `allows` is GIVEN for it, so it is
    never refused and `_reason` depends on its sensitivity and kind alone."""
    kind, title, date, _counterpart, sensitivity, personal_data, _consent, consents, rid, seq = row[:10]
    if personal_data or consents != "[]":
        return _planned_record(store, rid, consent_view_of(row), seq)
    reason = (STRICTLY_CONFIDENTIAL if sensitivity == "strictly_confidential"
              else INTERNAL if sensitivity == "internal" and kind != "contact" else None)
    return PlannedRecord(rid, sys.intern(kind), title, date, reason, None, seq)


def _planned_record(store: RecordStore, rid: str, record: Record, seq: int | None = None) -> PlannedRecord:
    """What the plan keeps of a record from its consent view (`rid`, not record.id: one string
    per id, not two). A refusal names the people (aliases) and the title (pseudonymised): then
    the record's pseudonym table is read too (not the whole record)."""
    refusal = None
    if allows(record, SPT_TRANSMISSION) == REFUSED:
        refusal = _refusal(replace(record, pseudonyms=store.pseudonyms_of(rid)))
    return PlannedRecord(rid, sys.intern(record.kind), record.title, record.date, _reason(record), refusal, seq)


def _planned(store: RecordStore, records: Iterable[PlannedRecord]) -> ExportPlan:
    """The plan of these records, in this order, with their attachments (limits checked)."""
    having = files.records_with_attachments(store)
    attachments: dict[str, list[files.AttachmentInfo]] = {}

    def noting(records: Iterable[PlannedRecord]) -> Iterator[PlannedRecord]:  # their attachments as they pass
        for r in records:
            if r.id in having and (infos := files.list_for(store, r.id)):
                attachments[r.id] = infos
            yield r

    plan = ExportPlan(PlannedRecords(noting(records)), attachments)
    check_limits(plan)
    return plan


def fits_version_1(plan: ExportPlan, documents: int = 0) -> bool:
    """Whether a package of `plan` fits format version 1's limits (manifest.py): every version of
    npmdesk reads it. A larger package is written as version 2 (its listing in index.jsonl)."""
    files_count = sum(len(infos) for infos in plan.leaving_attachments.values()) + documents
    return len(plan.leaving) <= limits.MAX_RECORDS and files_count <= limits.MAX_FILES


def check_limits(plan: ExportPlan, documents: int = 0, recipients: int = 0) -> None:
    """TooLargeToExport if a package of `plan` (with `documents` files beside its attachments,
    for `recipients` recipients) would be beyond what an import accepts (manifest.py, schema.py).
    The number of records and attachments is not limited (beyond version 1's limits the package
    is written as version 2); documents, recipients and each record's attachments are."""
    if documents > limits.MAX_FILES:
        raise TooLargeToExport(
            "This export holds {documents} documents; a package holds at most {limit}: export them in several "
            "packages. Nothing was written.", documents=Count(documents), limit=Count(limits.MAX_FILES))
    if recipients > limits.MAX_RECIPIENTS:
        raise TooLargeToExport(
            "This export is for {recipients} recipients; a package can be for at most {limit}: export it in "
            "several packages. Nothing was written.", recipients=Count(recipients),
            limit=Count(limits.MAX_RECIPIENTS))
    for record_id, infos in plan.attachments.items():
        if len(infos) > schema.MAX_ATTACHMENTS_PER_RECORD:
            raise TooLargeToExport(
                "Record {record_id} has {count} attachments; a record travels with at most {limit}: move some of "
                "them to another record. Nothing was written.", record_id=record_id, count=Count(len(infos)),
                limit=Count(schema.MAX_ATTACHMENTS_PER_RECORD))


_CHECKED_BELOW = 64 * 1024  # a record's JSON this short cannot hold MAX_RECORD_ITEMS values (2 bytes each)


def _check_record_text(record_id: str, text: bytes) -> None:
    """TooLargeToExport if the reader would refuse this record's JSON for its size or its values."""
    too_large = len(text) > schema.MAX_RECORD_BYTES
    if not too_large and len(text) > _CHECKED_BELOW:
        try:
            strict_json.loads(text, max_bytes=schema.MAX_RECORD_BYTES, max_depth=schema.MAX_RECORD_DEPTH,
                              max_items=schema.MAX_RECORD_ITEMS)
        except strict_json.JSONRefused:
            too_large = True
    if too_large:
        raise TooLargeToExport(
            "Record {record_id} is too large to travel in a package (over {size} MiB of package text, or over "
            "{items} values): shorten its text or move it into an attachment, then export again. Nothing was "
            "written.", record_id=record_id, size=schema.MAX_RECORD_BYTES // 2**20,
            items=Count(schema.MAX_RECORD_ITEMS))


class _StreamReader:
    """A `read()` over the chunks a generator yields (the tar stream, built as it is read)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""
        self._at = 0  # read up to here: a large chunk (a manifest of 100,000 records) is not copied at each read

    def read(self, size: int = -1, /) -> bytes:
        while self._at >= len(self._buf):
            try:
                self._buf, self._at = next(self._chunks), 0
            except StopIteration:
                return b""
        if self._at == 0 and (size < 0 or size >= len(self._buf)):
            out, self._buf = self._buf, b""
            return out
        end = len(self._buf) if size < 0 else min(len(self._buf), self._at + size)
        out = self._buf[self._at:end]
        self._at = end
        return out


def _entry(path: str, data: bytes) -> FileEntry:
    return FileEntry(path, len(data), hashlib.sha256(data).hexdigest())


class _Behind:
    """`write` on a thread of its own, in order, while the caller goes on (`with _Behind(write) as
    put: put(data)`): gzip's compression and the spool's cipher release the GIL, so the records'
    compression overlaps the encoding of the next ones on a second core. At most _BEHIND batches
    wait; the end of the block waits for every write, and raises the first write's error (an
    error in the block stops the thread and drops what waits)."""

    def __init__(self, write: Callable[[bytearray], object]) -> None:
        self._write = write
        self._waiting: queue.Queue[bytearray | None] = queue.Queue(maxsize=_BEHIND)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="export-gzip", daemon=True)

    def _run(self) -> None:
        while (data := self._waiting.get()) is not None:
            if self._error is None:
                try:
                    self._write(data)
                except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
                    self._error = exc

    def __call__(self, data: bytearray) -> None:
        """Write `data` (the caller must not change it afterwards)."""
        if self._error is not None:
            raise self._error
        self._waiting.put(data)

    def __enter__(self) -> _Behind:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            self._error = self._error or RuntimeError("stopped")  # what waits is dropped
        self._waiting.put(None)
        self._thread.join()
        if kind is None and self._error is not None:
            raise self._error


class _Spooled:
    """Pass one of an export: the records, gzipped, into an encrypted spool, one at a time.

    Version 1 (`index` None): one JSON document, and only what the manifest and the summary need
    is kept: each record's content hash, the attachment entries. Version 2: JSON Lines, and each
    record's listing (its id and hash, then its attachments') goes to the index's own encrypted
    spool (index.py), so nothing is kept per record. Both keep the first records
    (summary.FirstRecords) for summary.html."""

    def __init__(self, store: RecordStore, plan: ExportPlan, spool: EncryptedSpool,
                 index: IndexWriter | None = None) -> None:
        self.hashes = RecordHashes(plan.leaving)  # version 1: what its manifest lists
        self.attachments: dict[str, files.AttachmentInfo] = {}  # member path -> attachment (version 1)
        self.entries: list[FileEntry] = []
        self.shown = summary.FirstRecords()
        self._store, self._plan, self._spool, self._index = store, plan, spool, index
        self._with_history: set[str] = set()  # of the page being read

    def run(self, progress: Progress | None) -> None:
        """Spool the plan's leaving records. Beyond the NPM's own devices each is checked again as
        it is read: one whose consent became refused since the plan (ExportPlanOutdated) or that
        needs a confirmation it did not get (ConfirmationNeeded) stops the export."""
        own = self._plan.own_devices
        head = json.dumps(document([]), ensure_ascii=False)
        if not head.endswith("[]}"):
            raise AssertionError("the records document ends with its list")
        lines = self._index is not None
        leaving = self._plan.leaving
        count = len(leaving)
        with gzip.GzipFile(fileobj=self._spool, mode="wb", compresslevel=GZIP_LEVEL, mtime=0) as out, \
                _Behind(out.write) as write:
            buffer = bytearray(record_lines.HEADER if lines else head[:-2].encode("utf-8"))
            for number, planned, record in self._records(leaving):
                if len(buffer) >= _WRITE_BYTES:  # one write (and CRC, and spool call) per batch, not per record
                    write(buffer)
                    buffer = bytearray()
                if not own:
                    consent = allows(record, SPT_TRANSMISSION)
                    if consent == REFUSED:  # refused since the plan was made
                        raise ExportPlanOutdated()
                    if _reason(record, consent) and not planned.reason:  # changed since the user confirmed
                        raise ConfirmationNeeded(1)
                text = self._encode(planned.id, record if own else pseudonymised(record))
                _check_record_text(planned.id, text)
                if lines:
                    buffer += text
                    buffer += b"\n"
                else:
                    if number:
                        buffer += b", "
                    buffer += text
                if progress is not None and number % 64 == 0:
                    progress(number, 2 * count)
            if not lines:
                buffer += b"]}"
            write(buffer)
        self._spool.seal()

    def _records(self, leaving: Sequence[PlannedRecord]) -> Iterator[tuple[int, PlannedRecord, Record]]:
        """Each leaving record, numbered, read a page at a time (RecordNotFound if one is gone)."""
        for start in range(0, len(leaving), PAGE):
            page = leaving[start:start + PAGE]
            ids = [planned.id for planned in page]
            places = [(planned.seq, planned.id) for planned in page if planned.seq is not None]
            # Found where the plan saw them (no look-up in the ids' index); any other way by id.
            found = self._store.get_page_at(places) if places else {}
            history = self._store.with_history_at([seq for seq, _ in places]) if found else set()
            self._with_history = {p.id for p in page if p.seq in history and p.id in found}
            if missing := [rid for rid in ids if rid not in found]:
                found.update(self._store.get_page(missing))
                self._with_history |= self._store.with_history(missing)
            for number, planned in enumerate(page, start):
                record = found.get(planned.id)
                if record is None:
                    raise RecordNotFound(planned.id)
                yield number, planned, record

    def _encode(self, record_id: str, record: Record) -> bytes:
        """The record's package text (record_lines.package_text), its listing kept or spooled."""
        entries = []
        listed = []
        for info in self._plan.attachments.get(record.id, []):
            path = member_name(info.id, info.name)
            entries.append({"id": info.id, "name": info.name, "media_type": info.media_type,
                            "size": info.size, "sha256": info.sha256, "path": path})
            listed.append(FileEntry(path, info.size, info.sha256))
            if self._index is None:
                self.attachments[path] = info
        # The latest versions count; most records have none (one statement per page says which).
        earlier = history_hashes(self._store, record.id) if record.id in self._with_history else []
        lineage = earlier[-schema.MAX_LINEAGE:]
        text, digest = record_lines.package_text(record, lineage, entries, identities=self._plan.own_devices)
        if self._index is None:
            self.hashes.add(digest)  # records are encoded in the plan's order
            self.entries += listed
        else:
            self._index.add_record(record_id, digest)
            for entry in listed:
                self._index.add_attachment(entry)
        self.shown.offer(record, entries)
        return text


def _spool_folder(out: Path) -> Path | None:
    """Beside the package (the disk the user chose for it), unless the package goes to a device
    or a pipe (`-o /dev/stdout`): then the system's temporary folder."""
    if not writes_a_file(out):
        return None
    return Path(os.path.realpath(out)).parent


def write_package(
    store: RecordStore, identity: VaultIdentity, plan: ExportPlan, out: Path, *,
    recipients: Sequence[X25519Recipient | str] = (), passphrase: Secret | None = None,
    armor: bool = False, confirmed: bool = False, overwrite: bool = False,
    documents: Sequence[tuple[str, bytes]] = (), progress: Progress | None = None,
    scrypt_log_n: int = DEFAULT_SCRYPT_LOG_N, clock: Callable[[], dt.datetime] | None = None,
    mark_sent: bool = False, package_format: int | None = None, language: str = "en",
) -> ExportResult:
    """Encrypt and sign `plan` into `out`, and log what left (records/disclosures.py).

    The audience is decided here, from the recipients (`own_devices_only`), whatever the plan
    was addressed to: for the NPM's own devices the records travel as written, with their
    pseudonym tables; for anyone else they travel pseudonymised, records whose consent to
    transmission was refused are left out (never sent, whatever is confirmed: ExportResult.excluded),
    and ConfirmationNeeded is raised if records are flagged and not `confirmed` (or if a record
    became flagged, ExportPlanOutdated if it became refused, after the plan was made).

    The disclosure log gets one row per record in the package, in a transaction committed once
    the package file is complete and in place (if that commit fails, the file is removed); a
    package for this vault alone discloses nothing and is not logged.
    `mark_sent` then marks the package's draft communications as sent (one version each).

    Memory stays flat whatever the number of records: pass one writes the records, gzipped, to an
    encrypted spool beside `out` (see spool.py) and keeps only their hashes (format version 1) or
    nothing per record (version 2: their listing goes to a second spool, the index); pass two
    streams the manifest, the spools and the attachments through age into `out`. The package is
    version 1 when it fits that version's limits (every version of npmdesk reads it), else
    version 2; `package_format` forces one (a version 1 package beyond its limits is refused).
    `language` (en, fr, es) is the one summary.html is written in: the sender's.
    Besides manifest.sig, the manifest gets the same key's OpenSSH signature (sshsig.py) as
    `manifest.json.sshsig`, for recipients who check packages with `ssh-keygen -Y verify`."""
    if not plan.records and not documents:
        raise NothingToExport()
    check_limits(plan, len(documents), len(recipients))
    if bool(recipients) == (passphrase is not None):
        raise ValueError("a package is for recipients or a passphrase, not both or neither")
    targets = [r if isinstance(r, X25519Recipient) else X25519Recipient.parse(r) for r in recipients]
    plan = plan.addressed(passphrase is None and own_devices_only(store, identity, targets))
    if not confirmed and plan.flagged:
        raise ConfirmationNeeded(len(plan.flagged))
    if not plan.leaving and not documents:
        raise EverythingLeftOut(len(plan.excluded))
    if not overwrite and out.exists() and out.is_file():
        raise OutputExists(out)
    streamed = _streamed(plan, len(documents), package_format)
    now = (clock or (lambda: dt.datetime.now(dt.UTC)))().astimezone(dt.UTC).replace(microsecond=0)
    logged = _logged_recipients(store, identity, targets, passphrase is not None)
    folder = _spool_folder(out)
    with small_page_cache(store.db, PAGE_CACHE_KIB), fewer_collections(), EncryptedSpool(folder) as spool, \
            contextlib.ExitStack() as cleanup:
        index = IndexWriter(folder) if streamed else None
        if index is not None:
            cleanup.callback(index.close)
        spooled = _Spooled(store, plan, spool, index)
        spooled.run(progress)
        recipient_names = [t.encode() for t in targets]
        about = {"exporter": store.vault.meta("npm_name") or "an NPM", "fingerprint": identity.fingerprint,
                 "created_at": now.isoformat(), "recipients": ", ".join(recipient_names), "package": out.name}
        records_member = RECORD_LINES if streamed else RECORDS
        summary_html = spooled.shown.build(about, total=len(plan.leaving), max_bytes=package_reader.MAX_SUMMARY // 2,
                                           where=records_member, language=language)
        spooled.shown = summary.FirstRecords()
        document_files = [(document_name(name), data) for name, data in documents]
        entries_list = [index.entry()] if index is not None else []
        entries_list += [FileEntry(records_member, spool.size, spool.sha256), _entry(SUMMARY, summary_html)]
        entries_list += spooled.entries
        entries_list += [_entry(path, data) for path, data in document_files]
        manifest = Manifest(
            created_at=now.isoformat(), npm_name=store.vault.meta("npm_name")[:limits.MAX_NAME],
            user_name=store.vault.meta("user_name")[:limits.MAX_NAME], signing_key=identity.signing_key.encode(),
            age_recipient=identity.recipient.encode(), recipients=recipient_names,
            passphrase=passphrase is not None, records=spooled.hashes, files=entries_list,
            identities=plan.own_devices, version=limits.STREAMED_VERSION if streamed else limits.FORMAT_VERSION,
            record_count=index.records if index else 0, attachment_count=index.attachments if index else 0,
        )
        manifest_bytes = manifest.to_bytes()
        signature = manifest.sign(identity, manifest_bytes)
        ssh_signature = sshsig.sign(manifest_bytes, identity.signing_key.raw, identity.sign).encode("ascii")
        del manifest
        spooled.hashes = RecordHashes(())
        attachment_count = index.attachments if index is not None else len(spooled.attachments)
        total = sum(e.size for e in entries_list) + (index.attachment_bytes if index is not None else 0)
        mtime = int(now.timestamp())

        def members() -> Iterator[FileEntry]:
            """Each member after the signature, in order: version 2's attachments (listed in the
            index, read back from its spool) come after the summary, before the documents."""
            if index is None:
                yield from entries_list
                return
            yield from entries_list[:3]
            yield from (e for e in spooled_lines(index.spool) if isinstance(e, FileEntry))
            yield from entries_list[3:]

        def attachment_of(path: str) -> str:
            return attachment_id(path) if index is not None else spooled.attachments[path].id

        def report(done: int) -> None:
            if progress is not None:
                progress(total + done, 2 * total)

        def stream() -> Iterator[bytes]:
            done = 0
            yield from tarball.member(MANIFEST, manifest_bytes, mtime)
            yield from tarball.member(SIGNATURE, signature, mtime)
            yield from tarball.member(SSH_SIGNATURE, ssh_signature, mtime)
            small = {SUMMARY: summary_html, **dict(document_files)}
            spools = {records_member: spool, **({INDEX: index.spool} if index is not None else {})}
            for entry in members():
                yield tarball.header(entry.path, entry.size, mtime)
                if entry.path in spools:
                    for chunk in spools[entry.path].chunks():
                        done += len(chunk)
                        yield chunk
                        report(done)
                elif entry.path in small:
                    yield small[entry.path]
                    done += entry.size
                else:
                    for chunk in files.checked_chunks(store, attachment_of(entry.path), entry.sha256):
                        done += len(chunk)
                        yield chunk
                        report(done)
                yield tarball.padding(entry.size)
            yield tarball.END
            report(total)

        # A package only this vault can open (a copy for itself, on a USB stick) discloses nothing:
        # it is not logged, so that it can be made even when the vault's own disk is full.
        private = bool(targets) and all(t.encode() == identity.recipient.encode() for t in targets)
        transaction = store.transaction()
        begun = False
        try:
            with atomic_output(out, durable=True) as sink:
                written = EarlyWriteback(sink)
                age.encrypt(_StreamReader(stream()), written, recipients=targets, passphrase=passphrase,
                            armor=armor, scrypt_log_n=scrypt_log_n)
                sink.flush()
                written.finish()  # the disk writes the package's end while the log is written
                size = written.total  # (a pipe has no size to ask)
                if not private:
                    db = transaction.__enter__()  # the log is written now, committed once the file is in place
                    begun = True
                    disclosures.log(db, plan.leaving.ids(), at=store.now(),
                                    by=store.vault.meta("user_name") or "unknown", package=out.name, recipients=logged)
        except BaseException:
            if begun:
                transaction.__exit__(*sys.exc_info())
            raise
        try:
            if begun:
                transaction.__exit__(None, None, None)
        except BaseException:
            _remove_package(out)  # never a package that the log does not show
            raise
    sent = mark_drafts_sent(store, list(plan.leaving.ids())) if mark_sent else ()
    return ExportResult(out, len(plan.leaving), attachment_count, size, tuple(plan.excluded), plan.own_devices, sent)


def _streamed(plan: ExportPlan, documents: int, package_format: int | None) -> bool:
    """Whether the package is written as format version 2 (see write_package)."""
    if package_format is None:
        return not fits_version_1(plan, documents)
    if package_format not in limits.FORMAT_VERSIONS:
        raise ValueError(f"unknown package format {package_format}")
    if package_format == limits.FORMAT_VERSION and not fits_version_1(plan, documents):
        raise TooLargeToExport(
            "This export is beyond what a version 1 package holds ({records} records, {files} files): export a "
            "smaller selection (by dates or types). Nothing was written.", records=Count(limits.MAX_RECORDS),
            files=Count(limits.MAX_FILES))
    return package_format == limits.STREAMED_VERSION


def _remove_package(out: Path) -> None:
    target = Path(os.path.realpath(out))
    if target.is_file():
        with contextlib.suppress(OSError):
            target.unlink()


def _logged_recipients(store: RecordStore, identity: VaultIdentity, targets: Sequence[X25519Recipient],
                       passphrase: bool) -> list[disclosures.Recipient]:
    """Who the package is for, as the disclosure log keeps it: each age recipient with the name and
    fingerprint of the contact (or this vault) that has it, or a passphrase."""
    if passphrase:
        return [disclosures.Recipient(disclosures.PASSPHRASE)]
    found = []
    for target in targets:
        text = target.encode()
        if text == identity.recipient.encode():
            found.append(disclosures.Recipient(disclosures.AGE, text, identity.fingerprint, disclosures.THIS_VAULT))
            continue
        contacts = store.contacts_with_age_recipient(text)
        contact = contacts[0] if contacts else None
        found.append(disclosures.Recipient(
            disclosures.AGE, text, contact_keys.keys_of(contact).fingerprint if contact else "",
            contact.title if contact else ""))
    return found


SENDABLE = "draft"  # the status a record has before it is sent


def mark_drafts_sent(store: RecordStore, record_ids: Sequence[str]) -> tuple[str, ...]:
    """Mark the drafts among these records as sent (those whose kind has a "sent" status, and for a
    communication only one going out). One new version each; returns their ids."""
    marked = []
    for rows in (record_ids[i:i + 500] for i in range(0, len(record_ids), 500)):
        for row in store.list(ListQuery(ids=tuple(rows), status=SENDABLE, limit=len(rows))):
            record = store.get(row.id)
            if "sent" not in record.spec.statuses_for(record.fields):
                continue
            if record.kind == "communication" and record.fields.get("direction") != "sent":
                continue
            store.update(replace(record, status="sent"))
            marked.append(record.id)
    return tuple(marked)
