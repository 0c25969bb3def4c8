"""Text on the clipboard from npmdesk: marked secret, and cleared after a while, on lock and on quit.

Every copy path is covered at one place, whatever widget it starts in: Ctrl+C, Ctrl+X or the
context menu's Copy/Cut in any line edit, text view, label or the attachment viewer. The guard
watches the application's clipboard (`QClipboard.dataChanged`); when text that npmdesk's window
put there arrives without the mark, the guard puts the same text back marked and starts the
clearing delay. `copy_secret(text)` (used by the record body and the identity dialog) marks it
directly. The mark is the MIME hint `x-kde-passwordManagerHint: secret`, which KDE's Klipper,
GNOME's clipboard-indicator extensions and other clipboard managers honour by not keeping the
text in their history, and Windows' own formats for the same, given to Qt as
`application/x-qt-windows-mime;value="…"` (its name for a Windows clipboard format):
`ExcludeClipboardContentFromMonitorProcessing`, and `CanIncludeInClipboardHistory` and
`CanUploadToCloudClipboard` both 0 (not in Win+V's history, never synced to the cloud clipboard).
macOS's `org.nspasteboard.ConcealedType` is not set (Qt would need a converter of its own for it),
so clipboard managers on macOS get only the delay.

After the clipboard delay (30 seconds unless changed in Preferences), on lock and on quit the
clipboard is cleared, but only if it still holds what npmdesk put there: text the user copied
since from another program is left alone (npmdesk keeps a SHA-256 digest of what it copied,
never the text itself).

Whose text it is: on X11, Wayland and Windows the platform says whether this process owns the
clipboard (another program's text is then not even read); elsewhere (macOS, whose Qt plugin does
not tell, and the headless `offscreen` platform) the text is npmdesk's when it is the selected
text of the widget that has the focus. Text from another program is never marked, re-set or timed.

X11's primary selection (select to copy, middle-click to paste) is filled by selecting text in
any field: npmdesk treats it the same way (marked, cleared after the delay, on lock and on quit).
Dragging text out of a view does not use the clipboard (the drop target gets it directly), so
there is nothing to mark or clear there.

`protect_text_view(view)` routes a text view's Copy (Ctrl+C, Ctrl+Insert and its context menu)
through `copy_secret`, with a menu of its own (Copy, Select All).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import Shiboken

from npmdesk.gui.locking.countdown import Clock, Countdown, monotonic

CLIPBOARD_MANAGER_HINT = "x-kde-passwordManagerHint"  # the MIME type clipboard managers look for
DEFAULT_CLEAR_SECONDS = 30
Mode = QClipboard.Mode
WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{name}"'
WINDOWS_NOT_IN_HISTORY = {  # each with the DWORD Windows expects
    WINDOWS_FORMAT.format(name="ExcludeClipboardContentFromMonitorProcessing"): (1).to_bytes(4, "little"),
    WINDOWS_FORMAT.format(name="CanIncludeInClipboardHistory"): (0).to_bytes(4, "little"),
    WINDOWS_FORMAT.format(name="CanUploadToCloudClipboard"): (0).to_bytes(4, "little"),
}

TextView = QPlainTextEdit | QTextEdit


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


class ClipboardGuard(QObject):
    """One per application (`guard()`); tests may `install` one with a clock of their own.

    Only the installed guard watches the clipboard; one that was replaced does nothing more.
    """

    def __init__(self, clock: Clock = monotonic, seconds: float = DEFAULT_CLEAR_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._seconds = float(seconds)
        self._ours: dict[Mode, bytes] = {}
        self._echo: dict[Mode, bool] = {}  # a change notice from our own setMimeData is due
        self.countdown = Countdown(clock, self)
        self.countdown.expired.connect(self.clear)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        clipboard.selectionChanged.connect(self._selection_changed)

    @property
    def seconds(self) -> float:
        return self._seconds

    def set_seconds(self, seconds: float) -> None:
        """A new delay; for text already copied, counted from when it was copied."""
        self._seconds = float(seconds)
        self.countdown.set_seconds(self._seconds)

    def copy(self, text: str, mode: Mode = Mode.Clipboard) -> None:
        """Put `text` on the clipboard (or X11's selection), marked secret; clear it after the delay."""
        if not text:
            return
        data = QMimeData()
        data.setText(text)
        data.setData(CLIPBOARD_MANAGER_HINT, b"secret")
        for name, value in WINDOWS_NOT_IN_HISTORY.items():
            data.setData(name, value)
        self._ours[mode] = _digest(text)
        self._echo[mode] = True
        QGuiApplication.clipboard().setMimeData(data, mode)  # _changed sees the mark: no loop
        self.countdown.restart(self._seconds)

    def holds_ours(self, mode: Mode = Mode.Clipboard) -> bool:
        """Whether the clipboard (or selection) still holds the text npmdesk put there last."""
        ours = self._ours.get(mode)
        if ours is None:
            return False
        data = QGuiApplication.clipboard().mimeData(mode)
        return data is not None and data.hasText() and _digest(data.text()) == ours

    def check(self) -> bool:
        """What the timer calls: clear if the delay has passed; True if it had."""
        return self.countdown.check()

    def clear(self) -> None:
        """Clear what npmdesk copied, if it is still there (on lock, on quit, after the delay)."""
        self.countdown.stop()
        clipboard = QGuiApplication.clipboard()
        if self.holds_ours(Mode.Clipboard):
            clipboard.clear(Mode.Clipboard)
        if clipboard.supportsSelection() and (clipboard.ownsSelection() or self.holds_ours(Mode.Selection)):
            clipboard.clear(Mode.Selection)
        self._ours.clear()

    def _clipboard_changed(self) -> None:
        self._changed(Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(Mode.Selection)

    def _changed(self, mode: Mode) -> None:
        """Text a widget of npmdesk copied (without the mark): mark it and start the delay.

        Never loops: the change notice that `copy` itself causes (at once, or later as on
        Windows) is recognised, by its mark or, should a platform lose the mark, as the one echo
        expected of the text npmdesk just set; the same text copied again by a widget is marked."""
        if _guard is not self:
            return
        echo = self._echo.pop(mode, False)
        clipboard = QGuiApplication.clipboard()
        owner_aware = _owner_aware()
        if owner_aware and not (clipboard.ownsSelection() if mode == Mode.Selection else clipboard.ownsClipboard()):
            self._ours.pop(mode, None)  # another program's text: not read, not marked, not timed
            return
        data = clipboard.mimeData(mode)
        if data is not None and data.hasFormat(CLIPBOARD_MANAGER_HINT):
            return
        text = data.text() if data is not None and data.hasText() else ""
        if echo and text and _digest(text) == self._ours.get(mode):
            return
        self._ours.pop(mode, None)  # it no longer holds what npmdesk put there
        if text and (owner_aware or _normalised(_selected_text(QApplication.focusWidget())) == _normalised(text)):
            self.copy(text, mode)


def _owner_aware() -> bool:
    """Whether Qt's platform plugin tells if this process owns the clipboard (macOS's does not)."""
    name = QGuiApplication.platformName()
    return name in ("xcb", "windows") or name.startswith("wayland")


def _normalised(text: str) -> str:
    return text.replace("\u2029", "\n").replace("\u2028", "\n")


def _selected_text(widget: QWidget | None) -> str:
    if isinstance(widget, QComboBox | QAbstractSpinBox):
        widget = widget.lineEdit() if isinstance(widget, QComboBox) else widget.findChild(QLineEdit)
    if isinstance(widget, QLineEdit | QLabel):
        return widget.selectedText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().selectedText()
    return ""


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
    selected = _normalised(view.textCursor().selectedText())
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
