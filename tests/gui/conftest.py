"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication

from npmdesk.gui import i18n


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
