"""The package manifest and its signature.

`manifest.json` is the first member of every package and `manifest.sig` the second. The manifest
names the format version, who exported it (the NPM, the user, the vault's signing key and
fingerprint, its age recipient), the recipients it was encrypted to (age recipients, or a
passphrase), when, every record with its content hash, and every following member with its size
and SHA-256, in order. The signature is Ed25519 over the manifest's exact bytes, so changing a
recipient, a record or a file breaks it: a package cannot be re-addressed or altered silently.

Two versions (docs/package-format.md). Version 1 lists every record (id, content hash) and every
file in the manifest itself, so a reader holds that listing whole: it is written for every
package that fits its limits (MAX_RECORDS, MAX_FILES), which every version of npmdesk reads.
Version 2 is written beyond them: its manifest stays small whatever the package holds (the
record and attachment counts, and the files that are not attachments), and the listing of each
record and attachment moves to the `index.jsonl` member (npmdesk.exchange.index), whose size
and SHA-256 the manifest signs.
"""

from __future__ import annotations

import base64
import io
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from npmdesk import display, strict_json
from npmdesk.exchange.errors import (
    BadSignature,
    DamagedPackage,
    InvalidSigningKey,
    NotAPackage,
    PackageTooLarge,
    UnsupportedPackageVersion,
)
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.phrase import Count
from npmdesk.records.model import is_uuid

FORMAT = "npmdesk-package"
FORMAT_VERSION = 1  # what a package that fits version 1's limits is written as
STREAMED_VERSION = 2  # beyond them: the listing in index.jsonl, the records as JSON Lines
FORMAT_VERSIONS = (FORMAT_VERSION, STREAMED_VERSION)
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SSH_SIGNATURE = "manifest.json.sshsig"  # the manifest's OpenSSH signature (sshsig.py), after manifest.sig
RECORDS = "records.json.gz"
SUMMARY = "summary.html"
INDEX = "index.jsonl"  # version 2
RECORD_LINES = "records.jsonl.gz"  # version 2
# How big a real manifest can be (docs/package-format.md, "Limits"): its fixed part with the
# longest names and MAX_RECIPIENTS recipients, plus one entry per record and per file at their
# longest, as `Manifest.to_bytes` writes them. Anything larger is refused before it is parsed.
# These bound version 1 only; a version 2 manifest holds no per-record or per-attachment entry.
MAX_RECORDS = 100_000
MAX_FILES = 50_000  # attachments and documents; the records and the summary come on top
MAX_RECIPIENTS = 1_000
MAX_NAME = 1_000  # characters of the exporter's NPM and user names
_HEAD_BYTES = 128 * 1024  # format, time, exporter (names of 1,000 characters), 1,000 recipients
_RECORD_ENTRY_BYTES = 160  # {"id": <uuid>, "content_sha256": <64 hex>} indented: 146 bytes
_FILE_ENTRY_BYTES = 256  # {"path": <100 characters>, "size": <16 digits>, "sha256": <64 hex>}: 233
MAX_MANIFEST = _HEAD_BYTES + MAX_RECORDS * _RECORD_ENTRY_BYTES + (MAX_FILES + 2) * _FILE_ENTRY_BYTES
_MAX_MANIFEST_ITEMS = 5 * MAX_RECORDS + 7 * (MAX_FILES + 2) + MAX_RECIPIENTS + 100
MAX_MANIFEST_V2 = _HEAD_BYTES + (MAX_FILES + 3) * _FILE_ENTRY_BYTES  # documents only, no attachments
MAX_COUNT = 2**53 - 1  # records or attachments announced by a version 2 manifest (a JSON integer)
MAX_SIGNATURE = 4096
SIGNED_PREFIX = b"npmdesk-package-signature-v1\n"
_SHA256 = re.compile(r"[0-9a-f]{64}")
_ATTACHMENT_PATH = re.compile(
    r"attachments/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[A-Za-z0-9_()\-][A-Za-z0-9_.()\-]{0,49}"
)
_DOCUMENT_PATH = re.compile(r"documents/[A-Za-z0-9_()\-][A-Za-z0-9_.()\-]{0,79}")
_SAFE = re.compile(r"[^A-Za-z0-9_.()\-]+")


def safe_name(name: str, limit: int = 50) -> str:
    """A file name reduced to safe ASCII of at most `limit` characters, keeping its extension:
    bidi and invisible characters dropped first (`a<U+202E>fdp.exe` gives `afdp.exe`), never a
    Windows-reserved name (`CON.txt` gives `_CON.txt`) nor a trailing dot."""
    cleaned = display.file_name(name)
    ascii_name = unicodedata.normalize("NFKD", cleaned).encode("ascii", "ignore").decode("ascii")
    safe = _SAFE.sub("_", ascii_name).lstrip(".") or "file"
    if len(safe) > limit:
        stem, dot, ext = safe.rpartition(".")
        safe = (stem[: limit - 1 - len(ext)] + "." + ext) if dot and stem and 0 < len(ext) <= 10 else safe[:limit]
    fixed = display.windows_safe(safe) or "file"
    return fixed if len(fixed) <= limit else "_" + fixed[2:]  # "_CON.txt" too long: "_ON.txt"


def disk_path(member: str) -> str:
    """Where a (valid) member path is written on disk: each part made safe for every system
    (`attachments/<id>/NUL.txt` gives `attachments/<id>/_NUL.txt`). Packages made by older
    versions can hold such names; the summary links to the same path."""
    return "/".join(display.windows_safe(part) or "file" for part in member.split("/"))


def member_name(attachment_id: str, name: str) -> str:
    """`attachments/<id>/<name>` with the name made safe (the real name is in the records)."""
    return f"attachments/{attachment_id}/{safe_name(name)}"


def document_name(name: str) -> str:
    """`documents/<name>`: a file that belongs to no record (a PDF report, for example)."""
    return f"documents/{safe_name(name, 80)}"


def is_valid_path(path: str) -> bool:
    return path in (RECORDS, SUMMARY, INDEX, RECORD_LINES) or bool(
        _ATTACHMENT_PATH.fullmatch(path) or _DOCUMENT_PATH.fullmatch(path))


def is_attachment_path(path: str) -> bool:
    return bool(_ATTACHMENT_PATH.fullmatch(path))


def is_document_path(path: str) -> bool:
    return bool(_DOCUMENT_PATH.fullmatch(path))


@dataclass
class FileEntry:
    path: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass
class Manifest:
    created_at: str
    npm_name: str
    user_name: str
    signing_key: str
    age_recipient: str
    recipients: list[str]
    passphrase: bool
    records: Mapping[str, str]  # id -> content_sha256 (version 1; empty in version 2: see index.jsonl)
    files: list[FileEntry] = field(default_factory=list)  # version 2: index, records, summary, documents
    # For the NPM's own devices only: the records carry real names and pseudonym tables. Written
    # (as "identities": true) only when set, so other manifests are as they always were.
    identities: bool = False
    version: int = FORMAT_VERSION
    # Version 2 only (version 1 counts its listing): how many records and attachments index.jsonl lists.
    record_count: int = 0
    attachment_count: int = 0

    @property
    def fingerprint(self) -> str:
        return SigningKey.parse(self.signing_key).fingerprint

    @property
    def streamed(self) -> bool:
        """Version 2: the records and attachments are listed in index.jsonl, not here."""
        return self.version == STREAMED_VERSION

    @property
    def records_path(self) -> str:
        return RECORD_LINES if self.streamed else RECORDS

    @property
    def count(self) -> int:
        """The number of records the package holds."""
        return self.record_count if self.streamed else len(self.records)

    def document(self, *, with_records: bool = True) -> dict[str, Any]:
        """The manifest as a JSON document (`to_bytes` writes it); without its record list if asked."""
        if self.streamed:
            return {
                "format": FORMAT,
                "format_version": STREAMED_VERSION,
                "created_at": self.created_at,
                "exporter": self._exporter(),
                "recipients": {"age": self.recipients, "passphrase": self.passphrase},
                "records": self.record_count,
                "attachments": self.attachment_count,
                "files": [entry.to_json() for entry in self.files],
                **({"identities": True} if self.identities else {}),
            }
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at,
            "exporter": self._exporter(),
            "recipients": {"age": self.recipients, "passphrase": self.passphrase},
            "records": ([{"id": rid, "content_sha256": digest} for rid, digest in self.records.items()]
                        if with_records else []),
            "files": [entry.to_json() for entry in self.files],
            **({"identities": True} if self.identities else {}),
        }

    def _exporter(self) -> dict[str, str]:
        return {"npm_name": self.npm_name, "user_name": self.user_name, "signing_key": self.signing_key,
                "fingerprint": self.fingerprint, "age_recipient": self.age_recipient}

    def to_bytes(self) -> bytes:
        """`document()` as indented JSON, byte for byte. The record list, which can hold 100,000
        entries, is written straight into one buffer instead of costing a dict per record and the
        pure-Python indented encoder (several times the result in transient memory)."""
        empty = _indented(self.document(with_records=False))
        if self.streamed:
            return empty
        marker = b'"records": []'
        if not self.records or empty.count(marker) != 1:
            return _indented(self.document())
        head, tail = empty.split(marker)
        out = io.BytesIO()  # getvalue() then hands over its buffer: the bytes are not copied once more
        out.write(head)
        out.write(b'"records": [')
        separator = ""
        string = _STRING  # json.dumps(value, ensure_ascii=False) of a string, without a new encoder each time
        lines = []
        for record_id, digest in self.records.items():
            lines.append(f'{separator}\n  {{\n   "id": {string(record_id)},\n'
                         f'   "content_sha256": {string(digest)}\n  }}')
            separator = ","
            if len(lines) == 4096:
                out.write("".join(lines).encode("utf-8"))
                lines.clear()
        out.write("".join(lines).encode("utf-8"))
        out.write(b"\n ]")
        out.write(tail)
        return out.getvalue()

    def sign(self, identity: VaultIdentity, manifest_bytes: bytes) -> bytes:
        signature = identity.sign(SIGNED_PREFIX + manifest_bytes)
        doc = {"algorithm": "ed25519", "signing_key": self.signing_key,
               "signature": base64.b64encode(signature).decode("ascii")}
        return json.dumps(doc, indent=1).encode("utf-8") + b"\n"


_STRING = json.JSONEncoder(ensure_ascii=False).encode


def _indented(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def _load_json(data: bytes, *, max_bytes: int, max_depth: int, max_items: int) -> Any:
    try:
        return strict_json.loads(data, max_bytes=max_bytes, max_depth=max_depth, max_items=max_items)
    except strict_json.JSONRefused as err:
        raise DamagedPackage("its manifest is not valid JSON: {error}", error=err.phrase) from None


def _text(value: object, limit: int = MAX_NAME) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise DamagedPackage("its manifest is malformed")
    return value


def _keys(value: object, keys: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or set(value) != keys:
        raise DamagedPackage("its manifest is malformed")
    return value


def parse_manifest(data: bytes, signer: SigningKey) -> Manifest:
    """The manifest whose raw bytes `signer` signed (see `verify_signature`), read strictly.

    Its `exporter.signing_key` and `exporter.fingerprint` must name `signer`: a manifest cannot
    claim another key or show another fingerprint than the one that signed it."""
    doc = _load_json(data, max_bytes=MAX_MANIFEST, max_depth=4, max_items=_MAX_MANIFEST_ITEMS)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAPackage()
    version = doc.get("format_version")
    if not strict_json.exact_int(version) or version not in FORMAT_VERSIONS:
        if strict_json.exact_int(version) and version > STREAMED_VERSION:
            raise UnsupportedPackageVersion()
        raise DamagedPackage("its format version is not a version number")
    streamed = version == STREAMED_VERSION
    if streamed and len(data) > MAX_MANIFEST_V2:
        raise PackageTooLarge("a manifest over {size} MiB", size=f"{MAX_MANIFEST_V2 / 2**20:.0f}")
    announced = "identities" in doc  # only ever written as true
    identities = doc.pop("identities", False)
    if announced and identities is not True:
        raise DamagedPackage("its manifest is malformed")
    _keys(doc, {"format", "format_version", "created_at", "exporter", "recipients", "records", "files"}
          | ({"attachments"} if streamed else set()))
    exporter = _keys(doc["exporter"], {"npm_name", "user_name", "signing_key", "fingerprint", "age_recipient"})
    recipients = _keys(doc["recipients"], {"age", "passphrase"})
    ages, passphrase = recipients["age"], recipients["passphrase"]
    if not isinstance(ages, list) or not isinstance(passphrase, bool) or len(ages) > MAX_RECIPIENTS:
        raise DamagedPackage("its manifest is malformed")
    if not isinstance(doc["files"], list):
        raise DamagedPackage("its manifest is malformed")
    if len(doc["files"]) > MAX_FILES + (3 if streamed else 2):
        raise PackageTooLarge("more than {limit} files", limit=Count(MAX_FILES))
    records: dict[str, str] = {}
    counts = (0, 0)
    if streamed:
        counts = (doc["records"], doc["attachments"])
        if not all(strict_json.exact_int(n) and 0 <= n <= MAX_COUNT for n in counts):
            raise DamagedPackage("its manifest is malformed")
    else:
        records = _record_list(doc["records"])
    files = [_file_entry(item) for item in doc["files"]]
    if not strict_json.is_timestamp(doc["created_at"]):
        raise DamagedPackage("its manifest's creation time is not a real date and time")
    manifest = Manifest(
        created_at=doc["created_at"], npm_name=_text(exporter["npm_name"]),
        user_name=_text(exporter["user_name"]), signing_key=_text(exporter["signing_key"], 100),
        age_recipient=_text(exporter["age_recipient"], 100), recipients=[_text(a, 100) for a in ages],
        passphrase=passphrase, records=records, files=files, identities=identities, version=version,
        record_count=counts[0], attachment_count=counts[1],
    )
    if manifest.signing_key != signer.encode():
        raise BadSignature()  # signed by one key, claiming another
    if _text(exporter["fingerprint"], 40) != signer.fingerprint:
        raise DamagedPackage("its manifest shows a fingerprint that is not its signing key's")
    paths = [entry.path for entry in files]
    if len(set(paths)) != len(paths):
        raise DamagedPackage("its manifest names a file twice")
    if streamed:
        if paths[:3] != [INDEX, RECORD_LINES, SUMMARY] or not all(map(is_document_path, paths[3:])):
            raise DamagedPackage("its manifest does not list the index, the records and the summary first")
    elif paths[:2] != [RECORDS, SUMMARY] or {INDEX, RECORD_LINES} & set(paths):
        raise DamagedPackage("its manifest does not list the records and the summary first")
    return manifest


def _record_list(items: object) -> dict[str, str]:
    """Version 1's record listing: id -> content hash, each id once, at most MAX_RECORDS."""
    if not isinstance(items, list):
        raise DamagedPackage("its manifest is malformed")
    if len(items) > MAX_RECORDS:
        raise PackageTooLarge("more than {limit} records", limit=Count(MAX_RECORDS))
    records: dict[str, str] = {}
    for item in items:
        entry = _keys(item, {"id", "content_sha256"})
        rid, digest = _text(entry["id"], 36), _text(entry["content_sha256"], 64)
        if not is_uuid(rid) or not _SHA256.fullmatch(digest) or rid in records:
            raise DamagedPackage("its manifest lists a record wrongly")
        records[rid] = digest
    return records


def _file_entry(item: Any) -> FileEntry:
    entry = _keys(item, {"path", "size", "sha256"})
    path, size, digest = _text(entry["path"], 100), entry["size"], _text(entry["sha256"], 64)
    if not is_valid_path(path):
        raise DamagedPackage("its manifest names a file with an unsafe path")
    if not strict_json.exact_int(size) or not 0 <= size < 2**50 or not _SHA256.fullmatch(digest):
        raise DamagedPackage("its manifest lists a file wrongly")
    return FileEntry(path, size, digest)


def verify_signature(manifest_bytes: bytes, signature_bytes: bytes) -> SigningKey:
    """The key that signed `manifest_bytes`, read from `manifest.sig` and checked before the
    manifest itself is parsed (so an unsigned manifest costs nothing but its bytes); else
    BadSignature. `parse_manifest` then checks that the manifest names this same key."""
    try:
        doc = strict_json.loads(signature_bytes, max_bytes=MAX_SIGNATURE, max_depth=1, max_items=10)
    except strict_json.JSONRefused:
        raise BadSignature() from None
    if not isinstance(doc, dict) or set(doc) != {"algorithm", "signing_key", "signature"}:
        raise BadSignature()
    if doc["algorithm"] != "ed25519" or not isinstance(doc["signing_key"], str) or len(doc["signing_key"]) > 100:
        raise BadSignature()
    try:
        key = SigningKey.parse(doc["signing_key"])
        signature = base64.b64decode(_text(doc["signature"], 200), validate=True)
    except (ValueError, DamagedPackage, InvalidSigningKey):  # binascii.Error, or text that is not ASCII
        raise BadSignature() from None
    if key.encode() != doc["signing_key"] or not key.verify(signature, SIGNED_PREFIX + manifest_bytes):
        raise BadSignature()
    return key
