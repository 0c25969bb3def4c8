"""The age payload: a 16-byte nonce, then STREAM (ChaCha20-Poly1305 over 64 KiB chunks, 11-byte
big-endian chunk counter and a last-chunk flag as the nonce).

Both directions stream through a fixed pool of buffers, sixteen chunks (1 MiB) at a time: reading
and ciphering in the caller's thread, writing behind them in another (see `pipeline`). Memory does
not grow with the file. On decryption a chunk's plaintext is written out only after that chunk is
authenticated.
"""

from __future__ import annotations

import os
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from npmdesk.exchange.age.aead import TAG_SIZE, open_into, seal_into
from npmdesk.exchange.age.errors import HeaderError, PayloadError
from npmdesk.exchange.age.pipeline import WriteBehind, wipe
from npmdesk.exchange.age.secret import Secret
from npmdesk.exchange.age.source import Source

CHUNK_SIZE = 64 * 1024
ENCRYPTED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
BATCH_CHUNKS = 16  # chunks per read and per write: 1 MiB, few system calls, memory still flat
BATCH = CHUNK_SIZE * BATCH_CHUNKS
SEALED_BATCH = ENCRYPTED_CHUNK_SIZE * BATCH_CHUNKS
_LAST = b"\x01"
_NOT_LAST = b"\x00"


class Writable(Protocol):
    def write(self, data: bytes | bytearray | memoryview, /) -> object: ...


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _payload_aead(file_key: Secret, nonce: bytes) -> ChaCha20Poly1305:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload")
    return ChaCha20Poly1305(hkdf.derive(file_key.buffer))


def encrypt(src: Readable, dst: Writable, file_key: Secret) -> None:
    """Write the payload (nonce + STREAM) encrypting everything `src` yields until its end."""
    nonce = os.urandom(NONCE_SIZE)
    aead = _payload_aead(file_key, nonce)
    dst.write(nonce)
    source = Source(src)
    source.advise_sequential()
    # One byte more than a batch: if it arrives, the batch's last chunk is not the last one.
    # That byte then moves to the front and the next read fills the rest.
    plain = bytearray(BATCH + 1)
    view = memoryview(plain)
    writer = WriteBehind(dst, SEALED_BATCH)
    counter = carry = 0
    try:
        while True:
            have = carry + source.read_full(view[carry:])
            more = have > BATCH
            size = BATCH if more else have
            sealed = writer.buffer()
            sealed_view = memoryview(sealed)
            out = 0
            for start in range(0, max(size, 1), CHUNK_SIZE):  # an empty input is one empty chunk
                end = min(start + CHUNK_SIZE, size)
                last = not more and end == size
                seal_into(aead, counter.to_bytes(11, "big") + (_LAST if last else _NOT_LAST),
                          view[start:end], sealed_view[out : out + end - start + TAG_SIZE])
                out += end - start + TAG_SIZE
                counter += 1
            writer.submit(sealed, out)
            if not more:
                break
            plain[0] = plain[BATCH]
            carry = 1
            writer.start()
    except BaseException:
        writer.close(failing=True)
        raise
    finally:
        wipe(plain)
    writer.close()


def decrypt(src: Source, dst: Writable, file_key: Secret) -> None:
    """Read the payload from `src` and write the plaintext to `dst`, chunk by authenticated chunk.

    HeaderError if the nonce is missing; PayloadError for a forged, truncated or over-long stream.
    Chunks authenticated before the damage was found are written before the error is raised (as
    the age tool does): callers that must keep nothing write to a file that gets its name only
    once everything verified (npmdesk/plain_output.py).
    """
    nonce_buf = bytearray(NONCE_SIZE)
    if src.read_full(memoryview(nonce_buf)) != NONCE_SIZE:
        raise HeaderError()
    aead = _payload_aead(file_key, bytes(nonce_buf))
    src.advise_sequential()
    sealed = bytearray(SEALED_BATCH)
    sealed_view = memoryview(sealed)
    writer = WriteBehind(dst, BATCH)
    counter = 0
    try:
        while True:
            have = src.read_full(sealed_view)
            plain = writer.buffer()
            plain_view = memoryview(plain)
            out = start = 0
            last = False
            try:
                if have == 0:
                    raise PayloadError()  # the stream ended without a last chunk
                while start < have and not last:
                    end = min(start + ENCRYPTED_CHUNK_SIZE, have)
                    last = _open_chunk(aead, counter, sealed_view[start:end],
                                       plain_view[out : out + end - start - TAG_SIZE])
                    out += end - start - TAG_SIZE
                    start = end
                    counter += 1
            finally:
                # What was authenticated goes out, even when the next chunk is damaged.
                writer.submit(plain, out)
            if last:
                if start < have or (have == SEALED_BATCH and _more(src)):
                    raise PayloadError()  # data after the last chunk
                break
            if have < SEALED_BATCH:
                raise PayloadError()  # ended with a full chunk not marked as the last
            writer.start()
    except BaseException:
        writer.close(failing=True)
        raise
    writer.close()


def _more(src: Source) -> bool:
    return src.read_full(memoryview(bytearray(1))) > 0


def _open_chunk(aead: ChaCha20Poly1305, counter: int, data: memoryview, out: memoryview) -> bool:
    """Authenticate and decrypt one chunk into `out`; whether it is the last one."""
    prefix = counter.to_bytes(11, "big")
    if len(data) < ENCRYPTED_CHUNK_SIZE:
        # A short chunk is the last one; it may be empty only if it is the only one.
        if len(data) < TAG_SIZE or (len(data) == TAG_SIZE and counter):
            raise PayloadError()
        _open(aead, prefix + _LAST, data, out)
        return True
    try:
        open_into(aead, prefix + _NOT_LAST, data, out)
        return False
    except InvalidTag:  # a full-size last chunk
        _open(aead, prefix + _LAST, data, out)
        return True


def _open(aead: ChaCha20Poly1305, nonce: bytes, data: memoryview, out: memoryview) -> None:
    try:
        open_into(aead, nonce, data, out)
    except InvalidTag:
        raise PayloadError() from None
