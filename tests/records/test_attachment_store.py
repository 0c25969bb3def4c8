"""The attachment store (npmdesk/vault/attachment_files.py): files beside the database, sealed
under keys only the database holds; crash-safe with the database's transactions; hostile files
end in one clear error."""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from npmdesk.errors import VaultFolderUnwritable, VaultWriteFailed
from npmdesk.records import RecordStore, attachments
from npmdesk.records.attachments import CHUNK_SIZE, AttachmentDamaged
from npmdesk.vault import Credential, Vault, attachment_files
from npmdesk.vault.database import DatabaseError
from tests.support.attachment_helpers import attachment_files_in, file_of, legacy_attachment
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.record_helpers import communication

ROOT = Path(__file__).resolve().parents[2]
MARKER = b"ATTACHMENT-PLAINTEXT-MARKER-7f3a"


def marked(size: int) -> bytes:
    """`size` bytes with the marker spread through every chunk."""
    unit = MARKER + b" "
    return (unit * (size // len(unit) + 1))[:size]


def vault_bytes(folder: Path) -> bytes:
    out = bytearray()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            out += path.read_bytes()
    return bytes(out)


def add(store: RecordStore, data: bytes, name: str = "scan.bin") -> str:
    record = store.add(communication())
    return attachments.add(store, record.id, name, io.BytesIO(data)).id


def test_each_attachment_is_a_sealed_owner_only_file_named_at_random(store):
    data = os.urandom(2 * CHUNK_SIZE + 3)
    attachment_id = add(store, data)
    path = file_of(store, attachment_id)
    assert attachment_files.valid_name(path.name) and path.name != attachment_id.replace("-", "")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.stat().st_size == attachment_files.sealed_size(len(data))
    assert path.read_bytes().startswith(attachment_files.HEADER)
    key = store.db.execute("SELECT blob_key FROM attachment WHERE id=?", (attachment_id,)).fetchone()[0]
    assert isinstance(key, bytes) and len(key) == 32
    assert attachments.open_attachment(store, attachment_id).read() == data
    assert b"".join(attachments.chunks(store, attachment_id)) == data


def test_no_plaintext_of_an_attachment_anywhere_in_the_vault_folder(store):
    for size in (len(MARKER), CHUNK_SIZE + 100):
        attachment_id = add(store, marked(size), "marked.txt")
        assert attachments.open_attachment(store, attachment_id).read() == marked(size)
    assert MARKER not in vault_bytes(store.vault.folder)
    assert MARKER.decode().encode("utf-16-le") not in vault_bytes(store.vault.folder)


def test_two_attachments_with_the_same_bytes_share_nothing(store):
    one, two = add(store, b"same bytes" * 1000), add(store, b"same bytes" * 1000)
    assert file_of(store, one).read_bytes()[16:] != file_of(store, two).read_bytes()[16:]


# ----------------------------------------------------------------------------- hostile files


def _truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size - 1)


def _extend(path: Path) -> None:
    with open(path, "ab") as f:
        f.write(b"\0" * 17)


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[CHUNK_SIZE + 40] ^= 0x01
    path.write_bytes(bytes(data))


def _flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[3] ^= 0x20
    path.write_bytes(bytes(data))


def _cut_last_chunk(path: Path) -> None:
    """Drop the last chunk whole: the file ends on a chunk's boundary, sealed as not the last."""
    with open(path, "r+b") as f:
        f.truncate(len(attachment_files.HEADER) + 2 * (CHUNK_SIZE + 16))


def _swap_chunks(path: Path) -> None:
    data = path.read_bytes()
    head, size = len(attachment_files.HEADER), CHUNK_SIZE + 16
    first, second = data[head : head + size], data[head + size : head + 2 * size]
    path.write_bytes(data[:head] + second + first + data[head + 2 * size :])


def _delete(path: Path) -> None:
    path.unlink()


def _symlink_to_a_copy(path: Path) -> None:
    """Even a link to the genuine bytes is refused: links are never followed."""
    copy = path.parent.parent.parent / "elsewhere.bin"
    shutil.copyfile(path, copy)
    path.unlink()
    path.symlink_to(copy)


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


HOSTILE = {
    "cut short": _truncate, "extended": _extend, "a byte changed": _flip, "header changed": _flip_header,
    "last chunk dropped": _cut_last_chunk, "chunks swapped": _swap_chunks, "deleted": _delete,
    "a symbolic link": _symlink_to_a_copy, "a named pipe": _fifo, "a folder": _directory,
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_attachment_file_ends_in_one_clear_error(store, case):
    data = os.urandom(2 * CHUNK_SIZE + 5)
    attachment_id = add(store, data)
    other = add(store, b"untouched")
    HOSTILE[case](file_of(store, attachment_id))
    assert not attachments.verify(store, attachment_id)
    with pytest.raises(AttachmentDamaged, match="restore it from a backup"):
        attachments.open_attachment(store, attachment_id).read()
    with pytest.raises(AttachmentDamaged):
        b"".join(attachments.chunks(store, attachment_id))
    with pytest.raises(AttachmentDamaged):
        attachments.copy_to(store, attachment_id, io.BytesIO())
    assert attachments.open_attachment(store, other).read() == b"untouched"
    report = store.vault.check()
    assert not report.healthy and len(report.attachment_problems) == 1
    kind = "missing" if case == "deleted" else "damaged"
    assert report.attachment_problems[0].endswith(f"its file is {kind}")
    assert attachment_id in report.attachment_problems[0]
    phrase = report.phrases[0]
    assert "cannot describe" not in phrase.template and attachment_id in str(phrase)


def test_two_attachments_files_swapped_are_both_damaged(store):
    one, two = add(store, b"first attachment"), add(store, b"other attachment")
    a, b = file_of(store, one), file_of(store, two)
    a_bytes, b_bytes = a.read_bytes(), b.read_bytes()
    a.write_bytes(b_bytes)
    b.write_bytes(a_bytes)
    assert not attachments.verify(store, one) and not attachments.verify(store, two)
    assert len(store.vault.check().attachment_problems) == 2


def test_a_damaged_file_is_indexed_as_nothing_rather_than_crashing(store):
    record = store.add(communication())
    with store.transaction() as db:
        writer = attachments.AttachmentWriter(store, db, record.id, "notes.txt")
        writer.write(b"words that would be indexed")
        attachment_id = writer.finish()
    file_of(store, attachment_id).unlink()
    attachments.index_pending(store, [record.id])
    assert not attachments.info(store, attachment_id).has_text


def test_names_read_from_the_database_are_checked_before_any_use(tmp_path):
    for name in ("../vault.db", "A" * 32, "0" * 31, "0" * 33, None, 7, "0" * 31 + "/"):
        with pytest.raises(attachment_files.Unreadable):
            attachment_files.Opened(tmp_path, name, bytes(32), 0)
    assert not attachment_files.valid_name("0" * 31 + "g")


def test_the_database_refuses_a_name_that_is_not_32_hex_digits(store):
    attachment_id = add(store, b"x")
    with pytest.raises(Exception, match="CHECK"), store.transaction() as db:
        db.execute("UPDATE attachment SET blob='../../etc/passwd' WHERE id=?", (attachment_id,))


def test_an_attachments_folder_replaced_by_a_link_is_refused(store, tmp_path):
    attachment_id = add(store, b"first")
    folder = attachment_files.folder_of(store.vault.folder)
    moved = tmp_path / "moved"
    folder.rename(moved)
    folder.symlink_to(moved)
    with pytest.raises(AttachmentDamaged):
        attachments.open_attachment(store, attachment_id)
    record = store.add(communication())
    with pytest.raises(VaultFolderUnwritable, match="attachments"):
        attachments.add(store, record.id, "second.txt", io.BytesIO(b"second"))
    assert attachments.list_for(store, record.id) == []
    assert sorted(os.listdir(moved)) == [file_of(store, attachment_id).name]


# ----------------------------------------------------------------------------- crash safety


def test_a_rolled_back_transaction_deletes_the_files_it_wrote(store):
    record = store.add(communication())
    with pytest.raises(RuntimeError, match="later failure"), store.transaction() as db:
        for n in range(3):
            writer = attachments.AttachmentWriter(store, db, record.id, f"f{n}.bin")
            writer.write(os.urandom(CHUNK_SIZE + n))
            writer.finish()
        assert len(attachment_files_in(store)) == 3
        raise RuntimeError("later failure")
    assert attachment_files_in(store) == [] and attachments.list_for(store, record.id) == []


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 4 * CHUNK_SIZE + 7])
def test_bytes_written_in_any_pieces_read_back_whole(store, size):
    """However the bytes come (a package's tar pieces, a whole chunk at once, one byte), the file
    holds them whole and in order, and has the size its row implies."""
    record = store.add(communication())
    data = os.urandom(size)
    pieces = [1, 65_536, CHUNK_SIZE, 3, CHUNK_SIZE + 17]
    with store.transaction() as db:
        writer = attachments.AttachmentWriter(store, db, record.id, "pieces.bin")
        at, n = 0, 0
        while at < size:
            step = pieces[n % len(pieces)]
            writer.write(data[at : at + step])
            at, n = at + step, n + 1
        attachment_id = writer.finish()
    out = io.BytesIO()
    attachments.copy_to(store, attachment_id, out)
    assert out.getvalue() == data
    assert attachments.info(store, attachment_id).size == size
    assert file_of(store, attachment_id).stat().st_size == attachment_files.sealed_size(size)


def test_a_writer_abandoned_half_way_leaves_no_file(store):
    record = store.add(communication())
    with pytest.raises(ValueError, match="cut"), store.transaction() as db:
        writer = attachments.AttachmentWriter(store, db, record.id, "half.bin")
        writer.write(os.urandom(3 * CHUNK_SIZE + 10))
        raise ValueError("package cut short")
    assert attachment_files_in(store) == []


def test_the_writer_works_only_inside_the_stores_transaction(store):
    record = store.add(communication())
    store.db.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(RuntimeError, match="transaction"):
            attachments.AttachmentWriter(store, store.db, record.id, "x.bin")
    finally:
        store.db.execute("ROLLBACK")
    assert attachment_files_in(store) == []


def test_removal_deletes_the_file_only_once_it_commits(store):
    attachment_id = add(store, b"to be removed")
    path = file_of(store, attachment_id)
    with pytest.raises(RuntimeError), store.transaction() as db:
        attachments.remove_in(store, db, attachment_id)
        assert path.exists()
        raise RuntimeError("changed my mind")
    assert path.exists() and attachments.verify(store, attachment_id)
    attachments.remove(store, attachment_id)
    assert not path.exists() and attachment_files_in(store) == []


def test_after_removal_the_key_is_gone_from_the_database(store):
    attachment_id = add(store, os.urandom(3000))
    key = store.db.execute("SELECT blob_key FROM attachment WHERE id=?", (attachment_id,)).fetchone()[0]
    path = file_of(store, attachment_id)
    kept = path.read_bytes()
    attachments.remove(store, attachment_id)
    tables = [row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in store.db.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from sqlite_master
            assert all(not (isinstance(v, bytes) and key in v) for v in row), table
    # A copy of the file kept by someone is ciphertext nobody can open any more.
    path.write_bytes(kept)
    assert attachment_files.sweep(store.db, store.vault.folder, min_age=0) == 1


KILLED_CHILD = textwrap.dedent("""
    import io, os, sys
    from npmdesk.records import RecordStore, attachments
    from npmdesk.vault import Credential, Vault
    from tests.support.doubles import MemoryKeyring
    folder, passphrase, record_id = sys.argv[1:4]
    vault = Vault.unlock(folder, Credential.passphrase(passphrase), device_keyring=MemoryKeyring())
    store = RecordStore(vault)
    with store.transaction() as db:
        writer = attachments.AttachmentWriter(store, db, record_id, "killed.bin")
        writer.write(b"MARKER-OF-A-KILLED-ADD" * 50000)
        writer.finish()
        os._exit(9)  # killed before the commit
""")


def _reopen(path: Path) -> Vault:
    return Vault.unlock(path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())


def test_a_kill_before_the_commit_leaves_an_unreadable_orphan_that_is_swept(store):
    folder = store.vault.folder
    kept = add(store, b"committed before the kill")
    record = store.add(communication())
    store.vault.close()
    env = {**os.environ, "NPMDESK_KDF_PROFILE": "test", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", KILLED_CHILD, str(folder), PASSPHRASE, record.id],
                          cwd=ROOT, env=env, capture_output=True, check=False, timeout=120)
    assert done.returncode == 9, done.stderr
    with _reopen(folder) as vault:
        reopened = RecordStore(vault)
        names = set(attachment_files_in(reopened))
        orphan = names - {file_of(reopened, kept).name}
        assert len(orphan) == 1  # fresh: left alone (another writer may be about to commit it)
        referenced = {row[0] for row in vault.db.execute("SELECT blob FROM attachment")}
        assert not orphan & referenced and attachments.list_for(reopened, record.id) == []
        assert b"MARKER-OF-A-KILLED-ADD" not in vault_bytes(folder)
        old = time.time() - attachment_files.ORPHAN_AGE - 60
        os.utime(attachment_files.folder_of(folder) / orphan.pop(), (old, old))
    with _reopen(folder) as vault:
        reopened = RecordStore(vault)
        assert attachment_files_in(reopened) == [file_of(reopened, kept).name]
        assert attachments.open_attachment(reopened, kept).read() == b"committed before the kill"


def test_the_sweep_leaves_files_being_written_and_what_is_not_its_own(store):
    folder = attachment_files.folder_of(store.vault.folder)
    add(store, b"committed")
    (folder / "notes.txt").write_bytes(b"not ours")
    (folder / ("ab" * 16 + ".tmp")).write_bytes(b"not ours either")
    record = store.add(communication())
    with store.transaction() as db:
        writer = attachments.AttachmentWriter(store, db, record.id, "in-flight.bin")
        writer.write(b"being written")
        writer.finish()
        other = store.vault.job_session(None)
        try:
            assert attachment_files.sweep(other.db, store.vault.folder, min_age=0) == 0
        finally:
            other.close()
    assert len(attachment_files_in(store)) == 4
    assert attachment_files.sweep(store.db, store.vault.folder, min_age=0) == 0


# ----------------------------------------------------------------------------- older vaults


def test_an_older_vaults_attachments_still_read_and_new_ones_go_to_files(store):
    record = store.add(communication())
    data = os.urandom(CHUNK_SIZE + 9)
    old = legacy_attachment(store, record.id, "old.bin", data)
    new = attachments.add(store, record.id, "new.bin", io.BytesIO(b"new bytes")).id
    assert attachments.open_attachment(store, old).read() == data
    assert b"".join(attachments.chunks(store, old)) == data and attachments.verify(store, old)
    assert [a.id for a in attachments.list_for(store, record.id)] == [old, new]
    assert attachment_files_in(store) == [file_of(store, new).name]
    assert store.vault.check().healthy
    attachments.remove(store, old)
    assert store.db.execute("SELECT count(*) FROM attachment_chunk").fetchone()[0] == 0


def test_memory_stays_flat_across_many_files_in_one_transaction(store):
    """An import writes every attachment of a package in one transaction: what each writer leaves
    until the commit is small (its chunk buffer goes at finish())."""
    import tracemalloc

    record = store.add(communication())
    piece = os.urandom(64 * 1024)
    tracemalloc.start()
    try:
        with store.transaction() as db:
            for n in range(40):
                writer = attachments.AttachmentWriter(store, db, record.id, f"f{n}.bin", sha256="0" * 64)
                for _ in range(24):  # 1.5 MiB in pieces, as a package is decrypted
                    writer.write(piece)
                writer.finish()
            peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 12 * CHUNK_SIZE, peak
    assert len(attachment_files_in(store)) == 40


def test_a_vault_moved_away_while_open_gets_no_attachment_folder_made_again(store, tmp_path):
    from npmdesk.errors import VaultMoved

    record = store.add(communication())
    old = store.vault.folder
    old.rename(tmp_path / "moved")
    with pytest.raises(VaultMoved):
        attachments.add(store, record.id, "late.txt", io.BytesIO(b"late"))
    assert not old.exists()


@pytest.mark.parametrize("where", ["writing a chunk", "writing a later chunk", "flushing the folder before the commit"])
def test_a_full_disk_while_storing_says_so_and_keeps_nothing(store, monkeypatch, where):
    import errno

    from npmdesk.errors import DiskFull

    record = store.add(communication())
    kept = add(store, b"stored before")
    if where.startswith("writing"):
        real, calls = attachment_files.write_all, []
        failing = 3 if where == "writing a chunk" else 6  # the header, then chunks 0, 1, ...

        def full(fd, data):
            calls.append(1)
            if len(calls) == failing:
                raise OSError(errno.ENOSPC, "No space left on device (injected)")
            real(fd, data)

        monkeypatch.setattr(attachment_files, "write_all", full)
    else:
        def full_folder(folder):
            raise OSError(errno.ENOSPC, "No space left on device (injected)")

        monkeypatch.setattr(attachment_files, "sync_folder", full_folder)
    with pytest.raises(DiskFull):
        attachments.add(store, record.id, "big.bin", io.BytesIO(os.urandom(7 * CHUNK_SIZE + 5)))
    monkeypatch.undo()
    assert attachments.list_for(store, record.id) == []
    assert attachment_files_in(store) == [file_of(store, kept).name]


class _CommitFails:
    """The vault's connection, except that COMMIT reports a disk error, after committing
    (`commits=True`: SQLite wrote the commit before its fsync failed) or without."""

    def __init__(self, real, *, commits: bool) -> None:
        self._real = real
        self._commits = commits

    def execute(self, sql, *args):
        if sql == "COMMIT":
            if self._commits:
                self._real.execute(sql)
            raise DatabaseError("disk I/O error")
        return self._real.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._real, name)


@pytest.mark.parametrize("commits", [True, False], ids=["committed after all", "not committed"])
def test_a_commit_that_reports_a_failure_never_deletes_a_file_a_row_may_name(store, monkeypatch, commits):
    """A failed COMMIT may be on the disk all the same: the file stays, so the attachment reads
    whole if it was; if it was not, the file is an orphan the sweep deletes."""
    record = store.add(communication())
    data = marked(CHUNK_SIZE + 3)
    real = store.db
    monkeypatch.setattr(type(store), "db", property(lambda self: _CommitFails(real, commits=commits)))
    with pytest.raises(VaultWriteFailed):
        attachments.add(store, record.id, "scan.bin", io.BytesIO(data))
    monkeypatch.undo()
    assert len(attachment_files_in(store)) == 1
    named = store.db.execute("SELECT id FROM attachment").fetchall()
    if commits:
        out = io.BytesIO()
        attachments.copy_to(store, named[0][0], out)
        assert out.getvalue() == data
    else:
        assert named == []
        later = time.time() + attachment_files.ORPHAN_AGE + 60
        assert attachment_files.sweep(store.db, store.vault.folder, now=later) == 1
        assert attachment_files_in(store) == []


def test_a_transaction_begun_inside_another_leaves_the_outer_ones_file_to_it(store):
    record = store.add(communication())
    data = marked(10)
    with store.transaction() as db:
        with pytest.raises(DatabaseError), store.transaction():
            pass  # BEGIN fails: a transaction is already open
        writer = attachments.AttachmentWriter(store, db, record.id, "outer.bin")
        writer.write(data)
        attachment_id = writer.finish()
    out = io.BytesIO()
    attachments.copy_to(store, attachment_id, out)
    assert out.getvalue() == data
    assert attachment_files_in(store) == [file_of(store, attachment_id).name]


def test_a_disk_that_fails_to_read_a_file_is_a_damaged_attachment_not_a_crash(store, monkeypatch):
    import errno

    attachment_id = add(store, marked(CHUNK_SIZE + 1))

    def failing(*_args):
        raise OSError(errno.EIO, "Input/output error (injected)")

    monkeypatch.setattr(attachment_files, "_pread", failing)
    with pytest.raises(AttachmentDamaged):
        attachments.copy_to(store, attachment_id, io.BytesIO())
    assert not attachments.verify(store, attachment_id)


def test_an_attachments_key_is_not_in_the_description_of_its_row(store):
    add(store, marked(10))
    row = attachment_files.stored(store.db)[0]
    assert isinstance(row.key, bytes) and len(row.key) == attachment_files.KEY_BYTES
    assert repr(row.key) not in repr(row) and row.key.hex() not in repr(row)
