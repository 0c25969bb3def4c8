"""The one way npmdesk asks before something irreversible, above all before content leaves the vault
unencrypted (a decrypted copy of an attachment, a report saved as PDF or printed).

Asked every time (there is no "don't ask again"). The box shows names as plain text (never as
markup), has Cancel as its default and Escape button, and an object name tests can find it by.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Action:
    """The button that goes ahead (already translated): its label, accessible name and object name."""

    label: str
    accessible_name: str
    object_name: str


def ask(parent: QWidget, name: str, title: str, text: str, details: str, action: Action, cancel_name: str, *,
        icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
        role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.AcceptRole) -> bool:
    """True only if the user pressed the `action` button; `name` is the box's object name."""
    box = QMessageBox(icon, title, "", parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    chosen = box.addButton(action.label, role)
    chosen.setAccessibleName(action.accessible_name)
    chosen.setObjectName(action.object_name)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel_name)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is chosen


def confirm_unencrypted(parent: QWidget, name: str, title: str, text: str, details: str, action: Action,
                        cancel_name: str) -> bool:
    """"This leaves the vault unencrypted": a warning, with the risk spelled out in `details`."""
    return ask(parent, name, title, text, details, action, cancel_name)
