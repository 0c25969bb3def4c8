"""The age v1 file format (C2SP age specification), on the `cryptography` primitives.

    encrypt(src, dst, recipients=[...])            # or passphrase=Secret(...), armor=True
    decrypt(src, dst, identities=[...])            # or passphrase=...; armor is detected

Everything streams in 64 KiB chunks: memory does not grow with the file. Reading is strict: the
community test vectors (age-testkit) all give their expected result. X25519 recipients and one
scrypt passphrase stanza are supported; post-quantum, plugin and SSH recipients are not. To keep
nothing of a file that fails to decrypt, decrypt into `npmdesk.plain_output.plain_output(...)`.

The package imports nothing else from npmdesk: the rest of npmdesk builds on its `secret`
(`Secret`), `errors` (the root of npmdesk's errors) and `interruptible` modules. Each name below
is loaded on first use, so that importing those small modules does not load the ciphers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from npmdesk.exchange.age.encryption import (
        decrypt,
        encrypt,
        generate_identity,
        open_payload,
        parse_recipient,
    )
    from npmdesk.exchange.age.errors import (
        AgeError,
        ArmorError,
        HeaderError,
        HmacFailure,
        InvalidIdentity,
        InvalidRecipient,
        NoMatchingIdentity,
        NotPassphraseProtected,
        PassphraseRequired,
        PayloadError,
        ScryptTooExpensive,
        StreamedPayloadError,
        UnsupportedIdentity,
        UnsupportedRecipient,
        WrongAgePassphrase,
    )
    from npmdesk.exchange.age.keys import X25519Identity, X25519Recipient, parse_identities, parse_recipients

__all__ = [
    "AgeError",
    "ArmorError",
    "HeaderError",
    "HmacFailure",
    "InvalidIdentity",
    "InvalidRecipient",
    "NoMatchingIdentity",
    "NotPassphraseProtected",
    "PassphraseRequired",
    "PayloadError",
    "ScryptTooExpensive",
    "StreamedPayloadError",
    "UnsupportedIdentity",
    "UnsupportedRecipient",
    "WrongAgePassphrase",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "encrypt",
    "generate_identity",
    "open_payload",
    "parse_identities",
    "parse_recipient",
    "parse_recipients",
]

_MODULES = ("errors", "keys", "encryption")  # where the names of __all__ are defined


def __getattr__(name: str) -> object:
    if name in __all__:
        for module in _MODULES:
            value = getattr(importlib.import_module(f"{__name__}.{module}"), name, None)
            if value is not None:
                globals()[name] = value
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
