"""Encrypting and decrypting whole age files: the functions the package exports (see __init__)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from npmdesk.exchange.age import header as _header
from npmdesk.exchange.age import stream as _stream
from npmdesk.exchange.age.armor import MAX_WHITESPACE, ArmorReader, ArmorWriter, is_armored
from npmdesk.exchange.age.errors import (
    HeaderError,
    HmacFailure,
    NoMatchingIdentity,
    NotPassphraseProtected,
    PassphraseRequired,
    WrongAgePassphrase,
)
from npmdesk.exchange.age.keys import X25519Identity, X25519Recipient
from npmdesk.exchange.age.secret import Secret
from npmdesk.exchange.age.source import Readable, Source
from npmdesk.exchange.age.stanzas import (
    DEFAULT_SCRYPT_LOG_N,
    FILE_KEY_SIZE,
    MAX_SCRYPT_LOG_N,
    ScryptUnwrapper,
    Unwrapper,
    X25519Unwrapper,
    wrap_scrypt,
    wrap_x25519,
)
from npmdesk.exchange.age.stream import Writable

PassphraseSource = Secret | Callable[[], Secret]


def generate_identity() -> X25519Identity:
    return X25519Identity.generate()


def parse_recipient(text: str) -> X25519Recipient:
    return X25519Recipient.parse(text)


def encrypt(
    src: Readable,
    dst: Writable,
    *,
    recipients: Sequence[X25519Recipient | str] = (),
    passphrase: Secret | None = None,
    armor: bool = False,
    scrypt_log_n: int = DEFAULT_SCRYPT_LOG_N,
) -> None:
    """Encrypt everything `src` yields to `dst`, for the recipients or with a passphrase (not both).

    `dst` is written to, never closed. The caller keeps ownership of `passphrase`.
    """
    if bool(recipients) == (passphrase is not None):
        raise ValueError("encrypt needs either recipients or a passphrase")
    targets = [r if isinstance(r, X25519Recipient) else X25519Recipient.parse(r) for r in recipients]
    with Secret.random(FILE_KEY_SIZE) as file_key:
        if passphrase is not None:
            stanzas = [wrap_scrypt(passphrase, file_key, scrypt_log_n)]
        else:
            stanzas = [wrap_x25519(r, file_key) for r in targets]
        head = _header.serialize(stanzas, file_key)
        if armor:
            armored = ArmorWriter(dst)
            armored.write(head)
            _stream.encrypt(src, armored, file_key)
            armored.close()
        else:
            dst.write(head)
            _stream.encrypt(src, dst, file_key)


def decrypt(
    src: Readable,
    dst: Writable,
    *,
    identities: Sequence[X25519Identity] = (),
    passphrase: PassphraseSource | None = None,
    armor: bool | None = None,
    max_scrypt_log_n: int = MAX_SCRYPT_LOG_N,
) -> None:
    """Decrypt the age file `src` into `dst`, chunk by authenticated chunk.

    `passphrase` may be a callable: it is called (and its result wiped) only if the file is
    passphrase-protected. `armor=None` detects armor as the age tool does; True or False insist.
    On PayloadError, `dst` holds the authenticated chunks before the damage: when nothing must
    be kept, decrypt into `npmdesk.plain_output.plain_output(path)`.
    """
    file_key, body = open_payload(
        src, identities=identities, passphrase=passphrase, armor=armor, max_scrypt_log_n=max_scrypt_log_n
    )
    with file_key:
        _stream.decrypt(body, dst, file_key)


def open_payload(
    src: Readable,
    *,
    identities: Sequence[X25519Identity] = (),
    passphrase: PassphraseSource | None = None,
    armor: bool | None = None,
    max_scrypt_log_n: int = MAX_SCRYPT_LOG_N,
) -> tuple[Secret, Source]:
    """Parse and verify the header: the file key and the source positioned at the payload."""
    source = _input(src, armor)
    head = _header.parse(source)
    if any(s.type == "scrypt" for s in head.stanzas) and len(head.stanzas) != 1:
        raise HeaderError()  # an scrypt stanza must be alone (it authenticates the sender)
    unwrappers: list[Unwrapper] = [X25519Unwrapper(i) for i in identities]
    scrypt = None
    if passphrase is not None:
        scrypt = ScryptUnwrapper(passphrase, max_scrypt_log_n)
        unwrappers.append(scrypt)
    for unwrapper in unwrappers:
        file_key = unwrapper.unwrap(head.stanzas)
        if file_key is not None:
            break
    else:
        raise _no_match(head, scrypt)
    try:
        head.verify_mac(file_key)
    except HmacFailure:
        file_key.wipe()
        raise
    return file_key, source


def _no_match(head: _header.Header, scrypt: ScryptUnwrapper | None) -> NoMatchingIdentity:
    if scrypt is not None and scrypt.tried:
        return WrongAgePassphrase()
    is_scrypt = any(s.type == "scrypt" for s in head.stanzas)
    if is_scrypt:
        return PassphraseRequired()
    if scrypt is not None:
        return NotPassphraseProtected()
    return NoMatchingIdentity()


def _input(src: Readable, armor: bool | None) -> Source:
    if armor is False:
        return Source(src)
    head = _read_head(src, MAX_WHITESPACE + len(b"-----"))
    if armor is None and not is_armored(head):
        return Source(src, head)
    return Source(ArmorReader(Source(src, head)))


def _read_head(src: Readable, size: int) -> bytes:
    head = b""
    while len(head) < size:
        data = src.read(size - len(head))
        if not data:
            break
        head += data
    return head

