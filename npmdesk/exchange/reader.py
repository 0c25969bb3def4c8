"""Reading a package: decrypt, then check everything against the signed manifest as it streams.

The members must come in the order the manifest lists them: `manifest.json`, `manifest.sig`,
`records.json.gz`, `summary.html`, then the attachments. Each is checked as it arrives (size
against the manifest and the tar header, SHA-256 at its end); the records are decompressed
within limits (size and ratio, against decompression bombs), parsed, validated and compared
with the manifest before the first attachment is handed on. Nothing here writes anywhere: a
`Consumer` decides what to do with the records and each file (merge into a vault, unpack to a
folder, or stop after a preview).
"""

from __future__ import annotations

import hashlib
import json
import os
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from npmdesk.exchange import age
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.errors import DamagedPackage, NotAPackage, PackageTooLarge, ReAddressed
from npmdesk.exchange.identity import SigningKey
from npmdesk.exchange.manifest import (
    MANIFEST,
    MAX_MANIFEST,
    MAX_SIGNATURE,
    RECORDS,
    SIGNATURE,
    SUMMARY,
    FileEntry,
    Manifest,
    parse_manifest,
    verify_signature,
)
from npmdesk.exchange.schema import IncomingRecord, parse_document
from npmdesk.exchange.tarball import MemberSink, TarReader
from npmdesk.vault.secret import Secret

MAX_RECORDS_JSON = 128 * 1024 * 1024  # decompressed
MAX_RATIO = 100  # decompressed / compressed, beyond the first MiB
MAX_SUMMARY = 256 * 1024 * 1024


@dataclass
class Contents:
    """What a package says before its attachments: checked, validated, signed."""

    manifest: Manifest
    manifest_bytes: bytes
    signer: SigningKey
    records: list[IncomingRecord]
    summary: bytes

    @property
    def attachments(self) -> list[FileEntry]:
        return self.manifest.files[2:]


class Consumer(Protocol):
    def on_contents(self, contents: Contents) -> None:
        """Called once the records are checked; raise to stop reading (a preview)."""

    def open_file(self, entry: FileEntry) -> MemberSink:
        """A sink for one attachment's bytes (already matched to the manifest)."""


class _Buffer:
    def __init__(self, limit: int, what: str) -> None:
        self.data = bytearray()
        self._limit = limit
        self._what = what

    def write(self, data: bytes) -> None:
        if len(self.data) + len(data) > self._limit:
            raise PackageTooLarge(self._what)
        self.data += data

    def close(self) -> None:
        pass


class _Checked:
    """Passes a member on while counting and hashing it against its manifest entry."""

    def __init__(self, entry: FileEntry, inner: MemberSink) -> None:
        self._entry = entry
        self._inner = inner
        self._digest = hashlib.sha256()
        self._size = 0

    def write(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._entry.size:
            raise DamagedPackage(f"{self._entry.path} is longer than its manifest says")
        self._digest.update(data)
        self._inner.write(data)

    def close(self) -> None:
        if self._size != self._entry.size or self._digest.hexdigest() != self._entry.sha256:
            raise DamagedPackage(f"{self._entry.path} does not match its manifest")
        self._inner.close()


class _Gunzip:
    """records.json.gz, decompressed within MAX_RECORDS_JSON and MAX_RATIO."""

    def __init__(self) -> None:
        self._z = zlib.decompressobj(wbits=31)
        self.data = bytearray()
        self._compressed = 0

    def write(self, data: bytes) -> None:
        self._compressed += len(data)
        if self._z.eof:
            if data:
                raise DamagedPackage("the records file has data after its end")
            return
        try:
            while data:
                self.data += self._z.decompress(data, MAX_RECORDS_JSON + 1 - len(self.data))
                self._check()
                data = self._z.unconsumed_tail
        except zlib.error:
            raise DamagedPackage("the records file is not valid gzip") from None

    def _check(self) -> None:
        if len(self.data) > MAX_RECORDS_JSON:
            raise PackageTooLarge(f"records over {MAX_RECORDS_JSON // 2**20} MiB once decompressed")
        if len(self.data) > 2**20 and len(self.data) > MAX_RATIO * max(self._compressed, 1):
            raise PackageTooLarge("the records file decompresses too much: a decompression bomb")

    def close(self) -> None:
        if not self._z.eof:
            raise DamagedPackage("the records file is truncated")


class _Members:
    """The tar reader's `on_member`: enforces order, names, sizes and hashes."""

    def __init__(self, consumer: Consumer, check_recipient: Callable[[Manifest], None]) -> None:
        self._consumer = consumer
        self._check_recipient = check_recipient
        self._index = 0
        self._manifest_buf = _Buffer(MAX_MANIFEST, "a manifest over 64 MiB")
        self._signature_buf = _Buffer(MAX_SIGNATURE, "a signature over 4 KiB")
        self._records = _Gunzip()
        self._summary = _Buffer(MAX_SUMMARY, "a summary over 256 MiB")
        self.manifest: Manifest | None = None
        self.signer: SigningKey | None = None
        self.done = False

    def __call__(self, name: str, size: int) -> MemberSink:
        index = self._index
        self._index += 1
        if index == 0:
            if name != MANIFEST:
                raise NotAPackage()
            return _OnClose(self._manifest_buf, self._read_manifest)
        if index == 1:
            if name != SIGNATURE:
                raise DamagedPackage("its signature is missing")
            return _OnClose(self._signature_buf, self._verify)
        manifest = self.manifest
        assert manifest is not None  # noqa: S101 - set when member 0 closed
        if index - 2 >= len(manifest.files):
            raise DamagedPackage(f"it holds a file its manifest does not list ({name[:100]})")
        entry = manifest.files[index - 2]
        if name != entry.path or size != entry.size:
            raise DamagedPackage(f"{name[:100]} is not the file its manifest lists next")
        if index == len(manifest.files) + 1:
            self.done = True
        if entry.path == RECORDS:
            return _Checked(entry, self._records)
        if entry.path == SUMMARY:
            return _Checked(entry, _OnClose(self._summary, self._contents_ready))
        return _Checked(entry, self._consumer.open_file(entry))

    def _read_manifest(self) -> None:
        self.manifest = parse_manifest(bytes(self._manifest_buf.data))

    def _verify(self) -> None:
        assert self.manifest is not None  # noqa: S101
        self.signer = verify_signature(self.manifest, bytes(self._manifest_buf.data), bytes(self._signature_buf.data))
        self._check_recipient(self.manifest)

    def _contents_ready(self) -> None:
        manifest, signer = self.manifest, self.signer
        assert manifest is not None and signer is not None  # noqa: S101
        try:
            doc = json.loads(self._records.data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise DamagedPackage("its records are not valid UTF-8 JSON") from None
        self._records.data = bytearray()
        records = parse_document(doc)
        listed = {r.record.id: r.content_sha256 for r in records}
        if listed != manifest.records or len(listed) != len(records):
            raise DamagedPackage("its records do not match its manifest")
        attachment_paths = [a["path"] for r in records for a in r.attachments]
        if sorted(attachment_paths) != sorted(entry.path for entry in manifest.files[2:]
                                              if entry.path.startswith("attachments/")):
            raise DamagedPackage("its attachments do not match its manifest")
        sizes = {entry.path: (entry.size, entry.sha256) for entry in manifest.files}
        for r in records:
            for a in r.attachments:
                if sizes[a["path"]] != (a["size"], a["sha256"]) or not a["path"].startswith(
                        f"attachments/{a['id']}/"):
                    raise DamagedPackage("an attachment does not match its manifest")
        self._consumer.on_contents(Contents(manifest, bytes(self._manifest_buf.data), signer, records,
                                            bytes(self._summary.data)))
        if len(manifest.files) == 2:
            self.done = True


class _OnClose:
    def __init__(self, inner: _Buffer, then: Callable[[], None]) -> None:
        self._inner = inner
        self._then = then

    def write(self, data: bytes) -> None:
        self._inner.write(data)

    def close(self) -> None:
        self._then()


class _Counting:
    """The package file, reporting how far reading has got (`progress` may raise to cancel)."""

    def __init__(self, raw: BinaryIO, total: int, progress: Callable[[int, int], None]) -> None:
        self._raw = raw
        self._total = total
        self._progress = progress
        self._done = 0

    def read(self, size: int = -1, /) -> bytes:
        data = self._raw.read(size)
        self._done += len(data)
        self._progress(self._done, self._total)
        return data


def read(path: Path, consumer: Consumer, *, identities: Sequence[X25519Identity] = (),
         passphrase: Secret | Callable[[], Secret] | None = None,
         progress: Callable[[int, int], None] | None = None) -> None:
    """Decrypt and check the package at `path`, feeding `consumer`. Raises a PackageError (or an
    age error: not for you, wrong passphrase, damaged) on the first problem."""
    used_passphrase: list[bool] = []

    def asked() -> Secret:
        used_passphrase.append(True)
        if passphrase is None:
            raise age.PassphraseRequired()
        return passphrase() if callable(passphrase) else Secret(bytearray(passphrase.buffer))

    def check_recipient(manifest: Manifest) -> None:
        if used_passphrase:
            if not manifest.passphrase:
                raise ReAddressed()
        elif not {i.recipient.encode() for i in identities} & set(manifest.recipients):
            raise ReAddressed()

    members = _Members(consumer, check_recipient)
    tar = TarReader(members)
    with open(path, "rb") as raw:
        src: BinaryIO | _Counting = raw
        if progress is not None:
            src = _Counting(raw, os.fstat(raw.fileno()).st_size, progress)
        age.decrypt(src, tar, identities=identities, passphrase=asked if passphrase is not None else None)
    tar.close()
    if not members.done:
        raise DamagedPackage("it is truncated")
