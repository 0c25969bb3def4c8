"""Importing a package into the vault: preview first, then everything in one transaction.

    preview = preview_package(store, identity, path)        # who signed it, what it would change
    result = import_package(store, identity, path, accept_signer=…)

The signer is described plainly (this vault, a verified contact, a contact not verified yet, or
unknown, always with the fingerprint). A package that carries real names (made for the NPM's own
devices: its manifest says `identities`, its records carry pseudonym tables) is taken only from
this vault or a verified contact marked as one of the NPM's own devices; from anyone else it is
refused whole (RealNamesRefused): npmdesk never makes such a package for others.

Importing runs in a single transaction that spans the whole
decryption: records and attachments are written as they arrive and committed only once every
byte has been authenticated and matched to the signed manifest. Any problem rolls it all back.

A preview (a dry run) IS an import whose transaction is always rolled back: it reads the whole
package and runs every check the import runs (signature, signer, records, merge refusals, each
attachment against the manifest and against the vault), by construction, so "would import" is
never said of a package the import refuses. Only an accepted signer differs: a preview accepts
any signer by default, to show it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from npmdesk.display import quoted
from npmdesk.exchange import contact_keys, merge, parse_worker, reader
from npmdesk.exchange.errors import DamagedPackage, RealNamesRefused, SignerNotTrusted
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.exchange.manifest import FileEntry, Manifest
from npmdesk.exchange.merge import MergePlan
from npmdesk.exchange.parse_worker import Parsed
from npmdesk.exchange.reader import Contents
from npmdesk.exchange.schema import IncomingRecord
from npmdesk.exchange.tarball import MemberSink
from npmdesk.gc_pace import fewer_collections
from npmdesk.records import attachments as files
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import Connection, small_page_cache
from npmdesk.vault.disk_writer import DiskWriter
from npmdesk.vault.secret import Secret

SELF, VERIFIED, UNVERIFIED, UNKNOWN = "this vault", "verified", "unverified", "unknown"
PassphraseSource = Secret | Callable[[], Secret] | None
DocumentSink = Callable[[FileEntry], MemberSink]  # where a package's document goes (checked as it arrives)
BeforeCommit = Callable[[Connection, "Preview"], None]
Progress = Callable[[int, int], None]
# An import mostly writes, and looks records up by id: the window's 64 MiB page cache would only
# fill with the pages it writes (memory that grows with a large package, up to that size). But a
# record's row goes into nine indexes (titles, dates, statuses…): with 8 MiB, their pages were
# evicted (encrypted) and read back (decrypted) again and again; 32 MiB holds those of about
# 10,000 records.
IMPORT_PAGE_CACHE_KIB = 32 * 1024


@dataclass(frozen=True)
class Signer:
    status: str  # SELF, VERIFIED, UNVERIFIED or UNKNOWN
    fingerprint: str
    contact_id: str | None = None
    contact_name: str | None = None
    own_device: bool = False  # this vault, or a verified contact marked as one of the NPM's own devices

    @property
    def trusted(self) -> bool:
        return self.status in (SELF, VERIFIED)

    def describe(self) -> str:
        if self.status == SELF:
            return f"this vault (fingerprint {self.fingerprint})"
        if self.status == VERIFIED:
            return f"{quoted(self.contact_name, 50)}, a verified contact (fingerprint {self.fingerprint})"
        if self.status == UNVERIFIED:
            return (f"{quoted(self.contact_name, 50)}, a contact whose key is NOT verified yet "
                    f"(fingerprint {self.fingerprint})")
        return f"an UNKNOWN key that belongs to none of your contacts (fingerprint {self.fingerprint})"


def signer_of(store: RecordStore, identity: VaultIdentity, key: SigningKey) -> Signer:
    """Who `key` is in this vault: itself, a (verified) live contact that carries it, or unknown."""
    if key == identity.signing_key:
        return Signer(SELF, key.fingerprint, own_device=True)
    contacts = store.contacts_with_signing_key(key.encode())
    verified = [c for c in contacts if contact_keys.is_verified(c)]
    if verified:
        own = all(contact_keys.is_own_device(c) for c in contacts)  # every contact with that key says so
        return Signer(VERIFIED, key.fingerprint, verified[0].id, verified[0].title, own)
    if contacts:
        return Signer(UNVERIFIED, key.fingerprint, contacts[0].id, contacts[0].title)
    return Signer(UNKNOWN, key.fingerprint)


@dataclass
class Preview:
    manifest: Manifest
    signer: Signer
    plan: MergePlan
    attachments: int
    attachment_bytes: int


class _RolledBack(Exception):
    """Ends a dry run's transaction (which rolls it back)."""


def _anyone(_signer: Signer) -> bool:
    return True


def preview_package(store: RecordStore, identity: VaultIdentity, path: Path, *,
                    passphrase: PassphraseSource = None, progress: Progress | None = None,
                    accept_signer: Callable[[Signer], bool] = _anyone, restore: Collection[str] = ()) -> Preview:
    """A dry run: everything `import_package` checks (every byte against the signed manifest) and
    does to the records, then rolled back; the attachments are checked, not written. Changes
    nothing; raises what the import would raise (any signer is accepted unless `accept_signer`
    says no)."""
    return import_package(store, identity, path, passphrase=passphrase, accept_signer=accept_signer,
                          progress=progress, restore=restore, dry_run=True)


class _Discard:
    def write(self, data: bytes) -> None:
        pass

    def close(self) -> None:
        pass


class _ImportConsumer:
    """Merges each record as the reader hands it over, inside the caller's transaction; keeps
    only the plan (ids, outcomes, titles) and, per attachment, which record it belongs to."""

    def __init__(self, store: RecordStore, identity: VaultIdentity, accept_signer: Callable[[Signer], bool],
                 restore: Collection[str], documents: DocumentSink | None = None, *, dry_run: bool = False) -> None:
        self._store = store
        self._documents = documents
        self._identity = identity
        self._accept = accept_signer
        self._merge = merge.Merge(store, identity, restore)
        self._owner: dict[str, tuple[str, str, str, bool]] = {}  # path -> record id, attachment id, name, kept
        self.preview: Preview | None = None
        self.touched: set[str] = set()
        self._signer: Signer | None = None
        self.disk: DiskWriter | None = None  # where the attachments' files are written (import_package)
        self.dry_run = dry_run  # a preview: attachments are checked, not written
        self._would_add: dict[str, str] = {}  # a preview's attachments, by id: their SHA-256

    def on_signer(self, signer: SigningKey) -> None:
        """Trust is decided here, before the records are read (bounded work before trust)."""
        self._signer = signer_of(self._store, self._identity, signer)
        if not self._accept(self._signer):
            raise SignerNotTrusted(self._signer.describe())

    def _names_allowed(self) -> None:
        """Real names come only from this vault or one of the NPM's own devices (RealNamesRefused)."""
        if self._signer is None or not self._signer.own_device:
            raise RealNamesRefused()

    def on_record(self, incoming: IncomingRecord) -> None:
        if incoming.record.pseudonyms:
            self._names_allowed()
        decided = self._merge.take(self._store.db, incoming)
        kept = decided not in (merge.DELETED, merge.DELETED_CHANGED)
        for a in incoming.attachments:
            self._owner[a["path"]] = (incoming.record.id, a["id"], a["name"], kept)

    def on_parsed(self, parsed: Parsed) -> None:
        """A record the parse worker read (exchange/parse_worker.py): added by its rows if it is
        new here, else parsed again here and taken as `on_record` takes it."""
        if not self._merge.take_made(self._store.db, parsed):
            self.on_record(parsed.incoming())

    def finish(self) -> None:
        """Every record is taken: their search entries are written (merge.Merge.finish), but for
        the new records with attachments, which go with those `touched` (indexed once, with them)."""
        self._merge.finish()
        self.touched |= self._merge.unindexed

    def on_contents(self, contents: Contents) -> None:
        signer = self._signer
        assert signer is not None  # noqa: S101 - the reader calls on_signer first
        self._merge.finish()  # the added records' rows, before their attachments come
        if contents.manifest.identities:
            self._names_allowed()
        self.preview = Preview(contents.manifest, signer, self._merge.plan, contents.files, contents.file_bytes)

    def open_file(self, entry: FileEntry) -> MemberSink:
        if entry.path not in self._owner:  # a document (a report): it belongs to no record
            return self._documents(entry) if self._documents is not None else _Discard()
        record_id, attachment_id, name, kept = self._owner[entry.path]
        have = merge.attachment_sha256(self._store, attachment_id) or self._would_add.get(attachment_id)
        if have == entry.sha256:
            return _Discard()  # already here
        if have is not None:
            raise DamagedPackage("an attachment has the id of a different attachment in your vault")
        if not kept:
            return _Discard()  # its record was deleted here: not brought back
        if self.dry_run:  # checked against the manifest all the same (the reader hashes it), not written
            self._would_add[attachment_id] = entry.sha256
            return _Discard()
        # The reader hashes the bytes against the signed manifest before closing this sink: not twice.
        writer = files.AttachmentWriter(self._store, self._store.db, record_id, name, attachment_id=attachment_id,
                                        sha256=entry.sha256, disk=self.disk)
        self.touched.add(record_id)
        return _AttachmentSink(writer)


class _AttachmentSink:
    def __init__(self, writer: files.AttachmentWriter) -> None:
        self._writer = writer

    def write(self, data: bytes) -> None:
        self._writer.write(data)

    def close(self) -> None:
        self._writer.finish()


def _trusted_only(signer: Signer) -> bool:
    return signer.trusted


def import_package(store: RecordStore, identity: VaultIdentity, path: Path, *,
                   passphrase: PassphraseSource = None,
                   accept_signer: Callable[[Signer], bool] = _trusted_only,
                   progress: Progress | None = None, restore: Collection[str] = (),
                   dry_run: bool = False, documents: DocumentSink | None = None,
                   before_commit: BeforeCommit | None = None) -> Preview:
    """Verify, decrypt and merge the package at `path` (all or nothing). Returns what it did (or,
    with `dry_run`, what it would do: the same work, rolled back; see preview_package).

    Records deleted here are left alone ("deleted here" in the plan) unless their id is in
    `restore`: the user asked to bring them back from this package.

    `accept_signer` decides on signers that are not this vault or a verified contact (by default
    they are refused with SignerNotTrusted, which names the fingerprint to compare). `progress(bytes
    read, package size)` may raise to cancel: the transaction then rolls back whole.

    `documents(entry)` gives a sink for each document (files that belong to no record; by default
    they are read, checked and dropped); `before_commit(db, preview)` runs inside the transaction
    once every byte is verified (team sync records how far it applied there): whatever it raises
    rolls the import back whole."""
    consumer = _ImportConsumer(store, identity, accept_signer, restore, documents, dry_run=dry_run)
    try:
        # The attachments' files are written on a thread of their own while the reader goes on
        # (vault/disk_writer.py); it outlives the transaction, which drains it before committing.
        # Large packages' records are parsed by a child process while this one writes them (exchange/parse_worker.py).
        with parse_worker.for_package(path) as parser, fewer_collections(), DiskWriter() as consumer.disk, \
                small_page_cache(store.db, IMPORT_PAGE_CACHE_KIB), store.transaction() as db:
            reader.read(path, consumer, identities=[identity.age], passphrase=passphrase, progress=progress,
                        parsed_by=(parser, consumer.on_parsed) if parser is not None else None)
            consumer.finish()
            if consumer.preview is None:
                raise DamagedPackage("it is truncated")
            if dry_run:
                raise _RolledBack
            if before_commit is not None:
                before_commit(db, consumer.preview)
            _reindex(store, db, consumer.touched)
    except _RolledBack:
        pass
    if not dry_run:
        files.index_pending(store, consumer.touched)  # attachment text: after the commit, budgeted
    assert consumer.preview is not None  # noqa: S101 - checked inside the transaction
    return consumer.preview


def _reindex(store: RecordStore, db: Connection, record_ids: set[str]) -> None:
    """Search entries of the records whose attachments the import added (not for a dry run)."""
    for record_id in record_ids:
        store.reindex(db, record_id)
