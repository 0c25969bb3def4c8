"""The content of a viewer: a PDF, an image or a text, built from bytes in memory only.

Each builder returns the widget to show, or raises `NoPreview` with the sentence to show
instead. The PDF is read by QtPdf from a QBuffer; the image by QImageReader from a QBuffer,
after checking its declared size in pixels and under Qt's allocation limit; text and HTML
are shown as plain text (HTML is never rendered, so nothing it links to is ever fetched).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QWidget

from npmdesk import display
from npmdesk.gui.attachments import kinds
from npmdesk.gui.attachments.memory import wipe_bytes
from npmdesk.records.attachments import AttachmentInfo

CONTEXT = "AttachmentViewer"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class NoPreview(Exception):
    """Raised by a builder with the user-facing reason (already translated)."""


class PdfPreview(QObject):
    """A QPdfView over a QPdfDocument that reads from a QBuffer holding `data`."""

    def __init__(self, data: QByteArray, name: str, parent: QWidget) -> None:
        try:  # PySide6 6.12 ships Qt's PDF module as its own package, PySide6-Pdf
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView
        except ImportError:
            wipe_bytes(data)
            raise NoPreview(_tr("This installation of npmdesk cannot show PDFs (Qt's PDF module is missing). "
                                "To open it in another program, save a decrypted copy.")) from None

        super().__init__(parent)
        self._data = data
        self._buffer = QBuffer(self)
        self._buffer.setData(data)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() < 1:
            error = self.document.error()
            self.discard()
            if error == QPdfDocument.Error.IncorrectPassword:
                raise NoPreview(_tr("This PDF is protected by a password, so npmdesk cannot show it."))
            raise NoPreview(_tr("npmdesk cannot show this PDF: it is damaged or not a PDF document."))
        self.view = QPdfView(parent)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(_tr("PDF document {name}").format(name=name))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

    def discard(self) -> None:
        """Close the document and zero the bytes it read."""
        self.document.close()  # the view (deleted with the viewer) then shows nothing
        self._buffer.close()
        self._buffer.setData(QByteArray())
        wipe_bytes(self._data)


def image_widget(data: QByteArray, name: str, parent: QWidget) -> QScrollArea:
    """The decoded image in a scroll area; `data` is wiped once decoded (or refused)."""
    buffer = QBuffer()
    buffer.setData(data)
    try:
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        QImageReader.setAllocationLimit(kinds.IMAGE_ALLOCATION_MB)
        reader = QImageReader(buffer)
        reader.setDecideFormatFromContent(True)
        size = reader.size()
        if size.isValid() and size.width() * size.height() > kinds.MAX_IMAGE_PIXELS:
            raise NoPreview(_tr("This image is too large to preview here ({width} by {height} pixels).").format(
                width=size.width(), height=size.height()))
        image = reader.read()
        if image.isNull():
            raise NoPreview(_tr("npmdesk cannot show this image: it is damaged, too large, or in a format "
                                "npmdesk does not read."))
    finally:
        buffer.close()
        buffer.setData(QByteArray())
        wipe_bytes(data)
    label = QLabel()
    label.setObjectName("imageView")
    label.setAccessibleName(_tr("Image {name}").format(name=name))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setPixmap(QPixmap.fromImage(image))
    area = QScrollArea(parent)
    area.setObjectName("imageArea")
    area.setAccessibleName(_tr("Image {name}").format(name=name))
    area.setWidgetResizable(True)
    area.setWidget(label)
    return area


def text_widget(data: QByteArray, info: AttachmentInfo, parent: QWidget) -> QPlainTextEdit:
    """The file's text, read-only and as plain text; `data` is wiped once decoded."""
    try:
        text = kinds.decode_text(bytes(data.data()))  # data() gives bytes: no copy made
    finally:
        wipe_bytes(data)
    view = QPlainTextEdit(parent)
    view.setObjectName("textView")
    view.setAccessibleName(_tr("Text of {name}").format(name=display.gui_line(info.name)))
    view.setReadOnly(True)
    view.setUndoRedoEnabled(False)
    view.setTabChangesFocus(True)
    view.setPlainText(text)
    if info.media_type in ("text/html", "application/xhtml+xml"):
        view.setAccessibleDescription(_tr("A web page shown as its source text; nothing in it is loaded."))
    return view
