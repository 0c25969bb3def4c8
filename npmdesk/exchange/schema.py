"""Records as they travel in a package: the JSON schema `npmdesk-records`, version 1.

`records.json.gz` holds `{"schema": "npmdesk-records", "schema_version": 1, "records": [...]}`,
in that order. `RecordStream` reads it as a stream, record by record, so no document is ever
built whole: each record is at most MAX_RECORD_BYTES of JSON, MAX_RECORD_DEPTH deep and
MAX_RECORD_ITEMS values, and goes through the strict loader (npmdesk.strict_json).

Each record has exactly the keys in RECORD_KEYS, and those of OPTIONAL_RECORD_KEYS it uses
(docs/package-format.md describes them). The real names behind pseudonyms travel only between
the NPM's own devices: such a package (its manifest says `identities`) carries records as
written with their pseudonym table (`pseudonyms`); every other package carries them
pseudonymised and without it. Nothing local to one vault travels (the bin, the conflict mark,
a contact's verification or own-device mark).

`content_sha256` identifies a version's content (everything but who saved it and when) as it
travels pseudonymised (also for a record that carries its real names: the same version has the
same hash in every package), and
`lineage` lists the content hashes of the record's earlier versions: together they let an
import tell a newer version from an older one or from a conflicting edit.

Reading is strict: a missing or unknown key, a wrong type, an invalid value or a content hash
that does not match refuses the whole package.
"""

from __future__ import annotations

import re
from typing import Any

from npmdesk import strict_json
from npmdesk.exchange.errors import DamagedPackage, InvalidPackageRecord, PackageTooLarge, UnsupportedPackageVersion
from npmdesk.phrase import Phrase
from npmdesk.records.content import LOCAL_TRUST_FIELDS, content_sha256, version_hash  # noqa: F401 - content_sha256 re-exported
from npmdesk.records.legacy import upgraded
from npmdesk.records.model import InvalidRecord, Record, is_uuid
from npmdesk.records.validated import Validated

SCHEMA = "npmdesk-records"
SCHEMA_VERSION = 1
MAX_LINEAGE = 10_000
MAX_ATTACHMENTS_PER_RECORD = 10_000
_SHA256 = re.compile(r"[0-9a-f]{64}")
# A record's JSON: the body (5,000,000 characters) in any script, its fields, 10,000 lineage
# hashes or attachments; values counted as strict_json counts them.
MAX_RECORD_BYTES = 12 * 1024 * 1024
MAX_RECORD_DEPTH = 8
MAX_RECORD_ITEMS = 200_000

RECORD_KEYS = frozenset({
    "id", "kind", "title", "body", "date", "status", "counterpart", "country", "due_date", "sensitivity",
    "personal_data", "consent", "tags", "articles", "links", "fields", "version", "created_at",
    "created_by", "updated_at", "updated_by", "content_sha256", "lineage", "attachments",
})
# Keys a record carries only when set (records/model.py: Record.to_json); a package made before
# they existed has none of them.
OPTIONAL_RECORD_KEYS = frozenset({"consents", "review_date", "pseudonyms"})
MAX_PSEUDONYMS = 1_000  # real names in one record's pseudonym table
ATTACHMENT_KEYS = frozenset({"id", "name", "media_type", "size", "sha256", "path"})
CONSENT_KEYS = frozenset({"purpose", "state", "date", "how", "obtained_by", "withdrawn_on"})


def encode_record(record: Record, lineage: list[str], attachments: list[dict[str, Any]], *,
                  identities: bool = False) -> dict[str, Any]:
    """The package form of a record: already pseudonymised, or (`identities`, a package for the
    NPM's own devices) as written, with its pseudonym table if it has one."""
    doc = record.to_json()
    pseudonyms = doc.pop("pseudonyms")
    del doc["deleted_at"]
    if identities and pseudonyms:
        doc["pseudonyms"] = pseudonyms
    elif pseudonyms:
        raise ValueError("a record travels pseudonymised, or with its identities to the NPM's own devices")
    for name in LOCAL_TRUST_FIELDS:
        doc["fields"].pop(name, None)
    doc["content_sha256"] = version_hash(record)
    doc["lineage"] = lineage
    doc["attachments"] = attachments
    return doc


def document(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "records": records}


# --------------------------------------------------------------------------- reading


class IncomingRecord:
    """A validated record from a package, with its lineage and attachments. `checked` is the
    validation the reader did (records/validated.py), so that the store need not do it again."""

    __slots__ = ("attachments", "checked", "content_sha256", "lineage", "record")

    def __init__(self, record: Record, content: str, lineage: list[str], attachments: list[dict[str, Any]],
                 checked: Validated | None = None):
        self.record = record
        self.content_sha256 = content
        self.lineage = lineage
        self.attachments = attachments
        self.checked = checked

    def to_write(self, record: Record) -> Record | Validated:
        """`record` for the store: with the reader's validation if it is the record the reader
        validated (the store checks that it did not change since), as it is otherwise."""
        checked = self.checked
        return checked if checked is not None and checked.record is record else record


_HEAD = re.compile(
    rb'[ \t\r\n]*\{[ \t\r\n]*"schema"[ \t\r\n]*:[ \t\r\n]*("(?:[^"\\]|\\.){0,64}")[ \t\r\n]*,'
    rb'[ \t\r\n]*"schema_version"[ \t\r\n]*:[ \t\r\n]*([^,\s}]{1,24})[ \t\r\n]*,'
    rb'[ \t\r\n]*"records"[ \t\r\n]*:[ \t\r\n]*\[', re.DOTALL)
_MAX_HEAD = 1024
_SPACE = re.compile(rb"[ \t\r\n]*")
_STRING_BODY = re.compile(rb'[^"\\]*+(?:\\.[^"\\]*+)*+', re.DOTALL)  # possessive: constant memory
# Up to the next bracket, or to a string that does not end in the text yet: whole strings and
# everything between them in one step, so Python sees only a record's brackets (possessive: no
# backtracking, whatever the text).
_SKIP = re.compile(rb'(?:[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.DOTALL)


def _balanced(depth: int) -> bytes:
    """What may stand between a record's brackets: text, whole strings, and brackets inside
    brackets up to `depth` more levels (any closing bracket closes, as _scan_record counts them)."""
    inner = rb'(?:[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+"'
    return inner + (rb"|[\[{]" + _balanced(depth - 1) + rb"[\]}]" if depth > 0 else b"") + rb")*+"


# A whole record already in the text, at most MAX_RECORD_DEPTH deep, in one match (possessive:
# no backtracking); no match if it is deeper, or does not end in the text yet: then the record
# is scanned a step at a time (_scan_record), which says which.
_WHOLE_RECORD = re.compile(rb"\{" + _balanced(MAX_RECORD_DEPTH - 1) + rb"[\]}]", re.DOTALL)
_HEAD_STATE, _FIRST, _NEXT, _AFTER, _TAIL, _DONE = range(6)


class RecordStream:
    """A push parser for `records.json.gz`'s text: `feed()` bytes as they are decompressed, get
    back the records completed so far; `end()` once the text ends.

    Memory is bounded by one record (MAX_RECORD_BYTES) whatever the file holds: the text is
    scanned for the end of each record (strings skipped, brackets counted up to
    MAX_RECORD_DEPTH), and only then is that record's JSON parsed strictly and validated."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._pos = 0
        self._state = _HEAD_STATE
        self._start = -1  # where the record being scanned starts, -1 between records
        self._scan = 0
        self._depth = 0
        self._in_string = False
        self._seen: set[str] = set()

    def feed(self, data: bytes) -> list[tuple[IncomingRecord, bytes]]:
        """The records completed by `data`, each with its JSON text."""
        if self._pos > 1 << 20 and self._pos * 2 > len(self._buf):
            del self._buf[: self._pos]
            self._scan -= self._pos
            if self._start >= 0:
                self._start -= self._pos
            self._pos = 0
        self._buf += data
        out: list[tuple[IncomingRecord, bytes]] = []
        while self._step(out, ended=False):
            pass
        return out

    def end(self) -> list[tuple[IncomingRecord, bytes]]:
        out: list[tuple[IncomingRecord, bytes]] = []
        while self._step(out, ended=True):
            pass
        if self._state != _DONE:
            raise DamagedPackage("its records are truncated or not valid JSON")
        return out

    def _space(self) -> None:
        match = _SPACE.match(self._buf, self._pos)
        self._pos = match.end() if match else self._pos

    def _step(self, out: list[tuple[IncomingRecord, bytes]], *, ended: bool) -> bool:
        """One step of the parser; False when it needs more text (or is done)."""
        buf = self._buf
        if self._state == _HEAD_STATE:
            return self._head(ended)
        if self._state in (_FIRST, _NEXT):
            if self._start < 0:
                self._space()
                if self._pos >= len(buf):
                    return False
                if self._state == _FIRST and buf[self._pos] == ord("]"):
                    self._pos += 1
                    self._state = _TAIL
                    return True
                if buf[self._pos] != ord("{"):
                    raise DamagedPackage("a record is not a JSON object")
                self._start = self._scan = self._pos
                self._depth, self._in_string = 0, False
                whole = _WHOLE_RECORD.match(buf, self._pos)
                end = whole.end() if whole is not None and whole.end() - self._pos <= MAX_RECORD_BYTES else -1
            else:
                end = -1
            if end < 0:
                end = self._scan_record()
            if end < 0:
                return False
            text = bytes(buf[self._start : end])
            out.append((self._record(text), text))
            self._pos, self._start = end, -1
            self._state = _AFTER
            return True
        self._space()
        if self._pos >= len(buf):
            return False
        char = buf[self._pos]
        self._pos += 1
        if self._state == _AFTER and char == ord(","):
            self._state = _NEXT
        elif self._state == _AFTER and char == ord("]"):
            self._state = _TAIL
        elif self._state == _TAIL and char == ord("}"):
            self._state = _DONE
        else:
            raise DamagedPackage("its records are not valid JSON")
        return True

    def _head(self, ended: bool) -> bool:
        match = _HEAD.match(self._buf)
        if match is None:
            if ended or len(self._buf) >= _MAX_HEAD:
                raise DamagedPackage("its records are not in the npmdesk format")
            return False
        if match.group(1) != b'"' + SCHEMA.encode() + b'"':
            raise DamagedPackage("its records are not in the npmdesk format")
        try:
            version = strict_json.loads(match.group(2), max_bytes=24, max_depth=1, max_items=1)
        except strict_json.JSONRefused:
            version = None
        if not strict_json.exact_int(version) or version != SCHEMA_VERSION:
            if strict_json.exact_int(version) and version > SCHEMA_VERSION:
                raise UnsupportedPackageVersion()
            raise DamagedPackage("its records' schema version is not a version number")
        self._pos = match.end()
        self._state = _FIRST
        return True

    def _scan_record(self) -> int:
        """The end of the record that starts at self._start, or -1 if more text is needed."""
        buf = self._buf
        while True:
            if self._scan - self._start > MAX_RECORD_BYTES:
                raise PackageTooLarge("a record over {size} MiB of JSON", size=MAX_RECORD_BYTES // 2**20)
            if self._in_string:
                body = _STRING_BODY.match(buf, self._scan)
                stop = body.end() if body else self._scan
                if stop >= len(buf):
                    self._scan = stop
                    return -1
                if buf[stop] != ord('"'):  # a backslash at the very end: wait for what it escapes
                    self._scan = stop
                    return -1
                self._scan, self._in_string = stop + 1, False
                continue
            stop = _SKIP.match(buf, self._scan).end()  # type: ignore[union-attr]  # it matches "" too
            if stop >= len(buf):
                self._scan = stop
                return -1
            char, self._scan = buf[stop], stop + 1
            if char == ord('"'):  # a string whose end is not in the text yet
                self._in_string = True
            elif char in b"[{":
                self._depth += 1
                if self._depth > MAX_RECORD_DEPTH:
                    raise DamagedPackage("a record is nested too deeply")
            else:
                self._depth -= 1
                if self._depth <= 0:
                    return self._scan

    def _record(self, text: bytes) -> IncomingRecord:
        # Its end was found by counting brackets (_WHOLE_RECORD nests at most MAX_RECORD_DEPTH
        # deep, _scan_record refuses deeper): its nesting is known.
        incoming = load_record(text, depth_checked=True)
        if incoming.record.id in self._seen:
            raise DamagedPackage("record {record_id} appears twice", record_id=incoming.record.id)
        self._seen.add(incoming.record.id)
        return incoming


def load_record(text: bytes, *, depth_checked: bool = False) -> IncomingRecord:
    """One record's JSON text, parsed strictly within the per-record limits and validated
    (`depth_checked`: the caller refused it nested deeper than MAX_RECORD_DEPTH, see strict_json.loads)."""
    try:
        item = strict_json.loads(text, max_bytes=MAX_RECORD_BYTES, max_depth=MAX_RECORD_DEPTH,
                                 max_items=MAX_RECORD_ITEMS, depth_checked=depth_checked)
    except strict_json.JSONRefused as err:
        raise DamagedPackage("a record is not valid JSON: {error}", error=err.phrase) from None
    return parse_record(item)


def _require(ok: bool, record_id: str, detail: str, **values: object) -> None:
    """InvalidPackageRecord unless `ok`; `detail` is a template with `values` (npmdesk/phrase.py)."""
    if not ok:
        raise InvalidPackageRecord(record_id, detail, **values)


def _is_text(value: object, limit: int = 1_000) -> bool:
    return isinstance(value, str) and len(value) <= limit


def parse_record(item: object) -> IncomingRecord:
    if not isinstance(item, dict):
        raise DamagedPackage("a record is not a JSON object")
    record_id = item.get("id")
    if not is_uuid(record_id):
        raise DamagedPackage("a record has no valid id")
    rid = str(record_id)
    keys = set(item)
    odd = (keys ^ RECORD_KEYS) - OPTIONAL_RECORD_KEYS
    _require(not odd, rid, "unexpected or missing keys ({keys}).", keys=", ".join(sorted(odd)))
    version = item["version"]
    _require(strict_json.exact_int(version) and 1 <= version < 2**31,
             rid, "its version is not a positive whole number.")
    for key in ("created_at", "updated_at"):
        _require(strict_json.is_timestamp(item[key]), rid, "{key} is not a real date and time.", key=key)
    for key in ("created_by", "updated_by"):
        _require(_is_text(item[key]), rid, "{key} is not a name.", key=key)
    for key in ("tags", "articles", "links"):
        _require(isinstance(item[key], list), rid, "{key} is not a list.", key=key)
    _require(isinstance(item["fields"], dict), rid, "fields is not an object.")
    consents = item.get("consents", [])
    _require(isinstance(consents, list) and all(
        isinstance(person, dict) and set(person) == {"person", "child", "lacks_capacity", "consents"}
        and isinstance(person["consents"], list)
        and all(isinstance(c, dict) and set(c) == CONSENT_KEYS for c in person["consents"])
        for person in consents), rid, "consents are malformed.")
    _require(all(isinstance(link, dict) and set(link) == {"to", "relation"}
                 and _is_text(link["to"]) and _is_text(link["relation"]) for link in item["links"]),
             rid, "a link is malformed.")
    lineage = item["lineage"]
    _require(isinstance(lineage, list) and len(lineage) <= MAX_LINEAGE
             and all(isinstance(h, str) and _SHA256.fullmatch(h) for h in lineage), rid, "lineage is malformed.")
    content = item["content_sha256"]
    _require(isinstance(content, str) and bool(_SHA256.fullmatch(content)), rid, "content_sha256 is malformed.")
    attachments = item["attachments"]
    _require(isinstance(attachments, list) and len(attachments) <= MAX_ATTACHMENTS_PER_RECORD, rid,
             "attachments is not a list.")
    for attachment in attachments:
        _check_attachment(rid, attachment)
    pseudonyms = item.get("pseudonyms", {})
    _require(isinstance(pseudonyms, dict) and ("pseudonyms" not in item or 0 < len(pseudonyms) <= MAX_PSEUDONYMS)
             and all(_is_text(v, 100) for v in pseudonyms.values()), rid, "pseudonyms are malformed.")
    # The record's own keys (checked above: RECORD_KEYS and those of OPTIONAL_RECORD_KEYS it uses),
    # in one copy; links: their keys are checked above.
    fields = dict(item)
    del fields["content_sha256"], fields["lineage"], fields["attachments"]
    fields["pseudonyms"] = dict(pseudonyms)
    fields["deleted_at"] = None
    _require(all(isinstance(a, int | str) and not isinstance(a, bool) for a in item["articles"]), rid,
             "an OPCAT article is malformed.")
    try:
        record = Record.from_json(fields)
        # The hash is of the record as it travels to anyone: pseudonymised (a no-op without names).
        _require(version_hash(record) == content, rid, "its content does not match its hash.")
        # What an older version wrote, in today's values (after the hash: it is of what was sent).
        sent, record = record, upgraded(record)
        checked = Validated(record, local=bool(record.pseudonyms))
    except InvalidRecord as err:
        raise InvalidPackageRecord(rid, Phrase.of(err)) from None  # its sentence names the field, translated
    except (TypeError, ValueError, KeyError):
        raise InvalidPackageRecord(rid, "a value has the wrong type.") from None
    if record is not sent:  # upgraded: its hash here is of today's values
        content = version_hash(record)
    if record.kind == "contact":
        _require(not set(LOCAL_TRUST_FIELDS) & set(record.fields), rid,
                 "a contact's verification cannot be imported.")
    return IncomingRecord(record, content, list(lineage), list(attachments), checked)


def _check_attachment(rid: str, attachment: object) -> None:
    _require(isinstance(attachment, dict) and set(attachment) == ATTACHMENT_KEYS, rid, "an attachment is malformed.")
    assert isinstance(attachment, dict)  # noqa: S101 - narrowing for mypy, checked above
    _require(is_uuid(attachment["id"]), rid, "an attachment id is not valid.")
    _require(_is_text(attachment["name"], 255) and bool(attachment["name"]), rid, "an attachment name is not valid.")
    _require(_is_text(attachment["media_type"], 200), rid, "an attachment type is not valid.")
    size = attachment["size"]
    _require(strict_json.exact_int(size) and 0 <= size < 2**50, rid,
             "an attachment size is not valid.")
    _require(isinstance(attachment["sha256"], str) and bool(_SHA256.fullmatch(attachment["sha256"])), rid,
             "an attachment hash is not valid.")
    _require(_is_text(attachment["path"], 100), rid, "an attachment path is not valid.")

