"""Key changes interrupted at every step: the user is never locked out.

`FaultyStorage` fails at one named step, either as an error (the program sees an
exception and cleans up) or as a crash (a BaseException that skips every cleanup, as if
the process died there). After each, a fresh unlock must work with the old or the new
passphrase, and the data must be intact.
"""

from __future__ import annotations

import pytest

from npmdesk.errors import WrongPassphrase, WrongRecoveryCode
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from npmdesk.vault.storage import STEPS
from tests.support.common import PASSPHRASE
from tests.support.doubles import Crash, FaultyStorage, MemoryKeyring

NEW = "the new passphrase for field visits"
ROTATION_STEPS = [*STEPS, "rekey", "promote"]


def make_vault(path, storage, keyring):
    vault, code = Vault.create(path, Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                               device_keyring=keyring)
    vault.db.execute("CREATE TABLE visit(place TEXT)")
    vault.db.execute("INSERT INTO visit VALUES ('Centro de detención Norte')")
    vault.close()
    reopened = Vault.unlock(path, Credential.passphrase(PASSPHRASE), storage=storage, device_keyring=keyring)
    return reopened, code


def opens_with(path, credential, keyring) -> bool:
    try:
        vault = Vault.unlock(path, credential, device_keyring=keyring)
    except (WrongPassphrase, WrongRecoveryCode):
        return False
    with vault:
        assert vault.db.execute("SELECT place FROM visit").fetchall() == [("Centro de detención Norte",)]
        assert vault.check().healthy
    return True


@pytest.mark.parametrize("crash", [False, True], ids=["error", "crash"])
@pytest.mark.parametrize("step", STEPS)
def test_passphrase_change_interrupted_at_every_step(vault_path, step, crash):
    keyring = MemoryKeyring()
    storage = FaultyStorage(step, crash=crash)
    vault, _ = make_vault(vault_path, storage, keyring)
    with pytest.raises(Crash if crash else OSError):
        vault.change_passphrase(Secret.from_passphrase(NEW), TEST_PARAMS)
    vault.close()
    old_works = opens_with(vault_path, Credential.passphrase(PASSPHRASE), keyring)
    new_works = opens_with(vault_path, Credential.passphrase(NEW), keyring)
    assert old_works != new_works, "exactly one of the old and the new passphrase must work"
    # The change is complete once the rename happened; only a failed directory fsync comes after.
    assert new_works == (step == "fsync-dir")
    assert not (vault_path / "keyslots.json.tmp").exists() or crash


def test_passphrase_change_completes_without_faults(vault_path):
    keyring = MemoryKeyring()
    storage = FaultyStorage()
    vault, _ = make_vault(vault_path, storage, keyring)
    vault.change_passphrase(Secret.from_passphrase(NEW), TEST_PARAMS)
    vault.close()
    assert storage.steps == list(STEPS)
    assert not opens_with(vault_path, Credential.passphrase(PASSPHRASE), keyring)
    assert opens_with(vault_path, Credential.passphrase(NEW), keyring)


@pytest.mark.parametrize("crash", [False, True], ids=["error", "crash"])
@pytest.mark.parametrize("step", ROTATION_STEPS)
def test_key_rotation_interrupted_at_every_step(vault_path, step, crash):
    keyring = MemoryKeyring()
    storage = FaultyStorage(crash=crash)
    vault, old_code = make_vault(vault_path, storage, keyring)
    vault.remember_on_device()
    storage.fail_at = step
    with pytest.raises(Crash if crash else OSError):
        vault.rotate_key(Secret.from_passphrase(PASSPHRASE))
    vault.close()
    # The passphrase never changes in a rotation: it must open the vault whatever happened.
    assert opens_with(vault_path, Credential.passphrase(PASSPHRASE), keyring)
    # The interrupted rotation was settled by that unlock: one slot file, one keyring entry.
    assert not (vault_path / "keyslots.next.json").exists()
    assert len(keyring.entries) == 1
    assert opens_with(vault_path, Credential.keyring(), keyring)
    # The new recovery code was never shown: the old one opens the vault, rekeyed or not.
    assert opens_with(vault_path, Credential.recovery_code(old_code), keyring)


def test_key_rotation_reencrypts_and_replaces_every_slot(vault_path):
    keyring = MemoryKeyring()
    storage = FaultyStorage()
    vault, old_code = make_vault(vault_path, storage, keyring)
    vault.remember_on_device()
    old_entries = set(keyring.entries)
    first_page = (vault_path / "vault.db").read_bytes()[:4096]
    with pytest.raises(WrongPassphrase):
        vault.rotate_key(Secret.from_passphrase("not my passphrase at all"))
    new_code = vault.rotate_key(Secret.from_passphrase(PASSPHRASE))
    assert new_code != old_code
    vault.close()
    assert (vault_path / "vault.db").read_bytes()[:4096] != first_page
    assert set(keyring.entries).isdisjoint(old_entries) and len(keyring.entries) == 1
    assert not opens_with(vault_path, Credential.recovery_code(old_code), keyring)
    for credential in (Credential.recovery_code(new_code), Credential.passphrase(PASSPHRASE),
                       Credential.keyring()):
        assert opens_with(vault_path, credential, keyring)
    events = Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring)
    with events:
        assert "key-rotated" in [e.kind for e in events.security_events()]
