"""Writing a package: choose the records, show what is sensitive, then stream one signed age file.

    plan = plan_export(store, ["<id>", …])     # or None for every record
    plan.flagged                               # strictly confidential / personal data without consent
    write_package(store, identity, plan, path, recipients=[…], confirmed=True)

The records travel pseudonymised (real names replaced by their aliases), with the contacts they
name as counterpart. The package is built as it is encrypted: memory stays flat whatever the
size of the attachments, and the file appears only when complete (a failure leaves nothing).
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from npmdesk.exchange import age, summary, tarball
from npmdesk.exchange.age.keys import X25519Recipient
from npmdesk.exchange.age.output import atomic_output
from npmdesk.exchange.age.stanzas import DEFAULT_SCRYPT_LOG_N
from npmdesk.exchange.errors import ConfirmationNeeded, NothingToExport
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.manifest import (
    MANIFEST,
    RECORDS,
    SIGNATURE,
    SUMMARY,
    FileEntry,
    Manifest,
    document_name,
    member_name,
)
from npmdesk.exchange.merge import history_hashes
from npmdesk.exchange.schema import document, encode_record
from npmdesk.records import attachments as files
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.pseudonyms import pseudonymised
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore
from npmdesk.vault.secret import Secret

Progress = Callable[[int, int], None]  # bytes written, bytes in all; raise to cancel
STRICTLY_CONFIDENTIAL = "strictly confidential"
NO_CONSENT = "personal data without recorded consent"


class OutputExists(age.AgeError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists: choose another file name.")


@dataclass(frozen=True)
class Flagged:
    id: str
    title: str
    reason: str


@dataclass
class ExportPlan:
    records: list[Record]
    flagged: list[Flagged] = field(default_factory=list)
    attachments: dict[str, list[files.AttachmentInfo]] = field(default_factory=dict)

    @property
    def attachment_bytes(self) -> int:
        return sum(a.size for infos in self.attachments.values() for a in infos)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    attachments: int
    size: int


def _reason(record: Record) -> str | None:
    if record.sensitivity == "strictly_confidential":
        return STRICTLY_CONFIDENTIAL
    if record.personal_data and record.consent != "given":
        return NO_CONSENT
    return None


def plan_export(store: RecordStore, record_ids: Sequence[str] | None = None) -> ExportPlan:
    """The records to export (all live ones if `record_ids` is None) and their counterparts."""
    if record_ids is None:
        total = store.count(ListQuery())
        record_ids = [s.id for s in store.list(ListQuery(order_by="date", descending=False, limit=max(total, 1)))]
    wanted = list(dict.fromkeys(record_ids))
    if not wanted:
        return ExportPlan([])  # documents alone (a report's PDF) may still make a package
    chosen = {rid: store.get(rid) for rid in wanted}
    for record in list(chosen.values()):
        if record.counterpart and record.counterpart not in chosen:
            try:
                chosen[record.counterpart] = store.get(record.counterpart)
            except RecordNotFound:
                pass
    # Contacts first, so an importing vault meets a counterpart before the records naming it.
    records = sorted(chosen.values(), key=lambda r: (r.kind != "contact", r.date or "", r.id))
    flagged = [Flagged(r.id, r.title, reason) for r in records if (reason := _reason(r))]
    attachments = {r.id: infos for r in records if (infos := files.list_for(store, r.id))}
    return ExportPlan(records, flagged, attachments)


class _StreamReader:
    """A `read()` over the chunks a generator yields (the tar stream, built as it is read)."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""

    def read(self, size: int = -1, /) -> bytes:
        while not self._buf:
            try:
                self._buf = next(self._chunks)
            except StopIteration:
                return b""
        if size < 0 or size >= len(self._buf):
            out, self._buf = self._buf, b""
        else:
            out, self._buf = self._buf[:size], self._buf[size:]
        return out


def _entry(path: str, data: bytes) -> FileEntry:
    return FileEntry(path, len(data), hashlib.sha256(data).hexdigest())


def write_package(
    store: RecordStore, identity: VaultIdentity, plan: ExportPlan, out: Path, *,
    recipients: Sequence[X25519Recipient | str] = (), passphrase: Secret | None = None,
    armor: bool = False, confirmed: bool = False, overwrite: bool = False,
    documents: Sequence[tuple[str, bytes]] = (), progress: Progress | None = None,
    scrypt_log_n: int = DEFAULT_SCRYPT_LOG_N, clock: Callable[[], dt.datetime] | None = None,
) -> ExportResult:
    """Encrypt and sign `plan` into `out`. ConfirmationNeeded if records are flagged and not `confirmed`."""
    if not plan.records and not documents:
        raise NothingToExport()
    if plan.flagged and not confirmed:
        raise ConfirmationNeeded(len(plan.flagged))
    if bool(recipients) == (passphrase is not None):
        raise ValueError("a package is for recipients or a passphrase, not both or neither")
    targets = [r if isinstance(r, X25519Recipient) else X25519Recipient.parse(r) for r in recipients]
    if not overwrite and out.exists() and out.is_file():
        raise OutputExists(out)
    now = (clock or (lambda: dt.datetime.now(dt.UTC)))().astimezone(dt.UTC).replace(microsecond=0)
    docs, attachment_entries = [], {}
    described: dict[str, list[dict[str, Any]]] = {}
    shared = [pseudonymised(r) for r in plan.records]
    for record in shared:
        entries = []
        for info in plan.attachments.get(record.id, []):
            path = member_name(info.id, info.name)
            entries.append({"id": info.id, "name": info.name, "media_type": info.media_type,
                            "size": info.size, "sha256": info.sha256, "path": path})
            attachment_entries[path] = info
        described[record.id] = entries
        docs.append(encode_record(record, history_hashes(store, record.id), entries))
    records_gz = gzip.compress(json.dumps(document(docs), ensure_ascii=False).encode("utf-8"), 6, mtime=0)
    recipient_names = [t.encode() for t in targets]
    about = {"exporter": store.vault.meta("npm_name") or "an NPM", "fingerprint": identity.fingerprint,
             "created_at": now.isoformat(), "recipients": ", ".join(recipient_names) or "a passphrase"}
    summary_html = summary.build(about, shared, described)
    document_files = [(document_name(name), data) for name, data in documents]
    entries_list = [_entry(RECORDS, records_gz), _entry(SUMMARY, summary_html)]
    entries_list += [FileEntry(e["path"], e["size"], e["sha256"]) for r in shared for e in described[r.id]]
    entries_list += [_entry(path, data) for path, data in document_files]
    manifest = Manifest(
        created_at=now.isoformat(), npm_name=store.vault.meta("npm_name"), user_name=store.vault.meta("user_name"),
        signing_key=identity.signing_key.encode(), age_recipient=identity.recipient.encode(),
        recipients=recipient_names, passphrase=passphrase is not None,
        records={d["id"]: d["content_sha256"] for d in docs}, files=entries_list,
    )
    manifest_bytes = manifest.to_bytes()
    signature = manifest.sign(identity, manifest_bytes)
    total = sum(e.size for e in entries_list)
    mtime = int(now.timestamp())

    def stream() -> Iterator[bytes]:
        done = 0
        yield from tarball.member(MANIFEST, manifest_bytes, mtime)
        yield from tarball.member(SIGNATURE, signature, mtime)
        small = {RECORDS: records_gz, SUMMARY: summary_html, **dict(document_files)}
        for entry in entries_list:
            yield tarball.header(entry.path, entry.size, mtime)
            if entry.path in small:
                yield small[entry.path]
                done += entry.size
            else:
                digest = hashlib.sha256()
                reader = files.open_attachment(store, attachment_entries[entry.path].id)
                while chunk := reader.read(files.CHUNK_SIZE):
                    digest.update(chunk)
                    done += len(chunk)
                    yield chunk
                    if progress is not None:
                        progress(done, total)
                if digest.hexdigest() != entry.sha256:
                    raise files.AttachmentDamaged()
            yield tarball.padding(entry.size)
        yield tarball.END
        if progress is not None:
            progress(total, total)

    with atomic_output(out, durable=True) as sink:
        age.encrypt(_StreamReader(stream()), sink, recipients=targets, passphrase=passphrase, armor=armor,
                    scrypt_log_n=scrypt_log_n)
        sink.flush()
        size = os.fstat(sink.fileno()).st_size
    return ExportResult(out, len(shared), len(attachment_entries), size)
