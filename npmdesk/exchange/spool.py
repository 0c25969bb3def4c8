"""A temporary spool for bytes too big to keep in memory, never in plaintext on disk.

An export must know a member's size and SHA-256 before its bytes go into the package (the
manifest lists them and comes first; a tar header carries the size), but the records of a large
vault do not fit in memory. They go through an `EncryptedSpool` instead:

    with EncryptedSpool(folder) as spool:
        spool.write(data) …           # any number of times
        spool.seal()                  # then spool.size and spool.sha256 are final
        for chunk in spool.chunks():  # the same bytes, decrypted, in order
            …

Promises:
- what reaches the disk is ChaCha20-Poly1305 ciphertext under a random key that lives only in
  this object, in chunks of CHUNK bytes with the chunk number as nonce and a last-chunk flag
  bound in, so a chunk changed, reordered or cut off on disk stops `chunks()` with SpoolDamaged;
- the file has no name where the system allows it (O_TMPFILE on Linux; elsewhere it is unlinked
  at once, or deleted on close on Windows), and is closed (and so gone) on `close()` or at the end
  of the `with` block, whatever happened; a killed process leaves, at worst, an unreadable file;
- memory stays at about one chunk whatever is written.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from npmdesk.errors import NpmdeskError

CHUNK = 256 * 1024
_TAG = 16
_MORE, _LAST = b"\x00", b"\x01"


class SpoolDamaged(NpmdeskError):
    """The spool's file changed under us (another process, a failing disk)."""

    message = ("A temporary file of this export was changed while it was being written, so nothing "
               "was exported. Check the disk and try again.")


class EncryptedSpool:
    def __init__(self, folder: Path | None = None) -> None:
        self._file: Any = tempfile.TemporaryFile(dir=folder)
        key = bytearray(os.urandom(32))
        try:
            self._aead: ChaCha20Poly1305 | None = ChaCha20Poly1305(key)  # copies it: ours is wiped
        finally:
            key[:] = bytes(len(key))
        self._pending = bytearray()
        self._chunks = 0
        self._sealed = False
        self._digest = hashlib.sha256()
        self.size = 0

    # ------------------------------------------------------------------------- writing

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._sealed:
            raise ValueError("the spool is sealed")
        self._digest.update(data)
        self.size += len(data)
        self._pending += data
        while len(self._pending) > CHUNK:  # the last chunk is written by seal(), flagged as last
            self._put(bytes(self._pending[:CHUNK]), last=False)
            del self._pending[:CHUNK]
        return len(data)

    def flush(self) -> None:
        """Nothing to do (what is pending is written by seal()); here for file-like writers."""

    def seal(self) -> None:
        """No more writes: the last chunk goes to disk, `size` and `sha256` are final."""
        if not self._sealed:
            self._put(bytes(self._pending), last=True)
            self._pending = bytearray()
            self._file.flush()
            self._sealed = True

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def _put(self, chunk: bytes, *, last: bool) -> None:
        assert self._aead is not None  # noqa: S101 - not closed while writing
        self._file.write(self._aead.encrypt(self._nonce(self._chunks), chunk, _LAST if last else _MORE))
        self._chunks += 1

    @staticmethod
    def _nonce(number: int) -> bytes:
        return number.to_bytes(12, "big")

    # ------------------------------------------------------------------------- reading

    def chunks(self) -> Iterator[bytes]:
        """The bytes written, in order (after `seal()`); SpoolDamaged if the file was changed."""
        if not self._sealed or self._aead is None:
            raise ValueError("seal the spool before reading it")
        self._file.seek(0)
        for number in range(self._chunks):
            last = number == self._chunks - 1
            sealed = self._file.read(CHUNK + _TAG) if not last else self._file.read()
            try:
                yield self._aead.decrypt(self._nonce(number), sealed, _LAST if last else _MORE)
            except InvalidTag:
                raise SpoolDamaged() from None

    # ------------------------------------------------------------------------- closing

    def close(self) -> None:
        self._aead = None
        self._pending = bytearray()
        self._file.close()

    def __enter__(self) -> EncryptedSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
