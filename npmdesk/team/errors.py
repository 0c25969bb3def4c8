"""Every way a team command can fail, each with the one sentence the user sees (nothing changes)."""

from __future__ import annotations

from pathlib import Path

from npmdesk.display import quoted
from npmdesk.errors import NpmdeskError
from npmdesk.phrase import Phrase


class NoTeamFolder(NpmdeskError):
    message = "This vault has no team folder yet: choose one with 'npmdesk team folder DIR'."


class TeamFolderMissing(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("The team folder {path} is not there (is the disk or the share connected?). "
                         "Nothing was changed.", path=path)


class NotATeamFolder(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} is not a folder: choose an existing folder that your sync engine keeps "
                         "in step. Nothing was changed.", path=path)


class TeamFolderNotWritable(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("npmdesk cannot write in {path}: choose a folder you can write to (each device writes its "
                         "own subfolder there). Nothing was changed.", path=path)


class TeamFolderInsideVault(NpmdeskError):
    message = "The team folder cannot be inside the vault's folder: choose another one. Nothing was changed."


class NotAnOwnDevice(NpmdeskError):
    """Only a verified contact marked as one of the NPM's own devices can be a team member."""

    def __init__(self, name: str) -> None:
        super().__init__("{name} is not a verified contact marked as one of your NPM's own devices "
                         "('npmdesk contact verify', then 'npmdesk contact own-device'), so it cannot join the "
                         "team. Nothing was changed.", name=quoted(name, 50))


class NoAgeRecipient(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("{name} has no age recipient to encrypt changesets for: add its age1… key "
                         "first. Nothing was changed.", name=quoted(name, 50))


class AlreadyMember(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("{name} is already a member of the team.", name=quoted(name, 50))


class NotAMember(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("{name} is not a member of the team. Nothing was changed.", name=quoted(name, 50))


class SameDeviceTwice(NpmdeskError):
    message = ("Another member already has this signing key (or it is this vault's own): a device joins the "
               "team once. Nothing was changed.")


class BadTeamFile(NpmdeskError):
    """A file in the team folder that is not what its name says (tampered with, or not npmdesk's)."""

    def __init__(self, detail: str, /, **values: object) -> None:
        """`detail`: what is wrong, a lowercase template translated like the sentence (npmdesk/phrase.py)."""
        super().__init__("This team file was refused ({detail}). Nothing was changed.",
                         detail=Phrase.with_values(detail, values))
