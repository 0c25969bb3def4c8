"""Driving record forms in tests: open them by keyboard, type and choose as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from npmdesk.gui.forms.record_form import RecordFormDialog
from npmdesk.gui.main_window import MainWindow
from npmdesk.records import Record
from tests.support.window_helpers import WAIT_MS, press

INTERACTIVE = (QLineEdit, QAbstractButton, QAbstractItemView, QPlainTextEdit, QComboBox)
CTRL = Qt.KeyboardModifier.ControlModifier


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls of `root`'s window without an accessible name (a combo box's own line edit and
    pop-up list are named by the combo box)."""
    controls = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE) and w.window() is root.window()]
    return [f"{type(w).__name__} {w.objectName()}" for w in controls
            if not w.objectName().startswith("qt_") and not w.accessibleName()
            and not isinstance(w.parent(), QComboBox)]


def open_form(qtbot, window: MainWindow, key: Qt.Key, modifiers=CTRL) -> RecordFormDialog:
    """Press a shortcut that opens a form (Ctrl+N, Ctrl+E, Ctrl+R…) and return the form."""
    before = len(window.forms.forms)
    press(window, key, modifiers)
    qtbot.waitUntil(lambda: len(window.forms.forms) > before, timeout=WAIT_MS)
    form = window.forms.forms[-1]
    qtbot.waitExposed(form)
    return form


def type_into(qtbot, form: RecordFormDialog, name: str, text: str) -> None:
    """Type into a field of the envelope or of the kind, replacing what it held."""
    widget = form.fields.inputs.get(name) or form.envelope.inputs[name]
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    elif text.isascii():
        qtbot.keyClicks(widget, text)
    else:  # QTest types ASCII only; an input method inserts the rest like this
        widget.insert(text)


def choose(form: RecordFormDialog, name: str, value: object) -> None:
    """Choose the entry of a combo box that stands for `value` (as a click in its list would)."""
    combo = form.fields.inputs.get(name) or form.envelope.inputs[name]
    index = combo.findData(value)
    assert index >= 0, (name, value)
    combo.setCurrentIndex(index)


def save(qtbot, form: RecordFormDialog) -> None:
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)


def select_row_of(window: MainWindow, record: Record) -> None:
    """Make `record`'s row of the list current (it must be on the list's first page)."""
    workspace = window.workspace
    model = workspace.list_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(Qt.ItemDataRole.UserRole) == record.id:
            workspace.list_view.setFocus()
            workspace.list_view.setCurrentIndex(index)
            return
    raise AssertionError(f"{record.title!r} is not listed")
