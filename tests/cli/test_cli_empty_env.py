"""An empty NPMDESK_PASSPHRASE= or NPMDESK_PACKAGE_PASSPHRASE= means "not given", never "an empty
passphrase": npmdesk asks at the terminal or takes the file, as if the variable were unset."""

from __future__ import annotations

import sys

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.terminal import run_in_terminal

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
EMPTY = {"NPMDESK_PASSPHRASE": ""}


def test_empty_passphrase_variable_asks_at_the_terminal(tmp_path):
    vault = tmp_path / "v"
    assert npmdesk("init", "--vault", vault, env=ENV).status == 0
    run = run_in_terminal([sys.executable, "-m", "npmdesk", "check", "--vault", vault], [PASSPHRASE], env=EMPTY)
    assert run.status == 0 and "healthy" in run.output, run.output
    assert "wrong" not in run.output.lower()


def test_empty_passphrase_variable_without_a_terminal_says_no_passphrase_was_given(tmp_path):
    vault = tmp_path / "v"
    assert npmdesk("init", "--vault", vault, env=ENV).status == 0
    result = npmdesk("list", "--vault", vault, env=EMPTY, stdin="")
    assert result.status == 2 and "No passphrase given" in result.err, result.err
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE + "\n")
    assert npmdesk("list", "--vault", vault, "--passphrase-file", phrase, env=EMPTY).status == 0


def test_empty_variable_does_not_make_an_empty_passphrase_vault(tmp_path):
    vault = tmp_path / "v"
    run = run_in_terminal([sys.executable, "-m", "npmdesk", "init", "--vault", vault],
                          [PASSPHRASE, PASSPHRASE], env=EMPTY)
    assert run.status == 0, run.output
    assert npmdesk("check", "--vault", vault, env=ENV).status == 0


def test_empty_package_passphrase_variable_is_not_tried(tmp_path):
    vault = tmp_path / "v"
    assert npmdesk("init", "--vault", vault, env=ENV).status == 0
    assert npmdesk("add", "communication", "--subject", "Carta", "--vault", vault, env=ENV).status == 0
    package = tmp_path / "p.age"
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("package passphrase 2026\n")
    made = npmdesk("export", "--all", "--confirm-sensitive", "--passphrase", "--package-passphrase-file", phrase,
                   "-o", package,
                   "--vault", vault, env=ENV)
    assert made.status == 0, made.err
    result = npmdesk("import", package, "--vault", vault, stdin="",
                     env={**ENV, "NPMDESK_PACKAGE_PASSPHRASE": ""})
    assert result.status == 2 and "needs the package's passphrase" in result.err, result.err


def test_empty_passphrase_variable_lets_age_ask_at_the_terminal(tmp_path):
    plain, sealed, back = tmp_path / "plain.txt", tmp_path / "sealed.age", tmp_path / "back.txt"
    plain.write_text("Informe confidencial\n")
    encrypt = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-p", "-o", sealed, plain],
                              ["age passphrase 2026", "age passphrase 2026"],
                              env={**EMPTY, "NPMDESK_KDF_PROFILE": "test"})
    assert encrypt.status == 0, encrypt.output
    decrypt = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-d", "-o", back, sealed],
                              ["age passphrase 2026"], env=EMPTY)
    assert decrypt.status == 0, decrypt.output
    assert back.read_text() == "Informe confidencial\n"
