"""Recovery codes: 140 random bits plus a 20-bit checksum, in Crockford base32.

Shown as eight groups of four characters (`7K3Q-…`), easy to read aloud and to copy by
hand. Reading is forgiving (case, spaces, dashes, and O/I/L typed for 0/1/1) and strict
about typing mistakes: a wrong character is caught by the checksum before any key
derivation, so the user hears "mistyped" rather than "wrong code".
"""

from __future__ import annotations

import hashlib

from npmdesk.errors import MistypedRecoveryCode, NpmdeskError
from npmdesk.vault.secret import Secret

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DATA_CHARS = 28
CHECK_CHARS = 4
GROUP = 4
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class RecoveryChangeUnfinished(NpmdeskError):
    """A notice, shown with a new code when an unlock finds an unfinished change of code."""

    message = (
        "A change of recovery code did not finish last time: your previous code still opens the "
        "vault. Here is a new recovery code; the previous one stops working when you continue."
    )


def _checksum(data: str) -> str:
    digest = int.from_bytes(hashlib.sha256(data.encode("ascii")).digest()[:4], "big")
    return "".join(ALPHABET[(digest >> (5 * i)) & 31] for i in range(CHECK_CHARS))


def generate() -> str:
    """A new recovery code, formatted for display."""
    with Secret.random(DATA_CHARS) as raw:
        data = "".join(ALPHABET[b & 31] for b in raw.buffer)
    return format_code(data + _checksum(data))


def format_code(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def normalise(typed: str) -> Secret:
    """The canonical code bytes for key derivation; MistypedRecoveryCode if it cannot be right."""
    chars = "".join(c for c in typed.upper() if not c.isspace() and c != "-")
    chars = chars.translate(_LOOKALIKES)
    if len(chars) != DATA_CHARS + CHECK_CHARS or any(c not in ALPHABET for c in chars):
        raise MistypedRecoveryCode()
    data, check = chars[:DATA_CHARS], chars[DATA_CHARS:]
    if _checksum(data) != check:
        raise MistypedRecoveryCode()
    return Secret(data.encode("ascii"))
