"""The Delete key on a list of files (an attachment list, a form's files to add).

`delete_key(event, remove)`, called from the list's event filter: Delete wins over any window
shortcut that also uses it (its ShortcutOverride is accepted) and, when pressed, calls `remove()`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent


def delete_key(event: QEvent, remove: Callable[[], object]) -> bool:
    """True if `event` was the list's Delete key and was handled (`remove()` called on the press)."""
    if not isinstance(event, QKeyEvent) or event.keyCombination() != QKeyCombination(Qt.Key.Key_Delete):
        return False
    if event.type() == QEvent.Type.ShortcutOverride:
        event.accept()
        return True
    if event.type() == QEvent.Type.KeyPress:
        remove()
        return True
    return False
