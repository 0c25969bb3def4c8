"""The vault's own subcommands (init, check, passwd, rotate-key, new-recovery-code, remember,
forget): call the core, print the outcome."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from npmdesk.cli import credentials
from npmdesk.cli.errors import CheckFailed
from npmdesk.cli.unlocking import login_name, unlock
from npmdesk.errors import KeyringUnavailable
from npmdesk.records.npm_state import require_state, set_npm_state
from npmdesk.translation import error_message, translate
from npmdesk.vault import Credential, Vault
from npmdesk.vault.kdf import TEST_PROFILE_ENV

EXIT_OK = 0
EXIT_DAMAGED = 1


def _warn(text: str) -> None:
    print(translate("cli", "npmdesk: warning: {text}").format(text=text), file=sys.stderr)


def _warn_weak_kdf() -> None:
    if os.environ.get(TEST_PROFILE_ENV) == "test":
        _warn(f"{TEST_PROFILE_ENV}=test makes a weak passphrase slot (for tests only).")


def _print_recovery_code(code: str, intro: str) -> None:
    print(intro)
    print(translate("cli", "It is shown only this once. Write it down and keep it apart from this computer:"))
    print()
    print(f"    {code}")
    print()
    print(translate("cli", "With it you can open the vault and set a new passphrase if you forget yours."))
    sys.stdout.flush()  # shown before the old code is retired (a failure here keeps the old one)


def _shower(intro: str) -> Callable[[str], None]:
    return lambda code: _print_recovery_code(code, intro)


def cmd_init(args: argparse.Namespace) -> int:
    state = require_state(args.state) if args.state is not None else None  # a typo creates nothing
    _warn_weak_kdf()
    with credentials.secret(credentials.NEW_VAULT, args.passphrase_file, new=True) as passphrase:
        vault, code = Vault.create(
            args.vault, passphrase, npm_name=args.npm_name, user_name=args.user_name.strip() or login_name()
        )
    with vault:
        if state is not None:
            set_npm_state(vault, state.iso2)
        _print_recovery_code(code, translate("cli", "Created the vault at {path}.\n\nRecovery code:").format(
            path=args.vault))
        if state is not None:
            print(translate("cli", "This vault's NPM is that of {country} ({code}).").format(
                country=state.country, code=state.iso2))
        if args.remember:
            try:
                vault.remember_on_device()
                print(translate("cli", "The vault is remembered on this device."))
            except KeyringUnavailable as err:
                _warn(error_message(err))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        report = vault.check()
    if report.healthy:
        print(translate("cli", "The vault is healthy: both integrity checks passed."))
        return EXIT_OK
    for problem in report.phrases:
        print(f"- {error_message(problem)}")
    raise CheckFailed(len(report.problems))


def cmd_passwd(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        _warn_weak_kdf()
        with credentials.secret(credentials.NEW_VAULT, args.new_passphrase_file, new=True, use_env=False) as new:
            vault.change_passphrase(new)
        print(translate("cli", "The passphrase is changed. The old one no longer opens the vault."))
        # A recovery code serves one recovery: the used one is replaced now.
        if vault.unlocked_with == "recovery":
            vault.new_recovery_code(_shower(
                "\n" + translate("cli", "The recovery code you used no longer works. New recovery code:")))
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace) -> int:
    _warn_weak_kdf()
    with credentials.secret(credentials.VAULT, args.passphrase_file) as passphrase:
        credential = Credential("passphrase", passphrase)
        with Vault.unlock(args.vault, credential) as vault:
            vault.rotate_key(passphrase, _shower(
                translate("cli", "The vault is re-encrypted with a new key.\n\nNew recovery code:")))
    print(translate("cli", "The old recovery code no longer works."))
    return EXIT_OK


def cmd_new_recovery_code(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        vault.new_recovery_code(_shower(translate("cli", "New recovery code:")))
    print(translate("cli", "The old recovery code no longer works."))
    return EXIT_OK


def cmd_remember(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        vault.remember_on_device()
    print(translate("cli", "The vault is remembered on this device: it opens without the passphrase here."))
    return EXIT_OK


def cmd_forget(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        vault.forget_on_device()
    print(translate("cli", "This device no longer remembers the vault."))
    return EXIT_OK
