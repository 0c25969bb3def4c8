"""The command line's help and argparse's own words in the user's language.

- argparse's words ("usage:", "error:", "the following arguments are required") come from its
  module-level `_` (gettext): `install` points that at npmdesk's translations (context
  "argparse"); the list below marks them for pyside6-lupdate, and a word not in it (a
  developer's error, never shown to a user) stays English.
- npmdesk's own help texts (`help="…"`, `description="…"` in npmdesk/cli) are translated when
  the help is shown (context "cli"), by `Parser`'s `HelpFormatter`; scripts/update-translations
  collects them (`fill_translations.py helps`). A help text built at run time is translated
  where it is built, `translate("cli", "… {kinds}").format(kinds=…)`.
"""

from __future__ import annotations

import argparse
from typing import Any

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
    QT_TRANSLATE_NOOP("cli", "show program's version number and exit"),  # --version's help, not through _()
)


def _translated(text: str) -> str:
    return translate("argparse", text)


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with npmdesk's help texts and descriptions translated."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate("cli", action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(translate("cli", text) if text and text is not argparse.SUPPRESS else text)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help is in the user's language; its subcommands' parsers are
    Parsers too (argparse makes them of the parent's class)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


def install() -> None:
    """Have argparse speak the command line's language from now on (this process)."""
    argparse._ = _translated  # type: ignore[attr-defined]  # argparse's gettext, looked up at each use
