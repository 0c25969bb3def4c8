"""`index.jsonl`: the signed listing of a version 2 package's records and attachments.

A version 2 manifest stays small whatever the package holds; what version 1 listed in the
manifest itself (each record's id and content hash, each attachment's path, size and SHA-256)
is here instead, one JSON object per line, in the package's order:

    {"id":"<uuid>","content_sha256":"<hex>"}                              a record
    {"path":"attachments/<uuid>/<name>","size":123,"sha256":"<hex>"}      one of its attachments

Each record's line is followed by the lines of its attachments, in the order of the record's
`attachments` list; the records file holds the records in the order of their lines, and the
attachment members come in the order of theirs. The manifest signs the index's size and SHA-256
(its `files`) and the two counts.

The index is read in full before any record is parsed, and never held in memory: `IndexSink`
checks it line by line as it arrives (each line at most MAX_LINE bytes, strict JSON, a record
line first, no record or attachment twice) into an EncryptedSpool, and once the reader has
matched its size and hash with the signed manifest, `lines()` reads it back as often as needed,
a line at a time. Only the ids seen (16 bytes each, for the duplicate check) stay in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from npmdesk import strict_json
from npmdesk.exchange.errors import DamagedPackage
from npmdesk.exchange.manifest import INDEX, FileEntry, is_attachment_path
from npmdesk.exchange.spool import EncryptedSpool
from npmdesk.records.model import is_uuid

MAX_LINE = 512  # an attachment line with a 100-character path, a 16-digit size and its hash is under 200
_SHA256_HEX = frozenset("0123456789abcdef")


@dataclass(frozen=True, slots=True)
class Listed:
    """A record line: the record's id and content hash."""

    id: str
    content_sha256: str


def _is_sha256(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and set(value) <= _SHA256_HEX


def record_line(record_id: str, content_sha256: str) -> bytes:
    return json.dumps({"id": record_id, "content_sha256": content_sha256}, separators=(",", ":")).encode() + b"\n"


def attachment_line(entry: FileEntry) -> bytes:
    return json.dumps(entry.to_json(), separators=(",", ":")).encode("ascii") + b"\n"


def parse_line(line: bytes) -> Listed | FileEntry:
    """One line of the index (without its newline), read strictly; DamagedPackage otherwise."""
    try:
        item = strict_json.loads(line, max_bytes=MAX_LINE, max_depth=1, max_items=16)
    except strict_json.JSONRefused:
        raise DamagedPackage("its index is not valid JSON Lines") from None
    if isinstance(item, dict) and set(item) == {"id", "content_sha256"}:
        if is_uuid(item["id"]) and _is_sha256(item["content_sha256"]):
            return Listed(item["id"], item["content_sha256"])
    elif isinstance(item, dict) and set(item) == {"path", "size", "sha256"}:
        path, size = item["path"], item["size"]
        if (isinstance(path, str) and is_attachment_path(path) and strict_json.exact_int(size)
                and 0 <= size < 2**50 and _is_sha256(item["sha256"])):
            return FileEntry(path, size, item["sha256"])
    raise DamagedPackage("its index lists a record or an attachment wrongly")


def attachment_id(path: str) -> str:
    """The attachment's id in a (valid) `attachments/<id>/<name>` path."""
    return path.split("/", 2)[1]


class IndexWriter:
    """Writes the index (while an export's first pass spools the records) into an EncryptedSpool."""

    def __init__(self, folder: Path | None) -> None:
        self.spool = EncryptedSpool(folder)
        self.records = 0
        self.attachments = 0
        self.attachment_bytes = 0

    def add_record(self, record_id: str, content_sha256: str) -> None:
        self.spool.write(record_line(record_id, content_sha256))
        self.records += 1

    def add_attachment(self, entry: FileEntry) -> None:
        self.spool.write(attachment_line(entry))
        self.attachments += 1
        self.attachment_bytes += entry.size

    def entry(self) -> FileEntry:
        """Seal the index: its manifest entry."""
        self.spool.seal()
        return FileEntry(INDEX, self.spool.size, self.spool.sha256)

    def close(self) -> None:
        self.spool.close()


def spooled_lines(spool: EncryptedSpool) -> Iterator[Listed | FileEntry]:
    """The index's lines, parsed, read back from a sealed spool a chunk at a time."""
    pending = b""
    for chunk in spool.chunks():
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            yield parse_line(line)
    if pending:
        raise DamagedPackage("its index does not end with a line end")


class IndexSink:
    """The reader's sink for `index.jsonl`: checks each line as it comes and spools it (encrypted).

    `close()` checks the counts against the manifest's; `lines()` then reads the index back."""

    def __init__(self, records: int, attachments: int) -> None:
        self._expect = (records, attachments)
        self._spool = EncryptedSpool()
        self._pending = bytearray()
        self._seen: set[bytes] = set()  # record and attachment ids, 16 bytes each
        self._records = 0
        self._attachments = 0
        self._owner: str | None = None  # the record the next attachment lines belong to
        self.attachment_bytes = 0

    def write(self, data: bytes) -> None:
        self._spool.write(data)
        self._pending += data
        start = 0
        while (end := self._pending.find(b"\n", start)) >= 0:
            self._line(bytes(self._pending[start:end]))
            start = end + 1
        del self._pending[:start]
        if len(self._pending) > MAX_LINE:
            raise DamagedPackage("its index has a line too long")

    def _unique(self, text: str) -> None:
        key = bytes.fromhex(text.replace("-", ""))  # uuid.UUID(text).bytes, as parse_line checked the form
        if key in self._seen:
            raise DamagedPackage("its index lists a record or an attachment twice")
        self._seen.add(key)

    def _line(self, line: bytes) -> None:
        listed = parse_line(line)
        if isinstance(listed, Listed):
            self._unique(listed.id)
            self._owner = listed.id
            self._records += 1
            return
        if self._owner is None:
            raise DamagedPackage("its index lists an attachment before any record")
        self._unique(attachment_id(listed.path))
        self._attachments += 1
        self.attachment_bytes += listed.size

    def close(self) -> None:
        if self._pending:
            raise DamagedPackage("its index does not end with a line end")
        if (self._records, self._attachments) != self._expect:
            raise DamagedPackage("its index does not match its manifest")
        self._seen = set()
        self._spool.seal()

    def lines(self) -> Iterator[Listed | FileEntry]:
        return spooled_lines(self._spool)

    def attachments(self) -> Iterator[FileEntry]:
        return (entry for entry in self.lines() if isinstance(entry, FileEntry))

    def discard(self) -> None:
        self._spool.close()
