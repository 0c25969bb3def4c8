"""A window that shows one attachment from memory, never from a file.

PDFs (QtPdf), images and text (HTML as its source text) are shown inside npmdesk; anything
else, a file over the preview limit for its kind, or a damaged one gets one sentence saying
why, and the "Save a decrypted copy…" button (which asks first, every time). Closing the
window, or locking the vault, zeroes the bytes it read and drops its widgets.

Keyboard: Escape or Ctrl+W closes; the buttons have mnemonics. `ViewerWindows` keeps one
viewer per attachment and closes them all on lock.
"""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.attachments import kinds
from npmdesk.gui.attachments.memory import read_into_memory
from npmdesk.gui.attachments.previews import NoPreview, PdfPreview, image_widget, text_widget
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records.formatting import size_text
from npmdesk.records.attachments import AttachmentInfo
from npmdesk.records.store import RecordStore


class AttachmentViewer(QWidget):
    """Emits `save_requested(attachment_id)` for its Save button and `closed(attachment_id)` once closed."""

    save_requested = Signal(str)
    closed = Signal(str)

    def __init__(self, store: RecordStore, info: AttachmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("attachmentViewer")
        self.info = info
        self.preview = kinds.preview_of(info.media_type)
        self._pdf: PdfPreview | None = None
        self.content: QWidget | None = None
        self.setWindowTitle(self.tr("{name} — npmdesk").format(name=display.gui_line(info.name)))
        self.setAccessibleName(self.tr("Attachment {name}").format(name=display.gui_line(info.name)))
        layout = QVBoxLayout(self)
        self.header = QLabel(self)
        self.header.setObjectName("viewerHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        media = display.gui_line(kinds.type_name(info.media_type))
        self.header.setText(f"{display.gui_line(info.name)} — {size_text(info.size)} — {media}")
        self.header.setAccessibleName(self.header.text())
        layout.addWidget(self.header)
        self.message = QLabel(self)
        self.message.setObjectName("viewerMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.hide()
        layout.addWidget(self.message, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save a &decrypted copy…"), self)
        self.save_button.setObjectName("viewerSaveButton")
        self.save_button.setAccessibleName(self.tr("Save a decrypted copy of this attachment"))
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.info.id))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close the viewer"))
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self._load(store, layout)
        self.resize(900, 760)

    @property
    def showing_preview(self) -> bool:
        return self.content is not None

    def _load(self, store: RecordStore, layout: QVBoxLayout) -> None:
        if self.preview is kinds.Preview.NONE:
            self._say(self.tr("npmdesk cannot show this kind of file ({type}) inside the app. To open it in "
                              "another program, save a decrypted copy.").format(
                                  type=kinds.type_name(self.info.media_type)))
            return
        cap = kinds.preview_cap(self.preview)
        if self.info.size > cap:
            self._say(self.tr("This file is too large to preview here ({size}; the limit for this kind of file "
                              "is {cap}). To open it in another program, save a decrypted copy.").format(
                                  size=size_text(self.info.size), cap=size_text(cap)))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = read_into_memory(store, self.info)
            if self.preview is kinds.Preview.PDF:
                self._pdf = PdfPreview(data, self.info.name, self)
                self.content = self._pdf.view
            elif self.preview is kinds.Preview.IMAGE:
                self.content = image_widget(data, self.info.name, self)
            else:
                self.content = text_widget(data, self.info, self)
        except NpmdeskError as error:
            self._say(error_text(error))
        except NoPreview as reason:
            self._say(str(reason))
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.content is not None:
            layout.insertWidget(1, self.content, 1)
            self.content.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.setAccessibleDescription(text)
        self.message.show()
        self.save_button.setDefault(True)

    def discard(self) -> None:
        """Zero the bytes read, drop the content, close (on lock; closing does the same)."""
        if self._pdf is not None:
            pdf, self._pdf = self._pdf, None
            pdf.discard()
            pdf.deleteLater()
        if self.content is not None:
            content, self.content = self.content, None
            if hasattr(content, "clear"):
                content.clear()  # text views
            content.hide()
            content.deleteLater()
        self.message.clear()
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.keyCombination() == QKeyCombination(Qt.Key.Key_Escape):  # as in a dialog
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if self.content is not None or self._pdf is not None:
            self.discard()
        self.closed.emit(self.info.id)


class ViewerWindows(QObject):
    """The open viewers, one per attachment; `save_requested(attachment_id)` from any of them."""

    save_requested = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.open: dict[str, AttachmentViewer] = {}

    def show(self, store: RecordStore, info: AttachmentInfo) -> AttachmentViewer:
        """The attachment's viewer, made if need be, shown and raised."""
        viewer = self.open.get(info.id)
        if viewer is None:
            viewer = AttachmentViewer(store, info, self._parent)
            viewer.save_requested.connect(self.save_requested)
            viewer.closed.connect(self._closed)
            self.open[info.id] = viewer
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()
        return viewer

    def close(self, attachment_id: str) -> None:
        viewer = self.open.get(attachment_id)
        if viewer is not None:
            viewer.discard()

    def _closed(self, attachment_id: str) -> None:
        viewer = self.open.pop(attachment_id, None)
        if viewer is not None:
            viewer.deleteLater()

    def discard(self) -> None:
        """Close them all, zeroing what they read."""
        for viewer in list(self.open.values()):
            viewer.blockSignals(True)
            viewer.discard()
            viewer.deleteLater()
        self.open.clear()
