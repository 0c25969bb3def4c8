"""The package manifest and its signature.

`manifest.json` is the first member of every package and `manifest.sig` the second. The manifest
names the format version, who exported it (the NPM, the user, the vault's signing key and
fingerprint, its age recipient), the recipients it was encrypted to (age recipients, or a
passphrase), when, every record with its content hash, and every following member with its size
and SHA-256, in order. The signature is Ed25519 over the manifest's exact bytes, so changing a
recipient, a record or a file breaks it: a package cannot be re-addressed or altered silently.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from npmdesk import display
from npmdesk.exchange.errors import (
    BadSignature,
    DamagedPackage,
    InvalidSigningKey,
    NotAPackage,
    PackageTooLarge,
    UnsupportedPackageVersion,
)
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.records.model import is_uuid

FORMAT = "npmdesk-package"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORDS = "records.json.gz"
SUMMARY = "summary.html"
MAX_MANIFEST = 64 * 1024 * 1024
MAX_SIGNATURE = 4096
MAX_FILES = 200_000
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
    return path in (RECORDS, SUMMARY) or bool(_ATTACHMENT_PATH.fullmatch(path) or _DOCUMENT_PATH.fullmatch(path))


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
    records: dict[str, str]  # id -> content_sha256
    files: list[FileEntry] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return SigningKey.parse(self.signing_key).fingerprint

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at,
            "exporter": {
                "npm_name": self.npm_name, "user_name": self.user_name,
                "signing_key": self.signing_key, "fingerprint": self.fingerprint,
                "age_recipient": self.age_recipient,
            },
            "recipients": {"age": self.recipients, "passphrase": self.passphrase},
            "records": [{"id": rid, "content_sha256": digest} for rid, digest in self.records.items()],
            "files": [entry.to_json() for entry in self.files],
        }
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"

    def sign(self, identity: VaultIdentity, manifest_bytes: bytes) -> bytes:
        signature = identity.sign(SIGNED_PREFIX + manifest_bytes)
        doc = {"algorithm": "ed25519", "signing_key": self.signing_key,
               "signature": base64.b64encode(signature).decode("ascii")}
        return json.dumps(doc, indent=1).encode("utf-8") + b"\n"


def _load_json(data: bytes, what: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise DamagedPackage(f"its {what} is not valid JSON") from None


def _text(value: object, limit: int = 1_000) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise DamagedPackage("its manifest is malformed")
    return value


def parse_manifest(data: bytes) -> Manifest:
    doc = _load_json(data, "manifest")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAPackage()
    if doc.get("format_version") != FORMAT_VERSION:
        raise UnsupportedPackageVersion()
    try:
        exporter, recipients = doc["exporter"], doc["recipients"]
        ages, passphrase = recipients["age"], recipients["passphrase"]
        if not isinstance(ages, list) or not isinstance(passphrase, bool) or len(ages) > 1000:
            raise DamagedPackage("its manifest is malformed")
        records: dict[str, str] = {}
        for item in doc["records"]:
            rid, digest = _text(item["id"], 36), _text(item["content_sha256"], 64)
            if not is_uuid(rid) or not _SHA256.fullmatch(digest) or rid in records:
                raise DamagedPackage("its manifest lists a record wrongly")
            records[rid] = digest
        files = [_file_entry(item) for item in doc["files"]]
        manifest = Manifest(
            created_at=_text(doc["created_at"], 40), npm_name=_text(exporter["npm_name"]),
            user_name=_text(exporter["user_name"]), signing_key=_text(exporter["signing_key"], 100),
            age_recipient=_text(exporter["age_recipient"], 100), recipients=[_text(a, 100) for a in ages],
            passphrase=passphrase, records=records, files=files,
        )
        _ = manifest.fingerprint
    except (KeyError, TypeError, InvalidSigningKey):
        raise DamagedPackage("its manifest is malformed") from None
    if len(files) > MAX_FILES:
        raise PackageTooLarge(f"more than {MAX_FILES} files")
    paths = [entry.path for entry in files]
    if len(set(paths)) != len(paths):
        raise DamagedPackage("its manifest names a file twice")
    if paths[:2] != [RECORDS, SUMMARY]:
        raise DamagedPackage("its manifest does not list the records and the summary first")
    return manifest


def _file_entry(item: Any) -> FileEntry:
    path, size, digest = _text(item["path"], 100), item["size"], _text(item["sha256"], 64)
    if not is_valid_path(path):
        raise DamagedPackage("its manifest names a file with an unsafe path")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size < 2**50 or not _SHA256.fullmatch(digest):
        raise DamagedPackage("its manifest lists a file wrongly")
    return FileEntry(path, size, digest)


def verify_signature(manifest: Manifest, manifest_bytes: bytes, signature_bytes: bytes) -> SigningKey:
    """The signer's key if `signature_bytes` signs `manifest_bytes` with the manifest's key; else BadSignature."""
    doc = _load_json(signature_bytes, "signature")
    if not isinstance(doc, dict) or set(doc) != {"algorithm", "signing_key", "signature"}:
        raise BadSignature()
    if doc["algorithm"] != "ed25519" or doc["signing_key"] != manifest.signing_key:
        raise BadSignature()
    try:
        signature = base64.b64decode(_text(doc["signature"], 200), validate=True)
    except (binascii.Error, DamagedPackage):
        raise BadSignature() from None
    key = SigningKey.parse(manifest.signing_key)
    if not key.verify(signature, SIGNED_PREFIX + manifest_bytes):
        raise BadSignature()
    return key
