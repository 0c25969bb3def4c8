"""Every failure a user can meet, each with the one message the user sees.

The message is set where the error is defined, never built from secrets or user content
(a path the user typed is the only variable part). The CLI prints `str(error)` on one
line; the GUI shows the same text in a dialog.
"""

from __future__ import annotations

import errno
from pathlib import Path

from npmdesk.exchange.age.errors import UserFacingError
from npmdesk.phrase import Phrase

# The base class: a failure with a message written for the user. It is defined in the age
# package, which imports nothing else from npmdesk, so that age's errors are npmdesk's too.
NpmdeskError = UserFacingError


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
        super().__init__("There is no vault at {path}. Create one with 'npmdesk init'.", path=path)


class VaultExists(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} already exists; choose another place for the new vault.", path=path)


class NotAVault(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} is not an npmdesk vault.", path=path)


class DamagedVault(NpmdeskError):
    message = (
        "The vault is damaged and cannot be opened safely. Nothing was changed. "
        "Restore your latest backup ('npmdesk restore')."
    )


class KdfTooCostly(DamagedVault):
    """A key slot asks for more Argon2 work than npmdesk ever sets (bounds in vault/kdf.py)."""

    message = (
        "The vault's key-slot file asks for far more unlocking work than npmdesk ever sets, "
        "so it was not tried: the file is damaged or was tampered with. Nothing was changed. "
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


class VaultWriteFailed(NpmdeskError):
    message = ("npmdesk could not write to the disk (is it full?). This change was not saved; "
               "everything saved before is safe. Free some space and try again.")


class VaultMoved(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("The vault folder {path} was moved or deleted while it was open. "
                         "This change was not saved; lock the vault and open it where it is now.", path=path)


class VaultFolderUnwritable(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("npmdesk cannot write to {path}: check that the folder exists and is writable.", path=path)


# ------------------------------------------------------------ the disk refuses a write
# One mapping (`from_os_error`, and database.user_error for SQLite) turns what the operating
# system or SQLite says into these, wherever the write was: saving, export, report, backup,
# attachment, import, settings. Each failing write leaves what was there before.


class DiskFull(NpmdeskError):
    def __init__(self, path: object = None) -> None:
        if path:
            super().__init__("The disk is full ({path}), so nothing was written and nothing was changed: "
                             "free some space and try again.", path=path)
        else:
            super().__init__("The disk is full, so nothing was written and nothing was changed: "
                             "free some space and try again.")


class QuotaExceeded(NpmdeskError):
    def __init__(self, path: object = None) -> None:
        if path:
            super().__init__("Your disk quota is used up ({path}), so nothing was written and nothing was "
                             "changed: free some space and try again.", path=path)
        else:
            super().__init__("Your disk quota is used up, so nothing was written and nothing was "
                             "changed: free some space and try again.")


class DiskReadOnly(NpmdeskError):
    def __init__(self, path: object = None) -> None:
        if path:
            super().__init__("The disk is read-only ({path}), so nothing was written and nothing was changed: "
                             "choose a writable place or make the disk writable.", path=path)
        else:
            super().__init__("The disk is read-only, so nothing was written and nothing was changed: "
                             "choose a writable place or make the disk writable.")


class NotPermitted(NpmdeskError):
    def __init__(self, path: object = None) -> None:
        if path:
            super().__init__("npmdesk is not allowed to use {path}, so nothing was changed: "
                             "check its permissions.", path=path)
        else:
            super().__init__("npmdesk is not allowed to use this file, so nothing was changed: "
                             "check its permissions.")


class FileTooLargeForDisk(NpmdeskError):
    def __init__(self, path: object = None) -> None:
        if path:
            super().__init__("The file is too large for this disk ({path}) (FAT32 disks hold at most 4 GB per "
                             "file), so nothing was written and nothing was changed: choose another disk.", path=path)
        else:
            super().__init__("The file is too large for this disk (FAT32 disks hold at most 4 GB per "
                             "file), so nothing was written and nothing was changed: choose another disk.")


class VaultBusy(NpmdeskError):
    message = ("The vault is busy with another task (an import or an attachment being added), "
               "so nothing was changed: try again when it has finished.")


class ReadOnlyForNow(NpmdeskError):
    """A task that needs a second connection (backup, export, attachment, import) while the vault
    is open without its shared-memory file (database.connect's full-disk fallback)."""

    message = ("The disk is full (or was when this vault was unlocked), so this task cannot run and nothing "
               "was changed: free some space, then lock and unlock the vault.")


_DISK_ERRORS = {
    errno.ENOSPC: DiskFull, errno.EDQUOT: QuotaExceeded, errno.EROFS: DiskReadOnly,
    errno.EACCES: NotPermitted, errno.EPERM: NotPermitted, errno.EFBIG: FileTooLargeForDisk,
}


def from_os_error(error: OSError) -> NpmdeskError | None:
    """The user's view of an operating-system failure to write (a full disk, a quota, a read-only
    disk, missing permissions, a file too large for the disk), or None for any other OSError."""
    kind = _DISK_ERRORS.get(error.errno or 0)
    return None if kind is None else kind(error.filename)


def os_reason(error: OSError) -> Phrase:
    """Why the system refused a file operation, as a short clause translated where it is shown
    (npmdesk/phrase.py): the common cases in npmdesk's words; any other named by the error's
    symbolic code ("ENOTSUP", the same in every language), never the C library's English text.
    A full or read-only disk and missing permissions have whole sentences (from_os_error), tried
    first by the callers."""
    code = error.errno or 0
    if code == errno.ENOENT:
        return Phrase("the file or folder is not there (was the drive unplugged or the folder moved?)")
    if code == errno.ENOTDIR:
        return Phrase("a part of the path is a file, not a folder")
    if code == errno.EISDIR:
        return Phrase("it is a folder, not a file")
    if code == errno.EEXIST:
        return Phrase("a file of that name is already there")
    if code == errno.ENAMETOOLONG:
        return Phrase("the file name or path is too long")
    if code in (errno.EBUSY, errno.ETXTBSY):
        return Phrase("the file is in use by another program")
    if code in (errno.EIO, errno.ENODEV, errno.ENXIO):
        return Phrase("the drive could not be read or written (is it still connected?)")
    if code == errno.EINVAL:
        return Phrase("the name is not allowed on this drive")
    return Phrase("the system refused it ({code})", code=errno.errorcode.get(code, type(error).__name__))


# ------------------------------------------------------------ backups and emergency erase


class NotABackup(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} is not an npmdesk backup.", path=path)


class DamagedBackup(NpmdeskError):
    message = (
        "This backup is damaged (cut short or altered) and cannot be restored. "
        "Nothing was changed. Try another copy of the backup."
    )


class BackupKdfTooCostly(DamagedBackup):
    """A backup's key slots ask for more Argon2 work than npmdesk ever sets."""

    message = (
        "This backup's key slots ask for far more unlocking work than npmdesk ever sets, so it "
        "was not tried: the backup is damaged or was tampered with. Nothing was changed. "
        "Try another copy of the backup."
    )


class NewerBackupFormat(NpmdeskError):
    message = (
        "This backup was made by a newer version of npmdesk. "
        "Install the latest version to restore it; nothing was changed."
    )


class BackupExists(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} already exists; npmdesk never overwrites a file: choose another name.", path=path)


class BackupInsideVault(NpmdeskError):
    message = (
        "A backup cannot be written inside the vault folder (an emergency erase would leave it "
        "behind); choose a place outside it."
    )


class BackupVerificationFailed(NpmdeskError):
    message = (
        "The backup was written but did not pass verification, so it was deleted. "
        "Check the disk you are writing to and try again."
    )


class BackupAttachmentChanged(NpmdeskError):
    message = (
        "An attachment changed while the backup was being written (it was removed, or its file in the "
        "vault is missing or damaged), so no backup was written. Try again; if this happens again, "
        "check the vault (npmdesk check)."
    )


class BackupAttachmentDamaged(NpmdeskError):
    """A backup found an attachment whose file in the vault is missing or fails its check (not one
    removed while the backup ran): trying again cannot help, so it says which one."""

    def __init__(self, attachment: str, record: str) -> None:
        super().__init__(
            "No backup was written: attachment {attachment} of record {record} is damaged in the vault (its "
            "file is missing, cut short or altered), so it can no longer be opened. Remove that attachment from "
            "the record (attach the document again if you still have it), then back up again; npmdesk check "
            "lists every damaged attachment.", attachment=attachment, record=record
        )


class DestroyNotConfirmed(NpmdeskError):
    def __init__(self, path: Path, expected: str) -> None:
        super().__init__(
            "Nothing was erased. To erase the vault at {path}, confirm with its folder name: "
            "--yes-destroy {expected}", path=path, expected=expected
        )


class EraseIncomplete(NpmdeskError):
    def __init__(self, count: int) -> None:
        super().__init__(
            "The keys are erased, so nobody can open this vault any more, but %n file(s) in it "
            "could not be deleted. Close npmdesk everywhere and run the erase again.", count=count
        )


class BackupUnreadable(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("Cannot read {path}: check that the file exists and that you may read it.", path=path)


class KeysNotErased(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            "npmdesk could not erase the keys of the vault at {path}: check that you may write "
            "to that folder, then run the erase again.", path=path
        )
