"""OpenSSH signatures (the SSHSIG format of OpenSSH's PROTOCOL.sshsig) made with the vault's
Ed25519 signing key, so that a recipient with nothing but OpenSSH can check a package:

    ssh-keygen -Y verify -f allowed_signers -I PRINCIPAL -n npmdesk-package \\
        -s manifest.json.sshsig < manifest.json

`allowed_signers_line` is the line that recipient keeps in their `allowed_signers` file (given
to them by a trusted way, like the fingerprint). Signing needs only the signing function, so
the private key stays inside VaultIdentity. Every package carries `sign(manifest.json)` as its
`manifest.json.sshsig` member (export.py); `verifies` is how npmdesk's reader checks it (reader.py:
it must be the signer's own, or the package is refused).
"""

from __future__ import annotations

import base64
import hashlib
import struct
from collections.abc import Callable

NAMESPACE = "npmdesk-package"
MAGIC = b"SSHSIG"
VERSION = 1
HASH = "sha512"
KEY_TYPE = b"ssh-ed25519"
BEGIN, END = "-----BEGIN SSH SIGNATURE-----", "-----END SSH SIGNATURE-----"


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def public_key_blob(raw_public_key: bytes) -> bytes:
    """The key in SSH wire format (RFC 8709)."""
    return _string(KEY_TYPE) + _string(raw_public_key)


def openssh_public_key(raw_public_key: bytes) -> str:
    """`ssh-ed25519 AAAA…`, as in an authorized_keys or allowed_signers file."""
    return f"{KEY_TYPE.decode()} {base64.b64encode(public_key_blob(raw_public_key)).decode()}"


def principal_for(fingerprint: str) -> str:
    """The identity the recipient names with `-I`: npmdesk and the key's fingerprint."""
    return f"npmdesk-{fingerprint.lower()}"


def allowed_signers_line(raw_public_key: bytes, fingerprint: str, namespace: str = NAMESPACE) -> str:
    return f'{principal_for(fingerprint)} namespaces="{namespace}" {openssh_public_key(raw_public_key)}'


def signed_data(message: bytes, namespace: str = NAMESPACE) -> bytes:
    """What the Ed25519 key actually signs (PROTOCOL.sshsig: the message's SHA-512, framed)."""
    digest = hashlib.sha512(message).digest()
    return MAGIC + _string(namespace.encode()) + _string(b"") + _string(HASH.encode()) + _string(digest)


def sign(message: bytes, raw_public_key: bytes, signer: Callable[[bytes], bytes],
         namespace: str = NAMESPACE) -> str:
    """The armored signature of `message` (the text of a `.sshsig` file)."""
    signature = signer(signed_data(message, namespace))
    blob = (
        MAGIC + struct.pack(">I", VERSION) + _string(public_key_blob(raw_public_key))
        + _string(namespace.encode()) + _string(b"") + _string(HASH.encode())
        + _string(_string(KEY_TYPE) + _string(signature))
    )
    encoded = base64.b64encode(blob).decode()
    lines = [encoded[i:i + 70] for i in range(0, len(encoded), 70)]
    return "\n".join([BEGIN, *lines, END]) + "\n"


MAX_ARMORED = 4096  # an Ed25519 signature armored is under 400 bytes
_HASHES = {"sha512": hashlib.sha512, "sha256": hashlib.sha256}


class _Reader:
    def __init__(self, data: bytes) -> None:
        self._data, self._at = data, 0

    def take(self, size: int) -> bytes:
        if size < 0 or self._at + size > len(self._data):
            raise ValueError("truncated")
        out = self._data[self._at:self._at + size]
        self._at += size
        return out

    def string(self) -> bytes:
        (size,) = struct.unpack(">I", self.take(4))
        return self.take(size)

    def end(self) -> None:
        if self._at != len(self._data):
            raise ValueError("trailing data")


def _blob(armored: bytes) -> bytes:
    text = armored.decode("ascii").strip().splitlines()
    if len(text) < 3 or text[0].strip() != BEGIN or text[-1].strip() != END:
        raise ValueError("not an armored SSH signature")
    return base64.b64decode("".join(part.strip() for part in text[1:-1]), validate=True)


def verifies(armored: bytes, message: bytes, raw_public_key: bytes,
             verify: Callable[[bytes, bytes], bool], namespace: str = NAMESPACE) -> bool:
    """Whether `armored` (a `.sshsig` file's bytes, at most MAX_ARMORED) is an SSHSIG signature of
    `message` in `namespace` by the Ed25519 key `raw_public_key`, as `ssh-keygen -Y verify` would
    judge it: the key it names must be that key, and `verify(signature, signed_data)` must accept
    it. Anything malformed is False, never an exception."""
    if len(armored) > MAX_ARMORED:
        return False
    try:
        blob = _Reader(_blob(armored))
        if blob.take(len(MAGIC)) != MAGIC or struct.unpack(">I", blob.take(4))[0] != VERSION:
            return False
        key, named, _reserved, hash_name = blob.string(), blob.string(), blob.string(), blob.string()
        inner = _Reader(blob.string())
        blob.end()
        kind, signature = inner.string(), inner.string()
        inner.end()
        digest = _HASHES.get(hash_name.decode("ascii"))
    except (ValueError, UnicodeDecodeError, struct.error):
        return False
    if key != public_key_blob(raw_public_key) or named != namespace.encode() or kind != KEY_TYPE or digest is None:
        return False
    signed = MAGIC + _string(named) + _string(b"") + _string(hash_name) + _string(digest(message).digest())
    return verify(signature, signed)
