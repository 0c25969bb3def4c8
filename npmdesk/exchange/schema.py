"""Records as they travel in a package: the JSON schema `npmdesk-records`, version 1.

`records.json.gz` holds `{"schema": "npmdesk-records", "schema_version": 1, "records": [...]}`.
Each record has exactly the keys in RECORD_KEYS (docs/package-format.md describes them); the
real names behind pseudonyms never travel (records are pseudonymised first) and neither does
anything local to one vault (the bin, the conflict mark).

`content_sha256` identifies a version's content (everything but who saved it and when), and
`lineage` lists the content hashes of the record's earlier versions: together they let an
import tell a newer version from an older one or from a conflicting edit.

Reading is strict: a missing or unknown key, a wrong type, an invalid value or a content hash
that does not match refuses the whole package.
"""

from __future__ import annotations

import re
from typing import Any

from npmdesk.exchange.errors import DamagedPackage, InvalidPackageRecord, UnsupportedPackageVersion
from npmdesk.records.content import content_sha256
from npmdesk.records.model import InvalidRecord, Record, is_uuid, validate

SCHEMA = "npmdesk-records"
SCHEMA_VERSION = 1
MAX_LINEAGE = 10_000
MAX_ATTACHMENTS_PER_RECORD = 10_000
_SHA256 = re.compile(r"[0-9a-f]{64}")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)")

RECORD_KEYS = frozenset({
    "id", "kind", "title", "body", "date", "status", "counterpart", "country", "due_date", "sensitivity",
    "personal_data", "consent", "tags", "articles", "links", "fields", "version", "created_at",
    "created_by", "updated_at", "updated_by", "content_sha256", "lineage", "attachments",
})
ATTACHMENT_KEYS = frozenset({"id", "name", "media_type", "size", "sha256", "path"})


def encode_record(record: Record, lineage: list[str], attachments: list[dict[str, Any]]) -> dict[str, Any]:
    """The package form of an (already pseudonymised) record."""
    doc = record.to_json()
    del doc["pseudonyms"], doc["deleted_at"]
    doc["fields"].pop("keys_verified", None)
    doc["content_sha256"] = content_sha256(record)
    doc["lineage"] = lineage
    doc["attachments"] = attachments
    return doc


def document(records: list[dict[str, Any]]) -> dict[str, Any]:
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "records": records}


# --------------------------------------------------------------------------- reading


class IncomingRecord:
    """A validated record from a package, with its lineage and attachments."""

    __slots__ = ("attachments", "content_sha256", "lineage", "record")

    def __init__(self, record: Record, content: str, lineage: list[str], attachments: list[dict[str, Any]]):
        self.record = record
        self.content_sha256 = content
        self.lineage = lineage
        self.attachments = attachments


def parse_document(doc: object) -> list[IncomingRecord]:
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise DamagedPackage("its records are not in the npmdesk format")
    if doc.get("schema_version") != SCHEMA_VERSION:
        raise UnsupportedPackageVersion()
    if set(doc) != {"schema", "schema_version", "records"} or not isinstance(doc["records"], list):
        raise DamagedPackage("its records are not in the npmdesk format")
    seen: set[str] = set()
    out = []
    for item in doc["records"]:
        incoming = parse_record(item)
        if incoming.record.id in seen:
            raise DamagedPackage(f"record {incoming.record.id} appears twice")
        seen.add(incoming.record.id)
        out.append(incoming)
    return out


def _require(ok: bool, record_id: str, detail: str) -> None:
    if not ok:
        raise InvalidPackageRecord(record_id, detail)


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
    _require(keys == RECORD_KEYS, rid, f"unexpected or missing keys ({', '.join(sorted(keys ^ RECORD_KEYS))}).")
    version = item["version"]
    _require(isinstance(version, int) and not isinstance(version, bool) and 1 <= version < 2**31,
             rid, "its version is not a positive whole number.")
    for key in ("created_at", "updated_at"):
        _require(_is_text(item[key], 40) and bool(_TIMESTAMP.fullmatch(item[key])), rid, f"{key} is not a time.")
    for key in ("created_by", "updated_by"):
        _require(_is_text(item[key]), rid, f"{key} is not a name.")
    for key in ("tags", "articles", "links"):
        _require(isinstance(item[key], list), rid, f"{key} is not a list.")
    _require(isinstance(item["fields"], dict), rid, "fields is not an object.")
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
    fields = {key: item[key] for key in RECORD_KEYS - {"content_sha256", "lineage", "attachments"}}
    fields["links"] = [{"to": link["to"], "relation": link["relation"]} for link in item["links"]]
    try:
        record = Record.from_json({**fields, "pseudonyms": {}, "deleted_at": None})
        validate(record)
    except InvalidRecord as err:
        raise InvalidPackageRecord(rid, f"{err.field}: {err}") from None
    except (TypeError, ValueError, KeyError):
        raise InvalidPackageRecord(rid, "a value has the wrong type.") from None
    _require(content_sha256(record) == content, rid, "its content does not match its hash.")
    if record.kind == "contact":
        _require("keys_verified" not in record.fields, rid, "a contact's verification cannot be imported.")
    return IncomingRecord(record, content, list(lineage), list(attachments))


def _check_attachment(rid: str, attachment: object) -> None:
    _require(isinstance(attachment, dict) and set(attachment) == ATTACHMENT_KEYS, rid, "an attachment is malformed.")
    assert isinstance(attachment, dict)  # noqa: S101 - narrowing for mypy, checked above
    _require(is_uuid(attachment["id"]), rid, "an attachment id is not valid.")
    _require(_is_text(attachment["name"], 255) and bool(attachment["name"]), rid, "an attachment name is not valid.")
    _require(_is_text(attachment["media_type"], 200), rid, "an attachment type is not valid.")
    size = attachment["size"]
    _require(isinstance(size, int) and not isinstance(size, bool) and 0 <= size < 2**50, rid,
             "an attachment size is not valid.")
    _require(isinstance(attachment["sha256"], str) and bool(_SHA256.fullmatch(attachment["sha256"])), rid,
             "an attachment hash is not valid.")
    _require(_is_text(attachment["path"], 100), rid, "an attachment path is not valid.")

