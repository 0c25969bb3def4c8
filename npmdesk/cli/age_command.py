"""`npmdesk age`: encrypt and decrypt age files with the same flags as the `age` tool.

    npmdesk age [-e] (-r RECIPIENT | -R FILE | -i FILE)... [-a] [-o OUTPUT] [INPUT]
    npmdesk age [-e] -p [-a] [-o OUTPUT] [INPUT]
    npmdesk age -d [-i FILE]... [-o OUTPUT] [INPUT]

INPUT and OUTPUT default to standard input and output (`-` means them too). Armored input is
detected. A passphrase comes from NPMDESK_PASSPHRASE or a terminal prompt (asked twice when
encrypting; see credentials.py). With -o, the output file appears only once everything succeeded.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from npmdesk.cli import credentials
from npmdesk.cli.errors import (
    ArmorWhenDecrypting,
    BinaryToTerminal,
    EncryptAndDecrypt,
    IdentityWithoutEncrypt,
    KeyFileNeeded,
    KeyFileNotText,
    MissingRecipients,
    PassphraseNotKey,
    PassphraseWhenDecrypting,
    PassphraseWithKeys,
    ProtectedKeyFileTooLarge,
    RecipientsWhenDecrypting,
    StandardInputTwice,
    UnreadableFile,
)
from npmdesk.translation import translate

if TYPE_CHECKING:
    from npmdesk.exchange import age

# The age and vault modules are imported inside the functions that use them, so that building
# the parser (for every npmdesk command) does not load them.

MAX_KEY_FILE = 1024 * 1024
TEST_SCRYPT_LOG_N = 10
EXIT_OK = 0


def register(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the `age` subcommand to the `npmdesk` parser."""
    parser = subparsers.add_parser(
        "age",
        help="age-compatible encrypt/decrypt with the same flags as the age tool",
        description="Encrypt or decrypt age files (age-encryption.org/v1), like the age tool. "
        "INPUT and OUTPUT default to standard input and output; armor is detected when decrypting. "
        "A passphrase is read from NPMDESK_PASSPHRASE or asked at the terminal.",
    )
    parser.add_argument("--vault", type=Path, default=argparse.SUPPRESS, metavar="PATH",
                        help="accepted like every subcommand; age needs no vault")
    parser.add_argument("-e", "--encrypt", dest="age_encrypt", action="store_true",
                        help="encrypt (the default)")
    parser.add_argument("-d", "--decrypt", dest="age_decrypt", action="store_true", help="decrypt")
    parser.add_argument("-r", "--recipient", dest="age_recipients", action="append", default=[],
                        metavar="RECIPIENT", help="encrypt to this age public key, age1… (repeatable)")
    parser.add_argument("-R", "--recipients-file", dest="age_recipients_files", action="append",
                        default=[], type=Path, metavar="PATH",
                        help="encrypt to the recipients listed in PATH (repeatable)")
    parser.add_argument("-i", "--identity", dest="age_identities", action="append", default=[],
                        type=Path, metavar="PATH",
                        help="decrypt with the secret keys in PATH; when encrypting, encrypt to "
                        "their public keys (repeatable)")
    parser.add_argument("-p", "--passphrase", dest="age_passphrase", action="store_true",
                        help="encrypt with a passphrase")
    parser.add_argument("-a", "--armor", dest="age_armor", action="store_true",
                        help="encrypt to a PEM-encoded (ASCII) format")
    parser.add_argument("-o", "--output", dest="age_output", metavar="OUTPUT",
                        help="write the result to OUTPUT (default: standard output)")
    parser.add_argument("age_input", nargs="?", metavar="INPUT",
                        help="the file to read (default: standard input)")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    if args.age_decrypt:
        if args.age_encrypt:
            raise EncryptAndDecrypt()
        _decrypt(args)
    else:
        _encrypt(args)
    return EXIT_OK


def _encrypt(args: argparse.Namespace) -> None:
    from npmdesk.exchange import age
    from npmdesk.exchange.age.stanzas import DEFAULT_SCRYPT_LOG_N
    from npmdesk.vault.kdf import TEST_PROFILE_ENV

    if args.age_identities and not args.age_encrypt:
        raise IdentityWithoutEncrypt()
    _check_stdin_use(args)
    identities = [i for path in args.age_identities for i in _read_identities(path)]
    if args.age_passphrase:
        if args.age_recipients or args.age_recipients_files or identities:
            raise PassphraseWithKeys()
    elif not (args.age_recipients or args.age_recipients_files or identities):
        raise MissingRecipients()
    recipients = [age.parse_recipient(text) for text in args.age_recipients]
    for path in args.age_recipients_files:
        recipients += age.parse_recipients(_read_text(path, "recipients file"))
    recipients += [i.recipient for i in identities]
    for identity in identities:
        identity.wipe()
    if _output_is_stdout(args) and not args.age_armor and _stdout_is_terminal():
        raise BinaryToTerminal()

    passphrase = credentials.secret(credentials.AGE, new=True) if args.age_passphrase else None
    log_n = DEFAULT_SCRYPT_LOG_N
    if passphrase is not None and os.environ.get(TEST_PROFILE_ENV) == "test":
        log_n = TEST_SCRYPT_LOG_N
        print(translate("cli", "npmdesk: warning: {text}").format(
            text=f"{TEST_PROFILE_ENV}=test makes a weak passphrase stanza (for tests only)."), file=sys.stderr)
    try:
        with _input(args) as src, _output(args) as dst:
            age.encrypt(src, dst, recipients=recipients, passphrase=passphrase,
                        armor=args.age_armor, scrypt_log_n=log_n)
    finally:
        if passphrase is not None:
            passphrase.wipe()


def _decrypt(args: argparse.Namespace) -> None:
    from npmdesk.exchange import age

    if args.age_recipients or args.age_recipients_files:
        raise RecipientsWhenDecrypting()
    if args.age_armor:
        raise ArmorWhenDecrypting()
    if args.age_passphrase:
        raise PassphraseWhenDecrypting()
    _check_stdin_use(args)
    identities = [i for path in args.age_identities for i in _read_identities(path)]
    passphrase = None if identities else credentials.asker(credentials.AGE)
    try:
        with _input(args) as src:
            if _output_is_stdout(args):
                try:
                    age.decrypt(src, _stdout(), identities=identities, passphrase=passphrase)
                finally:
                    _stdout().flush()
            else:
                from npmdesk.plain_output import plain_output

                # The file appears only once everything verified; until then it has no name.
                with plain_output(Path(args.age_output), replace=True) as out:
                    age.decrypt(src, out, identities=identities, passphrase=passphrase)
    except age.PayloadError:
        if _output_is_stdout(args):
            raise age.StreamedPayloadError() from None
        raise
    except age.NotPassphraseProtected:
        raise KeyFileNeeded() from None
    except age.PassphraseRequired:
        raise PassphraseNotKey() from None
    finally:
        for identity in identities:
            identity.wipe()


# --- files -------------------------------------------------------------------------------------


def _output_is_stdout(args: argparse.Namespace) -> bool:
    return args.age_output in (None, "-")


def _stdout() -> BinaryIO:
    return sys.stdout.buffer


def _stdout_is_terminal() -> bool:
    try:
        return os.isatty(sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):
        return False


@contextlib.contextmanager
def _input(args: argparse.Namespace) -> Iterator[BinaryIO]:
    if _is_stdin(args.age_input):
        yield sys.stdin.buffer
        return
    path = Path(args.age_input)
    try:
        src = open(path, "rb")
    except OSError:
        raise UnreadableFile(path, "file") from None
    with src:
        yield src


@contextlib.contextmanager
def _output(args: argparse.Namespace) -> Iterator[BinaryIO]:
    from npmdesk.exchange.age_output import atomic_output

    if _output_is_stdout(args):
        out = _stdout()
        yield out
        out.flush()
        return
    with atomic_output(Path(args.age_output)) as out:
        yield out


def _is_stdin(path: Path | str | None) -> bool:
    return path is None or str(path) == "-"


def _check_stdin_use(args: argparse.Namespace) -> None:
    key_files = [*args.age_recipients_files, *args.age_identities]
    readers = sum(1 for path in key_files if _is_stdin(path)) + _is_stdin(args.age_input)
    if readers > 1:
        raise StandardInputTwice()


def _read_bytes(path: Path, what: str) -> bytes:
    try:
        if _is_stdin(path):
            data = sys.stdin.buffer.read(MAX_KEY_FILE + 1)
        else:
            with open(path, "rb") as f:
                data = f.read(MAX_KEY_FILE + 1)
    except OSError:
        raise UnreadableFile(path, what) from None
    if len(data) > MAX_KEY_FILE:
        raise UnreadableFile(path, what)
    return data


def _read_text(path: Path, what: str) -> str:
    try:
        return _read_bytes(path, what).decode("utf-8")
    except UnicodeDecodeError:
        raise UnreadableFile(path, what) from None


def _read_identities(path: Path) -> list[age.X25519Identity]:
    """The identities in a key file, which may itself be an age file protected by a passphrase."""
    from npmdesk.exchange import age
    from npmdesk.exchange.age.armor import is_armored

    data = bytearray(_read_bytes(path, "key file"))
    try:
        if data.startswith(b"age-encryption.org/") or is_armored(bytes(data[:1100])):
            plain = _PlainBuffer()
            ask = credentials.asker(credentials.AGE, label=translate("cli", "Enter passphrase for {path}: ").format(
                path=path))
            age.decrypt(_BytesReader(data), plain, passphrase=ask)
            data[:] = plain.data
            plain.wipe()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise KeyFileNotText(path) from None
        return age.parse_identities(text)
    finally:
        data[:] = bytes(len(data))


class _BytesReader:
    def __init__(self, data: bytearray) -> None:
        self._view = memoryview(data)
        self._pos = 0

    def read(self, size: int = -1, /) -> bytes:
        end = len(self._view) if size < 0 else self._pos + size
        chunk = bytes(self._view[self._pos : end])
        self._pos += len(chunk)
        return chunk


class _PlainBuffer:
    """Collects a small decrypted key file in a wipeable buffer."""

    def __init__(self) -> None:
        self.data = bytearray()

    def write(self, chunk: bytes | bytearray | memoryview) -> int:
        if len(self.data) + len(chunk) > MAX_KEY_FILE:
            raise ProtectedKeyFileTooLarge()
        self.data += chunk
        return len(chunk)

    def wipe(self) -> None:
        self.data[:] = bytes(len(self.data))
