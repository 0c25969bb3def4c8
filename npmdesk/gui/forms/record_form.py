"""The record form: `ui/record_form.ui` (the envelope) with `ui/fields_<kind>.ui` inside it.

One form edits one record, new or stored. Save collects the widgets into a Record, lets the
core validate it (`model.validate`) and shows the message next to the field it names, with
a line above the buttons saying why nothing was saved; Save never greys out. A stored record
is saved with `store.update` (an edit made elsewhere meanwhile is refused, EditConflict),
a new one with `store.add`.

Drafts: a change starts a timer (AUTOSAVE_MS); when it fires the form's content goes into
the vault as a draft (records/drafts.py). `save_draft()` does it at once (before a lock).
Saving the record or cancelling deletes the draft. Nothing typed is written anywhere else.
A draft that cannot be kept (a full disk, a busy vault) says so in the draft line and is
tried again after RETRY_MS.

Writes go through the window's SaveQueue (gui/save_queue.py), so the window never freezes:
while an import or an attachment holds the vault, Save shows "Saving… waiting for …" beside
the buttons, the fields are read-only (their text stays), and Cancel stops waiting. Any failure
is said above the buttons in one sentence and the form stays open with everything typed.

The form is a window of its own, not modal (Lock, an application shortcut, works from it).
Cancel, Escape or closing the window asks before throwing changes away (`discard_box`).
`discard()` closes it without asking and empties every field (used when the vault locks).

Files can be attached before the record is saved (pending_files.py): the form lists them and,
once the record is stored, adds them to it off the GUI thread with progress and Cancel. If
they cannot all be added (a file gone or unreadable, Cancel, a full disk), the record stays
saved, without any of them: one sentence above the buttons says so, the form stays open as
the saved record's, with the files still listed, and Save tries again. The record is not
rolled back: what was typed is worth more than the files, which are still where they were.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.exchange import contact_keys
from npmdesk.gui.access_keys import manage_access_keys
from npmdesk.gui.attachments import adding
from npmdesk.gui.attachments.runner import JobRunner, JobTexts
from npmdesk.gui.form_parts import child, layout_of
from npmdesk.gui.forms import kind_envelope
from npmdesk.gui.forms.discard_question import ask_to_discard
from npmdesk.gui.forms.draft_offer import draft_content
from npmdesk.gui.forms.envelope import Envelope
from npmdesk.gui.forms.field_widgets import KindFields
from npmdesk.gui.forms.pending_files import PendingFiles
from npmdesk.gui.forms.person_field import PersonFields
from npmdesk.gui.inline_error import clear_error, error_text, prepare, show_error
from npmdesk.gui.records import labels
from npmdesk.gui.records.history_dialog import HistoryDialog, open_history
from npmdesk.gui.resources import icon, load_form
from npmdesk.gui.save_queue import Job, SaveQueue
from npmdesk.gui.special_fund import fund_call
from npmdesk.gui.whole_text import show_whole_text
from npmdesk.records import reprisals
from npmdesk.records.drafts import Draft, Drafts
from npmdesk.records.model import InvalidRecord, Record, validate
from npmdesk.records.store import RecordStore

AUTOSAVE_MS = 2_000
RETRY_MS = 10_000  # a draft that could not be kept is tried again after this
LOCK_WAIT_MS = 3_000  # at lock, a draft waits this long for a job being stopped


class RecordFormDialog(QDialog):
    """Emits `saved(record)` once the record is stored; `finished` when it closes either way."""

    saved = Signal(object)

    def __init__(self, store: RecordStore, record: Record, *, draft: Draft | None = None,
                 parent: QWidget | None = None, writer: SaveQueue | None = None) -> None:
        super().__init__(parent)
        manage_access_keys(self)  # no two controls share an Alt+letter (gui/access_keys.py)
        self.setObjectName("recordFormDialog")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.store: RecordStore | None = store
        self.drafts: Drafts | None = Drafts(store)
        self._own_writer = writer is None
        self.writer: SaveQueue | None = writer or SaveQueue(store)
        self.record = record
        self.draft_id = draft.id if draft is not None else None
        self.dirty = False
        self._edits = 0  # changes typed so far: a draft kept while typing went on leaves the form dirty
        self._saving: Job | None = None  # the save waiting for the vault, if any
        self._draft_pending = False
        self._draft_job: Job | None = None
        self._gone = False  # closed: late answers from the writer thread touch nothing
        self.history_dialog: HistoryDialog | None = None
        self.discard_box: QMessageBox | None = None
        self._closing = False

        self.form = load_form("record_form", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.envelope = Envelope(self.form)
        self.fields = KindFields(record.kind, self.form)
        group = child(self.form, QGroupBox, "fieldsGroup")
        group.setTitle(self.fields.widget.windowTitle())
        group_layout = layout_of(group, QBoxLayout)
        group_layout.addWidget(self.fields.widget)
        self.kind_label = child(self.form, QLabel, "kindLabel")
        self.draft_label = child(self.form, QLabel, "draftLabel")
        self.form_error = child(self.form, QLabel, "formError")
        prepare(self.form_error)
        self.save_button = child(self.form, QPushButton, "saveButton")
        self.cancel_button = child(self.form, QPushButton, "cancelButton")
        self.history_button = child(self.form, QPushButton, "historyButton")
        self.save_status = QLabel(self.form)
        self.save_status.setObjectName("saveStatus")
        self.save_status.setAccessibleName(self.tr("Saving status"))
        self.save_status.setWordWrap(True)
        self.save_status.hide()
        buttons = self.form.findChild(QHBoxLayout, "buttonsLayout")
        if buttons is not None:
            buttons.insertWidget(0, self.save_status, 1)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.history_button.clicked.connect(self.show_history)
        self.history_button.setIcon(icon("history", "document-open-recent"))

        self.envelope.fill_options(store, record)
        self.fields.fill_options(store, record)
        self.person_fields = PersonFields(self.envelope.people, self.fields, record.kind, self)
        self.load(record)
        if draft is not None:
            self.draft_label.setText(self.tr("Continuing your unsaved draft"))
        self.envelope.connect_changes(self._changed)
        self.fields.connect_changes(self._changed)
        status_field = self.fields.inputs.get(self.fields.spec.status_field or "")
        if isinstance(status_field, QComboBox):  # a report's statuses follow its type
            status_field.currentIndexChanged.connect(lambda _index: self._offer_statuses())
        self.fund_call = fund_call.attach(self.fields, group_layout, store.vault)  # the Special Fund's call
        self.pending = PendingFiles(self, self.envelope.title_text)
        form_layout = child(self.form, QVBoxLayout, "formWidgetLayout")
        form_layout.insertWidget(form_layout.indexOf(group) + 1, self.pending)
        self.pending.changed.connect(self._changed)
        self.runner = JobRunner(lambda: self, self)
        self.runner.said.connect(self._attach_said)
        self.runner.ended.connect(self._attached)
        self._attach_outcome: tuple[str, bool] = ("", False)
        self._attach_ok = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.save_draft)
        self._set_title()
        self.resize(self.form.size())
        # Typing starts in the title; History comes after Save and Cancel in the tab order.
        QWidget.setTabOrder(self.cancel_button, self.history_button)
        self._kind_fields_in_tab_order()
        for item_list in self.form.findChildren(QListWidget):  # articles, tags, choices: whole text when cut
            show_whole_text(item_list)
        self.envelope.inputs["title"].setFocus()

    def _kind_fields_in_tab_order(self) -> None:
        """Tab goes from the people to the kind's own fields, in the form's order, then to the files to
        attach and the tags (the kind's form is loaded after the envelope, so its fields would
        otherwise come last)."""
        chain: list[QWidget] = [self.envelope.people.remove_button]
        for fs in self.fields.spec.fields:
            chain.append(self.fields.inputs[fs.name])
            if fs.name in self.person_fields.buttons:
                chain.append(self.person_fields.buttons[fs.name])
        chain += [self.pending.list, self.pending.attach_button, self.pending.remove_button]  # files to attach
        chain.append(child(self.form, QListWidget, "tagsList"))
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # ----------------------------------------------------------------------------- state

    @property
    def is_new(self) -> bool:
        return not self.record.version

    def load(self, record: Record) -> None:
        record = kind_envelope.shown_record(record)  # a date typed under its field's name shows there
        self.envelope.set_values(record)
        self.fields.set_aliases(self.envelope.people.aliases())
        self.fields.set_values(record.fields)
        self._offer_statuses(keep_current=True)
        self.person_fields.show_report_consent()
        self.history_button.setEnabled(record.version > 1)

    def _offer_statuses(self, *, keep_current: bool = False) -> None:
        spec = self.fields.spec
        if spec.status_field is not None:
            self.envelope.offer_statuses(spec.statuses_for(self.fields.values()), keep_current=keep_current)

    def collect(self) -> Record:
        """The record as the widgets hold it, not yet validated; a hidden date mirrors its field
        (kind_envelope.py)."""
        values, fields = self.envelope.values(), self.fields.values()
        values["date"] = kind_envelope.mirrored(self.record.kind, values, fields, self.record.date)
        return replace(self.record, **values, fields=fields)

    def _set_title(self) -> None:
        kind = labels.kind_name(self.record.kind)
        self.kind_label.setText(self.tr("New {kind}").format(kind=kind.lower()) if self.is_new else kind)
        title = self.record.title or self.tr("Untitled")
        self.setWindowTitle(self.tr("New {kind}").format(kind=kind.lower()) if self.is_new
                            else self.tr("{kind}: {title}").format(kind=kind, title=title))
        self.setAccessibleName(self.windowTitle())

    def _changed(self, *_args: object) -> None:
        self.dirty = True
        self._edits += 1
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.start()

    # ------------------------------------------------------------------------------ saving

    def save(self) -> bool:
        """Validate and store. True once stored; False if nothing was saved (the reason is shown)
        or while the save waits for the vault (`saved(record)` follows, or the reason)."""
        if self.store is None or self.writer is None or self._saving is not None or self.runner.busy:
            return False
        self.clear_errors()
        record = self.collect()
        try:
            validate(record)
            reprisals.check_person(record)  # a reprisal case names its person by an alias
            contact_keys.check_typed(record)  # a malformed key: clear it or paste the right one
        except InvalidRecord as error:
            self.show_field_error(error)
            return False
        is_new = self.is_new
        self._set_saving(True)
        self._saving = self.writer.write(lambda store: store.add(record) if is_new else store.update(record),
                                         done=self._stored, failed=self._not_stored, waiting=self._waiting)
        if self._saving is None and not self._closing and not self.runner.busy:
            self._set_saving(False)  # failed at once: the reason is shown
        return self._closing

    def _stored(self, stored: Record) -> None:
        self._saving = None
        if self.store is None or self._gone:  # the vault locked meanwhile
            return
        self.autosave_timer.stop()
        self._discard_draft()
        self.record = stored
        self.dirty = False
        if self.pending.files:
            self._attach_pending(stored)  # the fields stay read-only until the files are in
            return
        self._set_saving(False)
        self._finish(stored)

    def _finish(self, stored: Record) -> None:
        self.saved.emit(stored)
        self._closing = True
        self.accept()
        self._gone = True

    def _attach_pending(self, stored: Record) -> None:
        """Add the listed files to the stored record, off the GUI thread (attachments/adding.py)."""
        self.save_status.setText(self.tr("Saved. Attaching the files…"))
        self._attach_outcome, self._attach_ok = ("", False), False
        texts = JobTexts(self.tr("Attaching files"), self.tr("Encrypting the files into the vault…"),
                         self.tr("Cancel attaching the files"), self.tr("you cancelled attaching them."))
        assert self.store is not None  # noqa: S101 - checked by _stored
        self.runner.start(self.store, adding.add_files(stored.id, list(self.pending.files)), texts,
                          self._attach_done)
        if not self.runner.busy:  # the job could not even start (the vault locked): said already
            self._attached()

    def _attach_done(self, added: list[object]) -> str:
        self._attach_ok = True
        return self.tr("%n file(s) attached.", "", len(added))

    def _attach_said(self, text: str, is_error: bool) -> None:
        self._attach_outcome = (text, is_error)

    def _attached(self) -> None:
        """The files are in (the form closes), or none is: the record stays saved and the form says so."""
        if self.store is None or self._gone:
            return
        self._set_saving(False)
        text, is_error = self._attach_outcome
        if self._attach_ok:
            self.pending.clear()
            self._finish(self.record)
            return
        self.saved.emit(self.record)  # the window shows the saved record meanwhile
        self._set_title()
        self.history_button.setEnabled(self.record.version > 1)
        problem = text if is_error else self.tr("you cancelled attaching them.")
        self._show_form_error(self.tr("The record is saved, but its files are not attached: {problem} "
                                      "Save again to attach them, or Cancel to close without them.").format(
                                          problem=problem))

    def _not_stored(self, error: NpmdeskError) -> None:
        self._saving = None
        if self.store is None or self._gone:
            return
        self._set_saving(False)
        if isinstance(error, InvalidRecord):  # refused by the store (a recommendation's report): next to its field
            self.show_field_error(error)
            return
        self._show_form_error(self.tr("Not saved: {problem}").format(problem=error_text(error)))

    def _waiting(self) -> None:
        if self._saving is not None and not self._gone:
            self.save_status.setText(self.tr("Saving… waiting for the import or the attachment being added "
                                             "to finish. Cancel stops waiting; your text stays here."))
            self.save_status.setAccessibleDescription(self.save_status.text())

    def _set_saving(self, saving: bool) -> None:
        """While a save is under way: Save is greyed, the fields are read-only (their text stays)."""
        self.save_button.setEnabled(not saving)
        child(self.form, QScrollArea, "formArea").setEnabled(not saving)
        self.save_status.setText(self.tr("Saving…") if saving else "")
        self.save_status.setVisible(saving)

    def _stop_waiting(self) -> bool:
        """Cancel while the save waits: withdraw it and give the form back; True if it was withdrawn."""
        if self._saving is None or not self._saving.cancel():
            return False
        self._saving = None
        self._set_saving(False)
        self._show_form_error(self.tr("Not saved: you stopped waiting. Your text is still here; "
                                      "save again when the vault is free."))
        return True

    def show_field_error(self, error: InvalidRecord) -> None:
        name = kind_envelope.error_field(self.record.kind, error.field)
        found = self.fields.errors.get(name), self.fields.inputs.get(name)
        if found[0] is None:
            found = self.envelope.errors.get(name), self.envelope.inputs.get(name)
        label, widget = found
        if label is not None:
            show_error(label, error, widget)
            self._reveal(widget)
        self._show_form_error(self.tr("Not saved: {problem}").format(problem=error_text(error)))

    def _show_form_error(self, text: str) -> None:
        show_error(self.form_error, text)
        self.save_button.setAccessibleDescription(text)

    def clear_errors(self) -> None:
        for part in (self.envelope, self.fields):
            for name, label in part.errors.items():
                clear_error(label, part.inputs.get(name))
        clear_error(self.form_error)
        self.save_button.setAccessibleDescription("")

    def _reveal(self, widget: QWidget | None) -> None:
        if widget is not None:
            child(self.form, QScrollArea, "formArea").ensureWidgetVisible(widget)

    # ------------------------------------------------------------------------------ drafts

    def save_draft(self, *, wait_ms: int | None = None) -> bool:
        """Keep what is typed as a draft in the vault (if anything changed); True if kept now.

        Off the GUI thread when the vault is busy (the draft line says when it is kept); with
        `wait_ms` (the vault is locking) on the GUI thread, waiting at most that long."""
        self.autosave_timer.stop()
        if wait_ms is not None and self._draft_job is not None and self._draft_job.cancel():
            self._draft_job, self._draft_pending = None, False  # written now instead, before the lock
        if (not self.dirty or self.writer is None or self.store is None or not self.store.vault.is_open
                or self._draft_pending):
            return False
        kind, content = self.record.kind, draft_content(self.collect())
        record_id, draft_id, edits = self.record.id or None, self.draft_id, self._edits

        def write(store: RecordStore) -> Draft:
            return Drafts(store).save(kind, content, record_id=record_id, draft_id=draft_id)

        def kept(draft: Draft) -> None:
            self._draft_job, self._draft_pending = None, False
            if self.store is None or self._gone:
                return
            self.draft_id = draft.id
            self.dirty = self._edits != edits
            when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
            self.draft_label.setText(self.tr("Draft kept in the vault at {time}").format(time=when))
            if self.dirty:
                self.autosave_timer.start()

        def not_kept(error: NpmdeskError) -> None:
            self._draft_job, self._draft_pending = None, False
            if self.store is None or self._gone:
                return
            self.draft_label.setText(self.tr("Draft not kept: {problem} Trying again shortly.").format(
                problem=error_text(error)))
            self.draft_label.setAccessibleDescription(self.draft_label.text())
            self.autosave_timer.setInterval(RETRY_MS)
            self.autosave_timer.start()

        self._draft_pending = True
        if wait_ms is not None:
            self.writer.write_now(write, wait_ms=wait_ms, done=kept, failed=not_kept)
        else:
            job = self.writer.write(write, done=kept, failed=not_kept, waiting=lambda: None if self._gone else
                                    self.draft_label.setText(self.tr(
                                        "Keeping the draft… waiting for the import or the attachment being added "
                                        "to finish")))
            if self._draft_pending:
                self._draft_job = job
        return not self._draft_pending and not self.dirty

    def _discard_draft(self) -> None:
        draft_id, self.draft_id = self.draft_id, None
        if draft_id is None or self.writer is None or self.store is None or not self.store.vault.is_open:
            return
        self.writer.write(lambda store: Drafts(store).discard(draft_id), done=lambda _none: None,
                          failed=lambda _error: None)  # a draft left behind is offered again, never lost

    # ----------------------------------------------------------------------------- history

    def show_history(self) -> None:
        if self.store is None or self.is_new:
            return
        try:
            dialog = open_history(self.store, self.record, self)
        except NpmdeskError as error:
            self._show_form_error(error_text(error))
            return
        self._close_history()
        self.history_dialog = dialog

    def _close_history(self) -> None:
        if self.history_dialog is not None:
            dialog, self.history_dialog = self.history_dialog, None
            dialog.drop()

    # ----------------------------------------------------------------------------- closing

    def reject(self) -> None:
        """Cancel / Escape: stop waiting for a save; else close at once if nothing would be lost,
        else ask first."""
        if self._saving is not None:
            self._stop_waiting()
            return
        if self.runner.job is not None:  # the record is saved: stop attaching its files
            self.runner.job.cancel()
            return
        if self._closing or (not self.dirty and self.draft_id is None and not self.pending.files):
            self._close_for_good()
            return
        self.discard_box = ask_to_discard(self, self._discard_answered)

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            self.autosave_timer.stop()
            if self._draft_job is not None:
                self._draft_job.cancel()  # a draft still waiting is not written after all
            self._discard_draft()
            self.dirty = False
            self.pending.clear()  # nothing was read from them: forgetting the list is all
            self._close_for_good()

    def _close_for_good(self) -> None:
        self._closing = True
        self._gone = True
        self._close_history()
        self._close_writer()
        super().reject()

    def _close_writer(self) -> None:
        if self._own_writer and self.writer is not None:
            self.writer.close()
        self.writer = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing:
            event.accept()
            return
        event.ignore()
        self.reject()

    def discard(self) -> None:
        """Close without asking and forget every text (the vault is locking; save_draft first)."""
        self.autosave_timer.stop()
        if self.discard_box is not None:
            self.discard_box.close()
            self.discard_box = None
        self._close_history()
        self.runner.discard()
        self.pending.clear()
        self.envelope.people.clear()
        for edit in self.findChildren(QLineEdit):
            edit.setText("")
        for text in self.findChildren(QPlainTextEdit):
            text.setPlainText("")
        for widget in self.findChildren(QListWidget) + self.findChildren(QComboBox):
            widget.clear()
        self.store = None
        self.drafts = None
        self._saving = None
        self._close_writer()
        self._closing = True
        self._gone = True
        self.close()
