"""Opening the main window in tests and pressing keys as the platform would deliver them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from npmdesk.gui.main_window import MainWindow
from npmdesk.vault import Vault

TODAY = dt.date(2026, 11, 20)
WAIT_MS = 5_000


def activate(qtbot, window: MainWindow) -> None:
    """Shown, exposed and active (window shortcuts only fire in the active window)."""
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(), timeout=WAIT_MS)


def open_window(qtbot, vault: Vault, today: dt.date = TODAY) -> MainWindow:
    window = MainWindow(vault, today=lambda: today)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def press(window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press through the window, so that shortcuts see it."""
    QTest.keyClick(window.windowHandle(), key, modifiers)


def press_f1_in(qtbot, widget: QWidget) -> None:
    """Give `widget` the focus in its (active) window and press F1 there."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT_MS)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
