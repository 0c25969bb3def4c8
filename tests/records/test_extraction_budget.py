"""Attachment text is got within a time and memory budget, outside the write transaction.

A small hostile PDF (many pages drawing one big shared content stream, or one stream that
inflates to tens of megabytes) used to keep an import busy for tens of minutes inside its
transaction. Now the file is stored, marked "not fully indexed", and its record is still found.

The budgets are shown without the machine's speed: the extractor's clock is replaced (`Clock`),
so that the time budget is spent at a chosen moment (once the first page's text came) or never
(then only the memory budget can stop the child), and the test sees which one stopped it.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from types import SimpleNamespace

import pytest

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.records import RecordStore, extract_worker
from npmdesk.records import attachments as files
from npmdesk.records.extract_worker import Extractor
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.hostile_pdfs import many_pages_one_stream, one_inflating_stream, page_saying, pdf
from tests.support.package_helpers import communication, office_and_field


class Clock:
    """The extractor's clock: still until `spend_after` texts came from the child (never if None),
    then past any deadline. `frames` are the kinds of the frames the extractor received."""

    def __init__(self, spend_after: int | None) -> None:
        self.spend_after = spend_after
        self.frames: list[bytes] = []

    def monotonic(self) -> float:
        texts = self.frames.count(extract_worker.TEXT)
        return math.inf if self.spend_after is not None and texts >= self.spend_after else 0.0


@pytest.fixture
def clock(monkeypatch):
    """Install a Clock (`clock(spend_after)`); the real time limit of each wait is the budget."""
    def install(spend_after: int | None) -> Clock:
        fake = Clock(spend_after)
        real_frame = extract_worker._Child.frame

        def frame(child, timeout):
            got = real_frame(child, timeout)
            fake.frames.append(got[0])
            return got

        monkeypatch.setattr(extract_worker, "time", SimpleNamespace(monotonic=fake.monotonic))
        monkeypatch.setattr(extract_worker._Child, "frame", frame)
        return fake

    return install


@pytest.fixture
def pair(tmp_path):
    """Two vaults, each a verified contact of the other (as tests/exchange/conftest.py's `pair`)."""
    with office_and_field(tmp_path) as both:
        yield both


def test_importing_a_pdf_bomb_stops_at_the_budget_and_marks_it_not_fully_indexed(pair, tmp_path, clock):
    office, field = pair
    letter = field.store.add(communication("Quarterly detention statistics"))
    hostile = many_pages_one_stream()
    assert 70_000 < len(hostile) < 100_000
    field.attach(letter.id, "statistics.pdf", hostile)
    plan = plan_export(field.store, None)
    write_package(field.store, field.identity, plan, tmp_path / "p.age", confirmed=True, overwrite=True,
                  recipients=[office.identity.recipient])

    budget = clock(spend_after=1)  # the time is up once the first page's text came
    import_package(office.store, office.identity, tmp_path / "p.age")
    assert budget.frames[0] == extract_worker.TEXT  # then the import went on, the 600 slow pages left
    assert extract_worker.DONE not in budget.frames and extract_worker._EOF not in budget.frames

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


def test_a_memory_bomb_is_stopped_by_the_memory_budget(store, clock):
    record = store.add(communication("Inflating annex"))
    bomb = one_inflating_stream()
    budget = clock(spend_after=None)  # no time passes: only the memory budget can stop it
    with Extractor(seconds=600, memory_bytes=150 * 1024 * 1024) as extractor:
        info = files.add(store, record.id, "annex.pdf", io.BytesIO(bomb), extractor=extractor)
    assert budget.frames[-1] in (extract_worker.PARTIAL, extract_worker._EOF)  # it ran out of memory, or died
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


def _children() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        pids += [int(p) for p in (task / "children").read_text().split()]
    return pids


def test_the_extraction_child_is_limited_and_holds_no_passphrase(store, monkeypatch):
    monkeypatch.setenv("NPMDESK_PASSPHRASE", PASSPHRASE)
    record = store.add(communication("Limits"))
    before = set(_children())
    with Extractor(seconds=30, memory_bytes=300 * 1024 * 1024) as extractor:
        files.add(store, record.id, "a.pdf", io.BytesIO(pdf([page_saying("Sorrel")])), extractor=extractor)
        [child] = set(_children()) - before
        limits = Path(f"/proc/{child}/limits").read_text().splitlines()
        assert any(line.startswith("Max core file size") and line.split()[4:6] == ["0", "0"] for line in limits)
        assert any(line.startswith("Max address space") and line.split()[3] == str(300 * 1024 * 1024)
                   for line in limits)
        assert b"NPMDESK_PASSPHRASE" not in Path(f"/proc/{child}/environ").read_bytes()
    assert set(_children()) - before == set()  # stopped with its extractor
