"""`records.jsonl.gz`: a version 2 package's records, as JSON Lines (gzip, one member).

The first line is the header `{"schema":"npmdesk-records","schema_version":1}` (the records
themselves are schema version 1, exactly as in `records.json.gz`); then one record per line,
compact JSON (a newline inside a string is written `\\n`, so a line is one record), in the order
of the package's index, every line ending with a newline.

`RecordLines` is a push parser: `feed()` text as it is decompressed, and iterate over the
records it completed, each parsed only when the one before was taken. It holds at most one
line beyond the text fed (MAX_RECORD_BYTES, checked before the line's end arrives), so reading
any number of records costs the memory of the largest one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from typing import Any

from npmdesk import strict_json
from npmdesk.exchange.errors import DamagedPackage, PackageTooLarge, UnsupportedPackageVersion
from npmdesk.exchange.schema import (
    MAX_RECORD_BYTES,
    SCHEMA,
    SCHEMA_VERSION,
    IncomingRecord,
    encode_record,
    load_record,
)
from npmdesk.records.content import TRUST_FIELDS, canonical_content
from npmdesk.records.model import Record

HEADER = json.dumps({"schema": SCHEMA, "schema_version": SCHEMA_VERSION}, separators=(",", ":")).encode() + b"\n"
_MAX_HEADER = 1024


def record_text(doc: dict[str, object]) -> bytes:
    """One record's line (without its newline)."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_TEXT: Callable[[str], str] = json.encoder.encode_basestring  # a JSON string as _COMPACT writes it


def package_text(record: Record, lineage: list[str], attachments: list[dict[str, Any]], *,
                 identities: bool = False) -> tuple[bytes, str]:
    """A record's package text (compact JSON, without newline) and its content hash, for both
    formats: the same document as `record_text(encode_record(...))` (schema.py; key order aside).

    The record's content is encoded once: its canonical encoding (content.canonical_content) is
    hashed and then written as it is, after the keys that are not content (id, version, who and
    when, the hash, lineage, attachments). Where the two differ (a record with a pseudonym table
    travelling to the NPM's own devices, whose hash is of its pseudonymised form; fields holding
    a contact's keys or this vault's trust, which the hash or the package leaves out) the
    document is built and encoded whole."""
    if record.pseudonyms or any(name in record.fields for name in TRUST_FIELDS):
        doc = encode_record(record, lineage, attachments, identities=identities)
        return record_text(doc), str(doc["content_sha256"])
    content = canonical_content(record)
    digest = hashlib.sha256(content).hexdigest()
    version = record.version
    if type(version) is not int or attachments:  # (an attachment's listing: the encoder writes it)
        head = _COMPACT.encode({
            "id": record.id, "version": version, "created_at": record.created_at,
            "created_by": record.created_by, "updated_at": record.updated_at, "updated_by": record.updated_by,
            "content_sha256": digest, "lineage": lineage, "attachments": attachments,
        })[:-1]
    else:  # what the encoder writes of the same keys, without building the dictionary first
        text = _TEXT
        head = (f'{{"id":{text(record.id)},"version":{version},"created_at":{text(record.created_at)},'
                f'"created_by":{text(record.created_by)},"updated_at":{text(record.updated_at)},'
                f'"updated_by":{text(record.updated_by)},"content_sha256":"{digest}",'
                f'"lineage":[{",".join(map(text, lineage))}],"attachments":[]')
    return head.encode("utf-8") + b"," + content[1:], digest


class RecordLines:
    def __init__(self) -> None:
        self._pending = bytearray()
        self._header = False

    def feed(self, data: bytes) -> Iterator[IncomingRecord]:
        """The records `data` completes, one at a time (iterate to the end before feeding more)."""
        return (load_record(line) for line in self.lines(data))

    def lines(self, data: bytes) -> Iterator[bytes]:
        """The records' lines `data` completes (the header checked), not yet parsed: `feed`
        without `load_record` (exchange/parse_worker.py parses them and keeps each line)."""
        self._pending += data
        start = 0
        while (end := self._pending.find(b"\n", start)) >= 0:
            line = bytes(self._pending[start:end])
            start = end + 1
            if self._header:
                yield line
            else:
                _check_header(line)
                self._header = True
        del self._pending[:start]
        if len(self._pending) > (MAX_RECORD_BYTES if self._header else _MAX_HEADER):
            if not self._header:
                raise DamagedPackage("its records are not in the npmdesk format")
            raise PackageTooLarge("a record over {size} MiB of JSON", size=MAX_RECORD_BYTES // 2**20)

    def end(self) -> None:
        if self._pending or not self._header:
            raise DamagedPackage("its records are truncated")


def _check_header(line: bytes) -> None:
    try:
        head = strict_json.loads(line, max_bytes=_MAX_HEADER, max_depth=1, max_items=16)
    except strict_json.JSONRefused:
        raise DamagedPackage("its records are not in the npmdesk format") from None
    if not isinstance(head, dict) or set(head) != {"schema", "schema_version"} or head["schema"] != SCHEMA:
        raise DamagedPackage("its records are not in the npmdesk format")
    version = head["schema_version"]
    if not strict_json.exact_int(version) or version != SCHEMA_VERSION:
        if strict_json.exact_int(version) and version > SCHEMA_VERSION:
            raise UnsupportedPackageVersion()
        raise DamagedPackage("its records' schema version is not a version number")
