"""Progress of an attachment job, with Cancel; it closes itself when the job ends.

It shows up only when the job takes a moment (a large file), so adding a small file does not
flash a window. Escape, Cancel or closing it asks to cancel; the job then undoes what it did
and the attachments panel says how it ended.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from npmdesk.gui.attachments.job import STEPS

SHOW_AFTER_MS = 300


class JobProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, title: str, text: str, cancel_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentProgressDialog")
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.running = True
        layout = QVBoxLayout(self)
        self.status_label = QLabel(text, self)
        self.status_label.setObjectName("attachmentProgressStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAccessibleName(text)
        layout.addWidget(self.status_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("attachmentProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setAccessibleDescription(text)
        self.bar.setRange(0, STEPS)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.button.setObjectName("attachmentCancelButton")
        self.button.setAccessibleName(cancel_name)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(440, 130)
        QTimer.singleShot(SHOW_AFTER_MS, self, self._show_if_running)

    def _show_if_running(self) -> None:
        if self.running:
            self.show()
            self.raise_()

    def show_progress(self, thousandths: int) -> None:
        if self.running:
            self.bar.setValue(min(thousandths, STEPS))

    def finish(self) -> None:
        """The job ended: close for good."""
        self.running = False
        self.close()

    def reject(self) -> None:
        if self.running:
            self.button.setEnabled(False)
            text = self.tr("Cancelling…")
            self.status_label.setText(text)
            self.status_label.setAccessibleName(text)
            self.cancel_requested.emit()
        else:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
        else:
            super().closeEvent(event)
