"""Files attached in the record form, before the record is saved (even before its first save).

"Attach files…" (or Ctrl+Shift+A in the form, or files dropped anywhere on the form) lists
files under "Files to attach"; "Remove from the list" (or Delete in the list) takes one off
again. Nothing is read or written then: the form holds only each file's path and size, in
memory. When the record is saved, the form adds them to the stored record as the detail
pane's "Add files…" does (attachments/adding.py): off the GUI thread, encrypted into the vault
as they are read, with a progress dialog and Cancel, all or none. Cancelling the form (or a
lock) forgets the list; no file is ever copied anywhere, in clear or not.

The form decides what a failure means (record_form.py): the record stays saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.attachments import adding, questions
from npmdesk.gui.attachments.adding import FileToAdd
from npmdesk.gui.attachments.drops import FileDrops
from npmdesk.gui.list_keys import delete_key
from npmdesk.gui.records.formatting import size_text
from npmdesk.gui.resources import icon


class PendingFiles(QGroupBox):
    """The form's "Files to attach" box. Emits `changed()` when a file is listed or taken off."""

    changed = Signal()

    def __init__(self, form: QWidget, title: Callable[[], str]) -> None:
        super().__init__(form)
        self.setObjectName("pendingFilesBox")
        self.setTitle(self.tr("Files to attach"))
        self.setAccessibleName(self.tr("Files to attach when the record is saved"))
        self._title = title
        self.files: list[FileToAdd] = []
        self.list = QListWidget(self)
        self.list.setObjectName("pendingFilesList")
        self.list.setAccessibleName(self.tr("Files to attach"))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 6)
        self.list.installEventFilter(self)  # Delete takes the current file off the list
        self.attach_button = QPushButton(self.tr("Attac&h files…"), self)
        self.attach_button.setObjectName("attachFilesButton")
        self.attach_button.setAccessibleName(self.tr("Attach files to this record"))
        self.attach_button.setIcon(icon("attach", "mail-attachment"))
        self.attach_button.setAutoDefault(False)
        self.attach_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove from the list"), self)
        self.remove_button.setObjectName("removePendingFileButton")
        self.remove_button.setAccessibleName(self.tr("Do not attach the chosen file"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        self.status = QLabel(self)
        self.status.setObjectName("pendingFilesStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Files to attach: status"))
        self.status.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.shortcut = QShortcut(QKeySequence(self.tr("Ctrl+Shift+A")), form, self.choose)
        self.drops = FileDrops(form, lambda _pos: "form" if self.isEnabled() else None,
                               lambda _target, paths: self.add(paths))
        self._show()

    # ------------------------------------------------------------------------------ listing

    def choose(self) -> None:
        if not self.isEnabled():
            return
        paths = questions.choose_files(self.window(), self._title() or self.tr("this record"))
        if paths:
            self.add(paths)

    def add(self, paths: list[Path]) -> None:
        """List these files (each checked to be a readable file); a problem is said and none is listed."""
        try:
            files = adding.check_files(paths)
        except NpmdeskError as error:
            self._say(inline_error.error_text(error), error=True)
            return
        known = {f.path for f in self.files}
        self.files += [f for f in files if f.path not in known]
        self._say(self.tr("%n file(s) will be attached when you save.", "", len(self.files)))
        self._show()
        self.list.setCurrentRow(self.list.count() - 1)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if not self.files or not 0 <= row < len(self.files):
            return
        gone = self.files.pop(row)
        self._say(self.tr("“{name}” will not be attached.").format(name=display.gui_line(gone.path.name)))
        self._show()
        self.list.setCurrentRow(min(row, len(self.files) - 1))
        self.list.setFocus()
        self.changed.emit()

    def clear(self) -> None:
        """Forget every file (the form is cancelled or the vault locks)."""
        self.files = []
        self._say("")
        self._show()

    def names(self) -> list[str]:
        return [f.path.name for f in self.files]

    def _show(self) -> None:
        self.list.clear()
        for f in self.files:
            item = QListWidgetItem(f"{display.gui_line(f.path.name)} — {size_text(f.size)}")
            item.setToolTip(display.gui_line(str(f.path)))
            self.list.addItem(item)
        if not self.files:
            placeholder = QListWidgetItem(self.tr("No files yet. Attach files, or drop them on this form."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self.remove_button.setEnabled(bool(self.files))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(inline_error.error_style() if error else "")
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.status.setVisible(bool(text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and delete_key(event, self.remove_current):
            return True
        return super().eventFilter(watched, event)
