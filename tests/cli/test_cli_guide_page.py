"""The user guide's command-line page, in every language the guide has it, names every command and
every option that `npmdesk --help` offers, so a reader finds each one on the page."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest

from npmdesk.cli.parser import build_parser
from npmdesk.gui.help import guide

PAGE = "command-line.md"
TRANSLATED = ("fr", "es", "pt", "ar", "ru")


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:  # argparse keeps its subcommands there, and nowhere public
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


def _named(option: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text) is not None


@pytest.mark.parametrize("code", ("en", *TRANSLATED))
def test_the_command_line_page_names_every_command_and_option(code) -> None:
    page = guide.page(PAGE, code)
    assert page is not None and page.language == code, f"no {PAGE} in {code}"
    text = page.text
    missing = []
    for path, parser in _commands(build_parser()):
        if path and not _named(" ".join(path), text):
            missing.append(" ".join(path))
        for action in parser._actions:
            names = [name for name in action.option_strings if name not in ("-h", "--help")]
            if names and not any(_named(name, text) for name in names):
                missing.append(f"{' '.join(path)} {names[-1]}")
    assert not missing, f"{PAGE} ({code}) does not name: {', '.join(missing)}"
