"""Attachment text is got within a time and memory budget, outside the write transaction.

A small hostile PDF (many pages drawing one big shared content stream, or one stream that
inflates to tens of megabytes) used to keep an import busy for tens of minutes inside its
transaction. Now the file is stored, marked "not fully indexed", and its record is still found.
"""

from __future__ import annotations

import io
import sys
import time
import zlib
from pathlib import Path

import pytest
from cli_helpers import npmdesk
from conftest import PASSPHRASE

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "exchange"))  # the package helpers
from package_helpers import communication, side

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.records import RecordStore, extract_worker
from npmdesk.records import attachments as files
from npmdesk.records.extract_worker import Extractor

SLOW_PAGE = b"BT /F1 12 Tf 72 712 Td (Hostile page text) Tj ET\n" * 20_000  # ~1 MB: a second a page


def pdf(pages: list[bytes]) -> bytes:
    """A PDF whose pages draw the given content streams (Flate-compressed); pages that draw the
    same bytes share one stream object, as a hostile file would."""
    streams: dict[bytes, int] = {}
    for content in pages:
        streams.setdefault(content, 4 + len(streams))
    first_page = 4 + len(streams)
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for content in streams:
        packed = zlib.compress(content, 9)
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream")
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >>"
                b" /Contents %d 0 R >>" % streams[content] for content in pages]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def page_saying(word: str) -> bytes:
    return b"BT /F1 12 Tf 72 712 Td (" + word.encode() + b") Tj ET\n"


def many_pages_one_stream() -> bytes:
    """About 84 KiB: a first page with a word of its own, then 600 pages sharing one slow stream
    (about half an hour of pypdf work)."""
    return pdf([page_saying("Zanzibarite"), *[SLOW_PAGE] * 600])


def one_inflating_stream() -> bytes:
    """One page whose content stream inflates from ~200 KiB to ~70 MB of drawing operators."""
    return pdf([SLOW_PAGE * 70])


@pytest.fixture
def small_budget(monkeypatch):
    """One second a document (the default is SECONDS), for every extraction in the test."""
    monkeypatch.setattr(extract_worker, "SECONDS", 1.0)


@pytest.fixture
def pair(tmp_path, small_budget):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.contact_for(office)
        yield office, field


def test_importing_a_pdf_bomb_takes_seconds_and_marks_it_not_fully_indexed(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Quarterly detention statistics"))
    hostile = many_pages_one_stream()
    assert 70_000 < len(hostile) < 100_000
    field.attach(letter.id, "statistics.pdf", hostile)
    plan = plan_export(field.store, None)
    write_package(field.store, field.identity, plan, tmp_path / "p.age", confirmed=True, overwrite=True,
                  recipients=[office.identity.recipient])

    started = time.monotonic()
    import_package(office.store, office.identity, tmp_path / "p.age")
    assert time.monotonic() - started < 10

    [stored] = files.list_for(office.store, letter.id)
    assert stored.size == len(hostile) and files.verify(office.store, stored.id)
    assert not stored.fully_indexed
    found = [h.record.id for h in office.store.search("Quarterly")]
    assert found == [letter.id]  # by its other text
    assert [h.record.id for h in office.store.search("Zanzibarite")] == [letter.id]  # the page got in time


def test_extraction_runs_outside_the_write_transaction(pair, tmp_path, monkeypatch):
    office, field = pair
    letter = field.store.add(communication("Annex"))
    field.attach(letter.id, "annex.pdf", pdf([page_saying("Quillwort")]))
    plan = plan_export(field.store, None)
    write_package(field.store, field.identity, plan, tmp_path / "p.age", confirmed=True, overwrite=True,
                  recipients=[office.identity.recipient])
    in_transaction: list[bool] = []
    real = Extractor.extract

    def spy(self, media_type, stream, size):
        in_transaction.append(office.store.db.in_transaction)
        return real(self, media_type, stream, size)

    monkeypatch.setattr(Extractor, "extract", spy)
    import_package(office.store, office.identity, tmp_path / "p.age")
    assert in_transaction == [False]
    assert [h.record.id for h in office.store.search("Quillwort")] == [letter.id]
    assert files.list_for(office.store, letter.id)[0].fully_indexed

    in_transaction.clear()
    files.add(office.store, letter.id, "more.html", io.BytesIO(b"<p>Bladderwrack</p>"))
    assert in_transaction == [False]
    assert [h.record.id for h in office.store.search("Bladderwrack")] == [letter.id]


@pytest.fixture
def store(new_vault):
    return RecordStore(new_vault[0])


def test_a_memory_bomb_is_stopped_by_the_memory_budget(store):
    record = store.add(communication("Inflating annex"))
    bomb = one_inflating_stream()
    started = time.monotonic()
    with Extractor(seconds=60, memory_bytes=150 * 1024 * 1024) as extractor:
        info = files.add(store, record.id, "annex.pdf", io.BytesIO(bomb), extractor=extractor)
    assert time.monotonic() - started < 10
    assert not info.fully_indexed and info.size == len(bomb)
    assert [h.record.id for h in store.search("Inflating")] == [record.id]


def test_a_document_within_budget_is_fully_indexed_and_the_worker_is_reused(store):
    record = store.add(communication("Report"))
    with Extractor(seconds=30) as extractor:
        for n, word in enumerate(["Foxglove", "Hellebore", "Wolfsbane"]):
            info = files.add(store, record.id, f"page{n}.pdf", io.BytesIO(pdf([page_saying(word)])),
                             extractor=extractor)
            assert info.fully_indexed and info.has_text
    assert [h.record.id for h in store.search("Hellebore")] == [record.id]


def test_show_says_which_attachment_is_not_fully_indexed(new_vault, vault_path):
    vault = new_vault[0]
    store = RecordStore(vault)
    record = store.add(communication("Letter with a hostile annex"))
    with Extractor(seconds=0.5) as extractor:
        files.add(store, record.id, "annex.pdf", io.BytesIO(many_pages_one_stream()), extractor=extractor)
        files.add(store, record.id, "fine.txt", io.BytesIO(b"plain words"), extractor=extractor)
    vault.close()
    shown = npmdesk("show", record.id, "--vault", vault_path, env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert shown.status == 0, shown.err
    lines = shown.out.splitlines()
    at = next(i for i, line in enumerate(lines) if "annex.pdf" in line)
    assert "not fully indexed" in lines[at + 1]
    assert "not fully indexed" not in "\n".join(lines[at + 2:])
