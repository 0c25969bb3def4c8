"""Passphrases typed at a real terminal prompt (a pseudo-terminal), and the device keyring."""

from __future__ import annotations

import sys

import keyring

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.terminal import run_in_terminal


def npmdesk_in_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
    run = run_in_terminal([sys.executable, "-m", "npmdesk", *args], answers)
    return run.status, run.output


def test_init_and_check_with_typed_passphrases(tmp_path):
    vault = str(tmp_path / "v")
    status, output = npmdesk_in_terminal(["init", "--vault", vault], [PASSPHRASE, PASSPHRASE])
    assert status == 0, output
    assert PASSPHRASE not in output  # never echoed
    status, output = npmdesk_in_terminal(["check", "--vault", vault], [PASSPHRASE])
    assert status == 0 and "healthy" in output, output


def test_mismatched_confirmation_creates_nothing(tmp_path):
    vault = tmp_path / "v"
    status, output = npmdesk_in_terminal(["init", "--vault", str(vault)], [PASSPHRASE, PASSPHRASE + "!"])
    assert status == 2 and "do not match" in output
    assert not vault.exists()


def test_remembered_vault_needs_no_passphrase_on_this_device(tmp_path):
    backend = type(keyring.get_keyring()).__module__
    assert "SecretService" in backend, "run the tests with `make test` (gnome-keyring under D-Bus)"
    vault = tmp_path / "v"
    init = npmdesk("init", "--vault", vault, "--remember", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert init.status == 0 and "remembered on this device" in init.out, init.err
    assert npmdesk("check", "--vault", vault, stdin="").status == 0  # no passphrase anywhere
    assert npmdesk("forget", "--vault", vault).status == 0
    result = npmdesk("check", "--vault", vault, stdin="")
    assert result.status == 2 and "No passphrase given" in result.err
