"""Light and dark palettes (forced, and following the system) and right-to-left layouts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from npmdesk.gui import i18n, theme
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog

WINDOW, TEXT = QPalette.ColorRole.Window, QPalette.ColorRole.WindowText


@pytest.fixture
def restore_look(qapp: QApplication) -> Iterator[None]:
    """Put the style, palette and layout direction back after the test."""
    style, colours, direction = qapp.style().name(), QPalette(qapp.palette()), qapp.layoutDirection()
    yield
    qapp.setStyle(style)
    qapp.setPalette(colours)
    qapp.setLayoutDirection(direction)


def is_dark(colour: QColor) -> bool:
    return colour.lightness() < 80


def is_light(colour: QColor) -> bool:
    return colour.lightness() > 180


def test_dark_forced_gives_a_dark_window_with_light_text(qtbot, qapp, new_vault, monkeypatch, restore_look) -> None:
    monkeypatch.setenv(theme.COLOR_SCHEME_VARIABLE, "dark")
    assert theme.apply_theme(qapp).scheme == "dark"
    assert qapp.style().name().lower() == "fusion"
    window = MainWindow(new_vault[0])
    qtbot.addWidget(window)
    window.show()
    colours = window.palette()
    assert is_dark(colours.color(WINDOW)) and is_light(colours.color(TEXT))
    assert is_dark(colours.color(QPalette.ColorRole.Base)) and is_light(colours.color(QPalette.ColorRole.Text))
    assert theme.current_scheme() == "dark"


def test_light_forced_gives_a_light_window_with_dark_text(qapp, monkeypatch, restore_look) -> None:
    monkeypatch.setenv(theme.COLOR_SCHEME_VARIABLE, "light")
    theme.apply_theme(qapp)
    assert is_light(qapp.palette().color(WINDOW)) and is_dark(qapp.palette().color(TEXT))


def test_the_palette_follows_the_system_when_it_switches(qapp, monkeypatch, restore_look) -> None:
    monkeypatch.delenv(theme.COLOR_SCHEME_VARIABLE, raising=False)
    monkeypatch.setattr(theme, "system_scheme", lambda: "light")
    follower = theme.apply_theme(qapp)
    assert is_light(qapp.palette().color(WINDOW))
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")
    seen: list[str] = []
    follower.changed.connect(seen.append)
    try:
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert seen == ["dark"] and is_dark(qapp.palette().color(WINDOW))
        monkeypatch.setenv(theme.COLOR_SCHEME_VARIABLE, "dark")  # forced: a system switch changes nothing
        monkeypatch.setattr(theme, "system_scheme", lambda: "light")
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert seen == ["dark"] and is_dark(qapp.palette().color(WINDOW))
    finally:
        follower.changed.disconnect(seen.append)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_signal_colours_are_legible_in_both_palettes(qapp, scheme, restore_look) -> None:
    theme.apply_theme(qapp, scheme)
    base = qapp.palette().color(QPalette.ColorRole.Base)
    for name in theme.TONES:
        assert theme.contrast(QColor(theme.tone(name)), base) >= 4.5, name
    for fixed in ("#2e7d32", "#e65100", "#c62828", "#1565c0", "#757575"):  # colours the code picks
        assert theme.contrast(theme.readable(fixed), base) >= 4.5, fixed
    assert "background" in theme.notice_style("#box")


# ---------------------------------------------------------------------------- right to left


def centre_x(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(widget.width() // 2, 0)).x()


def labelled_pairs(root: QWidget) -> list[tuple[QLabel, QWidget]]:
    """Visible labels with a visible buddy on the same row (a form layout's label and field)."""
    pairs = []
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if label.isVisible() and buddy is not None and buddy.isVisible() and buddy.window() is root.window():
            label_y = label.mapToGlobal(QPoint(0, label.height() // 2)).y()
            top = buddy.mapToGlobal(QPoint(0, 0)).y()
            if top <= label_y <= top + buddy.height():
                pairs.append((label, buddy))
    return pairs


def assert_mirrored(root: QWidget) -> None:
    pairs = labelled_pairs(root)
    assert pairs, f"no label beside its field in {root.objectName()}"
    wrong = [label.text() for label, buddy in pairs if centre_x(label) <= centre_x(buddy)]
    assert not wrong, f"labels left of their field in a right-to-left layout: {wrong}"


@pytest.fixture
def right_to_left(qapp, monkeypatch, restore_look) -> Iterator[None]:
    monkeypatch.setenv(i18n.LAYOUT_DIRECTION_VARIABLE, "rtl")
    applied = i18n.apply_language(qapp, "en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    yield
    applied.remove()


def test_right_to_left_mirrors_the_main_window_and_a_record_form(qtbot, store, right_to_left) -> None:
    window = MainWindow(store.vault)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    workspace = window.workspace
    workspace.choose_entry(0)
    assert window.isRightToLeft()
    assert centre_x(workspace.navigator) > centre_x(workspace.list_view)  # the lists are on the right
    menus = [window.menuBar().actionGeometry(action).x() for action in window.menuBar().actions()]
    assert menus == sorted(menus, reverse=True)  # File is the rightmost menu
    form = window.forms.new()
    qtbot.waitExposed(form)
    assert_mirrored(form)


def test_right_to_left_mirrors_the_unlock_window(qtbot, new_vault, keyring_double, right_to_left) -> None:
    vault, _code = new_vault
    vault.close()
    dialog = UnlockDialog(vault.folder, keyring_double, try_device=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.isRightToLeft()
    assert_mirrored(dialog)


def test_the_layout_direction_follows_the_language(qapp, monkeypatch, restore_look) -> None:
    monkeypatch.delenv(i18n.LAYOUT_DIRECTION_VARIABLE, raising=False)
    for code, direction in (("ar", Qt.LayoutDirection.RightToLeft), ("he", Qt.LayoutDirection.RightToLeft),
                            ("fr", Qt.LayoutDirection.LeftToRight), ("es", Qt.LayoutDirection.LeftToRight)):
        applied = i18n.apply_language(qapp, code)
        assert qapp.layoutDirection() == direction, code
        applied.remove()
    monkeypatch.setenv(i18n.LAYOUT_DIRECTION_VARIABLE, "ltr")
    applied = i18n.apply_language(qapp, "ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    applied.remove()
