"""Every failure a user can meet, each with the one message the user sees.

The message is set where the error is defined, never built from secrets or user content
(a path the user typed is the only variable part). The CLI prints `str(error)` on one
line; the GUI shows the same text in a dialog.
"""

from __future__ import annotations

from pathlib import Path


class NpmdeskError(Exception):
    """Base class: a failure with a message written for the user."""

    message = "Something went wrong."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class WrongPassphrase(NpmdeskError):
    message = "Wrong passphrase. Check Caps Lock and the keyboard layout, then try again."


class WrongRecoveryCode(NpmdeskError):
    message = "This recovery code does not open this vault."


class MistypedRecoveryCode(NpmdeskError):
    message = (
        "This recovery code has a typing mistake: check each group of four characters "
        "against your written copy."
    )


class VaultNotFound(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"There is no vault at {path}. Create one with 'npmdesk init'.")


class VaultExists(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; choose another place for the new vault.")


class NotAVault(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is not an npmdesk vault.")


class DamagedVault(NpmdeskError):
    message = (
        "The vault is damaged and cannot be opened safely. Nothing was changed. "
        "Restore your latest backup ('npmdesk restore')."
    )


class VaultInUse(NpmdeskError):
    message = (
        "This vault is already open in another npmdesk window or command. "
        "Close it there first."
    )


class KeyringUnavailable(NpmdeskError):
    message = (
        "This device has no working keyring, so npmdesk cannot remember the vault here. "
        "Use your passphrase."
    )


class NotRemembered(NpmdeskError):
    message = "This vault is not remembered on this device. Use your passphrase."


class NewerVaultFormat(NpmdeskError):
    message = (
        "This vault was made by a newer version of npmdesk. "
        "Install the latest version to open it; nothing was changed."
    )


class MigrationFailed(NpmdeskError):
    message = (
        "npmdesk could not update this vault to its new format, so it was left as it was. "
        "Keep using your backup and report the problem."
    )


class WeakPassphrase(NpmdeskError):
    message = "The passphrase must be at least 10 characters long."


class PassphraseMismatch(NpmdeskError):
    message = "The two passphrases do not match."


class VaultLocked(NpmdeskError):
    message = "The vault is locked. Unlock it first."


class VaultFolderUnwritable(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"npmdesk cannot write to {path}: check that the folder exists and is writable.")
