"""The dialog of a backup made by hand: progress and Cancel while it runs, then the outcome.

It does not block the window: the user may go on working while the backup is written (the
backup is the vault as of one moment). Escape or closing the window while it runs asks to
cancel; afterwards the one button closes it. The outcome is shown in the dialog itself (and
given to screen readers as the status text), not in a further pop-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from npmdesk.gui import inline_error
from npmdesk.gui.backup.job import STEPS
from npmdesk.gui.fit import grow_to_fit


class BackupProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgressDialog")
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.running = True
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self.tr("Writing the backup and checking it…"), self)
        self.status_label.setObjectName("backupStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("backupProgress")
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.setRange(0, STEPS)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.button.setObjectName("backupDialogButton")
        self.button.setAccessibleName(self.tr("Cancel the backup"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_status(self.status_label.text())
        self.resize(460, 140)
        grow_to_fit(self)  # the outcome (a path, a size, advice) is longer than the progress text

    # ------------------------------------------------------------------------- states

    def show_progress(self, thousandths: int) -> None:
        if self.running:
            self.bar.setValue(thousandths)

    def show_done(self, text: str) -> None:
        self.bar.setValue(STEPS)
        self._finish(text)

    def show_failed(self, text: str) -> None:
        self.status_label.setStyleSheet(inline_error.error_style())
        self.bar.hide()
        self._finish(text)

    def show_cancelled(self) -> None:
        self.bar.hide()
        self._finish(self.tr("The backup was cancelled. Nothing was written."))

    def _finish(self, text: str) -> None:
        self.running = False
        self._set_status(text)
        self.button.setText(self.tr("Close"))
        self.button.setAccessibleName(self.tr("Close"))
        self.button.setEnabled(True)
        self.button.setFocus()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.bar.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    # ------------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: cancel while running, else close."""
        if self.running:
            self.button.setEnabled(False)
            self._set_status(self.tr("Cancelling…"))
            self.cancel_requested.emit()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
        else:
            super().closeEvent(event)
