"""Record text on the clipboard: marked secret, and cleared after a while, on lock and on quit.

`copy_secret(text)` is the one way npmdesk puts record text on the clipboard. It sets the text
with the MIME hint `x-kde-passwordManagerHint: secret`, which KDE's Klipper, GNOME's
clipboard-indicator extensions and other clipboard managers honour by not keeping it in
their history. After the clipboard delay (30 seconds unless changed in Preferences), on lock
and on quit the clipboard is cleared, but only if it still holds what npmdesk put there: text
the user copied since from another program is left alone. To tell, npmdesk keeps a SHA-256
digest of what it copied, never the text itself.

`protect_text_view(view)` routes a text widget's own Copy (Ctrl+C, Ctrl+Insert and its
context menu) through `copy_secret`. On X11, selecting text also fills the primary selection
(middle-click paste); that is cleared on lock and quit too, if npmdesk still owns it.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QTextEdit, QWidget
from shiboken6 import Shiboken

from npmdesk.gui.locking.countdown import Clock, Countdown, monotonic

CLIPBOARD_MANAGER_HINT = "x-kde-passwordManagerHint"  # the MIME type clipboard managers look for
DEFAULT_CLEAR_SECONDS = 30

TextView = QPlainTextEdit | QTextEdit


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """One per application (`guard()`); tests may `install` one with a clock of their own."""

    def __init__(self, clock: Clock = monotonic, seconds: float = DEFAULT_CLEAR_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seconds = float(seconds)
        self._ours: bytes | None = None
        self.countdown = Countdown(clock, self)
        self.countdown.expired.connect(self.clear)

    @property
    def seconds(self) -> float:
        return self._seconds

    def set_seconds(self, seconds: float) -> None:
        """A new delay; for text already copied, counted from when it was copied."""
        self._seconds = float(seconds)
        self.countdown.set_seconds(self._seconds)

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard, marked secret; clear it after the delay."""
        if not text:
            return
        data = QMimeData()
        data.setText(text)
        data.setData(CLIPBOARD_MANAGER_HINT, b"secret")
        QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
        self._ours = _digest(text)
        self.countdown.restart(self._seconds)

    def holds_ours(self) -> bool:
        """Whether the clipboard still holds the text npmdesk put there last."""
        if self._ours is None:
            return False
        data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
        return data is not None and data.hasText() and _digest(data.text()) == self._ours

    def check(self) -> bool:
        """What the timer calls: clear if the delay has passed; True if it had."""
        return self.countdown.check()

    def clear(self) -> None:
        """Clear what npmdesk copied, if it is still there (on lock, on quit, after the delay)."""
        self.countdown.stop()
        clipboard = QGuiApplication.clipboard()
        if self.holds_ours():
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._ours = None
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)


_guard: ClipboardGuard | None = None


def guard() -> ClipboardGuard:
    """The application's guard (made on first use, owned by the application)."""
    global _guard
    if _guard is None or not Shiboken.isValid(_guard):
        _guard = ClipboardGuard(parent=QApplication.instance())
    return _guard


def install(replacement: ClipboardGuard) -> ClipboardGuard:
    """Use `replacement` from now on (the session's, with its clock and delay); returns it."""
    global _guard
    _guard = replacement
    return replacement


def copy_secret(text: str) -> None:
    guard().copy(text)


class _CopyFilter(QObject):
    """Catches a text view's Copy key and context menu."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = watched if isinstance(watched, QPlainTextEdit | QTextEdit) else None
        if view is None:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.matches(
                QKeySequence.StandardKey.Copy):
            copy_selection(view)
            return True
        return False


def copy_selection(view: TextView) -> None:
    """Copy the view's selected text as record text (nothing if nothing is selected)."""
    selected = view.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
    if selected:
        copy_secret(selected)


def protect_text_view(view: TextView) -> None:
    """Route `view`'s Copy (keys and context menu) through `copy_secret`."""
    copy_filter = _CopyFilter(view)
    view.installEventFilter(copy_filter)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(lambda at: _show_menu(view, at))


def text_menu(view: TextView) -> QMenu:
    """The context menu of a protected view: Copy (through copy_secret) and Select All."""
    menu = QMenu(view)
    menu.setAccessibleName(QApplication.translate("RecordText", "Text actions"))
    copy = menu.addAction(QApplication.translate("RecordText", "&Copy"))
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.setEnabled(view.textCursor().hasSelection())
    copy.triggered.connect(lambda: copy_selection(view))
    select_all = menu.addAction(QApplication.translate("RecordText", "Select &All"))
    select_all.setShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll))
    select_all.triggered.connect(view.selectAll)
    return menu


def _show_menu(view: QWidget, at: QPoint) -> None:
    if isinstance(view, QPlainTextEdit | QTextEdit):
        menu = text_menu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(view.viewport().mapToGlobal(at))
