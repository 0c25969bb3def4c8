"""Text as the search index sees it.

SQLite's `unicode61` tokenizer (with diacritics removed) splits Latin, Cyrillic, Arabic and
Greek text into words and matches "resume" with "résumé". Chinese and Japanese have no
spaces between words, so each ideograph (and kana) is made a token of its own by putting a
zero-width space (a separator for the tokenizer, invisible to readers) on each side, at
indexing and at query time; a phrase query then finds any sequence of them. Snippets drop
the zero-width spaces again, so the text reads exactly as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata

ZWSP = "\u200b"


@functools.cache
def _cjk() -> re.Pattern[str]:
    """Compiled on first use: its ranges take `re` ~3 ms, which a command indexing no non-ASCII text never pays."""
    return re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0002ebef])")


def index_form(text: str) -> str:
    """NFC text with a zero-width space around every CJK character."""
    if text.isascii():  # (most text: NFC already, nothing to separate; the check is free)
        return text
    text = unicodedata.normalize("NFC", text.replace(ZWSP, ""))
    if _cjk().search(text) is None:  # one pass in C (max(text) made a string of every character)
        return text
    return _cjk().sub(ZWSP + r"\1" + ZWSP, text)


def display_form(indexed: str) -> str:
    """The text as written (undoes index_form's separators)."""
    return indexed.replace(ZWSP, "")


def has_cjk(text: str) -> bool:
    return bool(_cjk().search(text))
