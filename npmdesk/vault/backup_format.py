"""The backup file: one container with the vault's key slots, a copy of its database and its
attachment files.

Format version 1 (a vault without attachment files; written so that older npmdesk versions
restore it) and version 2 (with them), written by `write` and read strictly by `read`:

    npmdesk-backup/v1\\n                        magic line with the format version
    {header JSON}\\n                            one line of UTF-8 JSON, at most 64 KiB
    <64 lowercase hex digits>\\n                SHA-256 of the header JSON's bytes
    <keyslots.json bytes><vault.db bytes>      the members, in header order; nothing after
    [<attachments bytes>]                      version 2 only

The header is an object with exactly these keys:

    {"vault_id": "<32 hex>", "created_at": "<ISO 8601 UTC>", "schema_version": <int>,
     "made_by": "npmdesk <version>",
     "members": [{"name": "keyslots.json", "size": <int>, "sha256": "<64 hex>"},
                 {"name": "vault.db", "size": <int>, "sha256": "<64 hex>"},
                 {"name": "attachments", "size": <int>, "sha256": "<64 hex>"}]}   (version 2)

The `attachments` member is the vault's attachment files (vault/attachment_files.py) one after
the other, each as its 32-hex-digit name in ASCII, its size as 8 bytes big-endian, then its bytes
exactly as the vault holds them: sealed under keys that only the database copy holds.

Nothing in the file is plaintext content: `keyslots.json` is the vault's key-slot file
without the device-only keyring slot (wrapped keys only), and `vault.db` is the SQLCipher
database, encrypted with the vault key; so the backup opens with the vault's passphrase or
recovery code and nothing else; the attachment files are the vault's own ciphertext, each under
a key kept in that database. The header tells only the vault id, the schema version, the
time of the backup and the sizes (the attachments member: the files' random names and sizes).
The SHA-256 sums catch accidental damage (a copy cut short, a flipped bit) before anything is
restored; deliberate tampering is caught by the
key slots' AES-GCM tags, SQLCipher's per-page HMACs and the attachment files' AES-GCM tags,
all checked when a backup is restored.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from npmdesk import __version__, strict_json
from npmdesk.errors import (
    BackupKdfTooCostly,
    BackupUnreadable,
    DamagedBackup,
    DamagedVault,
    KdfTooCostly,
    NewerBackupFormat,
    NotABackup,
    NotAVault,
)
from npmdesk.vault import attachment_files, keyslots

MAGIC_PREFIX = b"npmdesk-backup/v"
VERSION = 2  # the newest this program reads; it writes 1 when there are no attachment files
VERSIONS = (1, 2)
MAX_HEADER_BYTES = 64 * 1024
SLOTS_MEMBER = "keyslots.json"
DB_MEMBER = "vault.db"
FILES_MEMBER = "attachments"
ENTRY_HEAD = attachment_files.NAME_HEX + 8  # an attachment file's name and size, before its bytes
MIN_FILE = attachment_files.sealed_size(0)
CHUNK = 1024 * 1024
Advance = Callable[[int], None]


class FileSource(Protocol):
    """The attachment files to pack: their names and sizes, and each one's bytes when asked."""

    def listing(self) -> list[tuple[str, int]]: ...

    def read(self, name: str, size: int) -> Iterator[bytes]:
        """The file's bytes (exactly `size` of them, or an error of the caller's)."""


class FileSink(Protocol):
    """Where `read` puts each attachment file it checks: `open(name, size)`, then `write`s,
    then `close()`."""

    def open(self, name: str, size: int) -> None: ...

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Member:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Header:
    vault_id: str
    created_at: str
    schema_version: int
    made_by: str
    members: tuple[Member, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "schema_version": self.schema_version,
            "made_by": self.made_by,
            "members": [{"name": m.name, "size": m.size, "sha256": m.sha256} for m in self.members],
        }


def encode_header(header: Header) -> bytes:
    """The magic line, the header line and its hash line: everything before the members."""
    line = json.dumps(header.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(line).hexdigest().encode("ascii")
    version = 2 if len(header.members) == 3 else 1
    return MAGIC_PREFIX + str(version).encode("ascii") + b"\n" + line + b"\n" + digest + b"\n"


def write(
    out: BinaryIO,
    *,
    vault_id: str,
    created_at: str,
    schema_version: int,
    slots: bytes,
    db_path: Path,
    advance: Advance | None = None,
    files: FileSource | None = None,
) -> Header:
    """Write a whole container to `out`; DamagedBackup if `db_path` changes while it is copied.

    With attachment `files`, the container is version 2 and they follow the database: the
    member's size is known from the listing and its hash is computed as the bytes go, so the
    header (which holds it) is written last, over the place kept for it: `out` must be seekable.
    Without any, it is version 1."""
    db_size, db_sha = _hash_file(db_path)
    listing = files.listing() if files is not None else []
    members = [Member(SLOTS_MEMBER, len(slots), hashlib.sha256(slots).hexdigest()), Member(DB_MEMBER, db_size, db_sha)]
    if listing:
        members.append(Member(FILES_MEMBER, sum(ENTRY_HEAD + size for _, size in listing), "0" * 64))
    header = Header(vault_id, created_at, schema_version, f"npmdesk {__version__}", tuple(members))
    start = out.tell() if listing else 0
    out.write(encode_header(header))
    out.write(slots)
    digest, copied = hashlib.sha256(), 0
    with open(db_path, "rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            copied += len(chunk)
            if advance is not None:
                advance(len(chunk))
    if copied != db_size or digest.hexdigest() != db_sha:
        raise DamagedBackup()
    if not listing or files is None:
        return header
    digest = hashlib.sha256()
    for name, size in listing:
        head = name.encode("ascii") + size.to_bytes(8, "big")
        digest.update(head)
        out.write(head)
        left = size
        for chunk in files.read(name, size):
            left -= len(chunk)
            if left < 0:
                raise DamagedBackup()
            digest.update(chunk)
            out.write(chunk)
            if advance is not None:
                advance(len(chunk))
        if left:
            raise DamagedBackup()
    header = Header(vault_id, created_at, schema_version, header.made_by,
                    (*header.members[:2], Member(FILES_MEMBER, header.members[2].size, digest.hexdigest())))
    end = out.tell()
    out.seek(start)
    out.write(encode_header(header))  # the same length: only the hash's digits changed
    out.seek(end)
    return header


def read(path: Path, db_sink: BinaryIO | None = None, advance: Advance | None = None,
         file_sink: FileSink | None = None) -> tuple[Header, bytes]:
    """Check a whole container; returns its header and its key-slot file.

    The database member is written to `db_sink` as it is checked (when one is given), and each
    attachment file to `file_sink`, so a caller must discard what the sinks received if this
    raises. Raises BackupUnreadable, NotABackup, NewerBackupFormat, NewerVaultFormat or DamagedBackup.
    """
    if os.path.isdir(path):
        raise NotABackup(path)
    try:
        source = open(path, "rb")
    except OSError:
        raise BackupUnreadable(path) from None
    with source:
        if not stat.S_ISREG(os.fstat(source.fileno()).st_mode):
            raise NotABackup(path)
        header = _read_header(source, path)
        expected = source.tell() + sum(m.size for m in header.members)
        if os.fstat(source.fileno()).st_size != expected:
            raise DamagedBackup()
        slots = _read_member(source, header.members[0], None, None)
        _check_slots(slots, header.vault_id)  # before the database: hostile KDF costs end here
        _read_member(source, header.members[1], db_sink, advance)
        if len(header.members) == 3:
            _read_files(source, header.members[2], file_sink, advance)
        if source.read(1):
            raise DamagedBackup()
    return header, slots


def _read_header(source: BinaryIO, path: Path) -> Header:
    first = source.readline(len(MAGIC_PREFIX) + 12)
    if not first.startswith(MAGIC_PREFIX):
        if first and MAGIC_PREFIX.startswith(first):
            raise DamagedBackup()  # cut short inside the magic line
        raise NotABackup(path)
    number = first[len(MAGIC_PREFIX) :].rstrip(b"\n")
    if not first.endswith(b"\n") or not number.isdigit() or not number.isascii():
        raise DamagedBackup()
    if int(number) > VERSION:
        raise NewerBackupFormat()
    if int(number) not in VERSIONS:
        raise DamagedBackup()
    line = source.readline(MAX_HEADER_BYTES + 1)
    digest = source.readline(66)
    if not line.endswith(b"\n") or digest != hashlib.sha256(line[:-1]).hexdigest().encode("ascii") + b"\n":
        raise DamagedBackup()
    try:
        return _parse_header(strict_json.loads(line[:-1], max_bytes=MAX_HEADER_BYTES, max_depth=3, max_items=100),
                             int(number))
    except (strict_json.JSONRefused, KeyError, TypeError, ValueError):
        raise DamagedBackup() from None


def _parse_header(doc: Any, version: int = 1) -> Header:
    if not isinstance(doc, dict) or set(doc) != {"vault_id", "created_at", "schema_version", "made_by", "members"}:
        raise ValueError("header keys")
    vault_id, created_at, made_by = doc["vault_id"], doc["created_at"], doc["made_by"]
    if not _is_hex(vault_id, 32) or not strict_json.is_timestamp(created_at) or not isinstance(made_by, str):
        raise ValueError("header fields")
    schema = doc["schema_version"]
    members = doc["members"]
    names = (SLOTS_MEMBER, DB_MEMBER) if version == 1 else (SLOTS_MEMBER, DB_MEMBER, FILES_MEMBER)
    if not _is_count(schema) or not isinstance(members, list) or len(members) != len(names):
        raise ValueError("header fields")
    parsed = []
    for raw, name in zip(members, names, strict=True):
        if not isinstance(raw, dict) or set(raw) != {"name", "size", "sha256"} or raw["name"] != name:
            raise ValueError("member")
        if not _is_count(raw["size"]) or not _is_hex(raw["sha256"], 64):
            raise ValueError("member")
        parsed.append(Member(name, raw["size"], raw["sha256"]))
    if parsed[0].size > keyslots.MAX_FILE_BYTES:
        raise ValueError("key-slot file too large")
    return Header(vault_id, created_at, schema, made_by, tuple(parsed))


def _read_member(source: BinaryIO, member: Member, sink: BinaryIO | None, advance: Advance | None) -> bytes:
    """Read and hash one member; its bytes are returned only when there is no sink."""
    digest = hashlib.sha256()
    kept = bytearray()
    _read_hashed(source, member.size, digest, kept.extend if sink is None else sink.write, advance)
    if digest.hexdigest() != member.sha256:
        raise DamagedBackup()
    return bytes(kept)


def _read_hashed(source: BinaryIO, size: int, digest: hashlib._Hash, write: Callable[[bytes], object] | None,
                 advance: Advance | None) -> None:
    """Read exactly `size` bytes a CHUNK at a time (DamagedBackup if the file ends first), each
    hashed, then handed to `write` and counted by `advance` (either may be None)."""
    left = size
    while left:
        chunk = source.read(min(CHUNK, left))
        if not chunk:
            raise DamagedBackup()
        digest.update(chunk)
        left -= len(chunk)
        if write is not None:
            write(chunk)
        if advance is not None:
            advance(len(chunk))


def _read_files(source: BinaryIO, member: Member, sink: FileSink | None, advance: Advance | None) -> None:
    """Read, check and hash the attachment files' member: each entry a valid, new name and a
    size a sealed file can have, within the member; the bytes to `sink`, a file at a time."""
    digest, left, seen = hashlib.sha256(), member.size, set()
    while left:
        head = source.read(ENTRY_HEAD) if left >= ENTRY_HEAD else b""
        if len(head) != ENTRY_HEAD:
            raise DamagedBackup()
        digest.update(head)
        left -= ENTRY_HEAD
        name, size = head[: attachment_files.NAME_HEX].decode("ascii", "replace"), int.from_bytes(head[-8:], "big")
        if not attachment_files.valid_name(name) or name in seen or not MIN_FILE <= size <= left:
            raise DamagedBackup()
        seen.add(name)
        if sink is not None:
            sink.open(name, size)
        _read_hashed(source, size, digest, None if sink is None else sink.write, advance)
        if sink is not None:
            sink.close()
        left -= size
    if digest.hexdigest() != member.sha256:
        raise DamagedBackup()


def _check_slots(slots: bytes, vault_id: str) -> None:
    """The key-slot member must be a valid slot file of this vault, without a keyring slot."""
    try:
        parsed = keyslots.parse(slots, where="backup")
    except KdfTooCostly:
        raise BackupKdfTooCostly() from None
    except (NotAVault, DamagedVault):
        raise DamagedBackup() from None
    if parsed.vault_id != vault_id or parsed.slot("keyring") is not None:
        raise DamagedBackup()


def _hash_file(path: Path) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _is_hex(value: Any, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and all(c in "0123456789abcdef" for c in value)


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62
