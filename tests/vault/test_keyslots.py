"""The key-slot file is read strictly: tampering fails the unwrap, hostile values are refused."""

from __future__ import annotations

import json
import re
import time

import pytest

from npmdesk.errors import DamagedVault, KeyringUnavailable, NotAVault, WrongPassphrase
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.vault_helpers import snapshot


def edit_slots(vault_path, change) -> None:
    path = vault_path / "keyslots.json"
    doc = json.loads(path.read_text())
    change(doc)
    path.write_text(json.dumps(doc))


def passphrase_slot(doc):
    return next(s for s in doc["slots"] if s["type"] == "passphrase")


def unlock(vault_path, credential=None, keyring=None):
    return Vault.unlock(vault_path, credential or Credential.passphrase(PASSPHRASE),
                        device_keyring=keyring or MemoryKeyring())


@pytest.fixture
def closed_vault(new_vault, vault_path):
    new_vault[0].close()
    return vault_path


@pytest.mark.parametrize(
    ("field", "value"),
    [("iterations", 2), ("memory_kib", 16), ("salt", "AAAAAAAAAAAAAAAAAAAAAA=="), ("id", "0" * 16)],
)
def test_changing_any_bound_parameter_fails_the_unwrap(closed_vault, field, value):
    edit_slots(closed_vault, lambda doc: passphrase_slot(doc).update({field: value}))
    with pytest.raises(WrongPassphrase):
        unlock(closed_vault)


@pytest.mark.parametrize(
    "change",
    [
        lambda d: passphrase_slot(d).update(memory_kib=1 << 40),  # a terabyte of RAM
        lambda d: passphrase_slot(d).update(iterations=10**9),  # hours of work
        lambda d: passphrase_slot(d).update(lanes=0),
        lambda d: passphrase_slot(d).update(iterations=True),
        lambda d: passphrase_slot(d).update(wrapped="!!not base64!!"),
        lambda d: passphrase_slot(d).update(nonce="AAAA"),
        lambda d: passphrase_slot(d).update(kdf="pbkdf2"),
        lambda d: passphrase_slot(d).update(extra="field"),
        lambda d: d.update(vault_id="not hex"),
        lambda d: d.update(version="1"),
        lambda d: d.update(slots=[]),
        lambda d: d.update(slots=d["slots"] * 2),
        lambda d: d["slots"].append({"type": "fingerprint"}),
        lambda d: d.update(surprise=1),
    ],
)
def test_hostile_or_malformed_slot_files_are_damage_and_change_nothing(closed_vault, change):
    edit_slots(closed_vault, change)
    before = snapshot(closed_vault)
    started = time.monotonic()
    with pytest.raises(DamagedVault):
        unlock(closed_vault)
    assert time.monotonic() - started < 5
    assert snapshot(closed_vault) == before


def test_garbage_slot_file_is_not_a_vault(closed_vault):
    (closed_vault / "keyslots.json").write_bytes(b"\x89PNG\r\n\x1a\n garbage")
    with pytest.raises(NotAVault):
        unlock(closed_vault)


def test_oversized_slot_file_is_refused_without_reading_it_all(closed_vault):
    (closed_vault / "keyslots.json").write_bytes(b" " * (10 * 1024 * 1024))
    with pytest.raises(DamagedVault):
        unlock(closed_vault)


def test_slot_from_another_vault_does_not_open_this_one(closed_vault, tmp_path):
    from npmdesk.vault import Secret
    from npmdesk.vault.kdf import TEST_PARAMS

    other, _ = Vault.create(tmp_path / "other", Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                            device_keyring=MemoryKeyring())
    other.close()
    (closed_vault / "keyslots.json").write_bytes((tmp_path / "other" / "keyslots.json").read_bytes())
    with pytest.raises(DamagedVault):  # the key unwraps, but it is not this database's key
        unlock(closed_vault)


def test_remembered_vault_with_keyring_gone_says_keyring_unavailable(new_vault, vault_path, keyring_double):
    vault, _ = new_vault
    vault.remember_on_device()
    vault.close()
    keyring_double.available = False
    with pytest.raises(KeyringUnavailable):
        unlock(vault_path, Credential.keyring(), keyring_double)
    unlock(vault_path, keyring=keyring_double).close()


def test_slot_file_holds_no_secret_in_clear(new_vault, vault_path):
    _, code = new_vault
    raw = (vault_path / "keyslots.json").read_bytes()
    assert PASSPHRASE.encode() not in raw
    assert code.replace("-", "").encode() not in raw
    # The names as words: "Ana" may well occur by chance inside the base64 of a wrapped key.
    assert not re.search(rb"(?<![A-Za-z0-9+/])(Mecanismo|Ana)(?![A-Za-z0-9+/=])", raw)


def test_the_largest_unfinished_change_of_recovery_code_still_reads(vault_path, keyring_double):
    """Every earlier code the file may keep (MAX_PREVIOUS, each bridged MAX_BRIDGES times) reads
    back and still opens the vault: an unfinished change is never taken for damage."""
    from npmdesk.vault import keyslots, recovery
    from npmdesk.vault.kdf import TEST_PARAMS
    from npmdesk.vault.secret import Secret

    vault, code = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                               device_keyring=keyring_double)
    with vault:
        key = Secret(bytes(vault._key.buffer))
        slots = vault._slots
    earlier = []
    for n in range(keyslots.MAX_PREVIOUS):
        with recovery.normalise(code if n == 0 else recovery.generate()) as secret:
            slot = keyslots.make_slot(slots.vault_id, "recovery", key, secret)
        bridges = tuple(keyslots.make_bridge(slots.vault_id, slot, i, key, key) for i in range(keyslots.MAX_BRIDGES))
        earlier.append(keyslots.Previous(slot, bridges))
    data = slots.with_previous(tuple(earlier)).to_bytes()
    assert len(data) <= keyslots.MAX_FILE_BYTES
    assert keyslots.parse(data, where=vault_path).previous == tuple(earlier)
    (vault_path / "keyslots.json").write_bytes(data)
    with Vault.unlock(vault_path, Credential.recovery_code(code), device_keyring=keyring_double) as opened:
        assert opened.recovery_code_pending and opened.used_previous_code is False
