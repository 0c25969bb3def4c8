"""The attachments area of the detail pane: the list (name, size, type) and what it does.

Add files… (file dialog, several at once; Insert or Ctrl+Shift+A; or drop files on the pane
or on a record's row), Open (Enter: a viewer window, from memory), Save a decrypted copy…
(behind a warning, every time) and Remove (Delete, after a confirmation). Adding and saving
run off the GUI thread (job.py) with a progress dialog that can cancel; one job at a time.
The outcome is said in the status line under the buttons (and to screen readers).

`clear()` empties the list when another record is shown; open viewers stay. `discard()` (on
lock) also closes every viewer, zeroing its bytes, and cancels a job in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.attachments import adding, kinds, saving
from npmdesk.gui.attachments.drops import FileDrops
from npmdesk.gui.attachments.errors import AttachmentBusy, RecordInBin
from npmdesk.gui.attachments.job import AttachmentJob, Work
from npmdesk.gui.attachments.progress_dialog import JobProgressDialog
from npmdesk.gui.attachments.viewer import AttachmentViewer
from npmdesk.gui.records.formatting import date_text, size_text
from npmdesk.gui.resources import load_form
from npmdesk.records import attachments
from npmdesk.records.attachments import AttachmentInfo
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore

ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole  # the attachment id
INFO_ROLE = Qt.ItemDataRole.UserRole + 1  # its AttachmentInfo


class AttachmentsPanel(QWidget):
    """Emits `changed(record_id)` after attachments were added to or removed from a record."""

    changed = Signal(str)

    def __init__(self, list_widget: QListWidget, pane: QWidget) -> None:
        super().__init__(pane)
        self.setObjectName("attachmentsPanel")
        self.form = load_form("attachments", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.list = list_widget
        self.add_button = self._button("addAttachmentButton", self.choose_and_add)
        self.open_button = self._button("openAttachmentButton", self.open_current)
        self.save_button = self._button("saveAttachmentButton", lambda: self.save(self.current_id() or ""))
        self.remove_button = self._button("removeAttachmentButton", self.remove_current)
        self.status_label: QLabel = self.form.findChild(QLabel, "attachmentStatus")
        self._store: RecordStore | None = None
        self.record: Record | None = None
        self.viewers: dict[str, AttachmentViewer] = {}
        self.job: AttachmentJob | None = None
        self.dialog: JobProgressDialog | None = None
        self.add_action = QAction(self.tr("Add files to this record…"), pane)
        self.add_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+A")))
        self.add_action.triggered.connect(self.choose_and_add)
        pane.addAction(self.add_action)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), pane, self.choose_and_add,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list.installEventFilter(self)  # Delete removes while the list has focus
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.drops = FileDrops(pane, lambda _pos: self._live_record_id(), self._dropped)
        self.clear()

    def _button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button: QPushButton = self.form.findChild(QPushButton, name)
        button.clicked.connect(slot)
        return button

    # ----------------------------------------------------------------------------- showing

    def show_for(self, store: RecordStore, record: Record) -> None:
        """List the record's attachments; NpmdeskError if they cannot be read."""
        self.list.clear()
        self._store, self.record = store, record
        for info in attachments.list_for(store, record.id):
            item = QListWidgetItem(f"{info.name} — {size_text(info.size)} — {kinds.type_name(info.media_type)}")
            item.setData(ATTACHMENT_ROLE, info.id)
            item.setData(INFO_ROLE, info)
            item.setToolTip(self.tr("Added on {date} by {user}").format(date=date_text(info.added_at),
                                                                        user=info.added_by))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            placeholder = QListWidgetItem(self.tr("No attachments. Add files, or drop them on this record."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        self._update_buttons()

    def clear(self) -> None:
        """Forget the record shown (viewers and a running job stay)."""
        self._store, self.record = None, None
        self.list.clear()
        self._say("")
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(ATTACHMENT_ROLE) if item is not None else None
        return str(value) if value else None

    def _info(self, attachment_id: str) -> AttachmentInfo | None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ATTACHMENT_ROLE) == attachment_id:
                return self.list.item(row).data(INFO_ROLE)  # type: ignore[no-any-return]
        viewer = self.viewers.get(attachment_id)
        return viewer.info if viewer is not None else None

    def _live_record_id(self) -> str | None:
        return self.record.id if self.record is not None and self.record.deleted_at is None else None

    def _update_buttons(self) -> None:
        live = self._live_record_id() is not None
        chosen = self.current_id() is not None
        self.add_button.setEnabled(live and self.job is None)
        self.add_action.setEnabled(live and self.job is None)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen and self.job is None)
        self.remove_button.setEnabled(chosen and live and self.job is None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(inline_error.ERROR_STYLE if error else "")
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text or self.tr("Attachments status"))
        self.status_label.setVisible(bool(text))

    # ------------------------------------------------------------------------------ adding

    def choose_and_add(self) -> None:
        record_id = self._live_record_id()
        if record_id is None or self._store is None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add files to “{title}”").format(
            title=self.record.title if self.record else ""), str(Path.home()))
        if chosen:
            self.add_paths(self._store, record_id, [Path(p) for p in chosen])

    def _dropped(self, record_id: str, paths: list[Path]) -> None:
        if self._store is not None:
            self.add_paths(self._store, record_id, paths)

    def add_paths(self, store: RecordStore, record_id: str, paths: list[Path]) -> None:
        """Add files to a record (the one shown, or one dropped on in the list), all or none."""
        try:
            if self.job is not None:
                raise AttachmentBusy()
            if store.get(record_id, include_deleted=True).deleted_at is not None:
                raise RecordInBin()
            files = adding.check_files(paths)
            self._start(store, adding.add_files(record_id, files), self.tr("Adding files"),
                        self.tr("Encrypting the files into the vault…"), self.tr("Cancel adding the files"),
                        lambda added: self._added(store, record_id, added), self.tr("Nothing was added."))
        except NpmdeskError as error:
            self._say(inline_error.error_text(error), error=True)

    def _added(self, store: RecordStore, record_id: str, added: list[AttachmentInfo]) -> None:
        self._say(self.tr("%n file(s) added.", "", len(added)))
        self._reload(store, record_id)
        self.changed.emit(record_id)

    def _reload(self, store: RecordStore, record_id: str) -> None:
        if self.record is not None and self.record.id == record_id and self._store is store:
            current = self.current_id()
            try:
                self.show_for(store, self.record)
            except NpmdeskError as error:
                self._say(inline_error.error_text(error), error=True)
                return
            for row in range(self.list.count()):
                if self.list.item(row).data(ATTACHMENT_ROLE) == current:
                    self.list.setCurrentRow(row)

    # ------------------------------------------------------------------------------- jobs

    def _start(self, store: RecordStore, work: Work, title: str, text: str, cancel_name: str,
               done: Callable[[Any], None], cancelled_text: str) -> None:
        try:
            job = AttachmentJob(store.vault, work)
        except NpmdeskError as error:
            self._say(inline_error.error_text(error), error=True)
            return
        dialog = JobProgressDialog(title, text, cancel_name, self.window())
        job.progressed.connect(dialog.show_progress)
        dialog.cancel_requested.connect(job.cancel)
        job.succeeded.connect(lambda result: (self._job_ended(), done(result)))
        job.failed.connect(lambda error: (self._job_ended(), self._say(inline_error.error_text(error), error=True)))
        job.cancelled.connect(lambda: (self._job_ended(), self._say(
            self.tr("Cancelled. {outcome}").format(outcome=cancelled_text))))
        self.job, self.dialog = job, dialog
        self._say(text)
        self._update_buttons()
        job.start()

    def _job_ended(self) -> None:
        self.job = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finish()
            dialog.deleteLater()
        self._update_buttons()

    # ------------------------------------------------------------------ open, save, remove

    def open_current(self) -> None:
        attachment_id = self.current_id()
        info = self._info(attachment_id) if attachment_id else None
        if info is None or self._store is None:
            return
        viewer = self.viewers.get(info.id)
        if viewer is None:
            viewer = AttachmentViewer(self._store, info, self)
            viewer.save_requested.connect(self.save)
            viewer.closed.connect(self._viewer_closed)
            self.viewers[info.id] = viewer
        viewer.show()
        viewer.raise_()
        viewer.activateWindow()

    def _viewer_closed(self, attachment_id: str) -> None:
        viewer = self.viewers.pop(attachment_id, None)
        if viewer is not None:
            viewer.deleteLater()

    def save(self, attachment_id: str) -> None:
        """Warn, ask where, then write the decrypted copy (off the GUI thread)."""
        info = self._info(attachment_id) if attachment_id else None
        store = self._store
        if info is None or store is None:
            return
        if self.job is not None:
            self._say(inline_error.error_text(AttachmentBusy()), error=True)
            return
        parent = self.viewers.get(attachment_id) or self.window()
        if not saving.confirm_plaintext_copy(parent, info.name):
            return
        target = saving.choose_target(parent, info.name)
        if target is None:
            return
        self._start(store, saving.save_copy(info.id, target), self.tr("Saving a decrypted copy"),
                    self.tr("Writing the decrypted copy…"), self.tr("Cancel saving the copy"),
                    lambda path: self._say(self.tr("A decrypted copy was saved to {path}. It is not encrypted: "
                                                   "delete it when you no longer need it.").format(path=path)),
                    self.tr("No copy was left."))

    def remove_current(self) -> None:
        attachment_id = self.current_id()
        info = self._info(attachment_id) if attachment_id else None
        if info is None or self._store is None or self.record is None or self._live_record_id() is None:
            return
        if self.job is not None:
            self._say(inline_error.error_text(AttachmentBusy()), error=True)
            return
        if not self.confirm_remove(info.name):
            return
        try:
            attachments.remove(self._store, info.id)
        except NpmdeskError as error:
            self._say(inline_error.error_text(error), error=True)
            return
        viewer = self.viewers.get(info.id)
        if viewer is not None:
            viewer.discard()
        self._say(self.tr("“{name}” was removed.").format(name=info.name))
        self._reload(self._store, self.record.id)
        self.list.setFocus()
        self.changed.emit(self.record.id)

    def confirm_remove(self, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove attachment"), "", parent=self.window())
        box.setObjectName("removeAttachmentQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Remove “{name}” from this record?").format(name=name))
        box.setInformativeText(self.tr("Its content is erased from the vault. This cannot be undone."))
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setAccessibleName(self.tr("Remove the attachment"))
        remove.setObjectName("confirmRemoveAttachment")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel: keep the attachment"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is remove

    # ------------------------------------------------------------------------- keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and isinstance(event, QKeyEvent) and event.keyCombination() == QKeyCombination(
                Qt.Key.Key_Delete):
            if event.type() == QEvent.Type.ShortcutOverride:  # the list's Delete wins over any window shortcut
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------------------- locking

    def discard(self) -> None:
        """On lock: close every viewer (zeroing its bytes), cancel a job in flight, forget all."""
        for viewer in list(self.viewers.values()):
            viewer.blockSignals(True)
            viewer.discard()
            viewer.deleteLater()
        self.viewers.clear()
        if self.job is not None:
            job, self.job = self.job, None
            job.blockSignals(True)  # its result arrives after this window is gone
            job.cancel()
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.finish()
            dialog.deleteLater()
        self.clear()
