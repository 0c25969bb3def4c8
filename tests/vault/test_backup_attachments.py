"""Backups carry the attachment store's files (format 2): copied as the ciphertext they are,
authenticated when the backup is verified and when it is restored; the rows and the files agree."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat

import pytest

from npmdesk import errors
from npmdesk.records import Record, RecordStore, attachments
from npmdesk.vault import Credential, Vault, attachment_files, backup, backup_format
from npmdesk.vault.backup import restore_backup, write_backup
from tests.support.attachment_helpers import file_of, legacy_attachment
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.vault_helpers import snapshot

CHUNK = attachment_files.CHUNK_SIZE


def note(title: str) -> Record:
    return Record(kind="communication", title=title, fields={"direction": "sent", "channel": "email"})


def members(data: bytes) -> tuple[dict, int]:
    """The header and where the members start."""
    header_start = data.index(b"\n") + 1
    header_end = data.index(b"\n", header_start)
    return json.loads(data[header_start:header_end]), data.index(b"\n", header_end + 1) + 1


def entries(data: bytes) -> list[tuple[str, bytes]]:
    header, start = members(data)
    offset = start + header["members"][0]["size"] + header["members"][1]["size"]
    out = []
    while offset < len(data):
        name, size = data[offset : offset + 32].decode(), int.from_bytes(data[offset + 32 : offset + 40], "big")
        out.append((name, data[offset + 40 : offset + 40 + size]))
        offset += 40 + size
    return out


def repacked(data: bytes, files: list[tuple[str, bytes]]) -> bytes:
    """The same backup with other attachment entries, every size and hash made to match (tampering)."""
    header, start = members(data)
    before = data[start : start + header["members"][0]["size"] + header["members"][1]["size"]]
    member = b"".join(name.encode() + len(body).to_bytes(8, "big") + body for name, body in files)
    header["members"][2].update(size=len(member), sha256=hashlib.sha256(member).hexdigest())
    parsed = backup_format._parse_header(header, 2)
    return backup_format.encode_header(parsed) + before + member


@pytest.fixture
def with_files(tmp_path, store):
    """A vault with attachments in files and one kept the older way, and its backup."""
    record = store.add(note("Letter with annexes"))
    data = {
        attachments.add(store, record.id, f"annex-{n}.bin", io.BytesIO(os.urandom(size))).id: None
        for n, size in enumerate((0, 10, CHUNK, 2 * CHUNK + 3))
    }
    contents = {aid: attachments.open_attachment(store, aid).read() for aid in data}
    old = os.urandom(CHUNK + 1)
    contents[legacy_attachment(store, record.id, "old.bin", old)] = old
    target = tmp_path / "backups" / "vault.npmbackup"
    target.parent.mkdir()
    write_backup(store.vault, target)
    return store, target, contents


def _read_all(folder) -> dict[str, bytes]:
    with Vault.unlock(folder, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        assert vault.check().healthy
        store = RecordStore(vault)
        return {row[0]: attachments.open_attachment(store, row[0]).read()
                for row in vault.db.execute("SELECT id FROM attachment")}


def test_a_backup_carries_the_attachment_files_and_a_restore_puts_them_back(tmp_path, with_files):
    store, target, contents = with_files
    data = target.read_bytes()
    assert data.startswith(b"npmdesk-backup/v2\n")
    files = entries(data)
    folder = attachment_files.folder_of(store.vault.folder)
    assert sorted(files) == sorted((p.name, p.read_bytes()) for p in folder.iterdir())  # ciphertext as it is
    restore_backup(target, tmp_path / "restored", Credential.passphrase(PASSPHRASE))
    restored = attachment_files.folder_of(tmp_path / "restored")
    assert stat.S_IMODE(restored.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in restored.iterdir())
    assert _read_all(tmp_path / "restored") == contents


def test_a_vault_without_attachment_files_writes_the_first_format_that_older_versions_read(tmp_path, store):
    record = store.add(note("Older attachments only"))
    old = legacy_attachment(store, record.id, "old.bin", b"kept in the database")
    write_backup(store.vault, tmp_path / "b")
    assert (tmp_path / "b").read_bytes().startswith(b"npmdesk-backup/v1\n")
    restore_backup(tmp_path / "b", tmp_path / "r", Credential.passphrase(PASSPHRASE))
    assert _read_all(tmp_path / "r") == {old: b"kept in the database"}
    assert not attachment_files.folder_of(tmp_path / "r").exists()


def _flip_in_a_file(files):
    name, body = files[-1]
    changed = bytearray(body)
    changed[len(body) // 2] ^= 1
    return [*files[:-1], (name, bytes(changed))]


def _swap_two(files):
    (a, a_body), (b, b_body), *rest = files
    return [(a, b_body), (b, a_body), *rest]


TAMPERING = {
    "a byte of a file changed": _flip_in_a_file,
    "a file left out": lambda files: files[1:],
    "a file more": lambda files: [*files, ("ab" * 16, files[0][1])],
    "two files' bytes swapped": _swap_two,
    "a file cut short": lambda files: [(files[0][0], files[0][1][:-1]), *files[1:]],
}


@pytest.mark.parametrize("case", TAMPERING)
def test_a_backup_whose_files_were_tampered_with_is_refused_and_creates_nothing(tmp_path, with_files, case):
    _, target, _ = with_files
    data = target.read_bytes()
    bad = tmp_path / "bad.npmbackup"
    bad.write_bytes(repacked(data, TAMPERING[case](entries(data))))
    before = snapshot(tmp_path)
    with pytest.raises(errors.DamagedBackup):
        restore_backup(bad, tmp_path / "restored", Credential.passphrase(PASSPHRASE))
    assert snapshot(tmp_path) == before


def test_a_bit_flipped_in_the_files_member_is_caught_by_its_hash(tmp_path, with_files):
    _, target, _ = with_files
    data = bytearray(target.read_bytes())
    data[-100] ^= 0x04
    bad = tmp_path / "bad.npmbackup"
    bad.write_bytes(bytes(data))
    with pytest.raises(errors.DamagedBackup):
        backup.inspect_backup(bad)


def test_an_attachment_removed_while_the_backup_is_written_ends_it_cleanly(tmp_path, store, monkeypatch):
    record = store.add(note("Letter"))
    kept = attachments.add(store, record.id, "kept.bin", io.BytesIO(b"kept")).id
    going = attachments.add(store, record.id, "going.bin", io.BytesIO(b"removed meanwhile")).id
    real = backup._files_of

    def remove_after_the_snapshot(db_path, key):
        rows = real(db_path, key)
        attachments.remove(store, going)  # committed after the copy was taken: its file goes
        return rows

    monkeypatch.setattr(backup, "_files_of", remove_after_the_snapshot)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.BackupAttachmentChanged, match="Try again"):
        write_backup(store.vault, out / "b")
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    write_backup(store.vault, out / "b")  # the next one is whole
    restore_backup(out / "b", tmp_path / "r", Credential.passphrase(PASSPHRASE))
    assert _read_all(tmp_path / "r") == {kept: b"kept"}


@pytest.mark.parametrize("damage", ["a bit flipped", "cut short", "deleted"])
def test_a_damaged_attachment_file_in_the_vault_is_named_by_the_failed_backup(tmp_path, store, damage):
    """Trying again cannot help: the message names the attachment and its record (as npmdesk check
    does), and says what to do."""
    record = store.add(note("Letter"))
    attachments.add(store, record.id, "whole.bin", io.BytesIO(os.urandom(3000)))
    aid = attachments.add(store, record.id, "scan.bin", io.BytesIO(os.urandom(5000))).id
    path = file_of(store, aid)
    data = bytearray(path.read_bytes())
    if damage == "a bit flipped":
        data[100] ^= 1
        path.write_bytes(bytes(data))
    elif damage == "cut short":
        path.write_bytes(bytes(data[:-10]))
    else:
        path.unlink()
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(errors.BackupAttachmentDamaged) as raised:
        write_backup(store.vault, out / "b")
    assert raised.value.values == {"attachment": aid, "record": record.id}
    assert "Remove that attachment from the record" in str(raised.value)
    assert list(out.iterdir()) == []
    attachments.remove(store, aid)  # what the message says to do
    write_backup(store.vault, out / "b")
    restore_backup(out / "b", tmp_path / "r", Credential.passphrase(PASSPHRASE))
    assert len(_read_all(tmp_path / "r")) == 1


def test_progress_counts_the_files_too(tmp_path, with_files):
    store, _, _ = with_files
    seen: list[tuple[int, int]] = []
    write_backup(store.vault, tmp_path / "again", progress=lambda done, total: seen.append((done, total)))
    assert all(0 <= done <= total for done, total in seen) and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
