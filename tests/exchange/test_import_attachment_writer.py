"""An import writes its attachments' files on a thread of its own (npmdesk/vault/disk_writer.py)
while it goes on reading the package: every file is on the disk before the import commits, and
a disk that fails on that thread, a damaged package or a cancel keeps nothing."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading

import pytest

from npmdesk.errors import DiskFull
from npmdesk.exchange.age.errors import PayloadError
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package, preview_package
from npmdesk.records import attachments as files
from npmdesk.records.attachments import CHUNK_SIZE
from npmdesk.vault import attachment_files, disk_writer
from npmdesk.vault.disk_writer import DiskWriter
from tests.support.attachment_helpers import attachment_files_in
from tests.support.package_helpers import communication

SIZES = (3 * CHUNK_SIZE + 17, CHUNK_SIZE, 5, 2 * CHUNK_SIZE - 1)


@pytest.fixture
def package(pair, tmp_path):
    """(office, field, package path, {attachment name: bytes}): four attachments of several sizes."""
    office, field = pair
    letter = field.store.add(communication("Annexes"))
    sent = {f"annex-{n}.bin": os.urandom(size) for n, size in enumerate(SIZES)}
    for name, data in sent.items():
        field.attach(letter.id, name, data)
    path = tmp_path / "p.age"
    write_package(field.store, field.identity, plan_export(field.store, None), path,
                  recipients=[office.identity.recipient], confirmed=True)
    return office, field, path, sent


def _received(office) -> dict[str, bytes]:
    got = {}
    for record in office.store.list():
        for info in files.list_for(office.store, record.id):
            out = io.BytesIO()
            files.copy_to(office.store, info.id, out)
            got[info.name] = out.getvalue()
    return got


def test_every_file_is_written_and_flushed_to_the_disk_before_the_import_commits(package, monkeypatch):
    office, _field, path, sent = package
    synced: list[int] = []
    real_fsync = disk_writer.os.fsync
    writers: set[str] = set()

    def fsync(fd: int) -> None:  # (os.fsync itself: the folder's fsync comes here too)
        real_fsync(fd)
        if threading.current_thread().name == "attachment-writer":
            synced.append(fd)
        elif os.path.isdir(f"/proc/self/fd/{fd}"):
            writers.add("folder")
        else:
            writers.add(threading.current_thread().name)

    monkeypatch.setattr(disk_writer.os, "fsync", fsync)
    real_db = office.store.db
    at_commit: list[int] = []

    class Watching:
        def execute(self, sql, *args):
            if sql == "COMMIT":
                at_commit.append(len(synced))
            return real_db.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(real_db, name)

    monkeypatch.setattr(type(office.store), "db", property(lambda self: Watching()))
    import_package(office.store, office.identity, path)
    monkeypatch.undo()
    assert at_commit == [len(sent)]  # all four files fsynced before the COMMIT, by the writer's thread
    assert writers <= {"folder"}  # every file's fsync on the writer's thread
    assert _received(office) == sent
    assert len(attachment_files_in(office.store)) == len(sent)


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_disk_that_fills_while_the_files_are_written_behind_keeps_nothing(package, monkeypatch, failing):
    office, _field, path, _sent = package
    before = office.snapshot()
    calls: list[int] = []
    real = disk_writer.write_all if failing == "write" else disk_writer.os.fsync

    def full(fd, *data):
        if threading.current_thread().name != "attachment-writer":
            return real(fd, *data)  # (os.fsync itself: the folder's fsync comes here too)
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device (injected)")
        return real(fd, *data)

    if failing == "write":
        monkeypatch.setattr(disk_writer, "write_all", full)
    else:
        monkeypatch.setattr(disk_writer.os, "fsync", full)
    with pytest.raises(DiskFull):
        import_package(office.store, office.identity, path)
    monkeypatch.undo()
    assert office.snapshot() == before
    assert attachment_files_in(office.store) == []
    import_package(office.store, office.identity, path)  # the disk has room again: it imports whole
    assert len(attachment_files_in(office.store)) == len(SIZES)


def test_a_package_damaged_after_some_files_were_queued_keeps_none_of_them(package, monkeypatch):
    office, _field, path, _sent = package
    before = office.snapshot()
    data = bytearray(path.read_bytes())
    data[-100] ^= 1  # the last chunk of the payload: the earlier files were read and written already
    path.write_bytes(bytes(data))
    written: list[int] = []
    real = disk_writer.write_all

    def counting(fd, chunk):
        written.append(len(chunk))
        real(fd, chunk)

    monkeypatch.setattr(disk_writer, "write_all", counting)
    with pytest.raises(PayloadError):  # the payload fails authentication
        import_package(office.store, office.identity, path)
    assert written  # files had been written behind before the damage was found
    assert office.snapshot() == before
    assert attachment_files_in(office.store) == []


def test_a_cancelled_import_waits_for_the_writer_and_deletes_every_file(package):
    office, _field, path, _sent = package
    before = office.snapshot()

    class Stop(Exception):
        pass

    def cancel_late(done: int, total: int) -> None:
        if done > total * 3 // 4:
            raise Stop

    with pytest.raises(Stop):
        import_package(office.store, office.identity, path, progress=cancel_late)
    assert office.snapshot() == before
    assert attachment_files_in(office.store) == []
    assert not [t for t in threading.enumerate() if t.name == "attachment-writer"]  # the thread ended


def test_the_writer_writes_in_order_and_always_closes_what_it_was_given(tmp_path):
    path = tmp_path / "out.bin"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    pieces = [os.urandom(n) for n in (1, 200_000, 3, 1 << 20)]
    with DiskWriter(depth=2) as disk:
        for piece in pieces:
            disk.write(fd, piece)
        disk.close(fd)
        disk.drain()
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(b"".join(pieces)).digest()
    with pytest.raises(OSError):
        os.fstat(fd)  # closed by the writer
    # After an error: the next call raises it, later writes are skipped, descriptors still closed.
    broken = os.open(tmp_path / "ro.bin", os.O_RDONLY | os.O_CREAT, 0o600)  # writes fail: EBADF
    other = os.open(tmp_path / "other.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    disk = DiskWriter()
    disk.write(broken, b"x")
    disk.wait()
    with pytest.raises(OSError):
        disk.write(other, b"never")
    with pytest.raises(OSError):
        disk.close(broken)
    with pytest.raises(OSError):
        disk.close(other)
    disk.stop()
    for closed in (broken, other):
        with pytest.raises(OSError):
            os.fstat(closed)
    assert (tmp_path / "other.bin").read_bytes() == b""
    third = os.open(tmp_path / "third.bin", os.O_WRONLY | os.O_CREAT, 0o600)
    with pytest.raises(RuntimeError):
        disk.close(third)  # stopped: closed here, not queued
    with pytest.raises(OSError):
        os.fstat(third)


def test_a_preview_checks_the_attachments_without_writing_them(package, monkeypatch):
    office, _field, path, sent = package
    before = office.snapshot()

    def no_file(*_args, **_kwargs):
        raise AssertionError("a preview wrote an attachment file")

    monkeypatch.setattr(attachment_files, "Sealer", no_file)
    preview = preview_package(office.store, office.identity, path)
    assert preview.attachments == len(sent) and office.snapshot() == before
    assert attachment_files_in(office.store) == []
    data = bytearray(path.read_bytes())
    data[-100] ^= 1  # a damaged attachment: the preview says so, as the import would
    path.write_bytes(bytes(data))
    with pytest.raises(PayloadError):
        preview_package(office.store, office.identity, path)
