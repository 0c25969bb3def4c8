"""The core the window's Vault menu relies on: proving a credential on an open vault, a change of
passphrase that writes nothing once the vault is locked, and a restore that reports progress and
leaves nothing when that report raises (a Cancel)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from npmdesk import errors
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.backup import restore_backup, write_backup
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE


def test_verify_accepts_the_passphrase_and_the_recovery_code_and_nothing_else(new_vault) -> None:
    vault, code = new_vault
    vault.verify(Credential.passphrase(PASSPHRASE))
    vault.verify(Credential.recovery_code(code))
    with pytest.raises(errors.WrongPassphrase):
        vault.verify(Credential.passphrase("not the passphrase"))
    other = Vault.create(vault.folder.parent / "other", Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS)
    other[0].close()
    with pytest.raises(errors.WrongRecoveryCode):
        vault.verify(Credential.recovery_code(other[1]))


def test_a_change_of_passphrase_after_the_lock_writes_nothing(new_vault, vault_path) -> None:
    vault, _code = new_vault
    before = (vault_path / "keyslots.json").read_bytes()
    vault.close()
    with pytest.raises(errors.VaultLocked):
        vault.change_passphrase(Secret.from_passphrase("a brand new passphrase"), TEST_PARAMS)
    assert (vault_path / "keyslots.json").read_bytes() == before


class Stop(Exception):
    pass


def test_restore_reports_progress_and_a_raise_from_it_leaves_nothing(new_vault, tmp_path: Path) -> None:
    vault, _code = new_vault
    backup = write_backup(vault, tmp_path / "b.npmbackup").path
    seen: list[tuple[int, int]] = []
    restore_backup(backup, tmp_path / "restored", Credential.passphrase(PASSPHRASE),
                   progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] and all(a[0] <= b[0] for a, b in itertools.pairwise(seen))

    def stop_at_the_end(done: int, total: int) -> None:
        if done == total:
            raise Stop()

    with pytest.raises(Stop):
        restore_backup(backup, tmp_path / "again", Credential.passphrase(PASSPHRASE), progress=stop_at_the_end)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.npmbackup", "restored", "vault"]
