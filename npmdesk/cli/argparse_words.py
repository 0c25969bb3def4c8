"""argparse's own words ("usage:", "error:", "the following arguments are required") in the
user's language: argparse asks its module-level `_` (gettext) for each, and `install` points
that at npmdesk's translations (context "argparse", npmdesk/translation.py).

The list below marks them for pyside6-lupdate; a word not in it (a developer's error, never
shown to a user) stays English.
"""

from __future__ import annotations

import argparse

from npmdesk.translation import QT_TRANSLATE_NOOP, translate

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _translated(text: str) -> str:
    return translate("argparse", text)


def install() -> None:
    """Have argparse speak the command line's language from now on (this process)."""
    argparse._ = _translated  # type: ignore[attr-defined]  # argparse's gettext, looked up at each use
