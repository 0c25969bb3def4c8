"""Text copied anywhere in the window (the detail pane, the attachment viewer, any field): marked
secret for clipboard managers, cleared after the delay (with a clock the test moves), but never
someone else's text; cleared on lock and quit."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from npmdesk.gui import clipboard
from npmdesk.gui.attachments.viewer import AttachmentViewer
from npmdesk.gui.clipboard import CLIPBOARD_MANAGER_HINT, DEFAULT_CLEAR_SECONDS, WINDOWS_NOT_IN_HISTORY
from npmdesk.records import attachments
from tests.support.bundle_helpers import xvfb  # a private X server, shared with the bundle's tests
from tests.support.locking_helpers import (  # noqa: F401
    MARKERS,
    ManualClock,
    is_locked,
    preferences_in,
    start_locking_session_fixture,
    unlock,
)
from tests.support.window_helpers import activate

NOTES = "QXVIEWERNOTES-Детенция-4411 interview notes"


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text(QClipboard.Mode.Clipboard)


def secret_hint() -> bytes:
    """The clipboard managers' hint, if Windows' own not-in-history formats are there too."""
    data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
    if data is None or any(bytes(data.data(name)) != value for name, value in WINDOWS_NOT_IN_HISTORY.items()):
        return b""
    return bytes(data.data(CLIPBOARD_MANAGER_HINT))


def copy_the_body_with_ctrl_c(qtbot, session):
    """Unlock, show the communication, select its text, press Ctrl+C in it; the window."""
    window = unlock(qtbot, session)
    window.workspace.show_record(session.ids["record"])
    body = window.workspace.detail.body_view
    body.setFocus()
    body.selectAll()
    QTest.keyClick(body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return window


def test_copied_record_text_is_marked_secret_and_cleared_after_30_seconds(qtbot, start_locking_session) -> None:
    QGuiApplication.clipboard().clear()
    clock = ManualClock()
    session = start_locking_session(clock)
    copy_the_body_with_ctrl_c(qtbot, session)
    assert clipboard_text() == MARKERS["body"]
    assert secret_hint() == b"secret"
    guard = clipboard.guard()
    assert guard is session.guard.clipboard and guard.seconds == DEFAULT_CLEAR_SECONDS
    assert guard.countdown.timer.isActive() and guard.countdown.timer.interval() == DEFAULT_CLEAR_SECONDS * 1000

    clock.advance(DEFAULT_CLEAR_SECONDS - 1)
    assert not guard.check() and clipboard_text() == MARKERS["body"]
    clock.advance(1)
    assert guard.check() and clipboard_text() == ""
    assert not is_locked(session)  # only the clipboard, not the vault


def test_the_context_menu_copy_is_marked_too(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    window.workspace.show_record(session.ids["record"])
    body = window.workspace.detail.body_view
    assert body.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = clipboard.text_menu(body)
    copy, select_all = menu.actions()
    assert not copy.isEnabled()  # nothing selected yet
    select_all.trigger()
    menu = clipboard.text_menu(body)
    assert menu.actions()[0].isEnabled() and menu.accessibleName()
    menu.actions()[0].trigger()
    assert clipboard_text() == MARKERS["body"] and secret_hint() == b"secret"


def test_someone_elses_text_is_never_cleared(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    copy_the_body_with_ctrl_c(qtbot, session)
    QGuiApplication.clipboard().setText("copied from the web browser")  # the user copies something else
    clock.advance(DEFAULT_CLEAR_SECONDS + 1)
    assert session.guard.clipboard.check()
    assert clipboard_text() == "copied from the web browser"
    session.guard.clipboard.clear()  # nor on lock or quit
    assert clipboard_text() == "copied from the web browser"


def test_the_clipboard_is_cleared_on_lock_idle_lock_and_quit(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = copy_the_body_with_ctrl_c(qtbot, session)
    window.lock_action.trigger()
    assert is_locked(session) and clipboard_text() == ""

    copy_the_body_with_ctrl_c(qtbot, session)
    clock.advance(10)
    assert clipboard_text() == MARKERS["body"]
    clock.advance(5 * 60)
    assert session.guard.idle.check() and is_locked(session)
    assert clipboard_text() == ""

    copy_the_body_with_ctrl_c(qtbot, session)
    with qtbot.waitSignal(session.finished):
        session.main_window.quit_action.trigger()
    assert clipboard_text() == ""


def test_the_clipboard_delay_from_the_preferences_is_honoured(qtbot, start_locking_session, tmp_path) -> None:
    preferences = preferences_in(tmp_path)
    preferences.set_clipboard_seconds(10)
    clock = ManualClock()
    session = start_locking_session(clock, preferences)
    copy_the_body_with_ctrl_c(qtbot, session)
    clock.advance(9)
    assert not session.guard.clipboard.check() and clipboard_text() == MARKERS["body"]
    clock.advance(1)
    assert session.guard.clipboard.check() and clipboard_text() == ""


def test_copying_nothing_leaves_the_clipboard_alone(qtbot, start_locking_session) -> None:
    QGuiApplication.clipboard().setText("already there")
    session = start_locking_session(ManualClock())
    window = unlock(qtbot, session)
    window.workspace.show_record(session.ids["record"])
    body = window.workspace.detail.body_view
    body.setFocus()
    QTest.keyClick(body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # no selection
    assert clipboard_text() == "already there" and not session.guard.clipboard.countdown.running


def assert_marked_and_cleared_after_the_delay(session, clock, text: str) -> None:
    assert clipboard_text() == text and secret_hint() == b"secret"
    guard = session.guard.clipboard
    assert guard.countdown.running
    clock.advance(DEFAULT_CLEAR_SECONDS - 1)
    assert not guard.check() and clipboard_text() == text
    clock.advance(1)
    assert guard.check() and clipboard_text() == ""


def open_text_attachment(qtbot, session) -> AttachmentViewer:
    """The viewer of a text attachment of the communication, shown and active."""
    window = unlock(qtbot, session)
    store = window.workspace.store
    info = attachments.add(store, session.ids["record"], "notes.txt", io.BytesIO(NOTES.encode()))
    viewer = AttachmentViewer(store, info, window)
    qtbot.addWidget(viewer)
    activate(qtbot, viewer)
    assert isinstance(viewer.content, QPlainTextEdit)
    viewer.content.setFocus()
    viewer.content.selectAll()
    return viewer


def test_text_copied_in_the_attachment_viewer_is_marked_and_cleared(qtbot, start_locking_session) -> None:
    QGuiApplication.clipboard().clear()
    clock = ManualClock()
    session = start_locking_session(clock)
    viewer = open_text_attachment(qtbot, session)
    QTest.keyClick(viewer.content, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_marked_and_cleared_after_the_delay(session, clock, NOTES)

    menu = viewer.content.createStandardContextMenu()  # the viewer's own context menu: Copy
    next(action for action in menu.actions() if action.objectName() == "edit-copy").trigger()
    assert_marked_and_cleared_after_the_delay(session, clock, NOTES)

    QTest.keyClick(viewer.content, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    viewer.window().close()
    session.main_window.lock_action.trigger()
    assert is_locked(session) and clipboard_text() == ""


def test_copy_and_cut_in_an_ordinary_field_are_marked_and_cleared(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    window = unlock(qtbot, session)
    field = window.workspace.search_box
    window.workspace.focus_search()
    QTest.keyClicks(field, "QXFIELD-Centro-Norte")
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert_marked_and_cleared_after_the_delay(session, clock, "QXFIELD-Centro-Norte")

    QGuiApplication.clipboard().setText("copied from the web browser")  # someone else's: left alone
    assert secret_hint() == b"" and not session.guard.clipboard.countdown.running
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == ""
    assert_marked_and_cleared_after_the_delay(session, clock, "QXFIELD-Centro-Norte")


def test_the_same_text_copied_again_is_marked_again(qtbot, start_locking_session) -> None:
    clock = ManualClock()
    session = start_locking_session(clock)
    viewer = open_text_attachment(qtbot, session)
    for _ in range(2):
        QTest.keyClick(viewer.content, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert clipboard_text() == NOTES and secret_hint() == b"secret"
        QGuiApplication.clipboard().setText("copied from the web browser")
    assert secret_hint() == b"" and clipboard_text() == "copied from the web browser"


# Under a real X server: text selected with the keyboard in a field fills X11's primary selection
# (middle-click paste), and Ctrl+C the clipboard, both owned by this process as X11 reports it.
X11_CHILD = """
from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from npmdesk.gui import clipboard
app = QApplication([])
guard = clipboard.guard()
field = QLineEdit("QXSELECTION secret text")
field.show()
field.activateWindow()
assert QTest.qWaitForWindowActive(field)
def report(name, mode):
    data = QGuiApplication.clipboard().mimeData(mode)
    print(name, data.text(), bytes(data.data(clipboard.CLIPBOARD_MANAGER_HINT)).decode(), guard.countdown.running)
field.home(False)
QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
report("selection:", QClipboard.Mode.Selection)
QTest.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
report("clipboard:", QClipboard.Mode.Clipboard)
guard.clear()
report("selection after clearing:", QClipboard.Mode.Selection)
report("clipboard after clearing:", QClipboard.Mode.Clipboard)
import subprocess, sys, time
other = subprocess.Popen([sys.executable, "-c", OTHER_PROGRAM])  # another program copies its text
deadline = time.monotonic() + 20
while QGuiApplication.clipboard().text() != "copied in another program" and time.monotonic() < deadline:
    QTest.qWait(50)
report("another program's:", QClipboard.Mode.Clipboard)
other.kill()
"""
OTHER_PROGRAM = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.clipboard().setText("copied in another program")
QTimer.singleShot(15000, app.quit)
app.exec()
"""


def test_on_x11_the_selection_and_the_clipboard_are_marked_and_cleared_and_others_text_left_alone(tmp_path) -> None:
    with xvfb() as display:
        child = f"OTHER_PROGRAM = {OTHER_PROGRAM!r}\n{X11_CHILD}"
        run = subprocess.run([sys.executable, "-c", child], cwd=tmp_path, capture_output=True, text=True,
                             env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "selection: QXSELECTION secret text secret True",
        "clipboard: QXSELECTION secret text secret True",
        "selection after clearing:   False",
        "clipboard after clearing:   False",
        "another program's: copied in another program  False",
    ]
