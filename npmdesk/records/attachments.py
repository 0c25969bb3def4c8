"""Attachments: files of any size kept inside the vault, in encrypted chunks.

Written and read as streams, so memory does not grow with the file: `add` reads the source
one chunk at a time inside a single transaction (a failure or crash leaves nothing half
stored) and records the SHA-256; `open` returns a seekable reader over the chunks, for
viewers and text extraction, that never touches the disk outside the vault.

The searchable text is got after that transaction has committed (`index_pending`), within a
time and memory budget (extract_worker.py), and stored in a short transaction of its own: a
slow or hostile document never holds the write lock. An attachment whose text could not all
be got (past the budget, damaged, encrypted, or not yet extracted when npmdesk stopped) is
"not fully indexed" (`AttachmentInfo.fully_indexed`); its record is still found by its other
text and by whatever part of the document's text was got.
"""

from __future__ import annotations

import errno
import hashlib
import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, TypeVar

from npmdesk import display
from npmdesk.errors import NpmdeskError, VaultFolderUnwritable, VaultWriteFailed, from_os_error
from npmdesk.records import extract
from npmdesk.records.model import new_id
from npmdesk.records.store import RecordStore
from npmdesk.vault import attachment_files
from npmdesk.vault.database import Connection
from npmdesk.vault.disk_writer import DiskWriter

if TYPE_CHECKING:  # index_pending imports it: reading attachments (an export) needs no extraction child
    from npmdesk.records import extract_worker

CHUNK_SIZE = attachment_files.CHUNK_SIZE
MAX_NAME = 255
Progress = Callable[[int], None]
_T = TypeVar("_T")


class AttachmentNotFound(NpmdeskError):
    message = "This attachment is no longer in the vault."


class AttachmentDamaged(NpmdeskError):
    message = "This attachment's content does not match its checksum; restore it from a backup."


class BadAttachmentName(NpmdeskError):
    message = "An attachment needs a file name of at most 255 characters, without control characters."


@dataclass(frozen=True)
class AttachmentInfo:
    id: str
    record_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: str
    added_by: str
    has_text: bool
    fully_indexed: bool = True


def _clean_name(name: str) -> str:
    """The name kept in the vault: the last part of a path, without bidi controls or invisible
    format characters (so `a<U+202E>fdp.exe` is kept as `afdp.exe`, its real extension visible);
    BadAttachmentName if empty, too long, or holding control characters or line separators."""
    base = display.drop_invisible(name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if not base or len(base) > MAX_NAME or any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in base):
        raise BadAttachmentName()
    return base


def add(store: RecordStore, record_id: str, name: str, source: BinaryIO,
        media_type: str | None = None, progress: Progress | None = None,
        extractor: extract_worker.Extractor | None = None) -> AttachmentInfo:
    """Store `source` (read to its end) as an attachment of a record; returns its description.

    `progress(bytes_so_far)` is called after each chunk; raising from it cancels the whole
    add (nothing is kept). The text is then got outside that transaction (see `index_pending`).
    """
    name = _clean_name(name)
    store.get(record_id)  # RecordNotFound before any work
    buffer = bytearray(CHUNK_SIZE)
    view = memoryview(buffer)
    with store.transaction() as db:
        writer = AttachmentWriter(store, db, record_id, name, media_type=media_type)
        while True:
            got = _fill(source, view)
            if got == 0:
                break
            writer.write(view[:got])
            if progress is not None:
                progress(writer.size)
            if got < CHUNK_SIZE:
                break
        attachment_id = writer.finish()
        store.reindex(db, record_id)
    index_pending(store, [record_id], extractor)
    return info(store, attachment_id)


def index_pending(store: RecordStore, record_ids: Iterable[str],
                  extractor: extract_worker.Extractor | None = None) -> None:
    """Get the text of these records' attachments that are not yet indexed and index it.

    Call it after the transaction that stored them has committed: each document is read and
    extracted outside any write transaction, within the extractor's budget (by default a new
    Extractor, stopped on return; pass one to reuse its child for many adds), then its text is
    stored and its record re-indexed in a short transaction. A document past the budget keeps
    the text got so far, marked not fully indexed.
    """
    if extractor is None:
        from npmdesk.records import extract_worker

        with extract_worker.Extractor() as own:
            index_pending(store, record_ids, own)
        return
    for record_id in record_ids:
        pending = store.db.execute(
            "SELECT a.seq, a.media_type, a.size, a.blob, a.blob_key FROM attachment a"
            " JOIN record r ON r.seq = a.record_seq WHERE r.id=? AND a.text=?", (record_id, extract.NOT_YET_INDEXED),
        ).fetchall()
        for seq, kind, size, blob, key in pending:
            try:
                with io.BufferedReader(ChunkReader(_source(store, _Row(int(seq), int(size), blob, key))),
                                       buffer_size=CHUNK_SIZE) as reader:
                    got = extractor.extract(kind, reader, int(size))
            except AttachmentDamaged:  # removed meanwhile, or damaged: nothing to index
                got = extract.Extracted("", complete=False)
            with store.transaction() as db:
                changed = db.execute("UPDATE attachment SET text=? WHERE seq=? AND text=?",
                                     (extract.stored_text(got), seq, extract.NOT_YET_INDEXED)).rowcount
                if changed:
                    store.reindex(db, record_id)


class AttachmentWriter:
    """One attachment stored from data pushed to it, inside the caller's transaction (imports
    stream packages through it; `add` reads a file into it), which must be the store's own
    (`RecordStore.transaction`). `finish()` completes the row; if the transaction rolls back,
    nothing of it remains.

    The bytes go to a file of their own in the attachment store (vault/attachment_files.py),
    sealed under a new key that only the row holds: each full chunk of CHUNK_SIZE given at once is
    sealed straight from the caller's buffer, smaller pieces are gathered in one buffer first (no
    other copy). The file is flushed to the disk in `finish()` and its folder before the commit; a
    rollback deletes it. The SHA-256 is computed as the bytes come, unless the caller gives it
    (`sha256`): then the caller must check the bytes against it before calling `finish()` (an
    import does: the package's reader hashes each file against its signed manifest and fails
    before the file's end is accepted), and they are not hashed twice. With `disk`, the sealed
    chunks are written on the writer's thread (vault/disk_writer.py), which the transaction drains
    before it commits: the caller keeps the writer running until the transaction has ended."""

    def __init__(self, store: RecordStore, db: Connection, record_id: str, name: str, *,
                 attachment_id: str | None = None, media_type: str | None = None,
                 sha256: str | None = None, disk: DiskWriter | None = None) -> None:
        self.id = attachment_id or new_id()
        self.name = _clean_name(name)
        self._store = store
        self._db = db
        self._folder = store.vault.folder
        self._media_type = media_type
        self._checked_by_caller = sha256
        self._digest = hashlib.sha256() if sha256 is None else None
        self._pending = bytearray()  # made at the first piece smaller than a chunk; dropped at finish()
        self._filled = 0
        self._head = b""
        self.size = 0
        record_seq = db.execute("SELECT seq FROM record WHERE id=?", (record_id,)).fetchone()[0]
        self._blob = attachment_files.new_name()
        key = attachment_files.new_key()
        cursor = db.execute(
            "INSERT INTO attachment(id, record_seq, name, media_type, added_at, added_by, blob, blob_key)"
            " VALUES (?, ?, ?, '', ?, ?, ?, ?)",
            (self.id, record_seq, self.name, store.now(), store.vault.meta("user_name") or "unknown",
             self._blob, key),
        )
        self._seq = int(cursor.lastrowid)
        # What the transaction's end needs is kept apart from the writer (and its chunk buffer), so
        # an import of many files holds only these small objects until it commits.
        ending = _Ending()
        store.on_rollback(ending.rolled_back)  # RuntimeError outside the store's transaction: nothing made yet
        store.on_commit(ending.committed)
        store.if_commit_fails(ending.commit_failed)
        folder = self._folder
        store.vault.ensure_in_place()  # VaultMoved before a file is made where the vault no longer is
        if disk is not None:  # its files on the disk before the folder is synced and the COMMIT
            store.before_commit(lambda: _disk_step(folder, disk.drain), once=f"attachment-writer-{id(disk)}")
        store.before_commit(lambda: _disk_step(folder, lambda: attachment_files.sync_folder(folder)),
                            once="attachment-folder")
        self._sealer = ending.sealer = _disk_step(
            folder, lambda: attachment_files.Sealer(folder, self._blob, key, disk))

    def write(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data)
        self.size += len(view)
        if self._digest is not None:
            self._digest.update(view)
        while len(view):
            if self._filled == 0 and len(view) >= CHUNK_SIZE:
                self._flush(view[:CHUNK_SIZE])
                view = view[CHUNK_SIZE:]
                continue
            take = min(CHUNK_SIZE - self._filled, len(view))
            if not self._pending:
                self._pending = bytearray(CHUNK_SIZE)
            self._pending[self._filled : self._filled + take] = view[:take]
            self._filled += take
            view = view[take:]
            if self._filled == CHUNK_SIZE:
                self._flush(self._pending)
                self._filled = 0

    def _flush(self, chunk: bytes | bytearray | memoryview) -> None:
        """Seal and write one full chunk (sealing copies it: the buffer may be reused at once)."""
        if not self._head:
            self._head = bytes(chunk[:16])
        sealer = self._sealer
        _disk_step(self._folder, lambda: sealer.seal(chunk))

    @property
    def sha256(self) -> str:
        if self._digest is None:
            return str(self._checked_by_caller)
        return self._digest.hexdigest()

    def finish(self) -> str:
        """Seal the last chunk and flush the file to the disk, store the type and the hash;
        returns the id. The text is got later, after the transaction (`index_pending`): until then
        the attachment is not yet indexed."""
        rest = memoryview(self._pending)[: self._filled]
        if not self._head:
            self._head = bytes(rest[:16])
        sealer = self._sealer
        _disk_step(self._folder, lambda: sealer.finish(rest))
        rest.release()
        self._pending, self._filled = bytearray(), 0
        kind = self._media_type or extract.media_type_for(self.name, self._head)
        text = extract.NOT_YET_INDEXED if extract.extractable(kind) else ""
        self._db.execute(
            "UPDATE attachment SET media_type=?, size=?, sha256=?, text=? WHERE seq=?",
            (kind, self.size, self.sha256, text, self._seq),
        )
        return self.id


class _Ending:
    """How one writer's file follows its transaction: kept on commit, deleted on a rollback,
    left to the next unlock's sweep when the COMMIT failed."""

    def __init__(self) -> None:
        self.sealer: attachment_files.Sealer | None = None

    def committed(self) -> None:
        if self.sealer is not None:
            self.sealer.settle()

    def rolled_back(self) -> None:
        """The transaction rolled back before any COMMIT: no row names the file; delete it."""
        if self.sealer is not None:  # None: the file was never made (Sealer deletes what it began)
            self.sealer.discard()

    def commit_failed(self) -> None:
        """The COMMIT failed: the row may still be on the disk (the next open recovers a commit
        SQLite wrote to the WAL before failing), so the file stays; the sweep at the next unlock
        reads the recovered database and deletes it only if no row names it."""
        if self.sealer is not None:
            self.sealer.settle()


def _disk_step(folder: Path, step: Callable[[], _T]) -> _T:
    """A write to the attachment store, its failures in the user's words (a full disk…; the
    attachments folder replaced by a link or a file: VaultFolderUnwritable)."""
    try:
        return step()
    except OSError as error:
        if error.errno in (errno.ELOOP, errno.ENOTDIR, errno.EEXIST):
            raise VaultFolderUnwritable(attachment_files.folder_of(folder)) from None
        raise from_os_error(error) or VaultWriteFailed() from None


def _fill(source: BinaryIO, view: memoryview) -> int:
    """Read until `view` is full or the source ends."""
    got = 0
    while got < len(view):
        data = source.read(len(view) - got)
        if not data:
            break
        view[got : got + len(data)] = data
        got += len(data)
    return got


def info(store: RecordStore, attachment_id: str) -> AttachmentInfo:
    row = store.db.execute(
        "SELECT a.id, r.id, a.name, a.media_type, a.size, a.sha256, a.added_at, a.added_by, substr(a.text, 1, 2)"
        " FROM attachment a JOIN record r ON r.seq = a.record_seq WHERE a.id=?",
        (attachment_id,),
    ).fetchone()
    if row is None:
        raise AttachmentNotFound()
    return AttachmentInfo(
        id=row[0], record_id=row[1], name=row[2], media_type=row[3], size=int(row[4]), sha256=row[5],
        added_at=row[6], added_by=row[7], has_text=bool(extract.searchable_text(row[8])),
        fully_indexed=extract.fully_indexed(row[8]),
    )


def sha256_of(store: RecordStore, attachment_id: str) -> str | None:
    """The SHA-256 (hex) of the vault's attachment with this id, None if there is none."""
    row = store.db.execute("SELECT sha256 FROM attachment WHERE id=?", (attachment_id,)).fetchone()
    return None if row is None else str(row[0])


def records_with_attachments(store: RecordStore) -> set[str]:
    """The ids of the records (live or in the bin) that have attachments, in one statement."""
    return {row[0] for row in store.db.execute(
        "SELECT DISTINCT r.id FROM attachment a JOIN record r ON r.seq = a.record_seq")}


def list_for(store: RecordStore, record_id: str) -> list[AttachmentInfo]:
    rows = store.db.execute(
        "SELECT a.id FROM attachment a JOIN record r ON r.seq = a.record_seq WHERE r.id=? ORDER BY a.seq",
        (record_id,),
    ).fetchall()
    return [info(store, row[0]) for row in rows]


def open_attachment(store: RecordStore, attachment_id: str) -> io.BufferedReader:
    """A seekable, read-only stream of the attachment's bytes (from the vault, decrypted in memory
    one chunk at a time). AttachmentDamaged if its file is missing or not whole."""
    return io.BufferedReader(ChunkReader(_source(store, _row(store, attachment_id))), buffer_size=CHUNK_SIZE)


@dataclass(frozen=True)
class _Row:
    seq: int
    size: int
    blob: object  # the file's name (None: an older vault's chunk rows); checked before any use
    key: object = field(repr=False)  # never in a log or a traceback's locals


def _row(store: RecordStore, attachment_id: str) -> _Row:
    row = store.db.execute("SELECT seq, size, blob, blob_key FROM attachment WHERE id=?", (attachment_id,)).fetchone()
    if row is None:
        raise AttachmentNotFound()
    return _Row(int(row[0]), int(row[1]), row[2], row[3])


class _Source(Protocol):
    """An attachment's stored chunks: `count` of them, `chunk(n)` each (AttachmentDamaged)."""

    size: int
    count: int
    sealed: bool  # authenticated chunk by chunk (a file), or to be checked by its SHA-256 (chunk rows)

    def chunk(self, number: int) -> bytes: ...

    def close(self) -> None: ...


def _source(store: RecordStore, row: _Row) -> _Source:
    if row.blob is None:
        return _ChunkRows(store.db, row.seq, row.size)
    return _SealedFile(store.vault.folder, row)


class _SealedFile:
    """An attachment in the attachment store: every chunk decrypted and authenticated as read."""

    sealed = True

    def __init__(self, folder: Path, row: _Row) -> None:
        try:
            self._opened = attachment_files.Opened(folder, row.blob, row.key, row.size)
        except attachment_files.Unreadable:
            raise AttachmentDamaged() from None
        self.size = row.size
        self.count = self._opened.count

    def chunk(self, number: int) -> bytes:
        try:
            return self._opened.chunk(number)
        except attachment_files.Unreadable:
            raise AttachmentDamaged() from None

    def close(self) -> None:
        self._opened.close()


class _ChunkRows:
    """An attachment of an older vault, in chunk rows of the database (schema 10 and before)."""

    sealed = False

    def __init__(self, db: Connection, seq: int, size: int) -> None:
        self._db = db
        self._seq = seq
        self.size = size
        self.count = -(-size // CHUNK_SIZE)

    def chunk(self, number: int) -> bytes:
        found = self._db.execute(
            "SELECT CAST(data AS BLOB) FROM attachment_chunk WHERE attachment_seq=? AND n=?", (self._seq, number)
        ).fetchone()
        expected = min(CHUNK_SIZE, self.size - number * CHUNK_SIZE)
        if found is None or len(found[0]) != expected:
            raise AttachmentDamaged()
        return bytes(found[0])

    def close(self) -> None:
        pass


class Writable(Protocol):
    """Where `copy_to` writes: a binary file, or anything with its `write`."""

    def write(self, data: bytes, /) -> object: ...


def chunks(store: RecordStore, attachment_id: str) -> Iterator[bytes]:
    """The attachment's bytes, chunk by chunk as stored (one chunk in memory at a time).
    AttachmentDamaged if a chunk is missing, altered or cut. A file's chunks are authenticated as
    they are decrypted, so its bytes are those stored, whole, once the last one is given; an older
    vault's chunk rows are not: the caller checks their SHA-256 (`copy_to` does)."""
    source = _source(store, _row(store, attachment_id))
    try:
        for number in range(source.count):
            chunk = source.chunk(number)
            if chunk:
                yield chunk
    finally:
        source.close()


def checked_chunks(store: RecordStore, attachment_id: str, sha256: str | None = None) -> Iterator[bytes]:
    """The attachment's bytes chunk by chunk, checked as they go: AttachmentDamaged, at the chunk
    that fails or at the end, unless they are exactly the bytes stored. A file's chunks are
    authenticated as they are decrypted, which is enough (its SHA-256 was checked as it was
    written), so they are not hashed again; an older vault's chunk rows are hashed against
    `sha256` (by default the row's)."""
    row = _row(store, attachment_id)
    source = _source(store, row)
    expected = None if source.sealed else (sha256 or info(store, attachment_id).sha256)
    digest = None if source.sealed else hashlib.sha256()
    try:
        for number in range(source.count):
            chunk = source.chunk(number)
            if digest is not None:
                digest.update(chunk)
            if chunk:
                yield chunk
    finally:
        source.close()
    if digest is not None and digest.hexdigest() != expected:
        raise AttachmentDamaged()


def copy_to(store: RecordStore, attachment_id: str, target: Writable) -> None:
    """Write the attachment's bytes to `target`, checking them as it goes (AttachmentDamaged)."""
    for chunk in checked_chunks(store, attachment_id):
        target.write(chunk)


def verify(store: RecordStore, attachment_id: str) -> bool:
    """True if the stored bytes are whole: a file's every chunk authenticates, an older vault's
    chunk rows still hash to the recorded SHA-256."""
    try:
        copy_to(store, attachment_id, _Discard())
    except AttachmentDamaged:
        return False
    return True


def remove(store: RecordStore, attachment_id: str) -> None:
    """Delete an attachment: its row and key at once (overwritten on disk by secure_delete, which
    makes its file unreadable), its file once that has committed."""
    with store.transaction() as db:
        if not remove_in(store, db, attachment_id):
            raise AttachmentNotFound()


def remove_in(store: RecordStore, db: Connection, attachment_id: str) -> bool:
    """`remove` inside the caller's transaction; False if there is no such attachment."""
    row = db.execute(
        "SELECT a.seq, r.id, a.blob FROM attachment a JOIN record r ON r.seq = a.record_seq WHERE a.id=?",
        (attachment_id,),
    ).fetchone()
    if row is None:
        return False
    db.execute("DELETE FROM attachment_chunk WHERE attachment_seq=?", (row[0],))
    db.execute("DELETE FROM attachment WHERE seq=?", (row[0],))
    store.reindex(db, row[1])
    if row[2] is not None:
        folder, names = store.vault.folder, [str(row[2])]
        store.on_commit(lambda: attachment_files.delete(folder, names))
    return True


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


class ChunkReader(io.RawIOBase):
    """Read-only, seekable view of an attachment's chunks; holds at most one chunk in memory."""

    def __init__(self, source: _Source) -> None:
        super().__init__()
        self._source = source
        self._pos = 0
        self._chunk_no = -1
        self._chunk = b""
        self._size = source.size

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        number, start = divmod(self._pos, CHUNK_SIZE)
        if number != self._chunk_no:
            self._chunk, self._chunk_no = self._source.chunk(number), number
        piece = self._chunk[start : start + len(buffer)]
        if not piece:
            raise AttachmentDamaged()
        memoryview(buffer)[: len(piece)] = piece
        self._pos += len(piece)
        return len(piece)

    def close(self) -> None:
        if not self.closed:
            self._source.close()
            self._chunk = b""
        super().close()

