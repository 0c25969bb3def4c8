"""The contact card: a vault's public keys as one line of text, shown as a QR code and copied.

Format, version 1 (ASCII, one line, at most 1,000 characters):

    npmdesk-contact:1;name=<name>;age=<age1…>;sig=<npmsig1…>

- the prefix `npmdesk-contact:` and the version `1`, then `;`-separated `key=value` fields;
- `name`: the exporting NPM's name (optional), percent-encoded as in a URL (UTF-8), so that
  `;`, `=` and `%` inside it are `%3B`, `%3D` and `%25`;
- `age`: the vault's X25519 age recipient (`age1…`), required;
- `sig`: the vault's Ed25519 signing key (`npmsig1…`, see npmdesk.exchange.identity), required;
- fields may come in any order; unknown fields are ignored (a later version may add some);
  a field given twice makes the card invalid.

Both keys are public: the card can travel by e-mail or be photographed. What proves they belong
to the person is the fingerprint of the signing key, compared by phone (Verify keys…).
Parsing is strict about the keys (Bech32 checksums catch a typo) and says what is wrong in one
message; nothing in the message repeats the card's text.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age import AgeError
from npmdesk.exchange.age.keys import X25519Recipient
from npmdesk.exchange.errors import InvalidSigningKey
from npmdesk.exchange.identity import SigningKey

PREFIX = "npmdesk-contact:"
VERSION = "1"
MAX_LENGTH = 1000
MAX_NAME = 200


class InvalidContactCard(NpmdeskError):
    message = (
        "This is not an npmdesk contact card. A card starts with npmdesk-contact:1; copy it whole "
        "from the other person's Share my keys window."
    )


class UnsupportedContactCard(InvalidContactCard):
    message = "This contact card was made by a newer version of npmdesk. Update npmdesk to read it."


class ContactCardKeyInvalid(InvalidContactCard):
    """A key in the card is damaged; each subclass names which, in a whole (translatable) sentence."""


class AgeRecipientDamaged(ContactCardKeyInvalid):
    message = ("The age recipient in this contact card is damaged (a character is wrong or missing). "
               "Ask for the card again.")


class SigningKeyDamaged(ContactCardKeyInvalid):
    message = ("The signing key in this contact card is damaged (a character is wrong or missing). "
               "Ask for the card again.")


@dataclass(frozen=True)
class ContactCard:
    name: str
    recipient: X25519Recipient
    signing_key: SigningKey

    def text(self) -> str:
        """The card as one line (what the QR code encodes)."""
        return (f"{PREFIX}{VERSION};name={quote(self.name, safe=' ')};age={self.recipient.encode()};"
                f"sig={self.signing_key.encode()}")

    @property
    def fingerprint(self) -> str:
        return self.signing_key.fingerprint


def looks_like_card(text: str) -> bool:
    return text.strip().lower().startswith(PREFIX)


def parse_card(text: str) -> ContactCard:
    """The card in `text`; InvalidContactCard (or a subclass) saying what is wrong."""
    text = text.strip()
    if len(text) > MAX_LENGTH or not text.isascii() or not text.lower().startswith(PREFIX):
        raise InvalidContactCard()
    version, *parts = text[len(PREFIX):].split(";")
    if not version.isdigit():
        raise InvalidContactCard()
    if version != VERSION:
        raise UnsupportedContactCard()
    fields: dict[str, str] = {}
    for part in parts:
        key, equals, value = part.partition("=")
        key = key.strip().lower()
        if not equals or key in fields:
            raise InvalidContactCard()
        fields[key] = value.strip()
    if "age" not in fields or "sig" not in fields:
        raise InvalidContactCard()
    try:
        recipient = X25519Recipient.parse(fields["age"])
    except AgeError:
        raise AgeRecipientDamaged() from None
    try:
        signing_key = SigningKey.parse(fields["sig"])
    except InvalidSigningKey:
        raise SigningKeyDamaged() from None
    try:
        name = unquote(fields.get("name", ""), errors="strict")
    except UnicodeDecodeError:
        raise InvalidContactCard() from None
    name = " ".join("".join(c if c.isprintable() else " " for c in name).split())[:MAX_NAME]
    return ContactCard(name, recipient, signing_key)
