"""Every secret the command line is given, by one set of rules: the vault's passphrase and
recovery code, a new passphrase (`init`, `passwd`), a package's passphrase (`export --passphrase`,
`import`, `package open`) and the passphrase of `npmdesk age`.

Where a secret comes from, in this order:

1. A file named by an option (`--passphrase-file`, `--new-passphrase-file`,
   `--recovery-code-file`, `--package-passphrase-file`): its first line without the line ending
   (a UTF-8 file of at most 4 KiB; anything else is refused with UnreadableSecretFile).
2. Else the secret's environment variable, when it is set and not empty: NPMDESK_PASSPHRASE for
   the vault and `npmdesk age`, NPMDESK_PACKAGE_PASSPHRASE for packages. An empty variable means
   "not given" (a `NPMDESK_PASSPHRASE=` left in a script), never an empty passphrase. A recovery
   code has no variable, and `passwd`'s new passphrase is never read from NPMDESK_PASSPHRASE
   (that variable holds the current one).
3. Else a prompt at the terminal, with echo off: at the controlling terminal (`/dev/tty`; the
   console on Windows), or at standard input only when that is a terminal itself. Piped standard
   input is never read for a secret: it may carry the command's data (`npmdesk age`,
   `add --body-file -`). A new passphrase is asked twice; answers that differ are
   refused (the kind's `mismatch` error), and so is an empty answer (NothingTyped).
4. With no terminal to ask at (a script, a service, `setsid`), the command stops at once with the
   kind's `missing` error, one sentence naming the option and the variable that give the secret;
   it never waits for input that cannot come.

A secret is handed over as a `Secret` (a bytearray the caller wipes, or uses in a `with`); the
`str` that `getpass` or the environment produced cannot be wiped and is dropped at once.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from npmdesk.cli.errors import (
    NoAgePassphrase,
    NoPassphrase,
    NothingTyped,
    PackagePassphraseMismatch,
    PackagePassphraseNeeded,
    UnreadableSecretFile,
)
from npmdesk.errors import NpmdeskError, PassphraseMismatch
from npmdesk.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:  # the vault package is imported when a secret is made: `--help` stays light
    from npmdesk.vault.secret import Secret

PASSPHRASE_ENV = "NPMDESK_PASSPHRASE"  # noqa: S105 - a variable name, not a password
PACKAGE_PASSPHRASE_ENV = "NPMDESK_PACKAGE_PASSPHRASE"  # noqa: S105 - a variable name, not a password
MAX_SECRET_FILE = 4096


@dataclass(frozen=True)
class Kind:
    """One kind of secret: its variable (None: none), its prompts, and what the user is told
    when it cannot be asked for (`missing`) or was typed differently twice (`mismatch`)."""

    env: str | None
    prompt: str
    again: str
    missing: type[NpmdeskError]
    mismatch: type[NpmdeskError] = PassphraseMismatch


AGAIN = QT_TRANSLATE_NOOP("cli", "Type it again: ")
VAULT = Kind(PASSPHRASE_ENV, QT_TRANSLATE_NOOP("cli", "Passphrase: "), AGAIN, NoPassphrase)
NEW_VAULT = Kind(PASSPHRASE_ENV, QT_TRANSLATE_NOOP("cli", "New passphrase: "), AGAIN, NoPassphrase)
RECOVERY_CODE = Kind(None, QT_TRANSLATE_NOOP("cli", "Recovery code: "), AGAIN, NoPassphrase)
PACKAGE = Kind(PACKAGE_PASSPHRASE_ENV, QT_TRANSLATE_NOOP("cli", "Package passphrase: "), AGAIN,
               PackagePassphraseNeeded, PackagePassphraseMismatch)
AGE = Kind(PASSPHRASE_ENV, QT_TRANSLATE_NOOP("cli", "Enter passphrase: "),
           QT_TRANSLATE_NOOP("cli", "Confirm passphrase: "), NoAgePassphrase)


def read_secret_file(path: Path) -> str:
    """The first line of a small UTF-8 file, without its line ending (rule 1)."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_SECRET_FILE + 1)
        if len(data) > MAX_SECRET_FILE:
            raise ValueError
        text = data.decode("utf-8")
    except (OSError, ValueError):
        raise UnreadableSecretFile(path) from None
    return text.splitlines()[0] if text else ""


def from_environment(name: str) -> str | None:
    """The value of the environment variable `name`, None if it is unset or empty (rule 2)."""
    return os.environ.get(name) or None


def given(kind: Kind, path: Path | None, *, use_env: bool = True) -> str | None:
    """The secret from its file or (if `use_env`) its variable; None if neither gives it."""
    if path is not None:
        return read_secret_file(path)
    if use_env and kind.env is not None:
        return from_environment(kind.env)
    return None


def terminal_available() -> bool:
    """True if a prompt can be shown with echo off (rule 3): the process has a controlling
    terminal, or its standard input is a terminal itself (getpass then asks there)."""
    if os.name == "nt":
        return True  # getpass reads the console directly
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return sys.stdin is not None and sys.stdin.isatty()
    os.close(fd)
    return True


def ask(kind: Kind, label: str | None = None, *, twice: bool = False) -> str:
    """The secret typed at the terminal (rules 3 and 4), asked twice if `twice`."""
    if not terminal_available():
        raise kind.missing()
    try:
        text = getpass.getpass(label or translate("cli", kind.prompt))
        if not text:
            raise NothingTyped()
        if twice and getpass.getpass(translate("cli", kind.again)) != text:
            raise kind.mismatch()
    except EOFError:
        raise kind.missing() from None
    return text


def text(kind: Kind, path: Path | None, *, new: bool = False, use_env: bool = True) -> str:
    """The secret by the rules above, as text (a recovery code, which the vault normalises)."""
    found = given(kind, path, use_env=use_env)
    return found if found is not None else ask(kind, twice=new)


def secret(kind: Kind, path: Path | None = None, *, new: bool = False, use_env: bool = True) -> Secret:
    """The secret by the rules above; `new` asks twice at a prompt. The caller wipes it."""
    from npmdesk.vault.secret import Secret

    return Secret.from_passphrase(text(kind, path, new=new, use_env=use_env))


def asker(kind: Kind, path: Path | None = None, label: str | None = None) -> Callable[[], Secret]:
    """A source of the secret that reads or asks only when called: for a package or an age
    file that turns out to need a passphrase."""

    def get() -> Secret:
        from npmdesk.vault.secret import Secret

        found = given(kind, path)
        return Secret.from_passphrase(found if found is not None else ask(kind, label))

    return get
