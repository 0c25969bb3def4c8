"""A large package's records are parsed by a child process while the import writes them
(exchange/parse_worker.py): the vault ends up exactly as when they are parsed here, whatever
the records are (new, known, deleted here, contacts, with attachments or consents); a child that
dies or stops answering fails the import as an internal error and changes nothing; the child
never gets the vault's passphrase."""

from __future__ import annotations

import io
import json
import os
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from npmdesk import freed_memory
from npmdesk.exchange import parse_worker
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.importer import import_package
from npmdesk.exchange.merge import ADDED, CONFLICT, DELETED, UNCHANGED, UPDATED
from npmdesk.records import Record, RecordStore
from npmdesk.records import attachments as files
from npmdesk.records.consent import GIVEN, SPT_TRANSMISSION, Consent, PersonConsent
from npmdesk.records.model import Link
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import Side, communication

TABLES = {
    "record": "SELECT * FROM record ORDER BY seq",
    "record_tag": "SELECT * FROM record_tag ORDER BY seq, tag",
    "record_article": "SELECT * FROM record_article ORDER BY seq, ref",
    "record_link": "SELECT * FROM record_link ORDER BY seq, target",
    "record_pseudonym": "SELECT * FROM record_pseudonym ORDER BY seq, real_name",
    "record_version": "SELECT * FROM record_version ORDER BY seq, version",
    "record_tombstone": "SELECT * FROM record_tombstone ORDER BY id",
    "search_index": "SELECT rowid, title, body, extra, attachments FROM search_index ORDER BY rowid",
    "attachment": "SELECT id, record_seq, name, media_type, size, sha256 FROM attachment ORDER BY id",
}

_READY_JSON = json.dumps({"ready": True}).encode()
READY = parse_worker._FRAME.pack(len(_READY_JSON), 0) + _READY_JSON  # what a child says once it has started


def everything(side: Side) -> dict[str, list[tuple[object, ...]]]:
    return {table: [tuple(row) for row in side.vault.db.execute(sql)] for table, sql in TABLES.items()}


def twin(side: Side, folder) -> Side:
    """A copy of `side`'s vault, to import the same package into."""
    shutil.copytree(side.vault.folder, folder)
    vault = Vault.unlock(folder, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())
    return Side(vault, RecordStore(vault, clock=FakeClock()), VaultIdentity.of(vault))


def send(field: Side, office: Side, path) -> None:
    write_package(field.store, field.identity, plan_export(field.store), path, recipients=[office.identity.recipient],
                  confirmed=True, overwrite=True)


def many_kinds_of_records(field: Side, office: Side, tmp_path) -> list[str]:
    """Records of every kind an import meets, some already in the office vault (unchanged, changed
    since, edited on both sides, deleted there); returns the ids of those deleted in the office."""
    store = field.store
    first = store.add_many([communication(f"Letter {n}", body=f"Visit report {n}: cells, food, health.",
                                          tags=["visit", f"t{n % 3}"]) for n in range(12)])
    store.add(replace(communication("Article 11(1)(b)(ii) and 19(b)", tags=["opcat"]),
                      articles=["11(1)(b)(ii)", "19(b)", "4"], country="FR"))
    send(field, office, tmp_path / "first.age")
    import_package(office.store, office.identity, tmp_path / "first.age")
    store.update(replace(store.get(first[0].id), body="Changed in the field since."))
    store.update(replace(store.get(first[1].id), body="Edited in the field."))
    office.store.update(replace(office.store.get(first[1].id), body="Edited in the office."))
    office.store.delete(first[2].id)
    new = store.add_many([communication(f"New letter {n}", body="Mission to the detention centre. " * n,
                                        tags=[f"n{n}"]) for n in range(1, 30)])
    store.add(communication("Reply to the letter", links=[Link(new[0].id, "reply_to")]))
    people = [PersonConsent("Amina K.", (Consent(SPT_TRANSMISSION, GIVEN, "2026-11-30", "written", "Bo"),))]
    store.add(communication("Interview with a detainee", body="She spoke of Amina K.", personal_data=True,
                            consent="given", consents=people, pseudonyms={"Amina K.": "person A"}))
    with_file = store.add(communication("Letter with a photo"))
    files.add(store, with_file.id, "photo.jpg", io.BytesIO(b"\xff\xd8" + bytes(range(256)) * 10))
    store.add(Record(kind="contact", title="A colleague", status="active", fields={"role": "npm_colleague"}))
    return [first[2].id]


def test_a_package_imports_the_same_whether_its_records_are_parsed_here_or_in_the_child(pair, tmp_path,
                                                                                       monkeypatch):
    office, field = pair
    deleted = many_kinds_of_records(field, office, tmp_path)
    send(field, office, tmp_path / "second.age")
    other = twin(office, tmp_path / "twin")
    try:
        here = import_package(office.store, office.identity, tmp_path / "second.age")
        monkeypatch.setattr(parse_worker, "MIN_PACKAGE_BYTES", 0)
        monkeypatch.setattr(parse_worker, "MIN_RECORDS_BYTES", 0)
        started = []
        real = parse_worker.RecordParser

        def counted(*args, **kwargs):
            started.append(True)
            return real(*args, **kwargs)

        monkeypatch.setattr(parse_worker, "RecordParser", counted)
        in_child = import_package(other.store, other.identity, tmp_path / "second.age")
        assert started  # the child did parse them
        assert in_child.plan.outcomes == here.plan.outcomes
        assert dict(in_child.plan.titles) == dict(here.plan.titles)
        assert all(here.plan.count(o) for o in (ADDED, UPDATED, UNCHANGED, CONFLICT, DELETED))
        assert here.plan.outcomes[deleted[0]] == DELETED
        assert everything(other) == everything(office)
    finally:
        other.identity.close()
        other.vault.close()


@pytest.fixture
def fifty_letters(pair, tmp_path, monkeypatch):
    """The office vault, a package of fifty letters for it (its records always parsed by a
    child), and the office's tables before the import."""
    office, field = pair
    field.store.add_many([communication(f"Letter {n}") for n in range(50)])
    send(field, office, tmp_path / "p.age")
    monkeypatch.setattr(parse_worker, "MIN_PACKAGE_BYTES", 0)
    monkeypatch.setattr(parse_worker, "MIN_RECORDS_BYTES", 0)
    return office, tmp_path / "p.age", everything(office)


def test_a_child_that_does_not_start_leaves_the_records_to_be_parsed_here(fifty_letters, monkeypatch):
    office, package, _before = fifty_letters
    monkeypatch.setattr(parse_worker, "_command", lambda memory: [sys.executable, "-c", "import sys; sys.exit(3)"])
    assert import_package(office.store, office.identity, package).plan.count(ADDED) == 51


_ANSWER = "sys.stdin.buffer.read(1); sys.stdout.buffer.write({!r}); sys.stdout.flush()"
_ID = "0191a3c0-0000-7000-8000-0000000000c1"
_CONTACT = json.dumps({"id": _ID, "sha": "0" * 64, "att": [], "names": False, "rows": [
    [_ID, "contact", "A verified key", "", None, "active", None, None, None, "internal", 0, "not_applicable",
     '{"keys_verified": true, "signing_key": "npmsig1x"}', 1, "2026-12-08T00:00:00+00:00", "x",
     "2026-12-08T00:00:00+00:00", "x", None, "[]", None], [], [], [], [], ["", "", "", ""]]}).encode()


@pytest.mark.parametrize("then", [
    "sys.stdin.buffer.read(1); os._exit(3)",  # dies
    "sys.stdin.buffer.read(); time.sleep(60)",  # stops answering (STALL_SECONDS)
    _ANSWER.format(parse_worker._FRAME.pack(4, 0) + b"{no}"),  # not JSON
    _ANSWER.format(parse_worker._FRAME.pack(2, 0) + b"[]"),  # not a record
    _ANSWER.format(parse_worker._FRAME.pack(len(_CONTACT), 2) + _CONTACT + b"{}"),  # a contact's rows: never taken
])
def test_a_child_that_dies_stops_or_talks_nonsense_fails_the_import_as_an_internal_error_and_changes_nothing(
        fifty_letters, monkeypatch, then):
    office, package, before = fifty_letters
    monkeypatch.setattr(parse_worker, "STALL_SECONDS", 0.5)
    script = f"import os, sys, time; sys.stdout.buffer.write({READY!r}); sys.stdout.flush(); {then}"
    monkeypatch.setattr(parse_worker, "_command", lambda memory: [sys.executable, "-c", script])
    with pytest.raises(RuntimeError, match=r"the records' reader"):
        import_package(office.store, office.identity, package)
    assert everything(office) == before


def _children() -> list[int]:
    pids: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        pids += [int(p) for p in (task / "children").read_text().split()]
    return pids


def test_the_child_is_limited_holds_no_passphrase_and_is_stopped_with_its_parser(monkeypatch):
    monkeypatch.setenv("NPMDESK_PASSPHRASE", PASSPHRASE)
    before = set(_children())
    parser = parse_worker.RecordParser(memory=300 * 1024 * 1024)
    try:
        [child] = set(_children()) - before
        deadline = time.monotonic() + 30
        while True:  # it limits itself first thing, before it reads
            limits = Path(f"/proc/{child}/limits").read_text().splitlines()
            if any(line.startswith("Max address space") and line.split()[3] != "unlimited" for line in limits):
                break
            assert time.monotonic() < deadline, limits
            time.sleep(0.05)
        assert any(line.startswith("Max core file size") and line.split()[4:6] == ["0", "0"] for line in limits)
        assert any(line.startswith("Max address space") and line.split()[3] == str(300 * 1024 * 1024)
                   for line in limits)
        assert b"NPMDESK_PASSPHRASE" not in Path(f"/proc/{child}/environ").read_bytes()
        command = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
        assert command[1:3] == [b"-m", b"npmdesk.exchange.parse_worker"]
    finally:
        parser.close()
    assert set(_children()) - before == set()
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # a frozen build starts itself with the worker's flag
    assert parse_worker._command(1 << 30) == [sys.executable, parse_worker.WORKER_FLAG, str(1 << 30)]


def test_a_large_package_of_few_records_stops_the_child_and_parses_them_here(pair, tmp_path, monkeypatch):
    office, field = pair
    record = field.store.add(communication("A letter with a large scan"))
    files.add(field.store, record.id, "scan.pdf", io.BytesIO(os.urandom(parse_worker.MIN_PACKAGE_BYTES)))
    send(field, office, tmp_path / "p.age")
    parsers = []
    real = parse_worker.RecordParser

    def kept(*args, **kwargs):
        parsers.append(real(*args, **kwargs))
        return parsers[-1]

    monkeypatch.setattr(parse_worker, "RecordParser", kept)
    monkeypatch.setattr(real, "start", lambda *a: pytest.fail("records this few go to no child"),
                        raising=False)
    assert import_package(office.store, office.identity, tmp_path / "p.age").plan.count(ADDED) == 2
    [parser] = parsers  # started with the import (the package is large), stopped once its manifest was read
    assert parser._proc.poll() is not None


def test_small_packages_are_parsed_here(pair, tmp_path, monkeypatch):
    office, field = pair
    field.store.add(communication("One letter"))
    send(field, office, tmp_path / "p.age")
    monkeypatch.setattr(parse_worker, "RecordParser", lambda *a, **k: pytest.fail("no child for a small package"))
    assert (tmp_path / "p.age").stat().st_size < parse_worker.MIN_PACKAGE_BYTES
    assert import_package(office.store, office.identity, tmp_path / "p.age").plan.count(ADDED) == 2  # and its contact


def test_the_import_gives_freed_memory_back_as_the_answers_come(pair, tmp_path, monkeypatch):
    """glibc keeps freed buffers in the process (npmdesk/freed_memory.py): an import of 100,000
    records peaked at 285 MB instead of 170 MB until the parser gave them back as it went."""
    office, field = pair
    field.store.add_many([communication(f"Letter {n}", body="Visit report. " * 50) for n in range(300)])
    send(field, office, tmp_path / "p.age")
    monkeypatch.setattr(parse_worker, "MIN_PACKAGE_BYTES", 0)
    monkeypatch.setattr(parse_worker, "MIN_RECORDS_BYTES", 0)
    monkeypatch.setattr(parse_worker, "_GIVE_BACK_EVERY", 64 * 1024)
    monkeypatch.setattr(parse_worker, "_READ", 16 * 1024)  # (this process's reads of the answers)
    calls = []
    monkeypatch.setattr(parse_worker, "give_back", lambda: calls.append(True))
    assert import_package(office.store, office.identity, tmp_path / "p.age").plan.count(ADDED) == 301
    assert len(calls) >= 3
    freed_memory.give_back()  # and the real one runs here, whatever the C library (nothing to check but that)
