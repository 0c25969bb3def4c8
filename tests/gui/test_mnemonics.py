"""Keyboard: inside each window and dialog, in English, French and Spanish, no two visible controls
answer the same Alt+letter (menu titles of the main window included), and menu items show their shortcuts."""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMainWindow, QTabWidget, QWidget

from npmdesk.demo import fill
from npmdesk.gui import i18n
from npmdesk.records import RecordStore
from tests.support.common import FakeClock
from tests.support.every_window import every_window

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter a control's text gives it ("&Save" → "s"; "&&" is a plain "&")."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def access_keys(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the visible controls of `window` that answer it (a disabled one keeps its letter)."""
    keys: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                keys[key].append(f"menu {action.text()!r}")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [widget.title()]
        elif isinstance(widget, QTabWidget):
            texts = [widget.tabText(index) for index in range(widget.count()) if widget.isTabVisible(index)]
        for text in texts:
            if key := mnemonic(text):
                keys[key].append(f"{type(widget).__name__} {widget.objectName() or '?'} {text!r}")
    return keys


def clashes(window: QWidget) -> list[str]:
    return [f"Alt+{key.upper()}: {', '.join(owners)}" for key, owners in access_keys(window).items()
            if len(owners) > 1]


@pytest.fixture
def filled_store(new_vault) -> Iterator[RecordStore]:
    vault, _code = new_vault
    store = RecordStore(vault, clock=FakeClock())
    fill.generate(store, records=60, seed=1, state="CR")
    yield store


def test_the_mnemonic_finder_sees_a_clash() -> None:
    assert mnemonic("&Save") == "s" and mnemonic("Save && close") is None and mnemonic("Sa&ve") == "v"


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_no_two_controls_share_an_alt_letter(qtbot, qapp, filled_store, keyring_double, tmp_path, code) -> None:
    applied = i18n.apply_language(qapp, code)
    try:
        found: list[str] = []
        known: set[str] = set()
        for name, window in every_window(qtbot, filled_store.vault, keyring_double, tmp_path):
            # Letters are given out from the event loop after each change (gui/access_keys.py); on a
            # loaded machine that can take longer than the window's settling: what counts is what
            # the user meets once the loop has caught up.
            with contextlib.suppress(qtbot.TimeoutError):
                qtbot.waitUntil(lambda window=window: not clashes(window), timeout=2000)
            for clash in clashes(window):
                if clash not in known:
                    known.add(clash)
                    found.append(f"[{code}] {name}: {clash}")
        assert not found, "mnemonic clashes:\n" + "\n".join(found)
    finally:
        applied.remove()
        QApplication.processEvents()
