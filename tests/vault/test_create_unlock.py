"""Creating, unlocking and locking a vault, with each way in and each way to fail."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from npmdesk.errors import (
    KeyringUnavailable,
    MistypedRecoveryCode,
    NewerVaultFormat,
    NotAVault,
    NotRemembered,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.vault_helpers import snapshot


def unlock(path: Path, credential: Credential, keyring: MemoryKeyring | None = None) -> Vault:
    return Vault.unlock(path, credential, device_keyring=keyring or MemoryKeyring())


def test_create_then_unlock_with_passphrase_keeps_data(new_vault, vault_path):
    vault, _ = new_vault
    vault.db.execute("CREATE TABLE note(text TEXT)")
    vault.db.execute("INSERT INTO note VALUES ('visit to Prison No. 3')")
    vault.close()
    with unlock(vault_path, Credential.passphrase(PASSPHRASE)) as reopened:
        assert reopened.db.execute("SELECT text FROM note").fetchall() == [("visit to Prison No. 3",)]
        assert reopened.meta("npm_name") == "Mecanismo Nacional"
        assert reopened.meta("user_name") == "Ana"
        kinds = [e.kind for e in reopened.security_events()]
        assert kinds[:2] == ["unlocked", "created"]


def test_closed_vault_refuses_queries(new_vault):
    vault, _ = new_vault
    vault.close()
    vault.close()  # idempotent
    with pytest.raises(VaultLocked):
        _ = vault.db


def test_files_are_owner_only(new_vault, vault_path):
    vault, _ = new_vault
    vault.db.execute("CREATE TABLE t(x)")  # makes the WAL exist
    assert stat.S_IMODE(vault_path.stat().st_mode) == 0o700
    files = [p for p in vault_path.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"vault.db", "keyslots.json", "npmdesk.lock"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_wrong_passphrase_changes_no_file(new_vault, vault_path):
    new_vault[0].close()
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase) as err:
        unlock(vault_path, Credential.passphrase("not the passphrase"))
    assert "Wrong passphrase" in str(err.value)
    assert snapshot(vault_path) == before


def test_passphrase_is_unicode_normalised(vault_path):
    composed = "Contraseña segura ñandú"  # NFC
    decomposed = "Contrasen\u0303a segura n\u0303andu\u0301"  # the same text as NFD (macOS)
    vault, _ = Vault.create(vault_path, Secret.from_passphrase(composed), argon2=TEST_PARAMS,
                            device_keyring=MemoryKeyring())
    vault.close()
    unlock(vault_path, Credential.passphrase(decomposed)).close()


def test_short_passphrase_refused_and_nothing_created(vault_path):
    with pytest.raises(WeakPassphrase):
        Vault.create(vault_path, Secret.from_passphrase("short"), argon2=TEST_PARAMS)
    assert not vault_path.exists()


def test_create_refuses_existing_content(tmp_path):
    (tmp_path / "occupied").mkdir()
    (tmp_path / "occupied" / "report.pdf").write_bytes(b"%PDF")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "occupied", Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS)
    assert [p.name for p in (tmp_path / "occupied").iterdir()] == ["report.pdf"]


def test_missing_and_foreign_folders(tmp_path):
    with pytest.raises(VaultNotFound):
        unlock(tmp_path / "nowhere", Credential.passphrase(PASSPHRASE))
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    before = snapshot(tmp_path / "photos")
    with pytest.raises(NotAVault):
        unlock(tmp_path / "photos", Credential.passphrase(PASSPHRASE))
    assert snapshot(tmp_path / "photos") == before
    (tmp_path / "file").write_text("hello")
    with pytest.raises(NotAVault):
        unlock(tmp_path / "file", Credential.passphrase(PASSPHRASE))


def test_second_opener_is_told_the_vault_is_in_use(new_vault, vault_path):
    with pytest.raises(VaultInUse):
        unlock(vault_path, Credential.passphrase(PASSPHRASE))
    new_vault[0].close()
    unlock(vault_path, Credential.passphrase(PASSPHRASE)).close()


def test_recovery_code_unlocks_and_sets_a_new_passphrase(new_vault, vault_path):
    vault, code = new_vault
    vault.close()
    assert len(code) == 39 and code.count("-") == 7
    typed = code.lower().replace("-", " ")  # read aloud, typed loosely
    with unlock(vault_path, Credential.recovery_code(typed)) as recovered:
        recovered.change_passphrase(Secret.from_passphrase("a brand new passphrase"), TEST_PARAMS)
        assert recovered.security_events()[1].kind == "recovery-used"
    with pytest.raises(WrongPassphrase):
        unlock(vault_path, Credential.passphrase(PASSPHRASE))
    unlock(vault_path, Credential.passphrase("a brand new passphrase")).close()
    unlock(vault_path, Credential.recovery_code(code)).close()  # the code still works


def test_mistyped_and_wrong_recovery_codes(new_vault, vault_path):
    vault, code = new_vault
    vault.close()
    swapped = code[:5] + code[6] + code[5] + code[7:]
    if swapped != code:
        with pytest.raises(MistypedRecoveryCode):
            Credential.recovery_code(swapped)
    with pytest.raises(MistypedRecoveryCode):
        Credential.recovery_code(code[:-1])
    other_vault, other_code = Vault.create(vault_path.parent / "other", Secret.from_passphrase(PASSPHRASE),
                                           argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    other_vault.close()
    with pytest.raises(WrongRecoveryCode):
        unlock(vault_path, Credential.recovery_code(other_code))


def test_new_recovery_code_replaces_the_old(new_vault, vault_path):
    vault, old_code = new_vault
    code = vault.new_recovery_code()
    vault.close()
    with pytest.raises(WrongRecoveryCode):
        unlock(vault_path, Credential.recovery_code(old_code))
    unlock(vault_path, Credential.recovery_code(code)).close()


def test_remember_on_device_unlocks_without_passphrase(new_vault, vault_path, keyring_double):
    vault, _ = new_vault
    vault.close()
    with pytest.raises(NotRemembered):
        unlock(vault_path, Credential.keyring(), keyring_double)
    vault = unlock(vault_path, Credential.passphrase(PASSPHRASE), keyring_double)
    vault.remember_on_device()
    assert vault.remembered and len(keyring_double.entries) == 1
    vault.close()
    with unlock(vault_path, Credential.keyring(), keyring_double) as remembered:
        remembered.forget_on_device()
        assert not remembered.remembered
    assert keyring_double.entries == {}
    with pytest.raises(NotRemembered):
        unlock(vault_path, Credential.keyring(), keyring_double)


def test_keyring_entry_lost_falls_back_to_passphrase(new_vault, vault_path, keyring_double):
    vault, _ = new_vault
    vault.remember_on_device()
    vault.close()
    keyring_double.entries.clear()  # e.g. the user reset the OS keyring
    with pytest.raises(NotRemembered):
        unlock(vault_path, Credential.keyring(), keyring_double)
    unlock(vault_path, Credential.passphrase(PASSPHRASE), keyring_double).close()


def test_no_keyring_backend_is_said_clearly_and_changes_nothing(vault_path):
    no_keyring = MemoryKeyring(available=False)
    vault, _ = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                            device_keyring=no_keyring)
    before = (vault_path / "keyslots.json").read_bytes()
    with pytest.raises(KeyringUnavailable) as err:
        vault.remember_on_device()
    assert "no working keyring" in str(err.value)
    assert (vault_path / "keyslots.json").read_bytes() == before
    assert not vault.remembered
    vault.close()
    unlock(vault_path, Credential.passphrase(PASSPHRASE), no_keyring).close()


def test_newer_key_slot_format_is_refused_unchanged(new_vault, vault_path):
    new_vault[0].close()
    doc = json.loads((vault_path / "keyslots.json").read_text())
    doc["version"] = 2
    (vault_path / "keyslots.json").write_text(json.dumps(doc))
    before = snapshot(vault_path)
    with pytest.raises(NewerVaultFormat):
        unlock(vault_path, Credential.passphrase(PASSPHRASE))
    assert snapshot(vault_path) == before


def test_newer_schema_is_refused_unchanged(new_vault, vault_path):
    vault, _ = new_vault
    vault.db.execute("PRAGMA user_version = 999")
    vault.close()
    before = snapshot(vault_path)
    with pytest.raises(NewerVaultFormat) as err:
        unlock(vault_path, Credential.passphrase(PASSPHRASE))
    assert "newer version of npmdesk" in str(err.value)
    assert snapshot(vault_path) == before


def test_a_second_connection_reads_the_open_vault_and_none_is_given_once_locked(new_vault):
    from npmdesk.errors import VaultLocked

    vault, _code = new_vault
    other = vault.second_connection()
    try:
        assert other.execute("SELECT value FROM vault_meta WHERE key='npm_name'").fetchone()[0] == "Mecanismo Nacional"
    finally:
        other.close()
    vault.close()
    with pytest.raises(VaultLocked):
        vault.second_connection()
