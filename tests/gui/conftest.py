"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from npmdesk.gui import i18n
from npmdesk.gui.settings.preferences import Preferences


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], i18n.Language]]:
    """Call with a language code ("fr", "ar_LB"…); whatever it installed is removed after the test."""
    applied: list[i18n.Language] = []

    def use(code: str) -> i18n.Language:
        applied.append(i18n.apply_language(qapp, code))
        return applied[-1]

    yield use
    for done in reversed(applied):
        done.remove()


@pytest.fixture(autouse=True)
def _language_preference_kept() -> Iterator[None]:
    """A window test that saves a language in Preferences (the worker's sandboxed settings file)
    puts the saved choice back after it: the command line reads that file too, so a later test
    running `npmdesk` in the same worker would otherwise speak that language."""
    before = Preferences().language()
    yield
    if Preferences().language() != before:
        Preferences().set_language(before)
