"""Opening the vault for a command: recovery code, passphrase, device keyring, or a prompt."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys

from npmdesk.cli import credentials
from npmdesk.errors import KeyringUnavailable, NotRemembered, NpmdeskError
from npmdesk.translation import QT_TRANSLATE_NOOP, translate
from npmdesk.vault import Credential, Secret, Vault


def unlock(args: argparse.Namespace) -> Vault:
    """Unlock with, in order: a recovery code file, a given passphrase, the device keyring, a prompt.

    Warns on stderr when a new recovery code was made but never shown (a kill at the wrong
    moment): the previous code still works, and the user is told how to get a new one.
    """
    vault = _unlock(args)
    if args.command in RECORDING_COMMANDS and not vault.meta("user_name"):
        with contextlib.suppress(NpmdeskError):  # the change itself then says what is wrong with the vault
            vault.set_meta("user_name", login_name())
    if vault.recovery_code_pending and args.command not in ("new-recovery-code", "rotate-key"):
        print(translate("cli", "npmdesk: warning: {text}").format(text=translate("cli", PENDING_CODE)),
              file=sys.stderr)
    return vault


# Commands that record who made a change: a vault made without a user name (before npmdesk
# defaulted it to the login name at init) takes the login name for good, as `init` does now,
# so that records, attachments and the disclosure log are not "by unknown".
RECORDING_COMMANDS = frozenset({"add", "update", "consent", "import", "export", "demo", "contact", "state"})
FALLBACK_USER = "me"
MAX_USER = 100


def login_name() -> str:
    """The operating system's login name ("me" if it cannot be told), for a vault's user name."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):
        return FALLBACK_USER
    name = " ".join("".join(c if c.isprintable() else " " for c in name).split())[:MAX_USER]
    return name or FALLBACK_USER


PENDING_CODE = QT_TRANSLATE_NOOP(
    "cli",
    "a change of recovery code did not finish (npmdesk was interrupted): your previous "
    "recovery code still opens the vault. Run 'npmdesk new-recovery-code' to make a new one."
)


def _unlock(args: argparse.Namespace) -> Vault:
    if args.recovery_code_file is not None:
        typed = credentials.text(credentials.RECOVERY_CODE, args.recovery_code_file)
        return Vault.unlock(args.vault, Credential.recovery_code(typed))
    text = credentials.given(credentials.VAULT, args.passphrase_file)  # read once: FILE may be a pipe
    if text is None:
        with contextlib.suppress(NotRemembered, KeyringUnavailable):
            return Vault.unlock(args.vault, Credential.keyring())
        text = credentials.ask(credentials.VAULT)
    credential = Credential("passphrase", Secret.from_passphrase(text))
    try:
        return Vault.unlock(args.vault, credential)
    finally:
        credential.wipe()
