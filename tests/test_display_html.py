"""display.html returns a value that needs no change as it is (a fast path): the same text as
neutralising and escaping it, for every character that either step changes."""

from __future__ import annotations

import html
import random

from npmdesk import display

SPECIAL = "&<>\"'\r\n\t\x00\x07\x1b\x7f\x85\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069" \
          "\u115f\u180e\u2060\u3164\ufeff\ufff9\ud800\udfff"
PLAIN = "aZ09 _-.,;:()/éßİıçÆ中文العربيةрусский\u200c\u200d\u00ad"


def _slow(value: object, multiline: bool) -> str:
    return html.escape(display.terminal(value) if multiline else display.one_line(value), quote=True)


def test_html_is_the_same_with_or_without_the_fast_path() -> None:
    rng = random.Random(11)  # noqa: S311 - test data
    for _ in range(20_000):
        text = "".join(rng.choice(PLAIN if rng.random() < 0.9 else SPECIAL) for _ in range(rng.randrange(0, 12)))
        for multiline in (False, True):
            assert display.html(text, multiline=multiline) == _slow(text, multiline), repr(text)
    for char in map(chr, [*range(0x10000), 0x1F600, 0xE0001, 0x10FFFF]):
        for multiline in (False, True):
            assert display.html(char, multiline=multiline) == _slow(char, multiline), hex(ord(char))
    assert display.html(None) == "" and display.html(12) == "12"
