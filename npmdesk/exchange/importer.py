"""Importing a package into the vault: preview first, then everything in one transaction.

    preview = preview_package(store, identity, path)        # who signed it, what it would change
    result = import_package(store, identity, path, accept_signer=…)

The signer is described plainly (this vault, a verified contact, a contact not verified yet, or
unknown, always with the fingerprint). Importing runs in a single transaction that spans the whole
decryption: records and attachments are written as they arrive and committed only once every
byte has been authenticated and matched to the signed manifest. Any problem rolls it all back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from npmdesk.exchange import merge, reader
from npmdesk.exchange.errors import DamagedPackage, SignerNotTrusted
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.exchange.manifest import FileEntry, Manifest
from npmdesk.exchange.merge import MergePlan
from npmdesk.exchange.reader import Contents
from npmdesk.exchange.tarball import MemberSink
from npmdesk.records import attachments as files
from npmdesk.records.store import RecordStore
from npmdesk.vault.secret import Secret

SELF, VERIFIED, UNVERIFIED, UNKNOWN = "this vault", "verified", "unverified", "unknown"
PassphraseSource = Secret | Callable[[], Secret] | None
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Signer:
    status: str  # SELF, VERIFIED, UNVERIFIED or UNKNOWN
    fingerprint: str
    contact_id: str | None = None
    contact_name: str | None = None

    @property
    def trusted(self) -> bool:
        return self.status in (SELF, VERIFIED)

    def describe(self) -> str:
        if self.status == SELF:
            return f"this vault (fingerprint {self.fingerprint})"
        if self.status == VERIFIED:
            return f"{self.contact_name}, a verified contact (fingerprint {self.fingerprint})"
        if self.status == UNVERIFIED:
            return f"{self.contact_name}, a contact whose key is NOT verified yet (fingerprint {self.fingerprint})"
        return f"an UNKNOWN key that belongs to none of your contacts (fingerprint {self.fingerprint})"


def signer_of(store: RecordStore, identity: VaultIdentity, key: SigningKey) -> Signer:
    if key == identity.signing_key:
        return Signer(SELF, key.fingerprint)
    contacts = store.contacts_with_signing_key(key.encode())
    verified = [c for c in contacts if c.fields.get("keys_verified") is True]
    if verified:
        return Signer(VERIFIED, key.fingerprint, verified[0].id, verified[0].title)
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


class _Stop(Exception):
    pass


class _PreviewConsumer:
    def __init__(self, store: RecordStore, identity: VaultIdentity) -> None:
        self._store = store
        self._identity = identity
        self.preview: Preview | None = None

    def on_signer(self, signer: SigningKey) -> None:
        pass  # a preview shows every signer, trusted or not

    def on_contents(self, contents: Contents) -> None:
        entries = contents.attachments
        self.preview = Preview(
            contents.manifest, signer_of(self._store, self._identity, contents.signer),
            merge.plan(self._store, contents.records), len(entries), sum(e.size for e in entries),
        )
        raise _Stop

    def open_file(self, entry: FileEntry) -> MemberSink:
        raise AssertionError("a preview stops before the files")


def preview_package(store: RecordStore, identity: VaultIdentity, path: Path, *,
                    passphrase: PassphraseSource = None, progress: Progress | None = None) -> Preview:
    """Decrypt, verify and read the records of a package without changing anything."""
    consumer = _PreviewConsumer(store, identity)
    try:
        reader.read(path, consumer, identities=[identity.age], passphrase=passphrase, progress=progress)
    except _Stop:
        pass
    if consumer.preview is None:
        raise DamagedPackage("it is truncated")
    return consumer.preview


class _Discard:
    def write(self, data: bytes) -> None:
        pass

    def close(self) -> None:
        pass


class _ImportConsumer:
    def __init__(self, store: RecordStore, identity: VaultIdentity, accept_signer: Callable[[Signer], bool]) -> None:
        self._store = store
        self._identity = identity
        self._accept = accept_signer
        self._owner: dict[str, tuple[str, str, str]] = {}  # path -> record id, attachment id, name
        self.preview: Preview | None = None
        self.touched: set[str] = set()
        self._signer: Signer | None = None

    def on_signer(self, signer: SigningKey) -> None:
        """Trust is decided here, before the records are read (bounded work before trust)."""
        self._signer = signer_of(self._store, self._identity, signer)
        if not self._accept(self._signer):
            raise SignerNotTrusted(self._signer.describe())

    def on_contents(self, contents: Contents) -> None:
        signer = self._signer
        assert signer is not None  # noqa: S101 - the reader calls on_signer first
        merge_plan = merge.plan(self._store, contents.records)
        entries = contents.attachments
        self.preview = Preview(contents.manifest, signer, merge_plan, len(entries), sum(e.size for e in entries))
        merge.apply(self._store, self._store.db, contents.records, merge_plan)
        for incoming in contents.records:
            for a in incoming.attachments:
                self._owner[a["path"]] = (incoming.record.id, a["id"], a["name"])

    def open_file(self, entry: FileEntry) -> MemberSink:
        if entry.path not in self._owner:
            return _Discard()  # a document (a report): it belongs to no record
        record_id, attachment_id, name = self._owner[entry.path]
        have = merge.attachment_sha256(self._store, attachment_id)
        if have == entry.sha256:
            return _Discard()  # already here
        if have is not None:
            raise DamagedPackage("an attachment has the id of a different attachment in your vault")
        writer = files.AttachmentWriter(self._store, self._store.db, record_id, name, attachment_id=attachment_id)
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
                   progress: Progress | None = None) -> Preview:
    """Verify, decrypt and merge the package at `path` (all or nothing). Returns what it did.

    `accept_signer` decides on signers that are not this vault or a verified contact (by default
    they are refused with SignerNotTrusted, which names the fingerprint to compare). `progress(bytes
    read, package size)` may raise to cancel: the transaction then rolls back whole."""
    consumer = _ImportConsumer(store, identity, accept_signer)
    with store.transaction() as db:
        reader.read(path, consumer, identities=[identity.age], passphrase=passphrase, progress=progress)
        for record_id in consumer.touched:
            store.reindex(db, record_id)
    if consumer.preview is None:
        raise DamagedPackage("it is truncated")
    return consumer.preview
