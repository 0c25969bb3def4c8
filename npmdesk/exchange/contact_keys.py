"""A contact's keys as the vault holds them, read without ever failing.

A contact's `signing_key` (`npmsig1…`) and `age_recipient` (`age1…`) are text fields: typed by
the user, read from a contact card, or brought by a package. Everything that uses a stored key
reads it here. A missing key is MISSING, a key that does not parse is MALFORMED (never an
exception), so one bad key cannot break a contact list, the judging of a package's signer or an
export. A malformed key is shown as such and can be removed (`without_keys`); packages that
carry one are refused before anything is written (`check_incoming`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age.keys import X25519Recipient
from npmdesk.exchange.errors import PackageError
from npmdesk.exchange.identity import SigningKey
from npmdesk.records.model import InvalidRecord, Record

MISSING, VALID, MALFORMED = "missing", "valid", "malformed"
SIGNING_KEY, AGE_RECIPIENT, VERIFIED = "signing_key", "age_recipient", "keys_verified"
OWN_DEVICE = "own_device"  # one of the NPM's own devices: packages to it carry real names
KEY_FIELDS = (SIGNING_KEY, AGE_RECIPIENT)
_ABSENT = object()


@dataclass(frozen=True)
class ContactKeys:
    """What a contact's stored keys are: parsed when valid, with the state of each."""

    signing_key: SigningKey | None
    recipient: X25519Recipient | None
    signing_state: str  # MISSING, VALID or MALFORMED
    recipient_state: str

    @property
    def malformed(self) -> bool:
        return MALFORMED in (self.signing_state, self.recipient_state)

    @property
    def fingerprint(self) -> str:
        return self.signing_key.fingerprint if self.signing_key is not None else ""


def _state(value: object, parse: type[SigningKey] | type[X25519Recipient]) -> tuple[str, object]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return MISSING, None
    if not isinstance(value, str) or len(value) > 200:
        return MALFORMED, None
    try:
        return VALID, parse.parse(value)
    except NpmdeskError:
        return MALFORMED, None


def keys_of(contact: Record) -> ContactKeys:
    """The contact's keys; never raises, whatever the fields hold."""
    signing_state, signing = _state(contact.fields.get(SIGNING_KEY), SigningKey)
    recipient_state, recipient = _state(contact.fields.get(AGE_RECIPIENT), X25519Recipient)
    assert signing is None or isinstance(signing, SigningKey)  # noqa: S101 - narrowing for mypy
    assert recipient is None or isinstance(recipient, X25519Recipient)  # noqa: S101
    return ContactKeys(signing, recipient, signing_state, recipient_state)


def is_verified(contact: Record) -> bool:
    """Verified means: the user compared the fingerprint of a valid signing key."""
    return contact.fields.get(VERIFIED) is True and keys_of(contact).signing_state == VALID


def is_own_device(contact: Record) -> bool:
    """One of the NPM's own devices: marked so by the user, and only while its keys are verified
    (a mark without a verified signing key counts for nothing)."""
    return contact.fields.get(OWN_DEVICE) is True and is_verified(contact)


def without_keys(contact: Record, which: tuple[str, ...] = KEY_FIELDS) -> Record:
    """The contact without these key fields; removing the signing key also removes its verification
    and its mark as one of our own devices."""
    fields = {k: v for k, v in contact.fields.items() if k not in which}
    if SIGNING_KEY in which:
        fields.pop(VERIFIED, None)
        fields.pop(OWN_DEVICE, None)
    return replace(contact, fields=fields)


class MalformedContactKey(PackageError):
    """A package's contact carries a key that is not a valid key."""

    def __init__(self, record_id: str) -> None:
        super().__init__(
            "This package was refused: its contact {record_id} carries a malformed signing key or age "
            "recipient. Nothing was changed.", record_id=record_id)


def check_incoming(contact: Record) -> Record:
    """An incoming contact with its keys in their canonical form; MalformedContactKey if one is bad."""
    if contact.kind != "contact":
        return contact
    keys = keys_of(contact)
    if keys.malformed:
        raise MalformedContactKey(contact.id)
    canonical = {name: key.encode() for name, key in ((SIGNING_KEY, keys.signing_key), (AGE_RECIPIENT, keys.recipient))
                 if key is not None}
    if all(contact.fields.get(name, _ABSENT) == canonical.get(name, _ABSENT) for name in KEY_FIELDS):
        return contact  # as it came: the reader's validation still holds it (validated once, not twice)
    fields = dict(contact.fields)
    for name in KEY_FIELDS:
        if name in canonical:
            fields[name] = canonical[name]
        else:
            fields.pop(name, None)
    return replace(contact, fields=fields)


def check_typed(contact: Record) -> None:
    """For forms: InvalidRecord naming the first key field that holds a malformed key (an empty
    field is fine: that is how a key is removed)."""
    if contact.kind != "contact":
        return
    keys = keys_of(contact)
    if keys.signing_state == MALFORMED:
        raise InvalidRecord(SIGNING_KEY, "This is not a valid signing key: clear the field, or paste the whole "
                                         "key (npmsig1…, 65 characters).")
    if keys.recipient_state == MALFORMED:
        raise InvalidRecord(AGE_RECIPIENT, "This is not a valid age recipient: clear the field, or paste the whole "
                                           "key (age1…, 62 characters).")
