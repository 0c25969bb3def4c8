"""No text cut off: every window and dialog, in English, French and Spanish, at its default size,
shows each visible label, button, check box and navigator entry whole."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QToolButton,
    QWidget,
)

from npmdesk.demo import fill
from npmdesk.gui import i18n
from npmdesk.records import RecordStore
from tests.support.common import FakeClock
from tests.support.every_window import every_window

SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    """A button's or buddy label's text as drawn: "&&" is "&", a lone "&" marks the mnemonic."""
    return re.sub(r"&(.)", r"\1", text)


def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + SLACK:
            return f"{label.heightForWidth(label.width())} px high in {label.height()}"
        if label.minimumSizeHint().width() > label.width() + SLACK:
            return f"a word {label.minimumSizeHint().width()} px wide in {label.width()}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        needed = document.idealWidth()
    else:
        lines = (_plain(text) if label.buddy() is not None else text).split("\n")
        needed = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    if needed > room.width() + SLACK:
        return f"{int(needed)} px wide in {room.width()}"
    return None


def _button_clipped(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    needed = button.fontMetrics().horizontalAdvance(text)
    style = button.style()
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        room = button.width() - indicator - spacing
    elif isinstance(button, QPushButton | QToolButton):
        if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
        room = button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) + 4
    else:
        return None
    return f"{needed} px wide in {room}" if needed > room + SLACK else None


def _items_clipped(view: QListWidget) -> list[str]:
    room = view.viewport().width()
    found = []
    for row in range(view.count()):
        item = view.item(row)
        if item.isHidden() or not item.text():
            continue
        needed = view.fontMetrics().horizontalAdvance(item.text()) + 12
        if not item.icon().isNull():
            needed += view.iconSize().width() if view.iconSize().isValid() else 16
        if view.wordWrap():
            continue
        if needed > room + SLACK:
            found.append(f"{item.text()!r}: {needed} px wide in {room}")
        if item.toolTip() != item.text():
            found.append(f"{item.text()!r}: not shown whole in its tooltip")
    return found


def clipped(window: QWidget) -> list[str]:
    """Each visible text of `window` (not of the windows it opens) drawn wider or taller than its room."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not widget.isVisible() or widget.width() <= 1:
            continue
        what = None
        if isinstance(widget, QLabel):
            what = _label_clipped(widget)
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            what = _button_clipped(widget)
            text = widget.text()
        elif isinstance(widget, QListWidget) and widget.objectName() == "navigator":
            found += [f"{type(widget).__name__} {widget.objectName()} item {item}" for item in _items_clipped(widget)]
        if what:
            place = widget.objectName() or f"in {widget.parentWidget().objectName() or '?'}"
            found.append(f"{type(widget).__name__} {place} {text[:60]!r}: {what}")
    return found


@pytest.fixture
def filled_store(new_vault) -> Iterator[RecordStore]:
    """A vault with a few records of every kind (so that each list, detail pane and workspace shows one)."""
    vault, _code = new_vault
    store = RecordStore(vault, clock=FakeClock())
    fill.generate(store, records=60, seed=1, state="CR")
    yield store


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_no_text_is_cut_off_in_any_window(qtbot, qapp, filled_store, keyring_double, tmp_path, code) -> None:
    applied = i18n.apply_language(qapp, code)
    try:
        offenders = []
        seen = []
        known: set[str] = set()  # each offender once, in the first window that shows it
        for name, window in every_window(qtbot, filled_store.vault, keyring_double, tmp_path):
            seen.append(name)
            offenders += [f"[{code}] {name}: {problem}" for problem in clipped(window) if problem not in known]
            known.update(clipped(window))
        assert {"dashboard", "form communication", "preferences", "export", "first run", "unlock",
                "backup finished", "unlock with the recovery code, mistyped"} <= set(seen)
        assert not offenders, "text cut off:\n" + "\n".join(offenders)
    finally:
        applied.remove()
        QApplication.processEvents()
