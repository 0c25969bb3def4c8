"""ChaCha20-Poly1305 into caller-owned buffers (no per-chunk allocation when `cryptography` offers
`encrypt_into`/`decrypt_into`, a copy otherwise)."""

from __future__ import annotations

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

TAG_SIZE = 16
_HAS_INTO = hasattr(ChaCha20Poly1305, "decrypt_into") and hasattr(ChaCha20Poly1305, "encrypt_into")

Buffer = bytes | bytearray | memoryview


def seal_into(aead: ChaCha20Poly1305, nonce: bytes, data: Buffer, out: memoryview | bytearray) -> None:
    """Encrypt `data` into `out`, which must be exactly len(data) + 16 bytes long."""
    if _HAS_INTO:
        aead.encrypt_into(nonce, data, None, out)
    else:  # pragma: no cover - cryptography before encrypt_into
        out[:] = aead.encrypt(nonce, bytes(data), None)


def open_into(aead: ChaCha20Poly1305, nonce: bytes, data: Buffer, out: memoryview | bytearray) -> None:
    """Decrypt and authenticate `data` into `out` (exactly len(data) - 16 bytes); InvalidTag if forged.

    `out` may hold unauthenticated bytes after an InvalidTag: callers must discard it then.
    """
    if _HAS_INTO:
        aead.decrypt_into(nonce, data, None, out)
    else:  # pragma: no cover - cryptography before decrypt_into
        out[:] = aead.decrypt(nonce, bytes(data), None)
