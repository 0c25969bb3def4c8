"""The vault commands of the CLI contract: init, check, passwd, rotate-key and friends."""

from __future__ import annotations

import pytest

from npmdesk import __version__
from npmdesk.vault import Credential, Vault
from tests.support.cli_helpers import npmdesk, recovery_code_in
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

NEW = "a different passphrase, longer"


@pytest.fixture
def pass_file(tmp_path):
    path = tmp_path / "pass.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def cli_vault(tmp_path, pass_file):
    vault = tmp_path / "vault"
    result = npmdesk("init", "--vault", vault, "--passphrase-file", pass_file, "--npm-name", "INDH")
    assert result.status == 0, result.err
    return vault, recovery_code_in(result.out)


def assert_one_line_error(result, status, text):
    assert result.status == status
    assert len(result.errors) == 1, result.err
    assert result.errors[0].startswith("npmdesk: ") and text in result.errors[0]
    assert "Traceback" not in result.err


def test_version():
    result = npmdesk("--version")
    assert result.status == 0 and result.out.strip() == f"npmdesk {__version__}"


def test_init_prints_the_recovery_code_once_and_it_works(cli_vault):
    vault, code = cli_vault
    with Vault.unlock(vault, Credential.recovery_code(code), device_keyring=MemoryKeyring()) as opened:
        assert opened.meta("npm_name") == "INDH"


def test_init_refuses_an_existing_vault(cli_vault, pass_file):
    vault, _ = cli_vault
    result = npmdesk("init", "--vault", vault, "--passphrase-file", pass_file)
    assert_one_line_error(result, 2, "already exists")


def test_init_refuses_a_short_passphrase(tmp_path):
    result = npmdesk("init", "--vault", tmp_path / "v", env={"NPMDESK_PASSPHRASE": "short"})
    assert_one_line_error(result, 2, "at least 10 characters")
    assert not (tmp_path / "v").exists()


def test_check_healthy_with_file_and_with_environment(cli_vault, pass_file):
    vault, _ = cli_vault
    assert npmdesk("check", "--vault", vault, "--passphrase-file", pass_file).status == 0
    result = npmdesk("--vault", str(vault), "check", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert result.status == 0 and "healthy" in result.out


def test_check_reports_tampering_with_exit_1(cli_vault, pass_file):
    vault, _ = cli_vault
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as v:
        v.db.execute("CREATE TABLE filler(x)")
        v.db.executemany("INSERT INTO filler VALUES (?)", [("y" * 400,) for _ in range(200)])
    data = bytearray((vault / "vault.db").read_bytes())
    data[8 * 4096 + 77] ^= 0x40
    (vault / "vault.db").write_bytes(bytes(data))
    result = npmdesk("check", "--vault", vault, "--passphrase-file", pass_file)
    assert_one_line_error(result, 1, "damaged")
    assert "Restore your latest backup" in result.err


def test_check_names_a_missing_or_damaged_attachment_file_on_a_line_of_its_own(cli_vault, pass_file):
    import io

    from npmdesk.records import Record, RecordStore, attachments

    vault, _ = cli_vault
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as v:
        store = RecordStore(v)
        record = store.add(Record(kind="communication", title="Letter",
                                  fields={"direction": "sent", "channel": "email"}))
        ids = [attachments.add(store, record.id, f"annex-{n}.txt", io.BytesIO(b"annex %d" % n)).id for n in range(3)]
        names = [v.db.execute("SELECT blob FROM attachment WHERE id=?", (aid,)).fetchone()[0] for aid in ids]
    assert npmdesk("check", "--vault", vault, "--passphrase-file", pass_file).status == 0
    (vault / "attachments" / names[0]).unlink()
    damaged = vault / "attachments" / names[1]
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"!")
    result = npmdesk("check", "--vault", vault, "--passphrase-file", pass_file)
    assert_one_line_error(result, 1, "2 problems")
    lines = [line for line in result.out.splitlines() if line.startswith("- ")]
    assert lines == [
        f"- attachment {ids[0]} of record {record.id}: its file is missing",
        f"- attachment {ids[1]} of record {record.id}: its file is damaged (altered, cut short or replaced)"]


def test_check_on_unopenable_vault_exits_1(cli_vault, pass_file):
    vault, _ = cli_vault
    data = bytearray((vault / "vault.db").read_bytes())
    data[50] ^= 0xFF
    (vault / "vault.db").write_bytes(bytes(data))
    assert_one_line_error(npmdesk("check", "--vault", vault, "--passphrase-file", pass_file), 1, "damaged")


@pytest.mark.parametrize(
    ("args", "env", "text"),
    [
        (["check"], {"NPMDESK_PASSPHRASE": "wrong passphrase"}, "Wrong passphrase"),
        (["check"], {}, "No passphrase given"),
        (["check", "--passphrase-file", "/nonexistent/pass"], {}, "Cannot read"),
        (["check", "--recovery-code-file", "/dev/null"], {}, "typing mistake"),
    ],
)
def test_failures_are_one_line_with_exit_2(cli_vault, args, env, text):
    vault, _ = cli_vault
    assert_one_line_error(npmdesk(*args, "--vault", vault, env=env, stdin=""), 2, text)


def test_missing_vault_and_not_a_vault(tmp_path):
    assert_one_line_error(npmdesk("check", "--vault", tmp_path / "none", env={"NPMDESK_PASSPHRASE": "x"}),
                          2, "no vault")
    assert_one_line_error(npmdesk("check", "--vault", tmp_path, env={"NPMDESK_PASSPHRASE": "x"}),
                          2, "not an npmdesk vault")


def test_vault_in_use(cli_vault, pass_file):
    vault, _ = cli_vault
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()):
        result = npmdesk("check", "--vault", vault, "--passphrase-file", pass_file)
    assert_one_line_error(result, 2, "already open")


def test_passwd_changes_the_passphrase(cli_vault, pass_file, tmp_path):
    vault, _ = cli_vault
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW)
    result = npmdesk("passwd", "--vault", vault, "--passphrase-file", pass_file,
                     "--new-passphrase-file", new_file)
    assert result.status == 0, result.err
    assert npmdesk("check", "--vault", vault, env={"NPMDESK_PASSPHRASE": NEW}).status == 0
    assert_one_line_error(npmdesk("check", "--vault", vault, "--passphrase-file", pass_file),
                          2, "Wrong passphrase")


def test_passwd_with_the_recovery_code(cli_vault, tmp_path):
    vault, code = cli_vault
    code_file = tmp_path / "code.txt"
    code_file.write_text(code.lower() + "\n")
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW)
    result = npmdesk("passwd", "--vault", vault, "--recovery-code-file", code_file,
                     "--new-passphrase-file", new_file)
    assert result.status == 0, result.err
    assert npmdesk("check", "--vault", vault, env={"NPMDESK_PASSPHRASE": NEW}).status == 0
    # The used code is spent; the new one printed by passwd works.
    assert npmdesk("check", "--vault", vault, "--recovery-code-file", code_file).status == 2
    code_file.write_text(recovery_code_in(result.out))
    assert npmdesk("check", "--vault", vault, "--recovery-code-file", code_file).status == 0


def test_rotate_key_and_new_recovery_code(cli_vault, pass_file, tmp_path):
    vault, old_code = cli_vault
    result = npmdesk("rotate-key", "--vault", vault, "--passphrase-file", pass_file)
    assert result.status == 0, result.err
    rotated_code = recovery_code_in(result.out)
    assert rotated_code != old_code
    result = npmdesk("new-recovery-code", "--vault", vault, "--passphrase-file", pass_file)
    newest = recovery_code_in(result.out)
    for code, works in ((old_code, False), (rotated_code, False), (newest, True)):
        code_file = tmp_path / "code.txt"
        code_file.write_text(code)
        status = npmdesk("check", "--vault", vault, "--recovery-code-file", code_file).status
        assert (status == 0) == works


def test_remember_without_a_keyring_warns_and_keeps_the_passphrase(tmp_path, pass_file):
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    vault = tmp_path / "v"
    result = npmdesk("init", "--vault", vault, "--passphrase-file", pass_file, "--remember", env=no_keyring)
    assert result.status == 0
    assert "no working keyring" in result.err
    assert npmdesk("check", "--vault", vault, "--passphrase-file", pass_file, env=no_keyring).status == 0
    assert_one_line_error(npmdesk("remember", "--vault", vault, "--passphrase-file", pass_file,
                                  env=no_keyring), 2, "no working keyring")
