"""The command line's grammar (the contract in PRODUCT.md).

Each subcommand names the function that runs it with `set_defaults(func=…)`; the functions of
commands that open a vault are named through `lazy.function`, so building the parser loads none
of their modules (nor SQLCipher, cryptography or Qt): a command imports what it needs when it runs.
Without a command, `func` opens the window (window_command.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from npmdesk import __version__, lazy
from npmdesk.cli import (
    age_command,
    argparse_words,
    exchange_commands,
    mail_commands,
    record_parsers,
    report_command,
    team_commands,
)
from npmdesk.records.kinds import KINDS
from npmdesk.translation import translate


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
    argparse_words.install()  # "usage:", "error:"… in the user's language
    parser: argparse.ArgumentParser = argparse_words.Parser(
        prog="npmdesk",
        description="Encrypted vault for an NPM's correspondence with the UN SPT. "
        "Without a command, opens the application window.",
        parents=[_common(None)],
    )
    parser.add_argument("--version", action="version", version=f"npmdesk {__version__}")
    parser.set_defaults(func=lazy.function("npmdesk.cli.window_command", "open_window"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common(argparse.SUPPRESS)
    unlocking = _unlocking()

    init = sub.add_parser("init", parents=[common], help="create a vault and print its recovery code")
    init.add_argument("--passphrase-file", type=Path, metavar="FILE",
                      help="read the new passphrase from the first line of FILE")
    init.add_argument("--npm-name", default="", metavar="NAME", help="the name of your NPM")
    init.add_argument("--user-name", default="", metavar="NAME",
                      help="your name, recorded with every change you make (default: your login name)")
    init.add_argument("--remember", action="store_true",
                      help="remember the vault on this device (OS keyring)")
    init.add_argument("--state", metavar="CC",
                      help="the State party of your NPM, by its two-letter code (see 'npmdesk states')")
    init.set_defaults(func=lazy.function("npmdesk.cli.vault_commands", "cmd_init"))

    _vault_command(sub, "check", [common, unlocking],
                   translate("cli", "unlock and verify integrity (exit 0 healthy, 1 damaged)"))

    passwd = sub.add_parser("passwd", parents=[common, unlocking], help="change the passphrase")
    passwd.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help="read the new passphrase from the first line of FILE")
    passwd.set_defaults(func=lazy.function("npmdesk.cli.vault_commands", "cmd_passwd"))

    _vault_command(sub, "rotate-key", [common, unlocking],
                   translate("cli", "re-encrypt the vault with a new key (prints a new recovery code)"))
    _vault_command(sub, "new-recovery-code", [common, unlocking],
                   translate("cli", "replace the recovery code (the old one stops working)"))
    _vault_command(sub, "remember", [common, unlocking],
                   translate("cli", "remember the vault on this device (OS keyring)"))
    _vault_command(sub, "forget", [common, unlocking],
                   translate("cli", "stop remembering the vault on this device"))
    _record_commands(sub, common, unlocking)
    record_parsers.register_update(sub, common, unlocking)
    record_parsers.register_state(sub, common, unlocking)
    record_parsers.register_reference(sub, common)
    record_parsers.register_consent(sub, common, unlocking)
    _backup_commands(sub, common, unlocking)
    age_command.register(sub)
    report_command.register(sub, common, unlocking)
    exchange_commands.register(sub, common, unlocking)
    mail_commands.add_parsers(sub, common, unlocking)
    team_commands.register(sub, common, unlocking)
    return parser


def _vault_command(sub: Any, name: str, parents: list[argparse.ArgumentParser], text: str) -> None:
    """A vault command without options of its own, run by vault_commands.cmd_<name>."""
    sub.add_parser(name, parents=parents, help=text).set_defaults(
        func=lazy.function("npmdesk.cli.vault_commands", "cmd_" + name.replace("-", "_")))


def _filters(parser: argparse.ArgumentParser, limit: int) -> None:
    parser.add_argument("--type", action="append", choices=sorted(KINDS), metavar="KIND",
                        help="only records of this kind (repeatable): %(choices)s")
    parser.add_argument("--status", help="only records with this status")
    parser.add_argument("--country", metavar="CC", help="only records about this country (two letters)")
    parser.add_argument("--tag", help="only records with this tag")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="only records dated on or after DATE")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="only records dated on or before DATE")
    parser.add_argument("--limit", type=int, default=limit, metavar="N", help="at most N records (%(default)s)")
    parser.add_argument("--json", action="store_true", help="print JSON (see the README for the fields)")


def _record_commands(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    record_parsers.register_add(sub, common, unlocking)

    listing = sub.add_parser("list", parents=[common, unlocking], help="list records, newest first")
    _filters(listing, 200)
    listing.add_argument("--bin", action="store_true", help="list the records in the bin")
    listing.add_argument("--review-due", action="store_true",
                         help="only records due for review within 30 days (or overdue), the earliest first")
    listing.set_defaults(func=lazy.function("npmdesk.cli.record_commands", "cmd_list"))

    show = sub.add_parser("show", parents=[common, unlocking], help="show one record")
    show.add_argument("id", help="the record's id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=lazy.function("npmdesk.cli.record_commands", "cmd_show"))

    search = sub.add_parser("search", parents=[common, unlocking], help="full-text search")
    search.add_argument("query", help='words (prefixes match), "a phrase" in quotes')
    search.add_argument("--sort", choices=("best", "newest"), default="best",
                        help="best: best match first (newest first, with a note on stderr, when too many records match"
                             " to rank them all); newest: the records added most recently first (default: best)")
    _filters(search, 20)
    search.set_defaults(func=lazy.function("npmdesk.cli.record_commands", "cmd_search"))

    demo = sub.add_parser("demo", parents=[common, unlocking], help="fill the vault with synthetic demo data")
    demo.add_argument("--records", type=int, required=True, metavar="N")
    demo.add_argument("--attachments", type=int, default=0, metavar="M")
    demo.add_argument("--seed", type=int, default=0, metavar="S")
    demo.set_defaults(func=lazy.function("npmdesk.cli.record_commands", "cmd_demo"))


def _backup_commands(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common, unlocking],
                            help="write an encrypted, verified backup of the vault to a new file")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="the backup file to write (it must not exist yet)")
    backup.set_defaults(func=lazy.function("npmdesk.cli.backup_commands", "cmd_backup"))
    restore = sub.add_parser("restore", parents=[common, unlocking],
                             help="restore a backup into a new vault folder (--vault NEWPATH)")
    restore.set_defaults(func=lazy.function("npmdesk.cli.backup_commands", "cmd_restore"))
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    destroy = sub.add_parser("destroy", parents=[common],
                             help="emergency erase: the keys first, then every vault file")
    destroy.add_argument("--yes-destroy", required=True, metavar="VAULTNAME",
                         help="confirm with the vault folder's name (the last part of its path)")
    destroy.set_defaults(func=lazy.function("npmdesk.cli.backup_commands", "cmd_destroy"))
