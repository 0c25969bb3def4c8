"""Where the CLI gets passphrases and recovery codes: a file, the environment, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from npmdesk.errors import NpmdeskError, PassphraseMismatch
from npmdesk.vault import Secret

PASSPHRASE_ENV = "NPMDESK_PASSPHRASE"  # noqa: S105 - a variable name, not a password
MAX_SECRET_FILE = 4096


class NoPassphrase(NpmdeskError):
    message = (
        "No passphrase given: run in a terminal, or use --passphrase-file FILE "
        "or the NPMDESK_PASSPHRASE environment variable."
    )


class UnreadableSecretFile(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"Cannot read {path}: it must be a small text file (its first line is used).")


def read_secret_file(path: Path) -> str:
    """The first line of a small UTF-8 file, without its line ending."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_SECRET_FILE + 1)
        if len(data) > MAX_SECRET_FILE:
            raise ValueError
        text = data.decode("utf-8")
    except (OSError, ValueError):
        raise UnreadableSecretFile(path) from None
    return text.splitlines()[0] if text else ""


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise NoPassphrase()
    try:
        return getpass.getpass(label)
    except EOFError:
        raise NoPassphrase() from None


def from_environment(name: str) -> str | None:
    """The value of the environment variable `name`, or None if it is unset or empty.

    An empty variable (`NPMDESK_PASSPHRASE=` left in a script) means "not given": npmdesk then
    asks at the terminal or uses the file given, instead of trying an empty passphrase.
    """
    return os.environ.get(name) or None


def given_passphrase(passphrase_file: Path | None) -> str | None:
    """The passphrase from --passphrase-file or NPMDESK_PASSPHRASE, None if neither is given."""
    if passphrase_file is not None:
        return read_secret_file(passphrase_file)
    return from_environment(PASSPHRASE_ENV)


def current_passphrase(passphrase_file: Path | None) -> Secret:
    text = given_passphrase(passphrase_file)
    if text is None:
        text = _prompt("Passphrase: ")
    return Secret.from_passphrase(text)


def new_passphrase(passphrase_file: Path | None, *, use_env: bool) -> Secret:
    """A new passphrase: from the file (or env if allowed), else typed twice at a prompt."""
    if passphrase_file is not None:
        return Secret.from_passphrase(read_secret_file(passphrase_file))
    if use_env and (text := from_environment(PASSPHRASE_ENV)) is not None:
        return Secret.from_passphrase(text)
    first = _prompt("New passphrase: ")
    if _prompt("Type it again: ") != first:
        raise PassphraseMismatch()
    return Secret.from_passphrase(first)


def recovery_code(code_file: Path | None) -> str:
    if code_file is not None:
        return read_secret_file(code_file)
    return _prompt("Recovery code: ")
