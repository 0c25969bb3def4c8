"""Wrapping the file key for recipients and unwrapping it with identities: the X25519 and scrypt
stanzas of the age specification."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from npmdesk.exchange.age.aead import open_into
from npmdesk.exchange.age.encoding import b64decode, b64encode
from npmdesk.exchange.age.errors import (
    HeaderError,
    InvalidRecipient,
    ScryptTooExpensive,
)
from npmdesk.exchange.age.header import Stanza
from npmdesk.exchange.age.interruptible import derive_key
from npmdesk.exchange.age.keys import X25519Identity, X25519Recipient
from npmdesk.exchange.age.secret import Secret

FILE_KEY_SIZE = 16
WRAPPED_SIZE = FILE_KEY_SIZE + 16
ZERO_NONCE = bytes(12)
X25519_INFO = b"age-encryption.org/v1/X25519"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
SCRYPT_SALT_SIZE = 16
DEFAULT_SCRYPT_LOG_N = 18
MAX_SCRYPT_LOG_N = 22  # the age format's own cap for decryption
SCRYPT_R = 8
# scrypt needs 128·r·N bytes. Decryption refuses, before deriving (the header MAC can only be
# checked after), a work factor whose memory exceeds this budget or a quarter of the machine's
# physical memory: at r = 8 that admits 2^20 (1 GiB, a few seconds) on a machine with 4 GiB.
SCRYPT_MEMORY_BUDGET = 1 << 30
_WORK_FACTOR = re.compile(r"[1-9][0-9]?")


class Unwrapper(Protocol):
    """Something that may recover the file key from a header's stanzas."""

    def unwrap(self, stanzas: Sequence[Stanza]) -> Secret | None:
        """The file key; None if no stanza is addressed to us; HeaderError if one is malformed."""


def _open_file_key(key: bytes | bytearray, body: bytes) -> Secret | None:
    file_key = Secret(bytes(FILE_KEY_SIZE))
    try:
        open_into(ChaCha20Poly1305(key), ZERO_NONCE, body, file_key.buffer)
    except InvalidTag:
        file_key.wipe()
        return None
    return file_key


def _seal_file_key(key: bytes | bytearray, file_key: Secret) -> bytes:
    return ChaCha20Poly1305(key).encrypt(ZERO_NONCE, file_key.buffer, None)


def _x25519_wrap_key(shared: bytes, share: bytes, recipient: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=share + recipient, info=X25519_INFO)
    return hkdf.derive(shared)


def wrap_x25519(recipient: X25519Recipient, file_key: Secret) -> Stanza:
    ephemeral = X25519PrivateKey.generate()
    share = ephemeral.public_key().public_bytes_raw()
    try:
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.public_bytes))
    except ValueError:  # a low-order point: no one could ever decrypt
        raise InvalidRecipient() from None
    key = _x25519_wrap_key(shared, share, recipient.public_bytes)
    return Stanza("X25519", (b64encode(share),), _seal_file_key(key, file_key))


class X25519Unwrapper:
    __slots__ = ("_identity",)

    def __init__(self, identity: X25519Identity) -> None:
        self._identity = identity

    def unwrap(self, stanzas: Sequence[Stanza]) -> Secret | None:
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            if len(stanza.args) != 1:
                raise HeaderError()
            try:
                share = b64decode(stanza.args[0])
            except ValueError:
                raise HeaderError() from None
            if len(share) != 32 or len(stanza.body) != WRAPPED_SIZE:
                raise HeaderError()
            try:
                shared = self._identity.private_key.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:  # all-zero shared secret (low-order share)
                raise HeaderError() from None
            if shared == bytes(32):
                raise HeaderError()
            key = _x25519_wrap_key(shared, share, self._identity.recipient.public_bytes)
            file_key = _open_file_key(key, stanza.body)
            if file_key is not None:
                return file_key
        return None


def scrypt_memory(log_n: int) -> int:
    """Bytes of memory scrypt needs at work factor 2^log_n (r = 8, p = 1)."""
    return 128 * SCRYPT_R << log_n


def scrypt_memory_budget() -> int:
    """The most memory a passphrase stanza may make npmdesk use on this machine."""
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, OSError, ValueError):  # not POSIX: the fixed budget alone
        return SCRYPT_MEMORY_BUDGET
    return min(SCRYPT_MEMORY_BUDGET, physical // 4) if physical > 0 else SCRYPT_MEMORY_BUDGET


def _scrypt_key(passphrase: Secret, salt: bytes, log_n: int) -> Secret:
    """The stanza's wrapping key; Ctrl-C interrupts the derivation at once."""
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=SCRYPT_R, p=1)
    try:
        return derive_key(kdf.derive, passphrase)
    except MemoryError:
        raise ScryptTooExpensive() from None


def wrap_scrypt(passphrase: Secret, file_key: Secret, log_n: int = DEFAULT_SCRYPT_LOG_N) -> Stanza:
    if not 1 <= log_n <= MAX_SCRYPT_LOG_N:
        raise ValueError(f"scrypt work factor must be between 1 and {MAX_SCRYPT_LOG_N}")
    salt = os.urandom(SCRYPT_SALT_SIZE)
    with _scrypt_key(passphrase, salt, log_n) as key:
        return Stanza("scrypt", (b64encode(salt), str(log_n)), _seal_file_key(key.buffer, file_key))


class ScryptUnwrapper:
    """Unwraps an scrypt stanza; the passphrase is asked for (callable) only if one is present."""

    __slots__ = ("_max_log_n", "_passphrase", "tried")

    def __init__(
        self, passphrase: Secret | Callable[[], Secret], max_log_n: int = MAX_SCRYPT_LOG_N
    ) -> None:
        self._passphrase = passphrase
        self._max_log_n = max_log_n
        self.tried = False

    def unwrap(self, stanzas: Sequence[Stanza]) -> Secret | None:
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanzas) != 1:
                raise HeaderError()
            if len(stanza.args) != 2:
                raise HeaderError()
            try:
                salt = b64decode(stanza.args[0])
            except ValueError:
                raise HeaderError() from None
            if len(salt) != SCRYPT_SALT_SIZE:
                raise HeaderError()
            work = stanza.args[1]
            if not re.fullmatch(r"[1-9][0-9]*", work):
                raise HeaderError()
            if not _WORK_FACTOR.fullmatch(work) or int(work) > self._max_log_n:
                raise ScryptTooExpensive()
            if scrypt_memory(int(work)) > scrypt_memory_budget():
                raise ScryptTooExpensive()
            if len(stanza.body) != WRAPPED_SIZE:
                raise HeaderError()
            self.tried = True
            if isinstance(self._passphrase, Secret):
                key = _scrypt_key(self._passphrase, salt, int(work))
            else:
                with self._passphrase() as passphrase:
                    key = _scrypt_key(passphrase, salt, int(work))
            with key:
                return _open_file_key(key.buffer, stanza.body)
        return None
