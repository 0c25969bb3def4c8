"""Attachments in the window: add (button, drop, keyboard), progress and Cancel, view from memory,
save a decrypted copy behind a warning, remove, and every viewer gone on lock."""

from __future__ import annotations

import io
import os
import stat
import struct
import sys
import tempfile
import threading
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from npmdesk.gui.attachments import adding, saving
from npmdesk.gui.attachments.panel import AttachmentsPanel
from npmdesk.gui.attachments.viewer import AttachmentViewer
from npmdesk.gui.records.list_model import ID_ROLE
from npmdesk.records import Record, RecordStore, attachments
from tests.support.locking_helpers import WAIT_MS, is_locked, start_locking_session_fixture, unlock  # noqa: F401
from tests.support.modal_helpers import answer_modal
from tests.support.plaintext import files_containing
from tests.support.window_helpers import open_window, press

MARKERS = {
    "text": "QXATTTEXT-Заключённый-4417",
    "pdf": "QXATTPDF7731",
    "image": "QXATTIMAGE-5520",
    "html": "QXATTHTML-المحتجز-9023",
}
MIB = 1024 * 1024


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF whose content stream (uncompressed) shows `text` (ASCII)."""
    stream = b"BT /F1 24 Tf 72 720 Td (" + text.encode() + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.setText("Comment", MARKERS["image"])  # a tEXt chunk: the marker is in the file's bytes
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return data.data()


def bomb_png() -> bytes:
    """A PNG header that claims 100,000 by 100,000 pixels (a decompression bomb's first bytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
            + chunk(b"IEND", b""))


@pytest.fixture
def sandbox_tmp(tmp_path, monkeypatch) -> Path:
    """Temporary files (Qt's and Python's) go to a folder of the test's own, to be scanned."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def letter(new_vault) -> tuple[RecordStore, Record]:
    store = RecordStore(new_vault[0])
    record = store.add(Record(kind="communication", title="Letter with annexes", date="2026-03-02", status="sent",
                              fields={"direction": "sent", "channel": "letter"}))
    return store, record


@pytest.fixture
def window(qtbot, new_vault, letter):
    window = open_window(qtbot, new_vault[0])
    window.workspace.show_record(letter[1].id)
    return window


def panel_of(window) -> AttachmentsPanel:
    return window.workspace.detail.attachments


def listed(panel: AttachmentsPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def wait_for_job(qtbot, panel: AttachmentsPanel) -> None:
    qtbot.waitUntil(lambda: panel.job is None, timeout=WAIT_MS)


def drop(widget: QWidget, paths: list[Path] | list[QUrl], at: QPoint | None = None) -> bool:
    """Drag files onto `widget` and drop them, as the desktop would; True if the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([p if isinstance(p, QUrl) else QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(at if at is not None else widget.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


# ------------------------------------------------------------------------------------ adding


def test_add_files_by_the_button_lists_them_and_their_text_is_searchable(qtbot, window, letter, tmp_path,
                                                                          monkeypatch):
    store, record = letter
    note = tmp_path / "note.txt"
    note.write_text(f"Minutes of the meeting {MARKERS['text']}", encoding="utf-8")
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    asked = []

    def choose(parent, caption, folder, *args, **kwargs):
        asked.append(caption)
        return [str(note), str(photo)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    panel = panel_of(window)
    assert listed(panel) == ["No attachments. Add files, or drop them on this record."]
    assert panel.add_button.isEnabled() and not panel.open_button.isEnabled()
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, panel)

    assert asked == ["Add files to “Letter with annexes”"]
    rows = listed(panel)
    assert rows[0].startswith("note.txt — ") and rows[0].endswith(" — Plain text")
    assert rows[1].startswith("photo.png — ") and rows[1].endswith(" — PNG image")
    assert panel.status_label.text().startswith("2 file") and panel.status_label.text().endswith(" added.")
    assert [hit.record.id for hit in store.search(MARKERS["text"])] == [record.id]
    assert panel.open_button.isEnabled() and panel.save_button.isEnabled() and panel.remove_button.isEnabled()
    unnamed = [b.objectName() for b in panel.findChildren(QAbstractButton) if not b.accessibleName()]
    assert unnamed == [] and panel.list.accessibleName()


def test_files_dropped_on_the_pane_or_on_a_row_are_added(qtbot, window, letter, tmp_path):
    store, record = letter
    other = store.add(Record(kind="communication", title="Another letter", date="2026-03-01", status="sent",
                             fields={"direction": "sent", "channel": "letter"}))
    window.workspace.refresh()
    annex = tmp_path / "annex.md"
    annex.write_text("# Annex\nplaces of detention", encoding="utf-8")
    detail = window.workspace.detail
    assert drop(detail.body_view.viewport(), [annex])  # anywhere on the pane: the record shown
    wait_for_job(qtbot, panel_of(window))
    assert [a.name for a in attachments.list_for(store, record.id)] == ["annex.md"]
    assert listed(panel_of(window))[0].startswith("annex.md — ")

    view = window.workspace.list_view
    model = window.workspace.list_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == other.id)
    at = view.visualRect(model.index(row, 2)).center()
    assert drop(view.viewport(), [annex], at)
    wait_for_job(qtbot, panel_of(window))
    assert [a.name for a in attachments.list_for(store, other.id)] == ["annex.md"]
    assert [a.name for a in attachments.list_for(store, record.id)] == ["annex.md"]  # unchanged


def test_a_folder_or_a_web_link_is_refused_and_nothing_is_added(qtbot, window, letter, tmp_path):
    store, record = letter
    note = tmp_path / "note.txt"
    note.write_text("fine", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    detail = window.workspace.detail
    assert not drop(detail, [QUrl("https://example.org/report.pdf")])  # never fetched, not even accepted
    assert drop(detail, [note, folder])
    panel = panel_of(window)
    assert panel.job is None and "is a folder or not an ordinary file" in panel.status_label.text()
    assert "Nothing was added" in panel.status_label.text()
    assert attachments.list_for(store, record.id) == []


def test_keyboard_insert_and_ctrl_shift_a_ask_for_files(qtbot, window, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append(1), ([], ""))[1])
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [1]
    panel = panel_of(window)
    panel.list.setFocus()
    qtbot.waitUntil(panel.list.hasFocus, timeout=WAIT_MS)
    press(window, Qt.Key.Key_Insert)
    assert asked == [1, 1]
    window.workspace.show_dashboard()  # no record shown: nothing to add to
    press(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [1, 1]


def test_a_record_in_the_bin_takes_no_attachment(qtbot, window, letter, tmp_path):
    store, record = letter
    store.delete(record.id)
    window.workspace.show_record(record.id)
    panel = panel_of(window)
    assert not panel.add_button.isEnabled()
    note = tmp_path / "note.txt"
    note.write_text("x", encoding="utf-8")
    panel.add_paths(store, record.id, [note])
    assert "in the bin" in panel.status_label.text() and panel.job is None
    assert attachments.list_for(store, record.id) == []


@pytest.fixture
def held(monkeypatch):
    """attachments.add stops after its first chunk until the test lets it go."""
    gate, reached = threading.Event(), threading.Event()
    real = attachments.add

    def slow(store, record_id, name, source, media_type=None, progress=None):
        def hold(done: int) -> None:
            progress(done)
            if done >= MIB and not reached.is_set():
                reached.set()
                assert gate.wait(WAIT_MS / 1000)

        return real(store, record_id, name, source, media_type, hold)

    monkeypatch.setattr(adding.attachments, "add", slow)
    return gate, reached


def test_a_large_file_shows_progress_and_cancel_leaves_the_record_as_it_was(qtbot, window, letter, tmp_path, held):
    gate, reached = held
    store, record = letter
    small = tmp_path / "first.txt"
    small.write_text(MARKERS["text"], encoding="utf-8")
    large = tmp_path / "large.bin"
    large.write_bytes(os.urandom(6 * MIB))
    panel = panel_of(window)
    panel.add_paths(store, record.id, [small, large])
    assert not panel.add_button.isEnabled()  # one job at a time
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    dialog = panel.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.bar.value() > 0, timeout=WAIT_MS)
    assert dialog.button.accessibleName() == "Cancel adding the files" and dialog.bar.accessibleName()
    window.workspace.refresh()  # the window stays usable meanwhile
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not dialog.button.isEnabled()  # until the job has undone its work
    gate.set()
    wait_for_job(qtbot, panel)
    assert panel.dialog is None
    assert panel.status_label.text() == "Cancelled. Nothing was added."
    assert attachments.list_for(store, record.id) == []  # the first file, added already, was removed again
    assert store.search(MARKERS["text"]) == []
    assert store.get(record.id).version == record.version
    assert panel.add_button.isEnabled()


def test_a_file_that_fails_midway_leaves_nothing_and_says_which(qtbot, window, letter, tmp_path, monkeypatch):
    store, record = letter
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(MARKERS["text"], encoding="utf-8")
    second.write_text("second", encoding="utf-8")
    real = attachments.add

    def failing(store, record_id, name, source, media_type=None, progress=None):
        if name == "second.txt":
            raise OSError(5, "Input/output error")
        return real(store, record_id, name, source, media_type, progress)

    monkeypatch.setattr(adding.attachments, "add", failing)
    panel = panel_of(window)
    panel.add_paths(store, record.id, [first, second])
    wait_for_job(qtbot, panel)
    assert panel.status_label.text() == (f"npmdesk could not read {second}: the drive could not be read or written "
                                         "(is it still connected?). Nothing was added.")  # not the system's English
    assert attachments.list_for(store, record.id) == [] and store.search(MARKERS["text"]) == []


def test_lock_cancels_an_add_in_flight(qtbot, window, letter, tmp_path, held, new_vault):
    gate, reached = held
    store, record = letter
    large = tmp_path / "large.bin"
    large.write_bytes(os.urandom(3 * MIB))
    panel = panel_of(window)
    panel.add_paths(store, record.id, [large])
    job = panel.job
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    window.discard()
    assert job.cancelling and panel.job is None
    gate.set()
    qtbot.waitUntil(lambda: not job.running, timeout=WAIT_MS)
    assert attachments.list_for(store, record.id) == []


# ----------------------------------------------------------------------------------- viewing


def add_from_memory(store: RecordStore, record: Record, name: str, data: bytes) -> str:
    return attachments.add(store, record.id, name, io.BytesIO(data)).id


def open_in_viewer(qtbot, window, attachment_id: str) -> AttachmentViewer:
    """Select the attachment in the list and press Enter."""
    window.workspace.show_record(window.workspace.detail.record.id)
    panel = panel_of(window)
    row = next(r for r in range(panel.list.count()) if panel.list.item(r).data(Qt.ItemDataRole.UserRole)
               == attachment_id)
    panel.list.setCurrentRow(row)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    viewer = panel.viewers[attachment_id]
    qtbot.waitExposed(viewer)
    return viewer


def test_pdf_image_and_text_are_shown_from_memory_and_no_file_is_written(qtbot, window, letter, new_vault,
                                                                         sandbox_tmp):
    store, record = letter
    pdf = add_from_memory(store, record, "report.pdf", minimal_pdf(MARKERS["pdf"]))
    image = add_from_memory(store, record, "photo.png", png_bytes())
    text = add_from_memory(store, record, "notes.txt", f"Interview notes {MARKERS['text']}".encode())
    page = add_from_memory(store, record, "page.html", (
        f"<html><body><img src='https://example.org/track.png'>{MARKERS['html']}</body></html>").encode())
    assert [hit.record.id for hit in store.search(MARKERS["pdf"])] == [record.id]  # PDF text is searchable

    viewer = open_in_viewer(qtbot, window, pdf)
    assert isinstance(viewer.content, QPdfView) and viewer.isWindow()
    document = viewer.content.document()
    assert document.status() == QPdfDocument.Status.Ready and document.pageCount() == 1
    assert MARKERS["pdf"] in document.getAllText(0).text()
    assert viewer.windowTitle() == "report.pdf — npmdesk" and viewer.content.accessibleName()

    viewer = open_in_viewer(qtbot, window, image)
    assert isinstance(viewer.content, QScrollArea)
    assert viewer.content.widget().pixmap().size().width() == 40 and viewer.content.accessibleName()

    viewer = open_in_viewer(qtbot, window, text)
    assert isinstance(viewer.content, QPlainTextEdit) and viewer.content.isReadOnly()
    assert viewer.content.toPlainText() == f"Interview notes {MARKERS['text']}"

    viewer = open_in_viewer(qtbot, window, page)  # HTML: its source, as plain text; nothing fetched
    assert "<img src='https://example.org/track.png'>" in viewer.content.toPlainText()
    assert viewer.content.accessibleDescription()

    again = open_in_viewer(qtbot, window, pdf)  # one viewer per attachment
    assert again is panel_of(window).viewers[pdf] and len(panel_of(window).viewers) == 4
    vault = new_vault[0]
    folders = [sandbox_tmp, vault.folder] + [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                                                          "XDG_CACHE_HOME", "XDG_STATE_HOME")]
    assert files_containing(folders, MARKERS.values()) == []
    assert list(sandbox_tmp.iterdir()) == []


def test_damaged_huge_and_unknown_files_get_one_clear_sentence(qtbot, window, letter):
    store, record = letter
    cases = {
        add_from_memory(store, record, "broken.pdf", b"%PDF-1.4\n" + os.urandom(2000)): "damaged or not a PDF",
        add_from_memory(store, record, "broken.png", b"\x89PNG\r\n\x1a\n" + os.urandom(500)): "cannot show this image",
        add_from_memory(store, record, "bomb.png", bomb_png()): "too large to preview here (100000 by 100000",
        add_from_memory(store, record, "big.txt", b"a" * (4 * MIB + 1)): "too large to preview here (4",
        add_from_memory(store, record, "minutes.docx", b"PK\x03\x04 not really"): "(Word document)",
    }
    for attachment_id, sentence in cases.items():
        viewer = open_in_viewer(qtbot, window, attachment_id)
        assert viewer.content is None and viewer.message.isVisible()
        assert sentence in viewer.message.text(), viewer.message.text()
        assert viewer.save_button.isVisible() and viewer.save_button.isDefault()
        assert [b.text() for b in viewer.findChildren(QAbstractButton) if not b.accessibleName()] == []
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda attachment_id=attachment_id: attachment_id not in panel_of(window).viewers,
                        timeout=WAIT_MS)


def test_without_qts_pdf_module_a_pdf_gets_a_sentence_not_a_crash(qtbot, window, letter, monkeypatch):
    store, record = letter
    pdf = add_from_memory(store, record, "report.pdf", minimal_pdf(MARKERS["pdf"]))
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)  # as in an installation without PySide6-Pdf
    viewer = open_in_viewer(qtbot, window, pdf)
    assert viewer.content is None and "cannot show PDFs" in viewer.message.text()


# ---------------------------------------------------------------------------- save, remove


def test_a_decrypted_copy_is_written_only_after_the_warning_every_time(qtbot, window, letter, tmp_path, monkeypatch):
    store, record = letter
    content = f"Confidential {MARKERS['text']}".encode()
    attachment_id = add_from_memory(store, record, "notes.txt", content)
    target = tmp_path / "out" / "copy.txt"
    target.parent.mkdir()
    chosen = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (chosen.append(a[2]), (str(target), ""))[1])
    window.workspace.show_record(record.id)
    panel = panel_of(window)
    seen: list[str] = []

    answer_modal("plaintextCopyWarning", lambda box: None, seen)  # Escape: no
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "will NOT be encrypted" in seen[0] and "notes.txt" in seen[0]
    assert chosen == [] and list(target.parent.iterdir()) == []

    answer_modal("plaintextCopyWarning", lambda box: box.findChild(QAbstractButton, "confirmPlaintextCopy"), seen)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, panel)
    assert len(seen) == 2 and chosen[0].endswith("notes.txt")
    assert target.read_bytes() == content and stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(target.parent.iterdir()) == [target]  # no hidden partial file left
    assert "not encrypted" in panel.status_label.text()

    viewer = open_in_viewer(qtbot, window, attachment_id)  # from the viewer too: asked again
    answer_modal("plaintextCopyWarning", lambda box: None, seen)
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 3 and len(chosen) == 1


def test_a_copy_that_cannot_be_written_says_so_and_leaves_nothing(qtbot, window, letter, tmp_path, monkeypatch):
    store, record = letter
    add_from_memory(store, record, "notes.txt", b"notes")
    target = tmp_path / "gone" / "copy.txt"  # its folder does not exist
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.workspace.show_record(record.id)
    panel = panel_of(window)
    answer_modal("plaintextCopyWarning", lambda box: box.findChild(QAbstractButton, "confirmPlaintextCopy"), [])
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, panel)
    assert panel.status_label.text().startswith(f"npmdesk could not write {target}: ")
    assert panel.status_label.text().endswith("No copy was left there.") and not target.parent.exists()


def test_cancelling_a_copy_leaves_no_file_behind(qtbot, window, letter, tmp_path, monkeypatch):
    store, record = letter
    add_from_memory(store, record, "scan.bin", os.urandom(3 * MIB))
    target = tmp_path / "out" / "scan.bin"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    gate, reached = threading.Event(), threading.Event()
    real = attachments.copy_to

    class Held:
        """Lets the first megabyte through, then waits for the test."""

        def __init__(self, inner) -> None:
            self.inner = inner

        def write(self, data: bytes) -> int:
            written = self.inner.write(data)
            if not reached.is_set():
                reached.set()
                assert gate.wait(WAIT_MS / 1000)
            return written

    monkeypatch.setattr(saving.attachments, "copy_to", lambda store, i, out: real(store, i, Held(out)))
    window.workspace.show_record(record.id)
    panel = panel_of(window)
    answer_modal("plaintextCopyWarning", lambda box: box.findChild(QAbstractButton, "confirmPlaintextCopy"), [])
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    assert list(target.parent.iterdir()) == []  # the partial copy has no name (O_TMPFILE) while written
    panel.dialog.reject()  # Cancel
    gate.set()
    wait_for_job(qtbot, panel)
    assert panel.status_label.text() == "Cancelled. No copy was left."
    assert list(target.parent.iterdir()) == []


def test_delete_asks_then_removes_the_attachment_and_closes_its_viewer(qtbot, window, letter):
    store, record = letter
    kept = add_from_memory(store, record, "kept.txt", b"kept")
    gone = add_from_memory(store, record, "gone.txt", f"erase {MARKERS['text']}".encode())
    viewer = open_in_viewer(qtbot, window, gone)
    panel = panel_of(window)
    panel.list.activateWindow()
    panel.list.setFocus()
    seen: list[str] = []

    answer_modal("removeAttachmentQuestion", lambda box: None, seen)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(seen) == 1 and "gone.txt" in seen[0] and "cannot be undone" in seen[0]
    assert len(attachments.list_for(store, record.id)) == 2

    confirm = "confirmRemoveAttachment"
    answer_modal("removeAttachmentQuestion", lambda box: box.findChild(QAbstractButton, confirm), seen)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [a.id for a in attachments.list_for(store, record.id)] == [kept]
    assert store.search(MARKERS["text"]) == []
    assert not viewer.isVisible() and gone not in panel.viewers
    assert listed(panel)[0].startswith("kept.txt") and panel.status_label.text() == "“gone.txt” was removed."


# ----------------------------------------------------------------------------------- locking


def test_viewers_close_and_drop_their_content_when_the_vault_locks(qtbot, start_locking_session):
    session = start_locking_session()
    window = unlock(qtbot, session)
    store = window.workspace.store
    record = store.get(session.ids["record"])
    pdf = add_from_memory(store, record, "report.pdf", minimal_pdf(MARKERS["pdf"]))
    text = add_from_memory(store, record, "notes.txt", MARKERS["text"].encode())
    window.workspace.show_record(record.id)
    viewers = [open_in_viewer(qtbot, window, pdf), open_in_viewer(qtbot, window, text)]
    document = viewers[0].content.document()
    text_view = viewers[1].content
    panel = panel_of(window)

    window.lock_action.trigger()
    qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)
    assert all(not v.isVisible() and v.content is None for v in viewers) and panel.viewers == {}
    assert document.status() == QPdfDocument.Status.Null and document.pageCount() == 0
    assert text_view.toPlainText() == ""
    assert panel.record is None and panel.list.count() == 0
