"""The attachments area of the detail pane: the list (name, size, type) and what it does.

Add files… (file dialog, several at once; Insert or Ctrl+Shift+A; or drop files on the pane
or on a record's row), Open (Enter: a viewer window, from memory), Save a decrypted copy…
(behind a warning, every time) and Remove (Delete, after a confirmation). Adding and saving
run off the GUI thread (runner.py) with a progress dialog that can cancel; one job at a time.
The outcome is said in the status line under the buttons (and to screen readers).

`clear()` empties the list when another record is shown; open viewers stay. `discard()` (on
lock) also closes every viewer, zeroing its bytes, and cancels a job in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.attachments import adding, kinds, questions, saving
from npmdesk.gui.attachments.drops import FileDrops
from npmdesk.gui.attachments.errors import AttachmentBusy, RecordInBin
from npmdesk.gui.attachments.runner import JobRunner, JobTexts
from npmdesk.gui.attachments.viewer import AttachmentViewer, ViewerWindows
from npmdesk.gui.form_parts import child
from npmdesk.gui.list_keys import delete_key
from npmdesk.gui.mail import detail as mail_detail
from npmdesk.gui.records.formatting import date_text, size_text
from npmdesk.gui.resources import icon, load_form
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
        self.add_button.setIcon(icon("attach", "mail-attachment"))
        self.save_button.setIcon(icon("export", "document-save-as"))
        self.remove_button.setIcon(icon("delete", "edit-delete"))
        self.status_label = child(self.form, QLabel, "attachmentStatus")
        self._store: RecordStore | None = None
        self.record: Record | None = None
        self.viewer_windows = ViewerWindows(self)
        self.viewer_windows.save_requested.connect(self.save)
        self.runner = JobRunner(self.window, self)
        self.runner.said.connect(lambda text, is_error: self._say(text, error=is_error))
        self.runner.ended.connect(self._update_buttons)
        self.add_action = QAction(self.tr("Add files to this record…"), pane)
        self.add_action.setIcon(icon("attach", "mail-attachment"))
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
        button = child(self.form, QPushButton, name)
        button.clicked.connect(slot)
        return button

    @property
    def job(self) -> Any:
        """The job in flight, if any (adding or saving)."""
        return self.runner.job

    @property
    def dialog(self) -> Any:
        return self.runner.dialog

    @property
    def viewers(self) -> dict[str, AttachmentViewer]:
        """The open viewers by attachment id."""
        return self.viewer_windows.open

    # ----------------------------------------------------------------------------- showing

    def show_for(self, store: RecordStore, record: Record) -> None:
        """List the record's attachments; NpmdeskError if they cannot be read."""
        self.list.clear()
        self._store, self.record = store, record
        infos = attachments.list_for(store, record.id)
        original = mail_detail.original_message(record, infos)  # an imported message's untouched original
        for info in infos:
            item = QListWidgetItem(
                f"{display.gui_line(info.name)} — {size_text(info.size)} — {kinds.type_name(info.media_type)}")
            item.setData(ATTACHMENT_ROLE, info.id)
            item.setData(INFO_ROLE, info)
            item.setToolTip(self.tr("Added on {date} by {user}").format(date=date_text(info.added_at),
                                                                        user=info.added_by))
            if not info.fully_indexed:
                item.setText(self.tr("{item} — not fully indexed").format(item=item.text()))
                item.setToolTip(item.toolTip() + "\n" + self.tr(
                    "Search finds only part of this file's text, or none: it took too long or too "
                    "much memory to read in full, or it is damaged or encrypted."))
            if info.id == original:
                mail_detail.mark_original(item, info)
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

    def _info(self, attachment_id: str | None) -> AttachmentInfo | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if attachment_id and item is not None and item.data(ATTACHMENT_ROLE) == attachment_id:
                info = item.data(INFO_ROLE)
                return info if isinstance(info, AttachmentInfo) else None
        viewer = self.viewers.get(attachment_id or "")
        return viewer.info if viewer is not None else None

    def _live_record_id(self) -> str | None:
        return self.record.id if self.record is not None and self.record.deleted_at is None else None

    def _update_buttons(self) -> None:
        live = self._live_record_id() is not None
        chosen = self.current_id() is not None
        idle = not self.runner.busy
        self.add_button.setEnabled(live and idle)
        self.add_action.setEnabled(live and idle)
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen and idle)
        self.remove_button.setEnabled(chosen and live and idle)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(inline_error.error_style() if error else "")
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text or self.tr("Attachments status"))
        self.status_label.setVisible(bool(text))

    def _refuse(self, error: NpmdeskError) -> None:
        self._say(inline_error.error_text(error), error=True)

    # ------------------------------------------------------------------------------ adding

    def choose_and_add(self) -> None:
        record_id = self._live_record_id()
        if record_id is None or self._store is None or self.record is None:
            return
        paths = questions.choose_files(self.window(), self.record.title)
        if paths:
            self.add_paths(self._store, record_id, paths)

    def _dropped(self, record_id: str, paths: list[Path]) -> None:
        if self._store is not None:
            self.add_paths(self._store, record_id, paths)

    def add_paths(self, store: RecordStore, record_id: str, paths: list[Path]) -> None:
        """Add files to a record (the one shown, or one dropped on in the list), all or none."""
        try:
            if self.runner.busy:
                raise AttachmentBusy()
            if store.get(record_id, include_deleted=True).deleted_at is not None:
                raise RecordInBin()
            files = adding.check_files(paths)
        except NpmdeskError as error:
            self._refuse(error)
            return
        texts = JobTexts(self.tr("Adding files"), self.tr("Encrypting the files into the vault…"),
                         self.tr("Cancel adding the files"), self.tr("Cancelled. Nothing was added."))
        self.runner.start(store, adding.add_files(record_id, files), texts,
                          lambda added: self._added(store, record_id, added))
        self._update_buttons()

    def _added(self, store: RecordStore, record_id: str, added: list[AttachmentInfo]) -> str:
        self._reload(store, record_id)
        self.changed.emit(record_id)
        return self.tr("%n file(s) added.", "", len(added))

    def _reload(self, store: RecordStore, record_id: str) -> None:
        if self.record is None or self.record.id != record_id or self._store is not store:
            return
        current = self.current_id()
        try:
            self.show_for(store, self.record)
        except NpmdeskError as error:
            self._refuse(error)
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(ATTACHMENT_ROLE) == current:
                self.list.setCurrentRow(row)

    # ------------------------------------------------------------------ open, save, remove

    def open_current(self) -> None:
        info = self._info(self.current_id())
        if info is not None and self._store is not None:
            self.viewer_windows.show(self._store, info)

    def save(self, attachment_id: str) -> None:
        """Warn, ask where, then write the decrypted copy (off the GUI thread)."""
        info, store = self._info(attachment_id), self._store
        if info is None or store is None:
            return
        if self.runner.busy:
            self._refuse(AttachmentBusy())
            return
        parent = self.viewers.get(attachment_id) or self.window()
        if not questions.confirm_plaintext_copy(parent, info.name):
            return
        target = questions.choose_target(parent, info.name)
        if target is None:
            return
        texts = JobTexts(self.tr("Saving a decrypted copy"), self.tr("Writing the decrypted copy…"),
                         self.tr("Cancel saving the copy"), self.tr("Cancelled. No copy was left."))
        self.runner.start(store, saving.save_copy(info.id, target), texts, lambda path: display.sentence(self.tr(
            "A decrypted copy was saved to {path}. It is not encrypted: delete it when you no longer "
            "need it."), path=path))
        self._update_buttons()

    def remove_current(self) -> None:
        info, store, record_id = self._info(self.current_id()), self._store, self._live_record_id()
        if info is None or store is None or record_id is None:
            return
        if self.runner.busy:
            self._refuse(AttachmentBusy())
            return
        if not questions.confirm_remove(self.window(), info.name):
            return
        try:
            attachments.remove(store, info.id)
        except NpmdeskError as error:
            self._refuse(error)
            return
        self.viewer_windows.close(info.id)
        self._reload(store, record_id)
        self._say(self.tr("“{name}” was removed.").format(name=display.gui_line(info.name)))
        self.list.setFocus()
        self.changed.emit(record_id)

    # ------------------------------------------------------------------------- keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and delete_key(event, self.remove_current):
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------------------- locking

    def discard(self) -> None:
        """On lock: close every viewer (zeroing its bytes), cancel a job in flight, forget all."""
        self.viewer_windows.discard()
        self.runner.discard()
        self.clear()
