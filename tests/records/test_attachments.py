"""Attachments: streamed in and out, checksummed, searchable, purged with their record."""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import tracemalloc

import pytest

from npmdesk.records import attachments
from npmdesk.records.attachments import CHUNK_SIZE, AttachmentDamaged, AttachmentNotFound, BadAttachmentName
from tests.support.attachment_helpers import attachment_files_in, legacy_attachment
from tests.support.record_helpers import communication

PDF_TEXT = "Rapport confidentiel sur le quartier disciplinaire"


def tiny_pdf(text: str) -> bytes:
    """A valid one-page PDF holding `text` (Latin-1)."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


class RandomSource(io.RawIOBase):
    """`size` random bytes, produced as they are read (never held whole)."""

    def __init__(self, size: int) -> None:
        self.left = size
        self.sha256 = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left, 256 * 1024)
        data = os.urandom(n)
        buffer[:n] = data
        self.sha256.update(data)
        self.left -= n
        return n


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 7])
def test_round_trip_of_every_size(store, size):
    record = store.add(communication())
    data = os.urandom(size)
    info = attachments.add(store, record.id, "scan.bin", io.BytesIO(data))
    assert (info.size, info.sha256) == (size, hashlib.sha256(data).hexdigest())
    assert attachments.open_attachment(store, info.id).read() == data
    reader = attachments.open_attachment(store, info.id)
    reader.seek(max(0, size - 3))
    assert reader.read() == data[max(0, size - 3):]
    out = io.BytesIO()
    attachments.copy_to(store, info.id, out)
    assert out.getvalue() == data and attachments.verify(store, info.id)


def test_bytes_pushed_in_pieces_of_any_size_are_stored_whole(store):
    """An import pushes an attachment's bytes as the package is decrypted, in pieces of any size
    (smaller than a chunk, a whole chunk, larger, straddling two): they are stored and read back
    byte for byte, with their hash."""
    record = store.add(communication())
    data = os.urandom(4 * CHUNK_SIZE + 5)
    cuts = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 1, 3 * CHUNK_SIZE + 2, len(data)]
    with store.transaction() as db:
        writer = attachments.AttachmentWriter(store, db, record.id, "scan.bin")
        for start, end in itertools.pairwise(cuts):
            writer.write(memoryview(data)[start:end])
        attachment_id = writer.finish()
    info = attachments.info(store, attachment_id)
    assert (info.size, info.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert attachments.open_attachment(store, attachment_id).read() == data and attachments.verify(store, attachment_id)


@pytest.mark.parametrize(("change", "value"), [
    ("UPDATE attachment_chunk SET data = ?1 || substr(data, 2) WHERE attachment_seq = ?2 AND n = 1", b"x"),  # changed
    ("UPDATE attachment_chunk SET data = substr(data, ?1) WHERE attachment_seq = ?2 AND n = 1", 2),  # cut short
    ("DELETE FROM attachment_chunk WHERE ?1 AND attachment_seq = ?2 AND n = 2", 1),  # lost
])
def test_changed_or_missing_bytes_of_an_older_vault_are_reported_damaged(store, change, value):
    """An older vault's attachment (chunk rows in the database) whose bytes were changed, cut
    short or lost is never handed on: verify says so and a copy (what an export streams) fails
    with AttachmentDamaged."""
    record = store.add(communication())
    attachment_id = legacy_attachment(store, record.id, "scan.bin", os.urandom(2 * CHUNK_SIZE + 5))
    assert attachments.verify(store, attachment_id)
    with store.transaction() as db:
        seq = db.execute("SELECT seq FROM attachment WHERE id=?", (attachment_id,)).fetchone()[0]
        assert db.execute(change, (value, seq)).rowcount == 1
    assert not attachments.verify(store, attachment_id)
    with pytest.raises(AttachmentDamaged):
        attachments.copy_to(store, attachment_id, io.BytesIO())


def test_memory_stays_flat_for_a_large_file(store):
    record = store.add(communication())
    source = RandomSource(64 * 1024 * 1024)
    tracemalloc.start()
    try:
        info = attachments.add(store, record.id, "video.mp4", io.BufferedReader(source))
        write_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        assert attachments.verify(store, info.id)
        read_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.sha256 == source.sha256.hexdigest()
    assert write_peak < 8 * CHUNK_SIZE and read_peak < 8 * CHUNK_SIZE, (write_peak, read_peak)


@pytest.mark.parametrize(
    ("name", "content", "query"),
    [
        ("rapport.pdf", tiny_pdf(PDF_TEXT), "disciplinaire"),
        ("notes.txt", "Сведения о камере номер 5".encode(), "камере"),
        ("minutes.md", "# Reunión\n\n**Acuerdos** sobre el *mecanismo*".encode(), "acuerdos"),
        ("letter.html", b"<html><style>.x{}</style><p>Dear Chair, the cells are &eacute;troites</p>", "etroites"),
    ],
)
def test_document_text_is_searchable(store, name, content, query):
    record = store.add(communication("Record with a document"))
    attachments.add(store, record.id, name, io.BytesIO(content))
    assert [h.record.id for h in store.search(query)] == [record.id]
    assert store.search("style") == []  # markup is not text


def test_broken_pdf_is_stored_without_text(store):
    record = store.add(communication())
    info = attachments.add(store, record.id, "broken.pdf", io.BytesIO(b"%PDF-1.7\n" + os.urandom(5000)))
    assert info.media_type == "application/pdf" and not info.has_text
    assert info.size == 5009


def test_cancelled_add_keeps_nothing(store):
    record = store.add(communication())

    def cancel(done: int) -> None:
        if done >= 2 * CHUNK_SIZE:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        attachments.add(store, record.id, "big.bin", io.BytesIO(os.urandom(4 * CHUNK_SIZE)), progress=cancel)
    assert attachments.list_for(store, record.id) == []
    assert store.db.execute("SELECT count(*) FROM attachment_chunk").fetchone()[0] == 0
    assert attachment_files_in(store) == []


@pytest.mark.parametrize("name", ["", "   ", "a\nb.txt", "x" * 300, "bad\x7f.pdf"])
def test_bad_names_are_refused(store, name):
    record = store.add(communication())
    with pytest.raises(BadAttachmentName):
        attachments.add(store, record.id, name, io.BytesIO(b"data"))


def test_path_in_name_keeps_only_the_file_name(store):
    record = store.add(communication())
    info = attachments.add(store, record.id, "../../etc/C:\\Users\\ana\\secret.txt", io.BytesIO(b"x"))
    assert info.name == "secret.txt"


def test_remove_and_purge_delete_the_bytes(store):
    record = store.add(communication())
    one = attachments.add(store, record.id, "one.txt", io.BytesIO(b"alpha bravo"))
    attachments.add(store, record.id, "two.txt", io.BytesIO(b"charlie delta"))
    attachments.remove(store, one.id)
    assert store.search("alpha") == [] and len(store.search("charlie")) == 1
    with pytest.raises(AttachmentNotFound):
        attachments.open_attachment(store, one.id)
    store.delete(record.id)
    assert store.search("charlie") == []
    assert len(attachment_files_in(store)) == 1
    store.empty_bin()
    assert store.db.execute("SELECT count(*) FROM attachment_chunk").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM attachment").fetchone()[0] == 0
    assert attachment_files_in(store) == []
