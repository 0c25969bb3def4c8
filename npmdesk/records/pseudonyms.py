"""Pseudonyms: the form of a record that may leave the vault.

A record's `pseudonyms` maps a real name to its alias ("Ahmed Benali" -> "person A"). Inside
the vault the record is shown as written; whatever leaves it (packages, reports) goes through
`pseudonymised()`, which replaces every real name, in every text, by its alias and drops the
mapping itself, so the real names never travel.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any

from npmdesk.records.model import Record


def _pattern(pseudonyms: dict[str, str]) -> re.Pattern[str] | None:
    return _compiled(tuple(sorted((name for name in pseudonyms if name.strip()), key=lambda n: (-len(n), n))))


@functools.lru_cache(maxsize=4096)
def _compiled(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern per set of names, compiled once: an export pseudonymises thousands of records
    naming the same people (re's own cache of 512 would thrash)."""
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _replace_all(value: Any, pattern: re.Pattern[str], aliases: dict[str, str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(lambda m: aliases[m.group(0).casefold()], value)
    if isinstance(value, list):
        return [_replace_all(item, pattern, aliases) for item in value]
    return value


def pseudonymised(record: Record) -> Record:
    """A copy with every real name replaced by its alias, and no mapping left in it (the record
    itself when it has no mapping: nothing to replace; callers never change what they get)."""
    if not record.pseudonyms:
        return record
    pattern = _pattern(record.pseudonyms)
    if pattern is None:
        return replace(record, pseudonyms={})
    aliases = {name.casefold(): alias for name, alias in record.pseudonyms.items()}
    return replace(
        record,
        title=_replace_all(record.title, pattern, aliases),
        body=_replace_all(record.body, pattern, aliases),
        fields={key: _replace_all(value, pattern, aliases) for key, value in record.fields.items()},
        consents=[replace(person, person=record.pseudonyms.get(person.person, person.person))
                  for person in record.consents],
        pseudonyms={},
    )


def pseudonymised_title(record: Record) -> str:
    """The title `pseudonymised(record)` has (what an export shows of a record left out), without
    replacing names in the rest of the record."""
    if not record.pseudonyms:
        return record.title
    pattern = _pattern(record.pseudonyms)
    if pattern is None:
        return record.title
    aliases = {name.casefold(): alias for name, alias in record.pseudonyms.items()}
    return str(_replace_all(record.title, pattern, aliases))


def next_alias(existing: dict[str, str]) -> str:
    """The next free alias: person A, person B, …, person Z, person AA, …"""
    used = set(existing.values())
    n = 0
    while True:
        label, k = "", n
        while True:
            label = chr(ord("A") + k % 26) + label
            k = k // 26 - 1
            if k < 0:
                break
        alias = f"person {label}"
        if alias not in used:
            return alias
        n += 1
