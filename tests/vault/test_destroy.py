"""Emergency erase: the keys go first, then every vault file and the keyring entry."""

from __future__ import annotations

import json
import os

import pytest

from npmdesk.errors import (
    DamagedVault,
    EraseIncomplete,
    KeysNotErased,
    NotAVault,
    VaultMoved,
    VaultNotFound,
)
from npmdesk.records import Record, RecordStore
from npmdesk.vault import Credential, Vault, destroy
from npmdesk.vault.files import DB_NAME, NEXT_SLOTS_NAME, SLOTS_NAME
from npmdesk.vault.kdf import TEST_PARAMS
from npmdesk.vault.secret import Secret
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.vault_helpers import snapshot


def credentials(code: str) -> list[Credential]:
    return [Credential.passphrase(PASSPHRASE), Credential.recovery_code(code), Credential.keyring()]


@pytest.fixture
def remembered(new_vault, keyring_double):
    """A closed vault that is remembered on this device: (folder, recovery code)."""
    vault, code = new_vault
    vault.remember_on_device()
    RecordStore(vault).add(Record(kind="communication", title="Visit plan",
                                  fields={"direction": "sent", "channel": "email"}))
    vault.close()
    assert keyring_double.entries
    return vault.folder, code


def test_after_an_erase_nothing_opens_the_vault_not_even_the_recovery_code(tmp_path, remembered, keyring_double):
    folder, code = remembered
    # Hard links stand for what a forensic copy of the disk would still hold.
    kept_slots, kept_db = tmp_path / "slots-blocks", tmp_path / "db-blocks"
    os.link(folder / SLOTS_NAME, kept_slots)
    os.link(folder / DB_NAME, kept_db)
    old_slots = kept_slots.read_bytes()
    destroy.destroy(folder, keyring_double)
    assert not folder.exists()
    assert keyring_double.entries == {}
    erased = kept_slots.read_bytes()
    assert len(erased) == len(old_slots) and erased != old_slots  # overwritten in place
    assert b"wrapped" not in erased and not any(line in erased for line in old_slots.split(b"\n") if len(line) > 8)
    for credential in credentials(code):
        with pytest.raises(VaultNotFound):
            Vault.unlock(folder, credential, device_keyring=keyring_double)
    # Even with the database and the erased slot file put back, no credential gives the key.
    folder.mkdir()
    os.link(kept_db, folder / DB_NAME)
    os.link(kept_slots, folder / SLOTS_NAME)
    for credential in credentials(code):
        with pytest.raises((NotAVault, DamagedVault)):
            Vault.unlock(folder, credential, device_keyring=keyring_double)


def test_the_keys_go_before_anything_else(remembered, keyring_double):
    folder, _ = remembered
    seen = {}

    def when_keys_are_gone() -> None:
        seen["slots"] = (folder / SLOTS_NAME).exists()
        seen["db"] = (folder / DB_NAME).exists()
        seen["keyring"] = bool(keyring_double.entries)

    destroy.destroy(folder, keyring_double, after_keys=when_keys_are_gone)
    assert seen == {"slots": False, "db": True, "keyring": True}


def test_a_missing_keyring_does_not_stop_the_erase(remembered):
    folder, _ = remembered
    destroy.destroy(folder, MemoryKeyring(available=False))
    assert not folder.exists()


def test_an_interrupted_rotation_and_leftover_temporary_slot_files_are_erased_too(new_vault, keyring_double):
    vault, _ = new_vault
    vault.close()
    for name in (NEXT_SLOTS_NAME, SLOTS_NAME + ".tmp", NEXT_SLOTS_NAME + ".tmp"):
        (vault.folder / name).write_bytes((vault.folder / SLOTS_NAME).read_bytes())
    destroy.destroy(vault.folder, keyring_double)
    assert not vault.folder.exists()


def test_an_open_vault_is_erased_too(new_vault, keyring_double):
    """Decision: no 'close it first' in an emergency; the vault open elsewhere loses its files."""
    vault, code = new_vault
    store = RecordStore(vault)
    store.add(Record(kind="communication", title="Before", fields={"direction": "sent", "channel": "email"}))
    destroy.destroy(vault.folder, keyring_double)
    assert not vault.folder.exists()
    with pytest.raises(VaultMoved):  # a later save is refused, not silently lost
        store.add(Record(kind="communication", title="After", fields={"direction": "sent", "channel": "email"}))
    vault.close()
    assert not vault.folder.exists()  # nothing written afterwards came back to the disk
    with pytest.raises(VaultNotFound):
        Vault.unlock(vault.folder, Credential.recovery_code(code), device_keyring=keyring_double)


def test_the_vault_method_erases_and_locks(new_vault, keyring_double):
    vault, _ = new_vault
    vault.remember_on_device()
    vault.destroy()
    assert not vault.is_open and not vault.folder.exists() and keyring_double.entries == {}


def test_files_that_are_not_the_vaults_are_kept(new_vault, keyring_double):
    vault, _ = new_vault
    vault.close()
    (vault.folder / "my notes.txt").write_text("not npmdesk's")
    destroy.destroy(vault.folder, keyring_double)
    assert [p.name for p in vault.folder.iterdir()] == ["my notes.txt"]


def test_a_folder_that_is_not_a_vault_is_left_alone(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF")
    before = snapshot(tmp_path)
    with pytest.raises(NotAVault):
        destroy.destroy(tmp_path, MemoryKeyring())
    with pytest.raises(VaultNotFound):
        destroy.destroy(tmp_path / "nothing here", MemoryKeyring())
    assert snapshot(tmp_path) == before


def test_files_that_cannot_be_deleted_are_reported_after_the_keys_are_gone(new_vault, keyring_double, monkeypatch):
    vault, _ = new_vault
    vault.close()
    real_unlink = os.unlink

    def held_open(path, *args, **kwargs):  # as on Windows while another process has it open
        if str(path).endswith(DB_NAME):
            raise PermissionError(13, "in use")
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(destroy.os, "unlink", held_open)
    with pytest.raises(EraseIncomplete, match="keys are erased") as caught:
        destroy.destroy(vault.folder, keyring_double)
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in vault.folder.iterdir()) == [DB_NAME]


def test_slot_files_that_can_be_neither_overwritten_nor_deleted_are_reported(new_vault, keyring_double, monkeypatch):
    vault, _ = new_vault
    vault.close()

    def refuse(path, *args, **kwargs):
        raise PermissionError(13, "read-only")

    monkeypatch.setattr(destroy, "_overwrite", refuse)
    monkeypatch.setattr(destroy.os, "unlink", refuse)
    with pytest.raises(KeysNotErased, match="could not erase the keys"):
        destroy.destroy(vault.folder, keyring_double)
    assert json.loads((vault.folder / SLOTS_NAME).read_bytes())["slots"]  # honest: still there


def test_the_attachment_files_go_too_and_files_not_ours_stay(new_vault, keyring_double):
    import io

    from npmdesk.records import attachments
    from npmdesk.vault import attachment_files

    vault, _ = new_vault
    store = RecordStore(vault)
    record = store.add(Record(kind="communication", title="With annexes",
                              fields={"direction": "sent", "channel": "email"}))
    for n in range(3):
        attachments.add(store, record.id, f"annex-{n}.txt", io.BytesIO(b"annex %d" % n))
    folder = attachment_files.folder_of(vault.folder)
    assert len(list(folder.iterdir())) == 3
    vault.destroy()
    assert not vault.folder.exists()
    # A folder holding something that is not the vault's is kept, with only that in it.
    other, _ = Vault.create(vault.folder, Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                            device_keyring=keyring_double)
    store = RecordStore(other)
    record = store.add(Record(kind="communication", title="Again", fields={"direction": "sent", "channel": "email"}))
    attachments.add(store, record.id, "annex.txt", io.BytesIO(b"annex"))
    (folder / "mine.txt").write_text("not npmdesk's")
    other.destroy()
    assert [p.relative_to(vault.folder).as_posix() for p in vault.folder.rglob("*")] == [
        "attachments", "attachments/mine.txt"]


def test_an_attachments_folder_replaced_by_a_link_is_removed_not_followed(new_vault, keyring_double, tmp_path):
    vault, _ = new_vault
    vault.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ("ab" * 16)).write_bytes(b"looks like one of ours")
    (vault.folder / "attachments").symlink_to(elsewhere)
    destroy.destroy(vault.folder, keyring_double)
    assert not vault.folder.exists() and [p.name for p in elsewhere.iterdir()] == ["ab" * 16]
