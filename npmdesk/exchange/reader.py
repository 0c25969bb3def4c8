"""Reading a package: decrypt, then check everything against the signed manifest as it streams.

The members must come in the order the manifest lists them: `manifest.json`, `manifest.sig`,
(`manifest.json.sshsig`, the same signer's OpenSSH signature, optional: it must verify if present),
`records.json.gz`, `summary.html`, then the attachments and documents (format version 2:
`index.jsonl` before the records, which are `records.jsonl.gz`, and the attachments in the
order the index lists them). Each is checked as it arrives (size against the manifest, or the
index, and the tar header; SHA-256 at its end).

Bounded work before trust: the manifest is kept as raw bytes (at most MAX_MANIFEST) until the
signature is verified on those bytes with the key `manifest.sig` names; the `Consumer` then
judges that signer (`on_signer`: this vault, a verified contact, or the user's decision to accept
an unverified one) before the manifest is parsed and before a byte of the records is
decompressed. The records are decompressed and parsed as a stream, one record at a time
(schema.RecordStream, or record_lines.RecordLines in version 2: per-record size, depth and
value limits; a decompression ratio limit against bombs); each is validated, compared with the
signed listing (its content hash, its attachments' paths, sizes and hashes: the manifest's own
in version 1, the index's in version 2) and only then handed to the consumer (`on_record`),
which takes it and lets it go: no record is held beyond its own turn. In version 1 memory grows
with the manifest's listing (at most MAX_RECORDS records); in version 2 the index is checked
line by line into an encrypted spool (index.py) and read back a line at a time, so the listing
costs nothing per record. Once the records end, their count and the attachments they name are
checked against the listing as a whole, before `on_contents` and before the first attachment
is handed on.

Nothing here writes anywhere: a `Consumer` decides what to do with the records and each file
(merge into a vault, unpack to a folder, or stop after a preview).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, Protocol

from npmdesk.exchange import age, sshsig
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.errors import (
    DamagedPackage,
    NotAddressedToYou,
    NotAPackage,
    PackageError,
    PackageTooLarge,
    ReAddressed,
)
from npmdesk.exchange.identity import SigningKey
from npmdesk.exchange.index import IndexSink, Listed
from npmdesk.exchange.manifest import (
    INDEX,
    MANIFEST,
    MAX_MANIFEST,
    MAX_SIGNATURE,
    SIGNATURE,
    SSH_SIGNATURE,
    SUMMARY,
    FileEntry,
    Manifest,
    parse_manifest,
    verify_signature,
)
from npmdesk.exchange.record_lines import RecordLines
from npmdesk.exchange.schema import IncomingRecord, RecordStream
from npmdesk.exchange.tarball import MemberSink, TarReader
from npmdesk.phrase import Phrase
from npmdesk.vault.secret import Secret

if TYPE_CHECKING:
    from npmdesk.exchange.parse_worker import Parsed, RecordParser

    ParsedBy = tuple[RecordParser, Callable[[Parsed], None]]

MAX_RATIO = 100  # decompressed / compressed, beyond the first MiB
MAX_SUMMARY = 48 * 1024 * 1024
_INFLATE_STEP = 1024 * 1024


@dataclass
class Contents:
    """What a package says before its attachments: checked, validated, signed. The records
    themselves went to the consumer one at a time (`Consumer.on_record`); `records` is their
    number (the manifest's, checked)."""

    manifest: Manifest
    manifest_bytes: bytes
    signer: SigningKey
    records: int
    files: int = 0  # attachments and documents to come
    file_bytes: int = 0
    ssh_signature: bytes | None = None  # manifest.json.sshsig, verified (None in older packages)


class Consumer(Protocol):
    def on_signer(self, signer: SigningKey) -> None:
        """Called as soon as the manifest's signature verified, with the key that made it, and
        before the manifest or the records are parsed: raise to refuse the signer (an import
        that does not trust it); return to go on (a preview, a trusted signer)."""

    def on_record(self, incoming: IncomingRecord) -> None:
        """Called for each record, in the package's order, after on_signer and once the record
        is validated and matches the manifest (its hash, and each attachment's path, size and
        hash). Raise to refuse the package. Checks on the records as a whole (their count, the
        attachments against the manifest's files) come after the last one, before on_contents:
        a consumer that writes as records come must be able to undo it (an import's transaction)."""

    def on_contents(self, contents: Contents) -> None:
        """Called once every record is checked, and the summary; raise to stop reading."""

    def open_file(self, entry: FileEntry) -> MemberSink:
        """A sink for one attachment's bytes (already matched to the manifest)."""


class _Buffer:
    def __init__(self, limit: int, what: Phrase) -> None:
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
            _settle(self._inner)
            raise DamagedPackage("{name} is longer than its manifest says", name=self._entry.path)
        self._digest.update(data)
        self._inner.write(data)

    def close(self) -> None:
        _settle(self._inner)
        if self._size != self._entry.size or self._digest.hexdigest() != self._entry.sha256:
            raise DamagedPackage("{name} does not match its manifest", name=self._entry.path)
        self._inner.close()


def _settle(sink: MemberSink) -> None:
    """Before a member is judged: a records file parsed by the parse worker first takes every
    record of the text it was given (raising the first error in it), so that a package is
    refused for what comes first in it, as when its records are parsed here."""
    if isinstance(sink, _Records):
        sink.settle()


class _ManifestListing:
    """Version 1: each record and attachment matched with the manifest's own listing (held whole).
    Only the attachment paths claimed so far are kept besides it."""

    def __init__(self, manifest: Manifest) -> None:
        self._manifest = manifest
        self._files = {entry.path: (entry.size, entry.sha256) for entry in manifest.files[2:]
                       if entry.path.startswith("attachments/")}
        self._claimed: set[str] = set()

    def match(self, record_id: str, content_sha256: str, attachments: list[dict[str, Any]]) -> None:
        if self._manifest.records.get(record_id) != content_sha256:
            raise DamagedPackage("its records do not match its manifest")
        for a in attachments:
            path = a["path"]
            if path not in self._files or path in self._claimed:
                raise DamagedPackage("its attachments do not match its manifest")
            if self._files[path] != (a["size"], a["sha256"]) or not path.startswith(f"attachments/{a['id']}/"):
                raise DamagedPackage("an attachment does not match its manifest")
            self._claimed.add(path)

    def end(self) -> None:
        if len(self._claimed) != len(self._files):
            raise DamagedPackage("its attachments do not match its manifest")
        self._claimed = set()


class _IndexListing:
    """Version 2: each record matched with the next line of the (verified, spooled) index, and its
    attachments with the lines that follow it, in order; nothing is kept."""

    def __init__(self, index: IndexSink) -> None:
        self._lines = index.lines()
        self._next: Listed | FileEntry | None = next(self._lines, None)

    def _advance(self) -> None:
        self._next = next(self._lines, None)

    def match(self, record_id: str, content_sha256: str, attachments: list[dict[str, Any]]) -> None:
        listed = self._next
        if not isinstance(listed, Listed) or listed.id != record_id or listed.content_sha256 != content_sha256:
            raise DamagedPackage("its records do not match its manifest")
        self._advance()
        for a in attachments:
            entry = self._next
            if not isinstance(entry, FileEntry) or entry.path != a["path"]:
                raise DamagedPackage("its attachments do not match its manifest")
            if (entry.size, entry.sha256) != (a["size"], a["sha256"]) or not entry.path.startswith(
                    f"attachments/{a['id']}/"):
                raise DamagedPackage("an attachment does not match its manifest")
            self._advance()
        if isinstance(self._next, FileEntry):
            raise DamagedPackage("its attachments do not match its manifest")

    def end(self) -> None:
        if self._next is not None:
            raise DamagedPackage("its records do not match its manifest")


class _Records:
    """The records file: decompressed a step at a time (within MAX_RATIO) into a RecordStream
    (version 1's JSON document) or RecordLines (version 2's JSON Lines), each record checked
    against the signed listing (the manifest's, or the index's) and handed to `on_record` as soon
    as it is complete.

    A second gzip member or anything after the first is refused, and so are records the signed
    listing does not list (or with another hash), attachments it does not list (or lists with
    another size or hash, or under another attachment's folder, or claimed twice), and, at the
    end, fewer records or attachments than it lists."""

    def __init__(self, manifest: Manifest, on_record: Callable[[IncomingRecord], None],
                 listing: _ManifestListing | _IndexListing,
                 parsed_by: ParsedBy | None = None) -> None:
        self._z = zlib.decompressobj(wbits=31)
        self._stream: RecordStream | RecordLines = RecordLines() if manifest.streamed else RecordStream()
        self._manifest = manifest
        self._on_record = on_record
        self._listing = listing
        self._parser: RecordParser | None = parsed_by[0] if parsed_by is not None else None
        self._on_parsed: Callable[[Parsed], None] | None = parsed_by[1] if parsed_by is not None else None
        if self._parser is not None and not self._parser.start(manifest.streamed):
            self._parser = None  # the child did not start: the records are parsed here
        self.count = 0
        self._compressed = 0
        self._inflated = 0

    def write(self, data: bytes) -> None:
        self._compressed += len(data)
        if self._z.eof:
            if data:
                self._refuse(DamagedPackage("the records file has data after its end"))
            return
        while data:
            try:
                out = self._z.decompress(data, _INFLATE_STEP)
            except zlib.error:
                self._refuse(DamagedPackage("the records file is not valid gzip"))
            data = self._z.unconsumed_tail
            if self._z.eof and (self._z.unused_data or data):
                self._refuse(DamagedPackage("the records file has data after its end"))
            self._inflated += len(out)
            if self._inflated > 2**20 and self._inflated > MAX_RATIO * max(self._compressed, 1):
                self._refuse(PackageTooLarge("the records file decompresses too much: a decompression bomb"))
            if self._parser is not None:
                self._parser.feed(out, self._take_parsed)
            else:
                self._take(self._feed(out))

    def settle(self) -> None:
        """With the parse worker: take every record of the text sent so far (see _settle)."""
        if self._parser is not None:
            self._parser.settle(self._take_parsed)

    def _refuse(self, error: PackageError) -> NoReturn:
        """Raise `error`, unless the text before it holds an error of its own (which comes first)."""
        self.settle()
        raise error from None

    def _feed(self, text: bytes) -> Iterable[IncomingRecord]:
        if isinstance(self._stream, RecordLines):
            return self._stream.feed(text)  # one record at a time
        return [incoming for incoming, _text in self._stream.feed(text)]

    def _take(self, records: Iterable[IncomingRecord]) -> None:
        for incoming in records:
            self._listing.match(incoming.record.id, incoming.content_sha256, incoming.attachments)
            if incoming.record.pseudonyms and not self._manifest.identities:
                raise DamagedPackage("a record carries real names that its manifest does not announce")
            self.count += 1
            self._on_record(incoming)

    def _take_parsed(self, parsed: Parsed) -> None:
        """`_take` of a record the parse worker read (exchange/parse_worker.py): the same checks."""
        self._listing.match(parsed.id, parsed.content_sha256, parsed.attachments)
        if parsed.names and not self._manifest.identities:
            raise DamagedPackage("a record carries real names that its manifest does not announce")
        self.count += 1
        assert self._on_parsed is not None  # noqa: S101 - given with the parser
        self._on_parsed(parsed)

    def close(self) -> None:
        if not self._z.eof:
            raise DamagedPackage("the records file is truncated")
        if self._parser is not None:
            self._parser.end(self._take_parsed)
        elif isinstance(self._stream, RecordLines):
            self._stream.end()
        else:
            self._take([incoming for incoming, _text in self._stream.end()])
        if self.count != self._manifest.count:
            raise DamagedPackage("its records do not match its manifest")
        self._listing.end()


class _Members:
    """The tar reader's `on_member`: enforces order, names, sizes and hashes."""

    def __init__(self, consumer: Consumer, check_recipient: Callable[[Manifest], None],
                 parsed_by: ParsedBy | None = None) -> None:
        self._consumer = consumer
        self._parsed_by = parsed_by
        self._check_recipient = check_recipient
        self._index = 0
        self._manifest_buf = _Buffer(MAX_MANIFEST,
                                     Phrase("a manifest over {size} MiB", size=f"{MAX_MANIFEST / 2**20:.0f}"))
        self._signature_buf = _Buffer(MAX_SIGNATURE, Phrase("a signature over 4 KiB"))
        self._ssh_buf = _Buffer(sshsig.MAX_ARMORED, Phrase("an OpenSSH signature over 4 KiB"))
        self._ssh_signature: bytes | None = None
        self._extra = 0  # 1 once manifest.json.sshsig came (it is not listed: it signs the manifest)
        self._records: _Records | None = None
        self._index_sink: IndexSink | None = None
        self._attachments: Iterator[FileEntry] | None = None
        self._manifest_raw = b""
        self.manifest: Manifest | None = None
        self.signer: SigningKey | None = None
        self.done = False

    def __call__(self, name: str, size: int) -> MemberSink:
        index = self._index
        self._index += 1
        if index == 0:
            if name != MANIFEST:
                raise NotAPackage()
            if size > MAX_MANIFEST:
                raise PackageTooLarge("a manifest over {size} MiB", size=f"{MAX_MANIFEST / 2**20:.0f}")
            return _OnClose(self._manifest_buf, lambda: None)
        if index == 1:
            if name != SIGNATURE:
                raise DamagedPackage("its signature is missing")
            if size > MAX_SIGNATURE:
                raise PackageTooLarge("a signature over 4 KiB")
            return _OnClose(self._signature_buf, self._verify)
        if index == 2 and name == SSH_SIGNATURE:  # optional: packages before it have none
            if size > sshsig.MAX_ARMORED:
                raise PackageTooLarge("an OpenSSH signature over 4 KiB")
            self._extra = 1
            return _OnClose(self._ssh_buf, self._verify_ssh)
        index -= self._extra
        manifest = self.manifest
        assert manifest is not None  # noqa: S101 - set when member 0 closed
        entry = self._entry(manifest, index - 2, name)
        if name != entry.path or size != entry.size:
            raise DamagedPackage("{name} is not the file its manifest lists next", name=name[:100])
        if index == self._members(manifest) - 1:
            self.done = True
        if entry.path == INDEX:
            self._index_sink = IndexSink(manifest.record_count, manifest.attachment_count)
            return _Checked(entry, self._index_sink)
        if entry.path == manifest.records_path:
            listing = _IndexListing(self._index_sink) if self._index_sink is not None else _ManifestListing(manifest)
            parsed_by = self._parsed_by
            if parsed_by is not None and not parsed_by[0].wanted(entry.size):
                parsed_by[0].close()  # a few records (a package of attachments): parsed here
                parsed_by = None
            self._records = _Records(manifest, self._consumer.on_record, listing, parsed_by)
            return _Checked(entry, self._records)
        if entry.path == SUMMARY:
            if size > MAX_SUMMARY:  # checked, never kept: npmdesk shows its own summary (unpack.py)
                raise PackageTooLarge("a summary over {size} MiB", size=MAX_SUMMARY // 2**20)
            return _Checked(entry, _Dropped(self._contents_ready))
        return _Checked(entry, self._consumer.open_file(entry))

    @staticmethod
    def _members(manifest: Manifest) -> int:
        return 2 + len(manifest.files) + (manifest.attachment_count if manifest.streamed else 0)

    def _entry(self, manifest: Manifest, position: int, name: str) -> FileEntry:
        """The manifest entry of the member at `position` after the signature. In version 2 the
        attachments (listed in the index, read back from its spool) come after the summary and
        before the documents."""
        files = manifest.files
        if manifest.streamed and position >= 3:
            if position - 3 < manifest.attachment_count:
                if self._attachments is None:
                    assert self._index_sink is not None  # noqa: S101 - the index is the first member listed
                    self._attachments = self._index_sink.attachments()
                return next(self._attachments)
            position -= manifest.attachment_count
        if position >= len(files):
            raise DamagedPackage("it holds a file its manifest does not list ({name})", name=name[:100])
        return files[position]

    def close(self) -> None:
        """Let go of the index's spool (version 2)."""
        if self._index_sink is not None:
            self._index_sink.discard()

    def _verify(self) -> None:
        raw, self._manifest_buf.data = bytes(self._manifest_buf.data), bytearray()  # one copy, not two
        self._manifest_raw = raw
        signer = verify_signature(raw, bytes(self._signature_buf.data))
        self._consumer.on_signer(signer)
        self.manifest = parse_manifest(raw, signer)
        self.signer = signer
        self._check_recipient(self.manifest)

    def _verify_ssh(self) -> None:
        """manifest.json.sshsig must be the signer's own OpenSSH signature of the manifest: npmdesk
        judges by manifest.sig, but never passes on a package whose second signature is false."""
        assert self.signer is not None  # noqa: S101 - set when manifest.sig closed
        data = bytes(self._ssh_buf.data)
        if not sshsig.verifies(data, self._manifest_raw, self.signer.raw, self.signer.verify):
            raise DamagedPackage("its OpenSSH signature (manifest.json.sshsig) does not verify")
        self._ssh_signature = data

    def _contents_ready(self) -> None:
        manifest, signer, stream = self.manifest, self.signer, self._records
        assert manifest is not None and signer is not None and stream is not None  # noqa: S101
        documents = manifest.files[3:] if manifest.streamed else manifest.files[2:]
        files = len(documents) + (manifest.attachment_count if manifest.streamed else 0)
        file_bytes = sum(e.size for e in documents) + (self._index_sink.attachment_bytes if self._index_sink else 0)
        self._consumer.on_contents(Contents(manifest, self._manifest_raw, signer, stream.count,
                                            files, file_bytes, self._ssh_signature))
        summary_member = 4 if manifest.streamed else 3  # after the manifest, the signature, (the index,) the records
        if summary_member == self._members(manifest) - 1:
            self.done = True


class _Dropped:
    """A member that is checked (by _Checked) but not kept; `then` runs once it verified."""

    def __init__(self, then: Callable[[], None]) -> None:
        self._then = then

    def write(self, data: bytes) -> None:
        pass

    def close(self) -> None:
        self._then()


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
         progress: Callable[[int, int], None] | None = None, parsed_by: ParsedBy | None = None) -> None:
    """Decrypt and check the package at `path`, feeding `consumer`. Raises a PackageError (or an
    age error: not for you, wrong passphrase, damaged) on the first problem. With `parsed_by`
    (an exchange/parse_worker.py child, and what takes each record it parsed), the records are
    parsed there and go to that instead of `consumer.on_record`."""
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

    members = _Members(consumer, check_recipient, parsed_by)
    tar = TarReader(members)
    with open(path, "rb") as raw, contextlib.closing(members):
        src: BinaryIO | _Counting = raw
        if progress is not None:
            src = _Counting(raw, os.fstat(raw.fileno()).st_size, progress)
        try:
            age.decrypt(src, tar, identities=identities, passphrase=asked if passphrase is not None else None)
        except (age.NoMatchingIdentity, age.NotPassphraseProtected) as err:
            # Keys were given and none opens it: whether or not a passphrase was on offer too,
            # the package was made for someone else (a wrong or missing passphrase is different).
            if identities and type(err) in (age.NoMatchingIdentity, age.NotPassphraseProtected):
                raise NotAddressedToYou() from None
            raise
    tar.close()
    if not members.done:
        raise DamagedPackage("it is truncated")
