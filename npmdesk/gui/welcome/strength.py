"""A rough passphrase-strength estimate for the meter under a new passphrase (no Qt here).

It counts length and character classes and discounts repetition; it is a hint to the
user, not a guarantee (a famous quotation scores well and is still guessable). The only
hard rule is the core's: fewer than `MIN_PASSPHRASE_CHARS` characters is refused.
"""

from __future__ import annotations

import math
import string
import unicodedata
from dataclasses import dataclass

from npmdesk.vault.vault import MIN_PASSPHRASE_CHARS

TOO_SHORT, WEAK, FAIR, GOOD, STRONG = range(5)
MAX_SCORE = STRONG
# Estimated bits needed for WEAK→FAIR, FAIR→GOOD and GOOD→STRONG.
THRESHOLDS = (55, 75, 100)

_CLASSES = (
    (set(string.ascii_lowercase), 26),
    (set(string.ascii_uppercase), 26),
    (set(string.digits), 10),
    (set(string.punctuation + " "), 33),
)
_OTHER_POOL = 100  # letters of other scripts, accents, emoji: a large alphabet


@dataclass(frozen=True)
class Strength:
    """`score` from TOO_SHORT (0) to STRONG (4); `bits` is the rough estimate behind it."""

    score: int
    bits: int


def estimate(passphrase: str) -> Strength:
    """Score a passphrase from its length, its character classes and its repetitions."""
    text = unicodedata.normalize("NFC", passphrase)
    length = len(text)
    if length == 0:
        return Strength(TOO_SHORT, 0)
    pool = 0
    remaining = set(text)
    for members, size in _CLASSES:
        if remaining & members:
            pool += size
            remaining -= members
    if remaining:
        pool += _OTHER_POOL
    # Repeating the same few characters adds little: count at most three uses of each.
    effective_length = min(length, 3 * len(set(text)))
    bits = int(effective_length * math.log2(max(pool, 2)))
    if length < MIN_PASSPHRASE_CHARS:
        return Strength(TOO_SHORT, bits)
    score = WEAK + sum(1 for threshold in THRESHOLDS if bits >= threshold)
    return Strength(score, bits)
