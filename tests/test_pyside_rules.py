"""Calls from Python that crash PySide6 later, found in the code before they run.

Each rule is a crash npmdesk had (docs/developers.md, "Errors and window lifecycles"):
- `widget.screen()` (or a window handle's): PySide makes the application's QScreen a child of
  the widget, and deleting the widget later deletes the screen (tests/gui/test_screen_lifecycle.py);
  ask the application instead, `npmdesk.gui.fit.screen_of(widget)`;
- `QApplication.allWidgets()`: walking it from Python meets widgets being torn down.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for folder in ("npmdesk", "tests", "benchmarks", "scripts") for p in (ROOT / folder).rglob("*.py"))
FORBIDDEN = {
    "screen": "asks a widget for its screen: use npmdesk.gui.fit.screen_of(widget)",
    "allWidgets": "walks QApplication.allWidgets() from Python",
}


def offences(source: str, name: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in FORBIDDEN
                and not node.args and not node.keywords):
            found.append(f"{name}:{node.lineno}: {FORBIDDEN[node.func.attr]}")
    return found


def test_the_rules_see_the_calls_they_forbid() -> None:
    assert offences("s = window.screen()\nr = s.availableGeometry()", "x.py") == [
        "x.py:1: asks a widget for its screen: use npmdesk.gui.fit.screen_of(widget)"]
    assert offences("for w in QApplication.allWidgets(): pass", "y.py") == [
        "y.py:1: walks QApplication.allWidgets() from Python"]
    assert offences("QGuiApplication.screenAt(point)\nQGuiApplication.primaryScreen()", "z.py") == []


def test_no_code_makes_a_call_that_crashes_pyside_later() -> None:
    assert len(SOURCES) > 100
    found = [line for path in SOURCES if path != Path(__file__).resolve()
             for line in offences(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))]
    assert found == []
