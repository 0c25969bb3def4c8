"""The CLI contract for `backup`, `restore` and `destroy`."""

from __future__ import annotations

import json
import stat

import keyring
import pytest

from npmdesk.records import Record, RecordStore
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.backup_schedule import last_backup_at
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring


def assert_one_line_error(result, status, text):
    assert result.status == status, result.err
    assert len(result.errors) == 1, result.err
    assert result.errors[0].startswith("npmdesk: ") and text in result.errors[0], result.err
    assert "Traceback" not in result.err


@pytest.fixture
def pass_file(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def cli_vault(tmp_path):
    """A vault with two records: (path, recovery code, record ids)."""
    vault, code = Vault.create(tmp_path / "vault", Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                               device_keyring=MemoryKeyring())
    with vault:
        store = RecordStore(vault)
        fields = {"direction": "sent", "channel": "email"}
        ids = [store.add(Record(kind="communication", title=subject, fields=fields)).id
               for subject in ("Annual report submission", "Request for interpretation")]
    return vault.folder, code, sorted(ids)


def listed_ids(vault, pass_file) -> list[str]:
    result = npmdesk("list", "--json", "--vault", vault, "--passphrase-file", pass_file)
    assert result.status == 0, result.err
    return sorted(r["id"] for r in json.loads(result.out))


def test_backup_restore_check_round_trip(tmp_path, cli_vault, pass_file):
    vault, code, ids = cli_vault
    target = tmp_path / "vault.npmbackup"
    made = npmdesk("backup", "-o", target, "--vault", vault, env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert made.status == 0, made.err
    assert str(target) in made.out and "verified" in made.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    restored = npmdesk("restore", target, "--vault", tmp_path / "restored", "--passphrase-file", pass_file)
    assert restored.status == 0, restored.err
    assert "integrity" in restored.out
    assert npmdesk("check", "--vault", tmp_path / "restored", "--passphrase-file", pass_file).status == 0
    assert listed_ids(tmp_path / "restored", pass_file) == ids
    code_file = tmp_path / "code.txt"
    code_file.write_text(code)
    by_code = npmdesk("restore", target, "--vault", tmp_path / "by-code", "--recovery-code-file", code_file)
    assert by_code.status == 0, by_code.err
    assert "npmdesk passwd" in by_code.out
    assert listed_ids(tmp_path / "by-code", pass_file) == ids


def test_backup_failures_are_one_line(tmp_path, cli_vault, pass_file):
    vault, _, _ = cli_vault
    target = tmp_path / "b"
    target.write_text("older backup")
    assert_one_line_error(npmdesk("backup", "-o", target, "--vault", vault, "--passphrase-file", pass_file),
                          2, "already exists")
    assert target.read_text() == "older backup"
    assert_one_line_error(npmdesk("backup", "-o", tmp_path / "c", "--vault", vault,
                                  env={"NPMDESK_PASSPHRASE": "not the passphrase"}), 2, "Wrong passphrase")
    assert not (tmp_path / "c").exists()


def test_restore_failures_are_one_line_and_create_nothing(tmp_path, cli_vault, pass_file):
    vault, _, _ = cli_vault
    target = tmp_path / "b"
    assert npmdesk("backup", "-o", target, "--vault", vault, "--passphrase-file", pass_file).status == 0
    damaged = tmp_path / "damaged"
    damaged.write_bytes(target.read_bytes()[:-4096])
    new = tmp_path / "new"
    cases = [
        ([damaged, "--passphrase-file", pass_file], "damaged"),
        ([pass_file, "--passphrase-file", pass_file], "not an npmdesk backup"),
        ([target], "Wrong passphrase"),
        ([target, "--vault", vault, "--passphrase-file", pass_file], "already exists"),
    ]
    for args, text in cases:
        where = [] if "--vault" in args else ["--vault", new]
        result = npmdesk("restore", *args, *where, env={"NPMDESK_PASSPHRASE": "wrong passphrase!"})
        assert_one_line_error(result, 2, text)
        assert not new.exists()


def test_destroy_needs_the_vault_name_then_erases_everything(tmp_path, cli_vault, pass_file):
    vault, code, _ = cli_vault
    before = sorted(p.name for p in vault.iterdir())
    for wrong in ("Vault", str(vault)):
        result = npmdesk("destroy", "--yes-destroy", wrong, "--vault", vault)
        assert_one_line_error(result, 2, "Nothing was erased")
        assert "--yes-destroy vault" in result.err
    assert sorted(p.name for p in vault.iterdir()) == before
    assert npmdesk("check", "--vault", vault, "--passphrase-file", pass_file).status == 0
    erased = npmdesk("destroy", "--yes-destroy", "vault", "--vault", vault)
    assert erased.status == 0, erased.err
    assert "erased" in erased.out and not vault.exists()
    code_file = tmp_path / "code.txt"
    code_file.write_text(code)
    assert_one_line_error(npmdesk("check", "--vault", vault, "--recovery-code-file", code_file), 2, "no vault")


def test_destroy_while_the_vault_is_open_in_another_process(cli_vault):
    vault, _, _ = cli_vault
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as opened:
        assert opened.is_open
        result = npmdesk("destroy", "--vault", vault, "--yes-destroy", "vault")
        assert result.status == 0, result.err
        assert not vault.exists()
    assert not vault.exists()


@pytest.mark.secret_service
def test_destroy_deletes_the_entry_in_the_real_keyring(tmp_path):
    assert "SecretService" in type(keyring.get_keyring()).__module__, (
        "run the tests with `make test` (gnome-keyring under D-Bus)")
    vault = tmp_path / "vault"
    init = npmdesk("init", "--vault", vault, "--remember", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert init.status == 0 and "remembered on this device" in init.out, init.err
    slots = json.loads((vault / "keyslots.json").read_text())
    entry = next(f"{slots['vault_id']}:{s['id']}" for s in slots["slots"] if s["type"] == "keyring")
    assert keyring.get_password("npmdesk", entry) is not None
    result = npmdesk("destroy", "--vault", vault, "--yes-destroy", "vault")
    assert result.status == 0, result.err
    assert keyring.get_password("npmdesk", entry) is None and not vault.exists()


def test_a_backup_made_with_the_cli_counts_as_the_last_backup(tmp_path, cli_vault):
    vault, _code, _ids = cli_vault
    made = npmdesk("backup", "-o", tmp_path / "b.npmbackup", "--vault", vault, env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert made.status == 0, made.err
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as opened:
        assert last_backup_at(opened) is not None
