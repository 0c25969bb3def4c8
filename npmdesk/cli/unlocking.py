"""Opening the vault for a command: recovery code, passphrase, device keyring, or a prompt."""

from __future__ import annotations

import argparse
import contextlib

from npmdesk.cli import credentials
from npmdesk.errors import KeyringUnavailable, NotRemembered
from npmdesk.vault import Credential, Vault


def unlock(args: argparse.Namespace) -> Vault:
    """Unlock with, in order: a recovery code file, a given passphrase, the device keyring, a prompt."""
    if args.recovery_code_file is not None:
        typed = credentials.recovery_code(args.recovery_code_file)
        return Vault.unlock(args.vault, Credential.recovery_code(typed))
    text = credentials.given_passphrase(args.passphrase_file)
    if text is None:
        with contextlib.suppress(NotRemembered, KeyringUnavailable):
            return Vault.unlock(args.vault, Credential.keyring())
    credential = Credential("passphrase", credentials.current_passphrase(args.passphrase_file))
    try:
        return Vault.unlock(args.vault, credential)
    finally:
        credential.wipe()
