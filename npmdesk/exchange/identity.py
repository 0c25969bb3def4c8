"""The vault's own keys for exchange: an X25519 age identity (others encrypt packages to it) and an
Ed25519 signing key (it signs the packages this vault exports).

Both are 32 random bytes made when the vault is created and kept inside it (`vault_meta`, so
they are encrypted with everything else). Vaults made before exchange existed get theirs the
first time they are needed.

People compare signing keys by phone with the *fingerprint*: the first 100 bits of the key's
SHA-256 in Crockford base32, as five groups of four (`7KQ2-M9XD-4TWA-PJ3N-8C1E`). Public
signing keys travel as `npmsig1…` (Bech32, like age recipients, so a typo is caught).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from npmdesk.exchange.age import bech32
from npmdesk.exchange.age.keys import X25519Identity, X25519Recipient
from npmdesk.exchange.errors import InvalidSigningKey
from npmdesk.vault.secret import Secret
from npmdesk.vault.session import EXCHANGE_KEYS, VaultSession

X25519_META, ED25519_META = EXCHANGE_KEYS
SIGNING_HRP = "npmsig"
KEY_SIZE = 32
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FINGERPRINT_GROUPS = 5


@dataclass(frozen=True)
class SigningKey:
    """A public Ed25519 signing key."""

    raw: bytes

    @classmethod
    def parse(cls, text: str) -> SigningKey:
        try:
            hrp, data = bech32.decode(text.strip())
        except ValueError:
            raise InvalidSigningKey() from None
        if hrp != SIGNING_HRP or len(data) != KEY_SIZE:
            raise InvalidSigningKey()
        return cls(bytes(data))

    def encode(self) -> str:
        return bech32.encode(SIGNING_HRP, self.raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.raw)

    def verify(self, signature: bytes, message: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def __str__(self) -> str:
        return self.encode()


def fingerprint(raw_public_key: bytes) -> str:
    """`XXXX-XXXX-XXXX-XXXX-XXXX`: 100 bits of SHA-256, easy to read aloud."""
    value = int.from_bytes(hashlib.sha256(b"npmdesk-signing-key\n" + raw_public_key).digest()[:13], "big") >> 4
    chars = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(4 * FINGERPRINT_GROUPS)))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


class VaultIdentity:
    """The open vault's exchange keys. Wipe with `close()` (or use as a context manager)."""

    def __init__(self, age_identity: X25519Identity, signing_secret: Secret) -> None:
        self.age = age_identity
        self._signing_secret = signing_secret
        self._signer = Ed25519PrivateKey.from_private_bytes(signing_secret.buffer)
        self.signing_key = SigningKey(self._signer.public_key().public_bytes_raw())

    @classmethod
    def of(cls, vault: VaultSession) -> VaultIdentity:
        """The vault's keys, made now if the vault predates them."""
        vault.ensure_exchange_keys()
        age_secret = Secret(bytearray.fromhex(vault.meta(X25519_META)))
        signing_secret = Secret(bytearray.fromhex(vault.meta(ED25519_META)))
        return cls(X25519Identity(age_secret), signing_secret)

    @property
    def recipient(self) -> X25519Recipient:
        return self.age.recipient

    @property
    def fingerprint(self) -> str:
        return self.signing_key.fingerprint

    def sign(self, message: bytes) -> bytes:
        return self._signer.sign(message)

    def close(self) -> None:
        self.age.wipe()
        self._signing_secret.wipe()

    def __enter__(self) -> VaultIdentity:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
