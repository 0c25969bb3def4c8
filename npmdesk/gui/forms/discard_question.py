""""Throw away what you typed in this form?" — asked by a form's Cancel, Escape or close box.

The question does not block (tests answer it by clicking; Lock still works). Keep editing is
the default and the answer to Escape, so a stray key loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_to_discard(parent: QWidget, answered: Callable[[bool], None]) -> QMessageBox:
    """Show the question; `answered(True)` for Discard, `answered(False)` for Keep editing."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("RecordForm", "Discard changes?"),
                      translate("RecordForm", "Throw away what you typed in this form?"), parent=parent)
    box.setObjectName("discardBox")
    throw = box.addButton(translate("RecordForm", "&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("RecordForm", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    throw.setAccessibleName(translate("RecordForm", "Discard the changes and close the form"))
    keep.setAccessibleName(translate("RecordForm", "Go back to the form"))
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.buttonClicked.connect(lambda button: answered(button is throw))
    box.open()
    return box
