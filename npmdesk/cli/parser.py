"""The command line's grammar (the contract in PRODUCT.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from npmdesk import __version__


def _common(vault_default: object) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--vault", type=Path, default=vault_default, metavar="PATH",
        help="the vault folder (default: the vault in your user-data folder)",
    )
    return common


def _unlocking() -> argparse.ArgumentParser:
    unlocking = argparse.ArgumentParser(add_help=False)
    unlocking.add_argument(
        "--passphrase-file", type=Path, metavar="FILE",
        help="read the passphrase from the first line of FILE",
    )
    unlocking.add_argument(
        "--recovery-code-file", type=Path, metavar="FILE",
        help="unlock with the recovery code in FILE instead of the passphrase",
    )
    return unlocking


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="npmdesk",
        description="Encrypted vault for an NPM's correspondence with the UN SPT. "
        "Without a command, opens the application window.",
        parents=[_common(None)],
    )
    parser.add_argument("--version", action="version", version=f"npmdesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common(argparse.SUPPRESS)
    unlocking = _unlocking()

    init = sub.add_parser("init", parents=[common], help="create a vault and print its recovery code")
    init.add_argument("--passphrase-file", type=Path, metavar="FILE",
                      help="read the new passphrase from the first line of FILE")
    init.add_argument("--npm-name", default="", metavar="NAME", help="the name of your NPM")
    init.add_argument("--user-name", default="", metavar="NAME",
                      help="your name, recorded with every change you make")
    init.add_argument("--remember", action="store_true",
                      help="remember the vault on this device (OS keyring)")

    sub.add_parser("check", parents=[common, unlocking],
                   help="unlock and verify integrity (exit 0 healthy, 1 damaged)")

    passwd = sub.add_parser("passwd", parents=[common, unlocking], help="change the passphrase")
    passwd.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="read the new passphrase from the first line of FILE")

    sub.add_parser("rotate-key", parents=[common, unlocking],
                   help="re-encrypt the vault with a new key (prints a new recovery code)")
    sub.add_parser("new-recovery-code", parents=[common, unlocking],
                   help="replace the recovery code (the old one stops working)")
    sub.add_parser("remember", parents=[common, unlocking],
                   help="remember the vault on this device (OS keyring)")
    sub.add_parser("forget", parents=[common, unlocking],
                   help="stop remembering the vault on this device")
    return parser
