"""The team document a changeset carries: `documents/team-changeset.json` (docs/team-sync.md).

    {"format": "npmdesk-team-changeset", "format_version": 1,
     "device": "<fingerprint of the signer>", "sequence": 7, "snapshot_for": null,
     "deleted": [{"id": "<uuid>", "hashes": ["<hex>", …]}, …],
     "restored": ["<uuid>", …], "conflicts": ["<uuid>", …]}

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
from npmdesk.records.model import is_uuid
from npmdesk.team.errors import BadTeamFile
from npmdesk.team.layout import is_fingerprint

NAME = "team-changeset.json"
MEMBER = "documents/" + NAME
FORMAT = "npmdesk-team-changeset"
VERSION = 1
MAX_BYTES = 64 * 2**20  # 100,000 deletions with 50 hashes each stay well under this
MAX_HASHES = 50  # per deleted record: the latest versions the deleting device knew
_KEYS = {"format", "format_version", "device", "sequence", "snapshot_for", "deleted", "restored", "conflicts"}


@dataclass
class Deleted:
    id: str
    hashes: tuple[str, ...]  # content hashes of the versions the deleting device knew, newest first


@dataclass
class TeamDocument:
    device: str
    sequence: int
    snapshot_for: str | None = None
    deleted: list[Deleted] = field(default_factory=list)
    restored: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def to_bytes(self) -> bytes:
        return json.dumps({
            "format": FORMAT, "format_version": VERSION, "device": self.device, "sequence": self.sequence,
            "snapshot_for": self.snapshot_for,
            "deleted": [{"id": d.id, "hashes": list(d.hashes[:MAX_HASHES])} for d in self.deleted],
            "restored": self.restored, "conflicts": self.conflicts,
        }, separators=(",", ":")).encode("utf-8")


def _hex(value: object) -> bool:
    return isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def parse(data: bytes) -> TeamDocument:
    """The team document (BadTeamFile if it breaks any rule above)."""
    try:
        doc = strict_json.loads(data, max_bytes=MAX_BYTES, max_depth=4, max_items=10_000_000)
    except strict_json.JSONRefused:
        raise BadTeamFile("its team document is not valid JSON") from None
    if not isinstance(doc, dict) or set(doc) != _KEYS or doc["format"] != FORMAT:
        raise BadTeamFile("it is not a team changeset")
    if not strict_json.exact_int(doc["format_version"]) or doc["format_version"] != VERSION:
        raise BadTeamFile("it was made by a newer version of npmdesk")
    device, sequence, snapshot_for = doc["device"], doc["sequence"], doc["snapshot_for"]
    if not (isinstance(device, str) and is_fingerprint(device)):
        raise BadTeamFile("its device is malformed")
    if not strict_json.exact_int(sequence) or not 0 <= sequence < 10**8:
        raise BadTeamFile("its sequence number is malformed")
    if snapshot_for is not None and not (isinstance(snapshot_for, str) and is_fingerprint(snapshot_for)):
        raise BadTeamFile("its snapshot is for a malformed device")
    deleted, restored, conflicts = doc["deleted"], doc["restored"], doc["conflicts"]
    if not all(isinstance(v, list) for v in (deleted, restored, conflicts)):
        raise BadTeamFile("its lists are malformed")
    out = TeamDocument(device, sequence, snapshot_for)
    for entry in deleted:
        if not (isinstance(entry, dict) and set(entry) == {"id", "hashes"} and is_uuid(entry["id"])
                and isinstance(entry["hashes"], list) and len(entry["hashes"]) <= MAX_HASHES
                and all(_hex(h) for h in entry["hashes"])):
            raise BadTeamFile("a deleted record is malformed")
        out.deleted.append(Deleted(entry["id"], tuple(entry["hashes"])))
    if not all(isinstance(rid, str) and is_uuid(rid) for rid in (*restored, *conflicts)):
        raise BadTeamFile("a restored or conflicting record is malformed")
    out.restored, out.conflicts = list(restored), list(conflicts)
    return out


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
