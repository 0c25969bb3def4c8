"""Backups of an open vault and their restore: consistent, verified, encrypted, all or nothing."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat

import pytest

from npmdesk import errors
from npmdesk.records import Record, RecordStore, attachments
from npmdesk.vault import Credential, Vault, backup, backup_format, recovery
from npmdesk.vault.backup import inspect_backup, restore_backup, write_backup
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.vault_helpers import snapshot

MARKERS = ("QXBACKUP-Гражданин-7781", "QXBODY-السجين-5521", "QXFILE-détenu-8832")


def note(title: str, body: str = "") -> Record:
    return Record(kind="communication", title=title, body=body, fields={"direction": "sent", "channel": "email"})


def restored_ids(folder, credential=None) -> list[str]:
    with Vault.unlock(folder, credential or Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as v:
        assert v.check().healthy
        store = RecordStore(v)
        ids = [s.id for s in store.list()]
        for record_id in ids:
            store.get(record_id)  # every record reads back whole
        return sorted(ids)


def layout(data: bytes) -> tuple[int, int, int]:
    """Offsets of the header line, the key-slot member and the database member."""
    header_start = data.index(b"\n") + 1
    slots_start = data.index(b"\n", data.index(b"\n", header_start) + 1) + 1
    header = json.loads(data[header_start : data.index(b"\n", header_start)])
    return header_start, slots_start, slots_start + header["members"][0]["size"]


@pytest.fixture
def written(tmp_path, store):
    """A vault with records and a verified backup of it: (store, backup path, record ids)."""
    ids = sorted(store.add(note(f"Letter {i}", "text " * 200)).id for i in range(30))
    target = tmp_path / "backups" / "vault.npmbackup"
    target.parent.mkdir()
    info = write_backup(store.vault, target)
    assert info.path == target and info.size == target.stat().st_size
    assert info.vault_id == store.vault.vault_id and info.schema_version >= 3
    return store, target, ids


def test_backup_restores_with_passphrase_and_with_recovery_code(tmp_path, written, new_vault):
    store, target, ids = written
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no temporary file left
    restore_backup(target, tmp_path / "by-passphrase", Credential.passphrase(PASSPHRASE))
    restore_backup(target, tmp_path / "by-code", Credential.recovery_code(new_vault[1]))
    for folder in (tmp_path / "by-passphrase", tmp_path / "by-code"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.iterdir())
        assert restored_ids(folder) == ids
    assert inspect_backup(target).vault_id == store.vault.vault_id


def test_the_keyring_slot_stays_on_the_device(tmp_path, store, keyring_double):
    store.vault.remember_on_device()
    target = tmp_path / "b"
    write_backup(store.vault, target)
    restore_backup(target, tmp_path / "r", Credential.passphrase(PASSPHRASE))
    assert b'"keyring"' not in (tmp_path / "r" / "keyslots.json").read_bytes()
    with Vault.unlock(tmp_path / "r", Credential.passphrase(PASSPHRASE), device_keyring=keyring_double) as v:
        assert not v.remembered


def test_a_backup_taken_while_records_are_written_is_one_consistent_moment(tmp_path, store, monkeypatch):
    before = sorted(store.add(note(f"Before {i}", "x" * 3000)).id for i in range(60))
    during: list[str] = []
    monkeypatch.setattr(backup, "STEP_PAGES", 2)

    def keep_writing(done: int, total: int) -> None:
        assert 0 < done <= total
        during.append(store.add(note(f"During {len(during)}", "y" * 3000)).id)

    write_backup(store.vault, tmp_path / "b", progress=keep_writing)
    assert len(during) > 10  # the copy really interleaved with commits
    restore_backup(tmp_path / "b", tmp_path / "r", Credential.passphrase(PASSPHRASE))
    assert restored_ids(tmp_path / "r") == before  # every record committed when it began, nothing half
    assert store.count() == len(before) + len(during) and store.vault.check().healthy


def test_nothing_in_the_backup_or_its_temporary_files_is_plaintext(tmp_path, store, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    monkeypatch.setattr(backup, "STEP_PAGES", 4)
    record = store.add(note(MARKERS[0], MARKERS[1] * 100))
    attachments.add(store, record.id, "annexe.txt", io.BytesIO((MARKERS[2] + " ").encode() * 20_000))
    out = tmp_path / "out"
    out.mkdir()
    found: list[str] = []
    write_backup(store.vault, out / "b", progress=lambda done, total: found.extend(scan([out, temp])))
    restore_backup(out / "b", tmp_path / "r", Credential.passphrase(PASSPHRASE))
    assert scan([out, temp, tmp_path / "r"]) + found == []


def scan(folders) -> list[str]:
    needles = [(m, enc) for m in MARKERS for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return [f"{p}: {m} ({enc})" for folder in folders for p in folder.rglob("*") if p.is_file()
            for m, enc in needles if m.encode(enc) in p.read_bytes()]


def test_backup_refuses_bad_targets_and_leaves_nothing(tmp_path, store, vault_path):
    existing = tmp_path / "old.npmbackup"
    existing.write_bytes(b"an older backup")
    with pytest.raises(errors.BackupExists, match="never overwrites"):
        write_backup(store.vault, existing)
    assert existing.read_bytes() == b"an older backup"
    with pytest.raises(errors.BackupInsideVault):
        write_backup(store.vault, vault_path / "inside.npmbackup")
    with pytest.raises(errors.VaultFolderUnwritable):
        write_backup(store.vault, tmp_path / "no-such-folder" / "b")
    store.vault.close()
    with pytest.raises(errors.VaultLocked):
        write_backup(store.vault, tmp_path / "b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.npmbackup", "vault"]


def test_a_failed_verification_or_write_deletes_the_backup(tmp_path, store, monkeypatch):
    unhealthy = backup.database.IntegrityReport(["page 3: hmac check failed"], [])
    with monkeypatch.context() as m:
        m.setattr(backup.database, "integrity_check", lambda db: unhealthy)
        with pytest.raises(errors.BackupVerificationFailed, match="deleted"):
            write_backup(store.vault, tmp_path / "b")
    real_write = backup_format.write

    def disk_full(out, **kwargs):
        real_write(out, **kwargs)
        raise OSError(28, "No space left on device (injected)")

    monkeypatch.setattr(backup_format, "write", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_backup(store.vault, tmp_path / "b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def flipped(data: bytes, offset: int) -> bytes:
    out = bytearray(data)
    out[offset] ^= 0x10
    return bytes(out)


def repacked(data: bytes, db: bytes | None = None, **changes: object) -> bytes:
    """The same backup with a changed database or header and every hash recomputed (tampering)."""
    header_start, slots_start, db_start = layout(data)
    header = json.loads(data[header_start : data.index(b"\n", header_start)])
    header.update(changes)
    if db is not None:
        header["members"][1].update(size=len(db), sha256=hashlib.sha256(db).hexdigest())
    parsed = backup_format._parse_header(header)
    return backup_format.encode_header(parsed) + data[slots_start:db_start] + (db or data[db_start:])


CORRUPTIONS = {
    "truncated in the magic line": (lambda d: d[:9], errors.DamagedBackup),
    "truncated in the header": (lambda d: d[: layout(d)[0] + 40], errors.DamagedBackup),
    "truncated in the key slots": (lambda d: d[: layout(d)[1] + 100], errors.DamagedBackup),
    "truncated in the database": (lambda d: d[: len(d) // 2], errors.DamagedBackup),
    "one byte short": (lambda d: d[:-1], errors.DamagedBackup),
    "one byte more": (lambda d: d + b"\0", errors.DamagedBackup),
    "bit flipped in the header": (lambda d: flipped(d, layout(d)[0] + 30), errors.DamagedBackup),
    "bit flipped in the header hash": (lambda d: flipped(d, layout(d)[1] - 5), errors.DamagedBackup),
    "bit flipped in the key slots": (lambda d: flipped(d, layout(d)[1] + 200), errors.DamagedBackup),
    "bit flipped in a database page": (lambda d: flipped(d, layout(d)[2] + 4 * 4096 + 300), errors.DamagedBackup),
    "database page altered, hashes redone": (
        lambda d: repacked(d, db=flipped(d[layout(d)[2]:], 4 * 4096 + 300)), errors.DamagedBackup),
    "newer schema, hashes redone": (lambda d: repacked(d, schema_version=999), errors.NewerVaultFormat),
    "newer backup format": (lambda d: b"npmdesk-backup/v7" + d[17:], errors.NewerBackupFormat),
    "not a backup: empty": (lambda d: b"", errors.NotABackup),
    "not a backup: text": (lambda d: b"Dear Subcommittee,\n" * 100, errors.NotABackup),
    "not a backup: random": (lambda d: os.urandom(5000), errors.NotABackup),
}


@pytest.mark.parametrize("case", CORRUPTIONS)
def test_a_bad_backup_is_refused_clearly_and_creates_nothing(tmp_path, written, case):
    _, target, _ = written
    spoil, error = CORRUPTIONS[case]
    bad = tmp_path / "bad.npmbackup"
    bad.write_bytes(spoil(target.read_bytes()))
    before = snapshot(tmp_path)
    with pytest.raises(error) as caught:
        restore_backup(bad, tmp_path / "restored", Credential.passphrase(PASSPHRASE))
    message = str(caught.value)
    assert "\n" not in message and ("nothing was changed" in message.lower() or "not an npmdesk backup" in message)
    assert not (tmp_path / "restored").exists()
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("credential", "error"),
    [
        (lambda: Credential.passphrase("not the passphrase at all"), errors.WrongPassphrase),
        (lambda: Credential.recovery_code(recovery.generate()), errors.WrongRecoveryCode),
        (lambda: Credential.keyring(), errors.NotRemembered),  # a backup never carries the device's slot
    ],
)
def test_a_wrong_credential_is_refused_and_creates_nothing(tmp_path, written, credential, error):
    _, target, _ = written
    before = snapshot(tmp_path)
    with pytest.raises(error) as caught:
        restore_backup(target, tmp_path / "restored", credential(), device_keyring=MemoryKeyring())
    assert "\n" not in str(caught.value)
    assert not (tmp_path / "restored").exists() and snapshot(tmp_path) == before


def test_restore_refuses_an_existing_target_and_unreadable_files(tmp_path, written):
    _, target, _ = written
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(errors.VaultExists, match="already exists"):
        restore_backup(target, busy, Credential.passphrase(PASSPHRASE))
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]
    with pytest.raises(errors.BackupUnreadable, match="Cannot read"):
        restore_backup(tmp_path / "missing", tmp_path / "r", Credential.passphrase(PASSPHRASE))
    with pytest.raises(errors.NotABackup):
        restore_backup(busy, tmp_path / "r", Credential.passphrase(PASSPHRASE))
    empty = tmp_path / "empty"
    empty.mkdir()
    restore_backup(target, empty, Credential.passphrase(PASSPHRASE))
    assert (empty / "keyslots.json").is_file()
