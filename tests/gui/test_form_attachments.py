"""Attaching files while writing a record, before its first save: by the form's button or by
dropping them on the form; taken off the list again before saving; forgotten on Cancel; stored
with the record when it is saved; a failure after the save leaves the record saved and says so."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.attachments import adding
from npmdesk.records import ListQuery, attachments
from tests.support.form_helpers import choose, open_form, save, type_into
from tests.support.window_helpers import WAIT_MS, open_window


def drop(widget: QWidget, paths: list[Path]) -> bool:
    """Drag files onto `widget` and drop them, as the desktop would; True if the drop was taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def files(tmp_path: Path, *names: str) -> list[Path]:
    made = []
    for name in names:
        path = tmp_path / name
        path.write_text(f"Annex {name}: conditions in police cells", encoding="utf-8")
        made.append(path)
    return made


def write(qtbot, form, title: str) -> None:
    """Fill in a letter's required fields."""
    type_into(qtbot, form, "title", title)
    choose(form, "direction", "sent")
    choose(form, "channel", "letter")


def listed(form) -> list[str]:
    return [name.split(" — ")[0] for name in form.pending.names()]


def stored_names(store) -> list[str]:
    records = store.list(ListQuery(kinds=("communication",)))
    return sorted(a.name for r in records for a in attachments.list_for(store, r.id))


def attachment_rows(store) -> int:
    return store.db.execute("SELECT count(*) FROM attachment").fetchone()[0]


def test_files_attached_by_the_button_before_the_first_save_are_stored_with_the_record(
        qtbot, store, tmp_path, monkeypatch) -> None:
    annex, photo = files(tmp_path, "annex.txt", "minutes.txt")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(annex), str(photo)], ""))
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert form.is_new and form.pending.attach_button.isEnabled() and form.pending.attach_button.accessibleName()
    qtbot.mouseClick(form.pending.attach_button, Qt.MouseButton.LeftButton)
    assert listed(form) == ["annex.txt", "minutes.txt"] and attachment_rows(store) == 0  # nothing stored yet
    assert form.pending.list.item(0).text().startswith("annex.txt — ")
    write(qtbot, form, "Letter with annexes")
    save(qtbot, form)
    qtbot.waitUntil(lambda: window.forms.forms == [], timeout=WAIT_MS)
    assert stored_names(store) == ["annex.txt", "minutes.txt"]
    record = store.list(ListQuery(kinds=("communication",)))[0]
    assert [hit.record.id for hit in store.search("police cells")] == [record.id]  # their text is indexed


def test_files_dropped_on_the_form_can_be_taken_off_before_saving(qtbot, store, tmp_path) -> None:
    keep, drop_me = files(tmp_path, "keep.txt", "not-this.txt")
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert drop(form, [keep, drop_me])
    assert listed(form) == ["keep.txt", "not-this.txt"]
    form.pending.list.setFocus()
    form.pending.list.setCurrentRow(1)
    qtbot.keyClick(form.pending.list, Qt.Key.Key_Delete)
    assert listed(form) == ["keep.txt"] and "will not be attached" in form.pending.status.text()
    drop(form, [tmp_path])  # a folder is refused, with a sentence; the list stays
    assert listed(form) == ["keep.txt"] and "not an ordinary file" in form.pending.status.text()
    write(qtbot, form, "Letter")
    save(qtbot, form)
    qtbot.waitUntil(lambda: window.forms.forms == [], timeout=WAIT_MS)
    assert stored_names(store) == ["keep.txt"]


def test_cancelling_the_form_forgets_its_files(qtbot, store, tmp_path) -> None:
    (annex,) = files(tmp_path, "annex.txt")
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert drop(form, [annex])
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)  # files listed: it asks first
    assert form.discard_box is not None
    next(b for b in form.discard_box.buttons() if b.text() == "&Discard").click()
    assert not form.isVisible() and store.count(ListQuery()) == 0 and attachment_rows(store) == 0
    assert annex.read_text(encoding="utf-8").startswith("Annex")  # the file itself is untouched


def test_a_file_that_cannot_be_stored_leaves_the_record_saved_and_says_so(qtbot, store, tmp_path, monkeypatch) -> None:
    (annex,) = files(tmp_path, "annex.txt")
    real = attachments.add

    class DiskFull(NpmdeskError):
        message = "The disk is full."

    def failing(*args, **kwargs):
        raise DiskFull()

    monkeypatch.setattr(adding.attachments, "add", failing)
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert drop(form, [annex])
    write(qtbot, form, "Letter with an annex")
    save(qtbot, form)
    qtbot.waitUntil(lambda: form.form_error.isVisible(), timeout=WAIT_MS)
    assert form.isVisible() and not form.is_new
    assert form.form_error.text() == ("The record is saved, but its files are not attached: The disk is full. "
                                      "Save again to attach them, or Cancel to close without them.")
    assert store.count(ListQuery(kinds=("communication",))) == 1 and attachment_rows(store) == 0
    assert listed(form) == ["annex.txt"]  # still listed, to try again
    monkeypatch.setattr(adding.attachments, "add", real)
    save(qtbot, form)
    qtbot.waitUntil(lambda: window.forms.forms == [], timeout=WAIT_MS)
    assert store.count(ListQuery(kinds=("communication",))) == 1 and stored_names(store) == ["annex.txt"]


def test_a_large_file_shows_progress_and_cancel_leaves_the_record_saved_without_it(
        qtbot, store, tmp_path, monkeypatch) -> None:
    large = tmp_path / "scan.bin"
    large.write_bytes(os.urandom(6 * 1024 * 1024))
    gate, reached = threading.Event(), threading.Event()
    real = attachments.add

    def slow(store, record_id, name, source, media_type=None, progress=None):
        def hold(done: int) -> None:
            progress(done)
            if not reached.is_set():
                reached.set()
                assert gate.wait(WAIT_MS / 1000)

        return real(store, record_id, name, source, media_type, hold)

    monkeypatch.setattr(adding.attachments, "add", slow)
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert drop(form, [large])
    write(qtbot, form, "Letter with a scan")
    save(qtbot, form)
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    dialog = form.runner.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.bar.value() > 0, timeout=WAIT_MS)
    assert dialog.button.accessibleName() == "Cancel attaching the files"
    assert not form.save_button.isEnabled()  # one save at a time
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    gate.set()
    qtbot.waitUntil(lambda: form.runner.job is None and form.form_error.isVisible(), timeout=WAIT_MS)
    assert "The record is saved, but its files are not attached: you cancelled" in form.form_error.text()
    assert store.count(ListQuery(kinds=("communication",))) == 1 and attachment_rows(store) == 0
    assert form.save_button.isEnabled() and listed(form) == ["scan.bin"]
