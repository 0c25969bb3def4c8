"""Every way reading or writing an age file can fail, each with the one message the user sees.

The classes mirror the outcomes the community test vectors (age-testkit) distinguish: a damaged
header, a header MAC that does not verify, no matching identity, a damaged payload and a damaged
armor. Messages never contain key material, passphrases or file contents.
"""

from __future__ import annotations

from collections.abc import Mapping


def english_plural(text: str, count: int) -> str:
    """An English source with its count: "%n file(s)" reads "1 file", "2 files" (the source
    text is the English, and npmdesk ships no English translation to give it plural forms)."""
    return text.replace("(s)", "" if count == 1 else "s")


def fill(template: str, values: Mapping[str, object], count: int | None = None) -> str:
    """`template` with `%n` (and `%Ln`) replaced by `count` and its `{name}` parts by `values`:
    the English sentence of an error (its "(s)" made singular or plural), or a translated
    template filled the same way."""
    if count is not None:
        template = english_plural(template, count).replace("%Ln", str(count)).replace("%n", str(count))
    return template.format(**values) if values else template


class UserFacingError(Exception):
    """A failure with a message written for the user: the class's `message`, or the one given.

    This is the root of all of npmdesk's errors (`npmdesk.errors.NpmdeskError` is this class).
    It is defined here because the age package imports nothing else from npmdesk, and its errors
    must be caught wherever npmdesk's are.

    A message with a variable part is a template with named `{placeholders}` and the values,
    `super().__init__("There is no vault at {path}.", path=path)`, and, for plural forms, `%n`
    and `count=` ("The vault is damaged (%n problem(s) found)."). `str(error)` is the English
    sentence; `template`, `values` and `count` let the window and the command line translate
    the template (context "NpmdeskError") and then fill it (`fill`). A template holds no user
    content: every path, name or detail is a value.
    """

    message = "Something went wrong."

    def __init__(self, message: str | None = None, /, *, count: int | None = None, **values: object) -> None:
        self.template: str = message or self.message
        self.values: dict[str, object] = values
        self.count = count
        super().__init__(fill(self.template, values, count) if values or count is not None else self.template)


class AgeError(UserFacingError):
    """Base class of the age errors."""

    message = "This age file cannot be processed."


class HeaderError(AgeError):
    message = "This is not a valid age file or its header is damaged."


class ScryptTooExpensive(HeaderError):
    message = (
        "This file's passphrase protection asks for more work and memory than npmdesk allows "
        "on this computer (its scrypt work factor needs more than 1 GiB, or more than a quarter "
        "of this computer's memory), so it was not opened."
    )


class HmacFailure(AgeError):
    message = (
        "The age file's header does not match its key: the file was tampered with or damaged."
    )


class NoMatchingIdentity(AgeError):
    message = "This file is not encrypted to any of your keys."


class WrongAgePassphrase(NoMatchingIdentity):
    message = "Wrong passphrase: it does not open this file."


class PassphraseRequired(NoMatchingIdentity):
    message = "This file is protected by a passphrase, not by a key: open it with its passphrase."


class NotPassphraseProtected(NoMatchingIdentity):
    message = "This file is encrypted to age keys, not with a passphrase: open it with your key file."


class PayloadError(AgeError):
    message = "The encrypted content is damaged or was tampered with; nothing was kept."


class StreamedPayloadError(PayloadError):
    """The damage was found after part of the output was streamed out (to standard output)."""

    message = (
        "The encrypted content is damaged or was tampered with: the output written so far "
        "is incomplete and must not be trusted."
    )


class ArmorError(AgeError):
    message = (
        "This armored age file (-----BEGIN AGE ENCRYPTED FILE-----) is damaged "
        "or not in the strict armor format."
    )


class InvalidRecipient(AgeError):
    message = "This is not a valid age recipient: it must be an age public key (age1…)."


class NoRecipientInFile(InvalidRecipient):
    message = "The recipients file holds no age recipient (age1…)."


class UnsupportedRecipient(AgeError):
    message = (
        "This kind of recipient is not supported: npmdesk encrypts to X25519 age public keys "
        "(age1…) only, not to post-quantum, plugin or SSH keys."
    )


class InvalidIdentity(AgeError):
    message = "This is not a valid age secret key (AGE-SECRET-KEY-1…)."


class NoIdentityInFile(InvalidIdentity):
    message = "The key file holds no age secret key (AGE-SECRET-KEY-1…)."


class UnsupportedIdentity(AgeError):
    message = (
        "This kind of secret key is not supported: npmdesk reads X25519 age secret keys "
        "(AGE-SECRET-KEY-1…) only, not post-quantum, plugin or SSH keys."
    )
