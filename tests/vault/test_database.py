"""The SQLCipher file: safety settings, tamper detection, and no plaintext on disk."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from npmdesk.errors import DamagedVault
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.plaintext import files_containing
from tests.support.vault_helpers import snapshot

MARKER = "ZQX-marker-Ünïcødé-Прослушка-رقابة-监测-7f3a"


def reopen(path: Path) -> Vault:
    return Vault.unlock(path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())


def test_connection_settings(new_vault):
    db = new_vault[0].db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


def test_foreign_keys_are_enforced(new_vault):
    db = new_vault[0].db
    db.execute("CREATE TABLE report(id INTEGER PRIMARY KEY)")
    db.execute("CREATE TABLE recommendation(report_id INTEGER NOT NULL REFERENCES report(id))")
    with pytest.raises(Exception, match="FOREIGN KEY"):
        db.execute("INSERT INTO recommendation VALUES (42)")


def _fill(vault: Vault) -> None:
    vault.db.execute("CREATE TABLE note(body TEXT)")
    vault.db.executemany("INSERT INTO note VALUES (?)", [(f"{MARKER} {i} " + "x" * 500,) for i in range(300)])


def test_byte_flip_is_detected_by_check(new_vault, vault_path):
    vault, _ = new_vault
    _fill(vault)
    vault.close()
    data = bytearray((vault_path / "vault.db").read_bytes())
    assert len(data) > 20 * 4096
    data[10 * 4096 + 1234] ^= 0x01  # one bit in the middle of page 11
    (vault_path / "vault.db").write_bytes(bytes(data))
    with reopen(vault_path) as damaged:
        report = damaged.check()
    assert not report.healthy
    assert any("hmac" in p.lower() or "page" in p.lower() for p in report.cipher_problems)


def test_damaged_first_page_refuses_to_open_and_changes_nothing(new_vault, vault_path):
    new_vault[0].close()
    data = bytearray((vault_path / "vault.db").read_bytes())
    data[100] ^= 0xFF
    (vault_path / "vault.db").write_bytes(bytes(data))
    before = snapshot(vault_path)
    with pytest.raises(DamagedVault) as err:
        reopen(vault_path)
    assert "Restore your latest backup" in str(err.value)
    assert snapshot(vault_path) == before


def test_truncated_file_is_damage(new_vault, vault_path):
    vault, _ = new_vault
    _fill(vault)
    vault.close()
    path = vault_path / "vault.db"
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.truncate(size // 2 + 100)  # cut in the middle of a page
    try:
        vault = reopen(vault_path)
    except DamagedVault:
        return  # refused at the door: also a clear answer
    with vault:
        assert not vault.check().healthy


def test_empty_database_file_is_damage(new_vault, vault_path):
    new_vault[0].close()
    (vault_path / "vault.db").write_bytes(b"")
    with pytest.raises(DamagedVault):
        reopen(vault_path)


def test_missing_key_slot_file_is_damage(new_vault, vault_path):
    new_vault[0].close()
    (vault_path / "keyslots.json").unlink()
    with pytest.raises(DamagedVault):
        reopen(vault_path)


def test_marker_written_to_the_vault_is_on_no_disk_file(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    path = tmp_path / "vault"
    from npmdesk.vault import Secret
    from npmdesk.vault.kdf import TEST_PARAMS

    vault, _ = Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name=MARKER, user_name=MARKER,
                            argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    _fill(vault)
    vault.db.execute("CREATE INDEX note_body ON note(body)")  # sorts: temp storage must stay in memory
    vault.db.execute("SELECT body FROM note ORDER BY body DESC").fetchall()
    vault.db.execute("DELETE FROM note WHERE rowid % 2 = 0")
    needles = [MARKER, "ZQX-marker"]
    # While open: database, WAL and shared-memory file.
    assert (path / "vault.db-wal").exists()
    shm = [Path("/dev/shm")] if Path("/dev/shm").is_dir() else []
    assert files_containing([path, temp, *shm], needles) == []
    vault.close()
    assert files_containing([path, temp, *shm], needles) == []
    os.sync()


def test_copied_vault_is_unreadable_without_key(new_vault, vault_path, tmp_path):
    vault, _ = new_vault
    _fill(vault)
    vault.close()
    stolen = tmp_path / "stolen.db"
    shutil.copy(vault_path / "vault.db", stolen)
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(stolen).execute("SELECT * FROM sqlite_master").fetchall()
