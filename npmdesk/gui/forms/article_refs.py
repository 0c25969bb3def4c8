"""OPCAT references in the record form: whole articles are ticked in a list, precise references
(sub-paragraphs: "11(1)(b)(ii), 19(b)") are typed in a line beside it.

`split` shares a record's references between the two, `parse` reads the typed line, `problem`
is the one sentence shown under the line while it holds something that is not a reference.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from npmdesk.records.model import article_sort_key, is_article_ref

WHOLE_ARTICLES = tuple(str(n) for n in range(1, 38))
_SEPARATORS = re.compile(r"[,;\n]+")


def split(refs: list[str]) -> tuple[list[str], list[str]]:
    """(whole articles, other references) of a record, each as written."""
    whole = [r for r in refs if r in WHOLE_ARTICLES]
    return whole, [r for r in refs if r not in WHOLE_ARTICLES]


def parse(text: str) -> list[str]:
    """The references typed, as written (spaces inside a reference removed), without repeats."""
    items = ("".join(part.split()) for part in _SEPARATORS.split(text))
    return list(dict.fromkeys(item for item in items if item))


def merged(whole: list[str], typed: list[str]) -> list[str]:
    """The record's references: whole articles and typed ones, without repeats, in article order
    (anything that is not a reference is kept as typed, last, for the core to name it)."""
    return sorted(dict.fromkeys(whole + typed), key=article_sort_key)


def problem(text: str) -> str | None:
    """One sentence about the first item typed that is not an OPCAT reference, or None."""
    bad = next((item for item in parse(text) if not is_article_ref(item)), None)
    if bad is None:
        return None
    return QCoreApplication.translate(
        "RecordForm", "“{item}” is not an OPCAT reference: write an article from 1 to 37 with its sub-paragraphs, "
                      "for example 11(1)(b)(ii) or 19(b).").format(item=bad)
