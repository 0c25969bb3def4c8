"""The Vault menu's own user-facing failures (the core's are in npmdesk/errors.py)."""

from __future__ import annotations

from npmdesk.errors import NpmdeskError
from npmdesk.phrase import Phrase


class NoBackupChosen(NpmdeskError):
    message = "Choose the backup file to restore."


class NoFolderChosen(NpmdeskError):
    message = "Choose a new folder for the restored vault."


class RestoreOverOpenVault(NpmdeskError):
    message = ("A backup cannot be restored into this vault's folder or inside it; "
               "choose a new folder outside it. This vault was not changed.")


class RestoreFailed(NpmdeskError):
    """The restored vault could not be written (`reason`: the disk's answer, in a few words)."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__("npmdesk could not restore the backup: {reason}. Nothing was created.", reason=reason)


class EmptyCredential(NpmdeskError):
    message = "Type the passphrase the vault had when the backup was made, or use its recovery code."
