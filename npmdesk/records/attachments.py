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

import hashlib
import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.records import extract, extract_worker
from npmdesk.records.model import new_id
from npmdesk.records.store import RecordStore
from npmdesk.vault.database import Connection

CHUNK_SIZE = 1024 * 1024
MAX_NAME = 255
Progress = Callable[[int], None]


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
        with extract_worker.Extractor() as own:
            index_pending(store, record_ids, own)
        return
    for record_id in record_ids:
        pending = store.db.execute(
            "SELECT a.seq, a.media_type, a.size FROM attachment a JOIN record r ON r.seq = a.record_seq"
            " WHERE r.id=? AND a.text=?", (record_id, extract.NOT_YET_INDEXED),
        ).fetchall()
        for seq, kind, size in pending:
            reader = io.BufferedReader(ChunkReader(store.db, int(seq), int(size)), buffer_size=CHUNK_SIZE)
            try:
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
    stream packages through it; `add` reads a file into it). `finish()` completes the row; if
    the transaction rolls back, nothing of it remains.

    The bytes are stored in chunks of CHUNK_SIZE: a full chunk given at once is stored as it is,
    smaller pieces are gathered in one buffer (no other copy). The SHA-256 is computed as the
    bytes come, unless the caller gives it (`sha256`): then the caller must check the bytes
    against it before calling `finish()` (an import does: the package's reader hashes each file
    against its signed manifest and fails before the file's end is accepted), and they are not
    hashed twice."""

    def __init__(self, store: RecordStore, db: Connection, record_id: str, name: str, *,
                 attachment_id: str | None = None, media_type: str | None = None,
                 sha256: str | None = None) -> None:
        self.id = attachment_id or new_id()
        self.name = _clean_name(name)
        self._db = db
        self._media_type = media_type
        self._checked_by_caller = sha256
        self._digest = hashlib.sha256() if sha256 is None else None
        self._pending = bytearray(CHUNK_SIZE)
        self._filled = 0
        self._n = 0
        self._head = b""
        self.size = 0
        record_seq = db.execute("SELECT seq FROM record WHERE id=?", (record_id,)).fetchone()[0]
        cursor = db.execute(
            "INSERT INTO attachment(id, record_seq, name, media_type, added_at, added_by)"
            " VALUES (?, ?, ?, '', ?, ?)",
            (self.id, record_seq, self.name, store.now(), store.vault.meta("user_name") or "unknown"),
        )
        self._seq = int(cursor.lastrowid)

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
            self._pending[self._filled : self._filled + take] = view[:take]
            self._filled += take
            view = view[take:]
            if self._filled == CHUNK_SIZE:
                self._flush(self._pending)
                self._filled = 0

    def _flush(self, chunk: bytes | bytearray | memoryview) -> None:
        """Store one chunk (SQLite copies it: the buffer may be reused at once)."""
        if self._n == 0:
            self._head = bytes(chunk[:16])
        self._db.execute("INSERT INTO attachment_chunk(attachment_seq, n, data) VALUES (?, ?, ?)",
                         (self._seq, self._n, chunk))
        self._n += 1

    @property
    def sha256(self) -> str:
        if self._digest is None:
            return str(self._checked_by_caller)
        return self._digest.hexdigest()

    def finish(self) -> str:
        """Store the last chunk, the type and the hash; returns the id. The text is got later,
        after the transaction (`index_pending`): until then the attachment is not yet indexed."""
        if self._filled:
            self._flush(memoryview(self._pending)[: self._filled])
            self._filled = 0
        kind = self._media_type or extract.media_type_for(self.name, self._head)
        text = extract.NOT_YET_INDEXED if extract.extractable(kind) else ""
        self._db.execute(
            "UPDATE attachment SET media_type=?, size=?, sha256=?, text=? WHERE seq=?",
            (kind, self.size, self.sha256, text, self._seq),
        )
        return self.id


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
    """A seekable, read-only stream of the attachment's bytes (from the vault, in memory)."""
    row = store.db.execute("SELECT seq, size FROM attachment WHERE id=?", (attachment_id,)).fetchone()
    if row is None:
        raise AttachmentNotFound()
    return io.BufferedReader(ChunkReader(store.db, int(row[0]), int(row[1])), buffer_size=CHUNK_SIZE)


class Writable(Protocol):
    """Where `copy_to` writes: a binary file, or anything with its `write`."""

    def write(self, data: bytes, /) -> object: ...


def chunks(store: RecordStore, attachment_id: str) -> Iterator[bytes]:
    """The attachment's bytes, chunk by chunk as stored (no copy; one chunk in memory at a time).
    AttachmentDamaged if a chunk is missing or the sizes do not add up; the caller checks the
    SHA-256 (`copy_to` does)."""
    row = store.db.execute("SELECT seq, size FROM attachment WHERE id=?", (attachment_id,)).fetchone()
    if row is None:
        raise AttachmentNotFound()
    seq, size = int(row[0]), int(row[1])
    done = 0
    for number in range(-(-size // CHUNK_SIZE)):
        found = store.db.execute(
            "SELECT CAST(data AS BLOB) FROM attachment_chunk WHERE attachment_seq=? AND n=?", (seq, number)).fetchone()
        expected = min(CHUNK_SIZE, size - done)
        if found is None or len(found[0]) != expected:
            raise AttachmentDamaged()
        done += expected
        yield found[0]


def copy_to(store: RecordStore, attachment_id: str, target: Writable) -> None:
    """Write the attachment's bytes to `target`, checking the SHA-256 as it goes."""
    expected = info(store, attachment_id).sha256
    digest = hashlib.sha256()
    for chunk in chunks(store, attachment_id):
        digest.update(chunk)
        target.write(chunk)
    if digest.hexdigest() != expected:
        raise AttachmentDamaged()


def verify(store: RecordStore, attachment_id: str) -> bool:
    """True if the stored bytes still hash to the recorded SHA-256."""
    try:
        copy_to(store, attachment_id, _Discard())
    except AttachmentDamaged:
        return False
    return True


def remove(store: RecordStore, attachment_id: str) -> None:
    """Delete an attachment and its bytes (overwritten on disk by secure_delete)."""
    with store.transaction() as db:
        if not remove_in(store, db, attachment_id):
            raise AttachmentNotFound()


def remove_in(store: RecordStore, db: Connection, attachment_id: str) -> bool:
    """`remove` inside the caller's transaction; False if there is no such attachment."""
    row = db.execute(
        "SELECT a.seq, r.id FROM attachment a JOIN record r ON r.seq = a.record_seq WHERE a.id=?",
        (attachment_id,),
    ).fetchone()
    if row is None:
        return False
    db.execute("DELETE FROM attachment_chunk WHERE attachment_seq=?", (row[0],))
    db.execute("DELETE FROM attachment WHERE seq=?", (row[0],))
    store.reindex(db, row[1])
    return True


class _Discard:
    def write(self, data: bytes) -> int:
        return len(data)


class ChunkReader(io.RawIOBase):
    """Read-only, seekable view of an attachment's chunks; holds at most one chunk."""

    def __init__(self, db: Connection, seq: int, size: int) -> None:
        super().__init__()
        self._db = db
        self._seq = seq
        self._size = size
        self._pos = 0
        self._chunk_no = -1
        self._chunk = b""

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
            row = self._db.execute(
                "SELECT CAST(data AS BLOB) FROM attachment_chunk WHERE attachment_seq=? AND n=?", (self._seq, number)
            ).fetchone()
            if row is None:
                raise AttachmentDamaged()
            self._chunk, self._chunk_no = bytes(row[0]), number
        piece = self._chunk[start : start + len(buffer)]
        if not piece:
            raise AttachmentDamaged()
        memoryview(buffer)[: len(piece)] = piece
        self._pos += len(piece)
        return len(piece)
