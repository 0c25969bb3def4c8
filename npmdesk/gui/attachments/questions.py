"""The questions asked before an attachment leaves the vault or is erased, and the file choice.

Each is a box of gui/confirm.py: file names as plain text, Cancel as its default and Escape
button, and an object name tests can find it by.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from npmdesk import display
from npmdesk.gui import file_dialogs
from npmdesk.gui.confirm import Action, ask, confirm_unencrypted

CONTEXT = "AttachmentQuestions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def confirm_plaintext_copy(parent: QWidget, name: str) -> bool:
    """Asked every time, with the risk spelled out."""
    return confirm_unencrypted(
        parent, "plaintextCopyWarning", _tr("Save a decrypted copy"),
        _tr("The copy of “{name}” will NOT be encrypted.").format(name=display.gui_line(name)),
        _tr("Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. "
            "npmdesk will not delete it for you later. Save it only where it must be, and delete it when you "
            "are done."),
        Action(_tr("&Save Unencrypted Copy…"), _tr("Save an unencrypted copy"), "confirmPlaintextCopy"),
        _tr("Cancel: keep the attachment only in the vault"))


def confirm_remove(parent: QWidget, name: str) -> bool:
    return ask(
        parent, "removeAttachmentQuestion", _tr("Remove attachment"),
        _tr("Remove “{name}” from this record?").format(name=display.gui_line(name)),
        _tr("Its content is erased from the vault. This cannot be undone."),
        Action(_tr("&Remove"), _tr("Remove the attachment"), "confirmRemoveAttachment"),
        _tr("Cancel: keep the attachment"), icon=QMessageBox.Icon.Question, role=QMessageBox.ButtonRole.DestructiveRole)


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
