"""X25519 identities (secret keys) and recipients (public keys) in age's text forms.

A recipient is `age1…` (Bech32, lowercase); an identity is `AGE-SECRET-KEY-1…` (Bech32,
uppercase). Identity files are what `age-keygen` writes: `#` comment lines, empty lines, and one
identity per line.
"""

from __future__ import annotations

import datetime as dt

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from npmdesk.exchange.age import bech32
from npmdesk.exchange.age.errors import (
    InvalidIdentity,
    InvalidRecipient,
    NoIdentityInFile,
    NoRecipientInFile,
    UnsupportedIdentity,
    UnsupportedRecipient,
)
from npmdesk.exchange.age.secret import Secret

RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
KEY_SIZE = 32


class X25519Recipient:
    """An age X25519 public key."""

    __slots__ = ("_public",)

    def __init__(self, public_bytes: bytes) -> None:
        if len(public_bytes) != KEY_SIZE:
            raise InvalidRecipient()
        self._public = bytes(public_bytes)

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        text = text.strip()
        if text.startswith(("ssh-", "ecdsa-", "sk-ssh-", "sk-ecdsa-")) or text.lower().startswith(
            ("age1pq1", "age1tag1", "age1tagpq1")
        ):
            raise UnsupportedRecipient()
        try:
            hrp, data = bech32.decode(text)
        except ValueError:
            raise InvalidRecipient() from None
        if hrp != RECIPIENT_HRP:
            # age1pq…, age1tag…, age1tagpq…, age1<plugin>1…
            raise UnsupportedRecipient() if hrp.startswith("age1") else InvalidRecipient()
        if len(data) != KEY_SIZE:
            raise InvalidRecipient()
        return cls(bytes(data))

    @property
    def public_bytes(self) -> bytes:
        return self._public

    def encode(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self._public)

    def __str__(self) -> str:
        return self.encode()

    def __repr__(self) -> str:
        return f"X25519Recipient({self.encode()!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, X25519Recipient) and other._public == self._public

    def __hash__(self) -> int:
        return hash(self._public)


class X25519Identity:
    """An age X25519 secret key. Its 32 bytes live in a wipeable `Secret`."""

    __slots__ = ("_key", "_recipient", "_secret")

    def __init__(self, secret: Secret) -> None:
        if len(secret) != KEY_SIZE:
            raise InvalidIdentity()
        self._secret = secret
        self._key = X25519PrivateKey.from_private_bytes(secret.buffer)
        self._recipient = X25519Recipient(self._key.public_key().public_bytes_raw())

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(Secret.random(KEY_SIZE))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        text = text.strip()
        upper = text.upper()
        if upper.startswith(("AGE-SECRET-KEY-PQ-", "AGE-PLUGIN-", "-----BEGIN")):
            raise UnsupportedIdentity()
        try:
            hrp, data = bech32.decode(text)
        except ValueError:
            raise InvalidIdentity() from None
        secret = Secret(data)
        data[:] = bytes(len(data))
        if hrp != IDENTITY_HRP or len(secret) != KEY_SIZE:
            secret.wipe()
            raise InvalidIdentity()
        return cls(secret)

    @property
    def recipient(self) -> X25519Recipient:
        return self._recipient

    @property
    def private_key(self) -> X25519PrivateKey:
        return self._key

    def encode(self) -> str:
        """`AGE-SECRET-KEY-1…`: handle as a secret."""
        return bech32.encode(IDENTITY_HRP, self._secret.buffer).upper()

    def to_file_text(self, created: dt.datetime | None = None) -> str:
        """The identity as `age-keygen` writes it (comments with the creation time and public key)."""
        when = (created or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
        return (
            f"# created: {when.strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
            f"# public key: {self._recipient.encode()}\n"
            f"{self.encode()}\n"
        )

    def wipe(self) -> None:
        """Forget the secret bytes we hold (the OpenSSL copy is cleared when the key is freed)."""
        self._secret.wipe()

    def __repr__(self) -> str:
        return f"X25519Identity(<secret>, recipient={self._recipient.encode()!r})"


def parse_identities(text: str) -> list[X25519Identity]:
    """The identities in an identity file (as `age-keygen` writes it).

    Lines starting with `#` and empty lines are ignored; every other line must be an identity.
    Errors name the line number, never its content (it may be a secret).
    """
    identities: list[X25519Identity] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            identities.append(X25519Identity.parse(line))
        except (InvalidIdentity, UnsupportedIdentity) as err:
            for identity in identities:
                identity.wipe()
            raise type(err)(f"Line {number} of the key file: {err}") from None
    if not identities:
        raise NoIdentityInFile()
    return identities


def parse_recipients(text: str) -> list[X25519Recipient]:
    """The recipients in a recipients file (`-R`): one per line, `#` comments and empty lines ignored."""
    recipients: list[X25519Recipient] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            recipients.append(X25519Recipient.parse(line))
        except (InvalidRecipient, UnsupportedRecipient) as err:
            raise type(err)(f"Line {number} of the recipients file: {err}") from None
    if not recipients:
        raise NoRecipientInFile()
    return recipients
