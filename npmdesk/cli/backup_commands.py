"""Backup, restore and emergency-erase subcommands: parse, call the core, print."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from npmdesk.cli import credentials
from npmdesk.cli.unlocking import unlock
from npmdesk.errors import DestroyNotConfirmed
from npmdesk.translation import translate
from npmdesk.vault import Credential
from npmdesk.vault.backup import restore_backup, write_backup
from npmdesk.vault.backup_schedule import record_backup
from npmdesk.vault.destroy import destroy

EXIT_OK = 0


def _size(count: int) -> str:
    if count < 1000:
        return f"{count} bytes"
    value = float(count)
    for unit in ("KB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def cmd_backup(args: argparse.Namespace) -> int:
    with unlock(args) as vault:
        started = dt.datetime.now(dt.UTC)
        info = write_backup(vault, args.output)
        record_backup(vault, started)  # the GUI's "last backup" and its reminder count this one too
    print(translate("cli", "Wrote the backup to {path} ({size}) and verified it: it restores with "
                    "this vault's passphrase or recovery code.").format(path=info.path, size=_size(info.size)))
    print(translate("cli", "Keep it away from this computer (an emergency erase does not touch backups)."))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    if args.recovery_code_file is not None:
        credential = Credential.recovery_code(credentials.text(credentials.RECOVERY_CODE, args.recovery_code_file))
    else:
        credential = Credential("passphrase", credentials.secret(credentials.VAULT, args.passphrase_file))
    try:
        restore_backup(args.file, args.vault, credential)
    finally:
        credential.wipe()
    print(translate("cli", "Restored the backup into {path}: it opens and passed both integrity checks.").format(
        path=args.vault))
    print(translate("cli", "It opens with the passphrase the vault had when the backup was made."))
    if credential.kind == "recovery":
        print(translate("cli", "To set a new one: npmdesk passwd --vault {path} --recovery-code-file FILE").format(
            path=args.vault))
    return EXIT_OK


def cmd_destroy(args: argparse.Namespace) -> int:
    folder = Path(args.vault)
    names = {folder.absolute().name, folder.resolve().name} - {""}
    if args.yes_destroy not in names:
        raise DestroyNotConfirmed(folder, folder.absolute().name)
    destroy(folder)
    print(translate("cli", "The vault at {path} is erased: its keys were destroyed first, then its files.").format(
        path=folder))
    if folder.exists():
        print(translate("cli", "The folder itself was kept: it holds files that are not part of the vault."))
    print(translate("cli", "Backups are not affected: destroy them separately if they must go too."))
    return EXIT_OK
