"""The team document a changeset carries: `documents/team-changeset.json` (docs/team-sync.md).

    {"format": "npmdesk-team-changeset", "format_version": 1,
     "device": "<fingerprint of the signer>", "sequence": 7, "snapshot_for": null,
     "deleted": [{"id": "<uuid>", "hashes": ["<hex>", …]}, …],
     "restored": ["<uuid>", …], "conflicts": ["<uuid>", …]}

Format version 2 (written only when a changeset needs it, so that older copies of npmdesk keep
reading the others, and say "made by a newer version" of these) adds
`"attachments_removed": ["<attachment uuid>", …]` (attachments removed on the writing device) and
a `"kind"` to each deleted record of a snapshot (so that a new member that never had the record
keeps a tombstone of it, and a later merge cannot bring it back).

`restored`: records taken out of the bin on the writing device; `conflicts`: records of the
changeset still marked "Edited on both sides" there (a device that takes such a record's version
marks it too, so that both sides show the conflict until each settles it).

It is a document of an ordinary package, so it is covered by the package's signature like every
member (its size and SHA-256 are in the signed manifest). `device` and `sequence` must match the
subfolder and the file name the changeset was found under, and `snapshot_for` the member a
snapshot is named for: a file copied under another name is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from npmdesk import strict_json
from npmdesk.records.kinds import KINDS
from npmdesk.records.model import is_uuid
from npmdesk.team.errors import BadTeamFile
from npmdesk.team.layout import is_fingerprint

NAME = "team-changeset.json"
MEMBER = "documents/" + NAME
FORMAT = "npmdesk-team-changeset"
VERSION = 2  # the newest this program reads; it writes 1 unless the document needs 2
MAX_BYTES = 64 * 2**20  # 100,000 deletions with 50 hashes each stay well under this
MAX_HASHES = 50  # per deleted record: the latest versions the deleting device knew
_KEYS = {"format", "format_version", "device", "sequence", "snapshot_for", "deleted", "restored", "conflicts"}
_KEYS_V2 = _KEYS | {"attachments_removed"}


@dataclass
class Deleted:
    id: str
    hashes: tuple[str, ...]  # content hashes of the versions the deleting device knew, newest first
    kind: str | None = None  # its kind (snapshots only: a tombstone here needs it)


@dataclass
class TeamDocument:
    device: str
    sequence: int
    snapshot_for: str | None = None
    deleted: list[Deleted] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    attachments_removed: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        version2 = bool(self.attachments_removed) or any(d.kind is not None for d in self.deleted)
        doc: dict[str, object] = {
            "format": FORMAT, "format_version": 2 if version2 else 1, "device": self.device,
            "sequence": self.sequence, "snapshot_for": self.snapshot_for,
            "deleted": [_deleted_entry(d) for d in self.deleted],
            "restored": self.restored, "conflicts": self.conflicts,
        }
        if version2:
            doc["attachments_removed"] = self.attachments_removed
        return json.dumps(doc, separators=(",", ":")).encode("utf-8")


def _deleted_entry(deleted: Deleted) -> dict[str, object]:
    entry: dict[str, object] = {"id": deleted.id, "hashes": list(deleted.hashes[:MAX_HASHES])}
    if deleted.kind is not None:
        entry["kind"] = deleted.kind
    return entry


def _hex(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def parse(data: bytes) -> TeamDocument:
    """The team document (BadTeamFile if it breaks any rule above)."""
    try:
        doc = strict_json.loads(data, max_bytes=MAX_BYTES, max_depth=4, max_items=10_000_000)
    except strict_json.JSONRefused:
        raise BadTeamFile("its team document is not valid JSON") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or not _KEYS <= set(doc) <= _KEYS_V2:
        raise BadTeamFile("it is not a team changeset")
    version = doc["format_version"]
    if not strict_json.exact_int(version) or not 1 <= version <= VERSION:
        raise BadTeamFile("it was made by a newer version of npmdesk")
    if version == 1 and set(doc) != _KEYS:
        raise BadTeamFile("it is not a team changeset")
    device, sequence, snapshot_for = doc["device"], doc["sequence"], doc["snapshot_for"]
    if not (isinstance(device, str) and is_fingerprint(device)):
        raise BadTeamFile("its device is malformed")
    if not strict_json.exact_int(sequence) or not 0 <= sequence < 10**8:
        raise BadTeamFile("its sequence number is malformed")
    if snapshot_for is not None and not (isinstance(snapshot_for, str) and is_fingerprint(snapshot_for)):
        raise BadTeamFile("its snapshot is for a malformed device")
    deleted, restored, conflicts = doc["deleted"], doc["restored"], doc["conflicts"]
    removed = doc.get("attachments_removed", [])
    if not all(isinstance(v, list) for v in (deleted, restored, conflicts, removed)):
        raise BadTeamFile("its lists are malformed")
    out = TeamDocument(device, sequence, snapshot_for)
    out.deleted = [_parse_deleted(entry, version) for entry in deleted]
    if not all(isinstance(rid, str) and is_uuid(rid) for rid in (*restored, *conflicts)):
        raise BadTeamFile("a restored or conflicting record is malformed")
    if not all(isinstance(aid, str) and is_uuid(aid) for aid in removed):
        raise BadTeamFile("a removed attachment is malformed")
    out.restored, out.conflicts, out.attachments_removed = list(restored), list(conflicts), list(removed)
    return out


def _parse_deleted(entry: object, version: int) -> Deleted:
    keys = {"id", "hashes"}
    if not (isinstance(entry, dict) and (set(entry) == keys or (version > 1 and set(entry) == keys | {"kind"}))
            and is_uuid(entry["id"]) and isinstance(entry["hashes"], list) and len(entry["hashes"]) <= MAX_HASHES
            and all(_hex(h) for h in entry["hashes"])):
        raise BadTeamFile("a deleted record is malformed")
    kind = entry.get("kind")
    if kind is not None and not (isinstance(kind, str) and kind in KINDS):
        raise BadTeamFile("a deleted record is malformed")
    return Deleted(entry["id"], tuple(entry["hashes"]), kind)


class DocumentSink:
    """Collects the team document as the package reader hands it over (its size was checked
    against the signed manifest before: at most MAX_BYTES are kept)."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.complete = False

    def write(self, data: bytes) -> None:
        if len(self.data) + len(data) > MAX_BYTES:
            raise BadTeamFile("its team document is too large")
        self.data += data

    def close(self) -> None:
        self.complete = True
