"""Answering a message box in a GUI test while the code under test waits in its exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox


def answer_modal(name: str, choose: Callable[[QMessageBox], QAbstractButton | None], seen: list[str]) -> None:
    """When the message box `name` is up: note its text, then click what `choose` picks (None: Escape)."""

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != name:
            QTimer.singleShot(20, act)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        button = choose(box)
        if button is None:
            box.reject()
        else:
            button.click()

    QTimer.singleShot(0, act)
