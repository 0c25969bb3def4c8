"""The application's screen outlives every window that asked where it is.

PySide makes the QScreen that `QWidget.screen()` returns a child of the widget that asked. When
that widget was deleted, PySide invalidated the application's one screen, and a later garbage
collection deleted the QScreen itself: the next window to ask for a screen (any window, from
Qt's own code) crashed the process. The every-window walk crashed this way in CI. npmdesk asks
the application instead (`fit.screen_of`); this checks that the windows which place themselves
(`grow_to_fit`, the date field's calendar) leave the screen whole after they are deleted, and
`tests/test_pyside_rules.py` that no code asks a widget for its screen again.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout, QWidget

from npmdesk.gui import fit
from npmdesk.gui.forms.date_edit import DateEdit
from tests.support.event_loop import run_pending


def run_deferred_deletes() -> None:
    """Delete now the widgets waiting for deletion (deleteLater, a closed WA_DeleteOnClose dialog)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def assert_screen_whole(screen) -> None:
    gc.collect()
    assert shiboken6.isValid(screen), "a deleted window took the application's screen with it"
    assert not shiboken6.Shiboken.ownedByPython(screen), "Python would delete the application's screen"
    assert QGuiApplication.primaryScreen().availableGeometry().isValid()


def test_a_window_that_fits_itself_leaves_the_screen_whole(qtbot) -> None:
    screen = QGuiApplication.primaryScreen()
    for _ in range(3):
        dialog = QDialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QVBoxLayout(dialog).addWidget(QLabel("A long sentence that wraps " * 20, wordWrap=True))
        fit.grow_to_fit(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        run_pending(qtbot)  # the deferred fit asks for the screen too
        assert fit.screen_of(dialog) is not None
        dialog.close()
        run_deferred_deletes()
    assert_screen_whole(screen)


def test_the_date_calendar_leaves_the_screen_whole(qtbot) -> None:
    screen = QGuiApplication.primaryScreen()
    for _ in range(3):
        holder = QWidget()
        edit = DateEdit(holder)
        holder.show()
        qtbot.waitExposed(holder)
        edit.open_calendar()
        assert edit.calendar_open()
        holder.deleteLater()
        run_deferred_deletes()
    assert_screen_whole(screen)


def test_screen_of_is_the_screen_the_window_is_on(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert fit.screen_of(window) is QGuiApplication.screenAt(window.frameGeometry().center())
    window.move(-100_000, -100_000)  # off every screen: the primary one
    assert fit.screen_of(window) is QGuiApplication.primaryScreen()
