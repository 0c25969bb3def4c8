"""The command line's own failures, each with the one sentence the user reads on stderr.

Failures of the core (a wrong passphrase, a damaged vault, a refused package) are the core's
classes (npmdesk/errors.py and each layer's errors.py); these are the ones only the command line
meets: how a secret was given, how flags combine, what a name on the command line points to.
The field values of `add` and `update` have theirs beside the rules they explain
(npmdesk/cli/field_values.py). Light on imports: every command loads this module.
"""

from __future__ import annotations

from pathlib import Path

from npmdesk.display import quoted
from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age.errors import InvalidIdentity, NotPassphraseProtected, PassphraseRequired


def _short(value: object) -> str:
    return quoted(value, 50)


# ------------------------------------------------------------------------------ secrets


class NoPassphrase(NpmdeskError):
    message = (
        "No passphrase given: run in a terminal, or use --passphrase-file FILE "
        "or the NPMDESK_PASSPHRASE environment variable."
    )


class NoAgePassphrase(NpmdeskError):
    message = (
        "No passphrase given: run in a terminal to be asked for it, "
        "or set the NPMDESK_PASSPHRASE environment variable."
    )


class PackagePassphraseNeeded(NpmdeskError):
    message = (
        "This needs the package's passphrase: use --package-passphrase-file FILE, the "
        "NPMDESK_PACKAGE_PASSPHRASE environment variable, or run it in a terminal."
    )


class PackagePassphraseMismatch(NpmdeskError):
    message = "The two passphrases differ. Nothing was written."


class NothingTyped(NpmdeskError):
    message = "Nothing was typed: type the passphrase or code (npmdesk does not make one up)."


class UnreadableSecretFile(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("Cannot read {path}: it must be a small text file (its first line is used).", path=path)


# ------------------------------------------------------------------------------ files and flags


class UnreadableFile(NpmdeskError):
    """A file named on the command line cannot be read (`what`: "key file", "recipients file"…)."""

    def __init__(self, path: Path, what: str = "") -> None:
        if what:
            super().__init__("Cannot read the {what} {path}.", what=what, path=path)
        else:
            super().__init__("Cannot read {path}.", path=path)


class AgeUsageError(NpmdeskError):
    """A combination of flags the age tool refuses too: the base of the classes below."""

    message = "Invalid use of 'npmdesk age': see 'npmdesk age --help'."


class EncryptAndDecrypt(AgeUsageError):
    message = "-e/--encrypt and -d/--decrypt cannot be used together."


class IdentityWithoutEncrypt(AgeUsageError):
    message = ("-i/--identity can be used when encrypting only with an explicit -e/--encrypt "
               "(to encrypt to the keys' public keys); to decrypt, add -d.")


class PassphraseWithKeys(AgeUsageError):
    message = "-p/--passphrase cannot be combined with -r, -R or -i."


class MissingRecipients(AgeUsageError):
    message = "Missing recipients: give -r RECIPIENT, -R FILE, -i FILE or -p."


class RecipientsWhenDecrypting(AgeUsageError):
    message = "-r/-R cannot be used with -d/--decrypt."


class ArmorWhenDecrypting(AgeUsageError):
    message = "-a/--armor cannot be used with -d/--decrypt: armor is detected."


class PassphraseWhenDecrypting(AgeUsageError):
    message = ("-p/--passphrase cannot be used with -d/--decrypt: "
               "passphrase-protected files are detected (you will be asked for the passphrase).")


class StandardInputTwice(AgeUsageError):
    message = "Standard input can be used only once: give INPUT, -R and -i files as paths when one of them is '-'."


class KeyFileNeeded(NotPassphraseProtected):
    message = "This file is encrypted to age keys, not with a passphrase: give your key file with -i."


class PassphraseNotKey(PassphraseRequired):
    message = "This file is protected by a passphrase, not by a key: run without -i to be asked for it."


class KeyFileNotText(InvalidIdentity):
    def __init__(self, path: Path) -> None:
        super().__init__("The key file {path} is not a text file.", path=path)


class ProtectedKeyFileTooLarge(InvalidIdentity):
    message = "The protected key file is too large to be a key file."


class BinaryToTerminal(NpmdeskError):
    message = (
        "Refusing to write binary encrypted data to the terminal: use -a (armor), "
        "-o FILE, or redirect the output."
    )


class ReportFileExists(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("{path} already exists: choose another file name, or add --force to replace it.", path=path)


class ReportFolderMissing(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("There is no folder {path} to write the report in.", path=path)


class CheckFailed(NpmdeskError):
    """Raised by `check` after printing what is wrong, so the exit status is 1."""

    damaged = True

    def __init__(self, problems: int) -> None:
        super().__init__("The vault is damaged (%n problem(s) found). "
                         "Restore your latest backup ('npmdesk restore').", count=problems)


# ------------------------------------------------------------------------------ records and contacts


class NothingToChange(NpmdeskError):
    message = ("Nothing to change: give --field, --clear-field, --title, --status, --date, --due, --country, "
               "--article or --review-date.")


class AmbiguousContact(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("Several contacts are named {name}; give the contact's id instead.", name=_short(name))


class UnknownCounterpart(NpmdeskError):
    """--counterpart names no contact: nothing is added (a typo must not become a new contact)."""

    def __init__(self, name: str, closest: list[str]) -> None:
        if closest:
            super().__init__("There is no contact named {name} (closest existing names: {closest}); nothing was "
                             "added: give an existing contact's name or id, or create one on purpose with "
                             "--new-counterpart NAME (or 'npmdesk contact add').",
                             name=_short(name), closest=", ".join(quoted(c, 40) for c in closest))
        else:
            super().__init__("There is no contact named {name} (no contact has a similar name); nothing was "
                             "added: give an existing contact's name or id, or create one on purpose with "
                             "--new-counterpart NAME (or 'npmdesk contact add').", name=_short(name))


class CounterpartExists(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("A contact named {name} already exists; nothing was added: use --counterpart "
                         "to name them.", name=_short(name))


class ContactNotFound(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("There is no contact {name} (give the contact's name or id).", name=_short(name))


class MalformedKey(NpmdeskError):
    def __init__(self, name: str, what: str) -> None:
        if what == "signing key":
            super().__init__("The signing key stored for the contact {name} is malformed: remove it with "
                             "'npmdesk contact remove-key', then add the right one.", name=_short(name))
        else:
            super().__init__("The age recipient stored for the contact {name} is malformed: remove it with "
                             "'npmdesk contact remove-key', then add the right one.", name=_short(name))


class FingerprintMismatch(NpmdeskError):
    message = (
        "The fingerprint you typed is not the fingerprint of this contact's signing key. The "
        "contact was NOT marked as verified: compare again with the person, by phone for example."
    )


class OwnDeviceNotVerified(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("Verify the keys of {name} first ('npmdesk contact verify'): only a verified "
                         "contact can be marked as one of your NPM's own devices. Nothing was changed.",
                         name=_short(name))


class PurposeNeedsState(NpmdeskError):
    message = "Give --purpose and --state together (for example --purpose spt_transmission --state refused)."


class AliasTaken(NpmdeskError):
    message = "Another person of this record has that alias: choose another with --alias."


class NoRecipientYet(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("The contact {name} has no age recipient yet: add it first.", name=_short(name))


class NoSigningKey(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("The contact {name} has no signing key to verify.", name=_short(name))


class UnverifiedSigner(NpmdeskError):
    """The core's SignerNotTrusted, with the command line's way to go ahead."""

    def __init__(self, refusal: Exception, dry_run: bool) -> None:
        if dry_run:
            super().__init__("{refusal} To preview or import it after comparing, add --accept-unverified.",
                             refusal=refusal)
        else:
            super().__init__("{refusal} To import it after comparing, add --accept-unverified.", refusal=refusal)
