"""The icon set: every icon the code asks for exists, and draws in the palette's text colour
in the light and the dark palette."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolBar

from npmdesk.gui import theme
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.resources import ICON_INK, icon

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
CALL = re.compile(r"""\bicon\(\s*["']([\w-]+)["']""")
TABLE_ENTRY = re.compile(r""":\s*["']([\w-]+)["']""")
APP_ICON = "npmdesk"  # the application's own, in colour (packaging renders it)


def names_used_in_the_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "npmdesk" / "gui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names.update(CALL.findall(text))
        for table in re.findall(r"_ICONS\s*=\s*\{(.*?)\}", text, re.DOTALL):  # name tables such as ENTRY_ICONS
            names.update(TABLE_ENTRY.findall(table))
    return names


def line_icons() -> list[str]:
    return sorted(path.stem for path in ICONS.glob("*.svg") if path.stem != APP_ICON)


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    style, colours = qapp.style().name(), QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(colours)


def test_every_icon_the_code_uses_exists() -> None:
    used = names_used_in_the_code()
    assert {"lock", "dashboard", "search", "new", "edit", "delete", "reply", "backup", "print"} <= used
    missing = sorted(name for name in used if not (ICONS / f"{name}.svg").is_file())
    assert not missing


def test_the_set_has_the_icons_the_product_needs_in_one_style() -> None:
    wanted = {"lock", "dashboard", "search", "new", "edit", "delete", "restore", "reply", "follow-up", "history",
              "attach", "export", "import", "key", "settings", "backup", "print", "report", "visit",
              "recommendation", "contact", "warning", "verified"}
    assert wanted <= set(line_icons())
    for name in line_icons():
        text = (ICONS / f"{name}.svg").read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text and ICON_INK in text, name  # 24px grid, one ink to recolour
        assert set(re.findall(r"#[0-9a-fA-F]{6}", text)) == {ICON_INK}, name
        assert QSvgRenderer(str(ICONS / f"{name}.svg")).isValid(), name


def ink_of(picture: QImage) -> set[str]:
    return {picture.pixelColor(x, y).name() for x in range(picture.width()) for y in range(picture.height())
            if picture.pixelColor(x, y).alpha() == 255}


def close_to(first: str, second: QColor) -> bool:
    colour = QColor(first)
    return max(abs(colour.red() - second.red()), abs(colour.green() - second.green()),
               abs(colour.blue() - second.blue())) <= 12


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_icon_draws_in_the_text_colour_of_the_palette(qapp, scheme, restore_palette) -> None:
    theme.apply_theme(qapp, scheme)
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    disabled = qapp.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    for name in line_icons():
        made = icon(name)
        assert not made.isNull(), name
        normal = ink_of(made.pixmap(48, 48).toImage())
        assert normal and all(close_to(colour, text) for colour in normal), (name, normal, text.name())
        greyed = ink_of(made.pixmap(48, 48, QIcon.Mode.Disabled).toImage())
        assert greyed and all(close_to(colour, disabled) for colour in greyed), name
    assert not icon(APP_ICON).pixmap(48, 48).isNull()


def test_the_toolbar_and_menus_show_icons(qtbot, new_vault, restore_palette, qapp) -> None:
    theme.apply_theme(qapp, "dark")
    window = MainWindow(new_vault[0])
    qtbot.addWidget(window)
    window.show()
    toolbar = window.findChild(QToolBar, "mainToolBar")
    actions = [action for action in toolbar.actions() if action.text() and not action.isSeparator()]
    assert actions and all(not action.icon().isNull() for action in actions)
    for action in (window.preferences_action, window.search_action, window.forms.restore_action):
        assert not action.icon().pixmap(16, 16).isNull()
    navigator = window.workspace.navigator
    assert all(not navigator.item(row).icon().isNull() for row in range(navigator.count()))


def ink_centre_x(picture: QImage) -> float:
    """Where the ink sits from left to right, weighted by opacity (in pixels)."""
    weights = [(x, picture.pixelColor(x, y).alphaF()) for x in range(picture.width()) for y in range(picture.height())]
    return sum(x * weight for x, weight in weights) / sum(weight for _x, weight in weights)


def test_icons_that_point_along_the_text_turn_round_right_to_left(qapp) -> None:
    forward = ink_centre_x(icon("reply").pixmap(48, 48).toImage())
    lock = ink_centre_x(icon("lock").pixmap(48, 48).toImage())
    direction = qapp.layoutDirection()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        backward = ink_centre_x(icon("reply").pixmap(48, 48).toImage())
        lock_backward = ink_centre_x(icon("lock").pixmap(48, 48).toImage())
    finally:
        qapp.setLayoutDirection(direction)
    assert forward < 23.5 < backward  # the arrow's head moves from the left to the right
    assert abs((forward + backward) - 47) < 0.5  # mirrored about the middle
    assert lock_backward == lock
