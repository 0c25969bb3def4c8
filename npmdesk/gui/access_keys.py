"""No two controls of one window answer the same Alt+letter, in any language.

Translations and forms built from field lists give mnemonics independently, so two controls of a
dialog may share one ("&Date" and "Type &de rapport"); Alt+D then only cycles between them.
`manage_access_keys(window)` watches the window (its layout requests: a control shown or hidden,
a text changed, a language switched) and, in a pass run just after, keeps the first owner of each
letter and moves each later one to a free letter of its own text (a word's first letter first),
or drops its mnemonic if none is free. Owners come in this order: the menu bar's titles (never
changed), push and tool buttons (enabled or not), check boxes and radio buttons, tabs, then labels with a buddy;
each in the window's widget order. A control without a mnemonic gets none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QMainWindow,
    QRadioButton,
    QTabWidget,
    QWidget,
)

_MARK = re.compile(r"(?<!&)&(?!&)")


def mnemonic(text: str) -> str | None:
    """The Alt+letter `text` gives ("&Save" → "s", "Save && close" → None)."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    if index < 0 or index + 1 >= len(plain) or plain[index + 1].isspace():
        return None
    return plain[index + 1].casefold()


def _without_mark(text: str) -> str:
    return _MARK.sub("", text, count=1)


def _with_free_letter(text: str, used: set[str]) -> str:
    """`text` with its mnemonic on a free letter (word starts first), or without one."""
    plain = _without_mark(text)
    positions = [i for i, c in enumerate(plain) if c.isalnum() and (i == 0 or not plain[i - 1].isalnum())]
    positions += [i for i, c in enumerate(plain) if c.isalnum() and i not in positions]
    for i in positions:
        if plain[i].casefold() not in used and (i == 0 or plain[i - 1] != "&"):
            return plain[:i] + "&" + plain[i:]
    return plain


Setter = Callable[[str], None]  # puts a text with its new Alt+letter back where it came from


def _tab_setter(tabs: QTabWidget, index: int) -> Setter:
    return lambda text: tabs.setTabText(index, text)


def _owners(window: QWidget) -> tuple[set[str], list[tuple[str, Setter]]]:
    """Letters the menu bar takes, and the other (text, setter) owners in priority order."""
    fixed: set[str] = set()
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible() and (key := mnemonic(action.text())):
                fixed.add(key)
    buttons: list[tuple[str, Setter]] = []
    checks: list[tuple[str, Setter]] = []
    tabs: list[tuple[str, Setter]] = []
    labels: list[tuple[str, Setter]] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            (checks if isinstance(widget, QCheckBox | QRadioButton) else buttons).append(
                (widget.text(), widget.setText))
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            labels.append((widget.text(), widget.setText))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    tabs.append((widget.tabText(index), _tab_setter(widget, index)))
    return fixed, buttons + checks + tabs + labels


def resolve(window: QWidget) -> None:
    """One pass over `window` (see the module's docstring)."""
    used, owners = _owners(window)
    for text, put in owners:
        key = mnemonic(text)
        if key is None:
            continue
        if key not in used:
            used.add(key)
            continue
        moved = _with_free_letter(text, used)
        if (new_key := mnemonic(moved)) is not None:
            used.add(new_key)
        put(moved)


class _Keeper(QObject):
    """Runs `resolve` just after the window, or a container in it, is laid out again."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.pending = False
        self.watched: set[int] = set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show, QEvent.Type.LanguageChange) \
                and not getattr(self, "pending", True):
            self.pending = True
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self.pending = False
        if self.window.isVisible():
            self._watch_containers()
            resolve(self.window)

    def _watch_containers(self) -> None:
        """Also watch the window's containers: a pane that changes (a scroll area's content, a
        stacked page) is laid out on its own, without a layout request to the window."""
        for widget in self.window.findChildren(QWidget):
            if widget.layout() is not None and id(widget) not in self.watched and widget.window() is self.window:
                self.watched.add(id(widget))
                widget.installEventFilter(self)


def manage_access_keys(window: QWidget) -> None:
    """Keep `window`'s Alt+letters unique from now on (see the module's docstring)."""
    window.installEventFilter(_Keeper(window))
