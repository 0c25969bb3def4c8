"""One strict JSON loader for everything npmdesk reads from a file it did not just write itself.

Packages (manifest, signature, records), key-slot files and backup headers all go through
`loads`, which refuses, with a one-sentence `JSONRefused` that the caller turns into its own
domain error (a damaged package, damaged key slots, a damaged backup):

- more than `max_bytes` bytes, bytes that are not UTF-8, a byte-order mark;
- anything the standard grammar refuses, and `NaN`, `Infinity`, `-Infinity`;
- a key twice in one object;
- an integer outside ±2^53 (checked on its digits before any conversion, so a number with a
  million digits costs nothing), a float that is not finite once read (`1e999`);
- nesting deeper than `max_depth`;
- more than `max_items` values (every object, array, key and scalar counts), counted on the
  text before anything is built, so the memory a document can cost is bounded by its caller
  (a text shorter than `max_items` characters cannot hold more, and costs little once built:
  it is not counted, and its nesting is checked on the value built).
- a string holding a lone UTF-16 surrogate (`"\\ud800"`), which no valid text contains.

`is_timestamp` and `exact_int` are the checks the schemas share for times and format versions.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any, TypeGuard

from npmdesk.phrase import Phrase

MAX_SAFE_INT = 2**53
_MAX_INT_DIGITS = 16  # 2**53 has 16 digits: anything longer is out of range without converting
# A string, or an unterminated one running to the end of the text: one match either way, so
# removing strings stays linear in time and constant in memory, however the quotes and
# backslashes are arranged.
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.DOTALL)  # possessive: no backtrack memory
_SURROGATE = re.compile("[\ud800-\udfff]")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?([+-]\d\d:\d\d|Z)")


class JSONRefused(ValueError):
    """The text is not JSON npmdesk accepts; the message is one sentence, without the text, and
    `phrase` the same as a phrase shown translated (npmdesk/phrase.py)."""

    def __init__(self, detail: str, /, **values: object) -> None:
        self.phrase = Phrase.with_values(detail, values)
        super().__init__(str(self.phrase))


def loads(data: bytes | str, *, max_bytes: int, max_depth: int = 16, max_items: int = 100_000,
          depth_checked: bool = False) -> Any:
    """The JSON value in `data` (UTF-8 bytes or text), or JSONRefused. See the module docstring.

    `depth_checked`: the caller found the text's end by counting its brackets (strings skipped)
    and refused it deeper than `max_depth` (exchange/schema.py's RecordStream): a short text's
    nesting is then not walked a second time."""
    if len(data) > max_bytes:
        raise JSONRefused("it is larger than allowed")
    if isinstance(data, bytes | bytearray):
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError:
            raise JSONRefused("it is not UTF-8 text") from None
    else:
        text = data
    if text.startswith("\ufeff"):
        raise JSONRefused("it starts with a byte-order mark")
    # A text of fewer characters than `max_items` cannot hold more values (each takes at least one
    # character: see _check_shape), and what it can cost once built is small: its depth is
    # checked on the value, which is faster than on the text.
    small = len(text) < max_items
    if not small:
        _check_shape(text, max_depth, max_items)
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise JSONRefused("it is nested too deeply") from None
    except ValueError as err:
        if isinstance(err, JSONRefused):
            raise
        raise JSONRefused("it is not valid JSON") from None
    if small and not depth_checked and text.count("[") + text.count("{") > max_depth:
        _check_depth(value, max_depth)
    # Text decoded from UTF-8 holds no surrogate: one can only come from an escape (\\uD800).
    if text is data or "\\ud" in text or "\\uD" in text:
        _check_strings(value)
    return value


def _check_shape(text: str, max_depth: int, max_items: int) -> None:
    """Count values and nesting on the text with strings removed: cheap, and before any object exists."""
    bare = _STRING.sub("0", text)
    items = bare.count(",") + bare.count(":") + bare.count("[") + bare.count("{") + 1
    if items > max_items:
        raise JSONRefused("it holds more values than allowed")
    openers = bare.count("[") + bare.count("{")
    if openers <= max_depth:
        return
    depth = 0
    for match in _BRACKET.finditer(bare):
        if match.group() in "[{":
            depth += 1
            if depth > max_depth:
                raise JSONRefused("it is nested too deeply")
        else:
            depth -= 1


_BRACKET = re.compile(r"[\[\]{}]")


def _check_depth(value: Any, max_depth: int) -> None:
    """Refuse objects and arrays nested deeper than `max_depth` (as _check_shape does on the text)."""
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            raise JSONRefused("it is nested too deeply")
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):  # a key came twice
        raise JSONRefused("an object has the same key twice")
    return out


def _int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_INT_DIGITS:
        raise JSONRefused("it holds a number out of range")
    value = int(digits)
    if abs(value) > MAX_SAFE_INT:
        raise JSONRefused("it holds a number out of range")
    return value


def _float(text: str) -> float:
    if len(text) > 40:
        raise JSONRefused("it holds a number out of range")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise JSONRefused("it holds a number out of range")
    return value


def _constant(name: str) -> Any:
    raise JSONRefused("it holds {name}, which is not a JSON number", name=name)


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_int=_int, parse_float=_float, parse_constant=_constant)


def _check_strings(value: Any) -> None:
    """Refuse lone surrogates in keys and strings (an iterative walk: depth is already bounded)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise JSONRefused("it holds text with a lone surrogate")
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def exact_int(value: object) -> TypeGuard[int]:
    """True for a JSON integer (not a float such as 1.0, not true/false)."""
    return type(value) is int


def is_timestamp(value: object) -> bool:
    """`YYYY-MM-DDTHH:MM:SS[.ffffff](Z|±HH:MM)` naming a real moment (no 31 February, no 25:00)."""
    if not isinstance(value, str) or len(value) > 40 or not _TIMESTAMP.fullmatch(value):
        return False
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
