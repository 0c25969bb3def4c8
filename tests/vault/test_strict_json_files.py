"""Key-slot files and backup headers are read with the strict JSON loader: what the standard
library lets through (a key twice, a float version, an impossible date, a lone surrogate, a
number past 2^53) is damage, said in one sentence, never an internal error."""

from __future__ import annotations

import hashlib
import json

import pytest

from npmdesk.errors import DamagedBackup, DamagedVault
from npmdesk.vault import Credential, Vault
from npmdesk.vault.backup import inspect_backup, write_backup
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring


@pytest.fixture
def closed_vault(new_vault, vault_path):
    new_vault[0].close()
    return vault_path


def unlock(vault_path):
    return Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())


@pytest.mark.parametrize(("old", "new"), [
    ('"version": 1\n', '"version": 1, "version": 1\n'),
    ('"lanes": 1,', '"lanes": 1, "lanes": 1,'),
    ('"kdf": "argon2id",', '"kdf": "hkdf-sha256", "kdf": "argon2id",'),
])
def test_key_slot_json_is_strict(closed_vault, old, new):
    path = closed_vault / "keyslots.json"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    with pytest.raises(DamagedVault) as caught:
        unlock(closed_vault)
    assert "\n" not in str(caught.value)


def _rewrite_header(backup, change_text):
    magic, header, _digest, rest = backup.read_bytes().split(b"\n", 3)
    header = change_text(header)
    backup.write_bytes(b"\n".join([magic, header, hashlib.sha256(header).hexdigest().encode(), rest]))


@pytest.mark.parametrize("change", [
    lambda h: json.dumps({**json.loads(h), "created_at": "2026-02-30T12:00:00+00:00"}).encode(),
    lambda h: json.dumps({**json.loads(h), "created_at": "last tuesday"}).encode(),
    lambda h: h.replace(b'"vault_id":', b'"vault_id":"00000000000000000000000000000000","vault_id":', 1),
])
def test_backup_header_json_is_strict(new_vault, tmp_path, change):
    backup = tmp_path / "vault.npmbackup"
    write_backup(new_vault[0], backup)
    inspect_backup(backup)
    _rewrite_header(backup, change)
    with pytest.raises(DamagedBackup):
        inspect_backup(backup)
