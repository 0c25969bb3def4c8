"""The questions asked before an attachment leaves the vault or is erased, and the file choice.

Each message box shows file names as plain text (never as markup), has Cancel as its default
and Escape button, and an object name tests can find it by.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from npmdesk import display
from npmdesk.gui import file_dialogs

CONTEXT = "AttachmentQuestions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _ask(parent: QWidget, name: str, icon: QMessageBox.Icon, title: str, text: str, details: str,
         action: tuple[str, str, str], cancel_name: str, role: QMessageBox.ButtonRole) -> bool:
    """True only if the user pressed the `action` button (label, accessible name, object name)."""
    box = QMessageBox(icon, title, "", parent=parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setInformativeText(details)
    label, accessible, object_name = action
    chosen = box.addButton(label, role)
    chosen.setAccessibleName(accessible)
    chosen.setObjectName(object_name)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel_name)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is chosen


def confirm_plaintext_copy(parent: QWidget, name: str) -> bool:
    """Asked every time, with the risk spelled out."""
    return _ask(
        parent, "plaintextCopyWarning", QMessageBox.Icon.Warning, _tr("Save a decrypted copy"),
        _tr("The copy of “{name}” will NOT be encrypted.").format(name=display.gui_line(name)),
        _tr("Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. "
            "npmdesk will not delete it for you later. Save it only where it must be, and delete it when you "
            "are done."),
        (_tr("&Save Unencrypted Copy…"), _tr("Save an unencrypted copy"), "confirmPlaintextCopy"),
        _tr("Cancel: keep the attachment only in the vault"), QMessageBox.ButtonRole.AcceptRole)


def confirm_remove(parent: QWidget, name: str) -> bool:
    return _ask(
        parent, "removeAttachmentQuestion", QMessageBox.Icon.Question, _tr("Remove attachment"),
        _tr("Remove “{name}” from this record?").format(name=display.gui_line(name)),
        _tr("Its content is erased from the vault. This cannot be undone."),
        (_tr("&Remove"), _tr("Remove the attachment"), "confirmRemoveAttachment"),
        _tr("Cancel: keep the attachment"), QMessageBox.ButtonRole.DestructiveRole)


def choose_target(parent: QWidget, name: str) -> Path | None:
    """Where to write the decrypted copy (the file dialog asks before replacing a file)."""
    chosen = file_dialogs.save_file_name(
        parent, _tr("Save a decrypted copy of {name}").format(name=display.gui_line(name)),
        str(Path.home() / display.file_name(name)))  # no bidi trick, no reserved name in what is proposed
    return Path(chosen) if chosen else None


def choose_files(parent: QWidget, title: str) -> list[Path]:
    chosen = file_dialogs.open_file_names(
        parent, _tr("Add files to “{title}”").format(title=display.gui_line(title)), str(Path.home()))
    return [Path(p) for p in chosen]
