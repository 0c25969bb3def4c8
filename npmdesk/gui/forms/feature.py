"""Record → New, Edit, Reply, Follow up, Move to bin, Restore: the window's actions on records.

    New (Ctrl+N)           a record of the current list's kind (Record → New of kind for any)
    Edit (Ctrl+E, Enter or a double click on a row)
    Reply (Ctrl+R), Follow up (Ctrl+Shift+R)   on a communication (gui/threads/replies.py)
    Move to bin (Delete), Restore from the bin

Each opens or acts through `RecordStore`; forms are RecordFormDialog windows, one per record.
Every write (a form's save and drafts, Move to bin, Restore) goes through one SaveQueue
(gui/save_queue.py): the window never waits for a lock that an import or an attachment holds.
Drafts: `save_drafts()` keeps every open form's content in the vault; the window calls it
before the vault locks or quits (`lock_requested`, `quit_requested` are connected here, before
the session's own handlers; there it does not wait). When the window opens, drafts left in the
vault are offered (draft_offer.py). `discard()` saves drafts if it still can (waiting a little
for jobs being stopped), then closes every form and the queue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from npmdesk.errors import NpmdeskError
from npmdesk.gui.forms.draft_offer import DraftOffer, record_from_draft
from npmdesk.gui.forms.record_actions import RecordActions
from npmdesk.gui.forms.record_form import LOCK_WAIT_MS, RecordFormDialog
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records.list_model import ID_ROLE
from npmdesk.gui.save_queue import SaveQueue
from npmdesk.gui.single_dialog import ManyDialogs
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.gui.threads.replies import reply_record
from npmdesk.gui.workspace import Workspace
from npmdesk.records import kinds
from npmdesk.records.drafts import Draft, Drafts
from npmdesk.records.model import Record
from npmdesk.records.npm_state import default_country

STATUS_MS = 8_000
DEFAULT_KIND = "communication"


class RecordForms(QObject):
    def __init__(self, window: QMainWindow, workspace: Workspace, today: Callable[[], dt.date]) -> None:
        super().__init__(window)
        # On lock: open forms keep their drafts while the vault is open.
        LockTeardown.of(window).on_lock(self.discard, Stage.FORMS)
        self.window = window
        self.workspace: Workspace | None = workspace
        self.today = today
        self._forms: ManyDialogs[RecordFormDialog] = ManyDialogs()
        self.offer: DraftOffer | None = None
        self.writer: SaveQueue | None = SaveQueue(workspace.store) if workspace.store is not None else None
        self.actions = RecordActions(window, self, workspace.search_box)
        self.actions.menu.aboutToShow.connect(self.update_actions)
        # The same actions under the names the window and tests use.
        self.menu, self.new_kind_menu = self.actions.menu, self.actions.new_kind_menu
        self.new_action, self.edit_action = self.actions.new, self.actions.edit
        self.reply_action, self.follow_up_action = self.actions.reply, self.actions.follow_up
        self.delete_action, self.restore_action = self.actions.delete, self.actions.restore
        for view in (workspace.list_view, workspace.search_view):
            view.activated.connect(self._row_activated)
            view.selectionModel().currentRowChanged.connect(self.update_actions)
        workspace.navigator.entry_chosen.connect(self.update_actions)
        workspace.right_stack.currentChanged.connect(self.update_actions)
        new_record_requested = getattr(workspace.detail, "new_record_requested", None)
        if new_record_requested is not None:  # a reprisal case's "Add a return visit check"
            new_record_requested.connect(self.new_step)
        thread_panel = getattr(workspace.detail, "thread_panel", None)
        if thread_panel is not None:
            thread_panel.set_actions(self.reply_action, self.follow_up_action)
            thread_panel.record_activated.connect(self._show)
        lock_requested = getattr(window, "lock_requested", None)
        quit_requested = getattr(window, "quit_requested", None)
        for signal in (lock_requested, quit_requested):
            if signal is not None:
                signal.connect(lambda: self.save_drafts())
        self.update_actions()
        QTimer.singleShot(0, self, self.offer_drafts)

    # ---------------------------------------------------------------------------- actions

    def selected(self) -> Record | None:
        return self.workspace.detail.record if self.workspace is not None else None

    def update_actions(self, *_args: object) -> None:
        self.actions.update(self.selected(), self.current_kind() if self.workspace is not None else None)

    def current_kind(self) -> str:
        entry = self.workspace.navigator.current_entry() if self.workspace is not None else None
        return entry.query.kinds[0] if entry is not None and entry.query.kinds else DEFAULT_KIND

    # ---------------------------------------------------------------------------- opening

    def new(self, kind: str | None = None) -> RecordFormDialog | None:
        kind = kind or self.current_kind()
        spec = kinds.KINDS[kind]
        record = Record(kind=kind, title="", date=self.today().isoformat(), status=spec.statuses[0],
                        country=self._default_country(kind))
        return self.open_form(record)

    def _default_country(self, kind: str) -> str | None:
        """The NPM's State for the kinds about it (records/npm_state.py), or none."""
        store = self.workspace.store if self.workspace is not None else None
        try:
            return default_country(store.vault, kind) if store is not None else None
        except NpmdeskError:  # the form opens regardless, without a country
            return None

    def new_step(self, record: Record) -> RecordFormDialog | None:
        """The form of a new record prepared elsewhere (a case's next step), dated today."""
        return self.open_form(replace(record, date=record.date or self.today().isoformat()))

    def edit(self) -> RecordFormDialog | None:
        record = self.selected()
        if record is None or record.deleted_at is not None:
            return None
        return self.open_form(record)

    def reply(self, follow_up: bool = False) -> RecordFormDialog | None:
        record = self.selected()
        if record is None or record.kind != "communication" or record.deleted_at is not None:
            return None
        return self.open_form(reply_record(record, self.today().isoformat(), follow_up=follow_up))

    def open_form(self, record: Record, draft: Draft | None = None) -> RecordFormDialog | None:
        """Show the form of `record` (the one already open, if any); continues its draft if it has one."""
        if self.workspace is None or self.workspace.store is None:
            return None
        store = self.workspace.store
        for form in self.forms:
            if record.id and form.record.id == record.id:
                form.show()
                form.raise_()
                form.activateWindow()
                return form
        try:
            if draft is None and record.id:
                draft = next((d for d in Drafts(store).all() if d.record_id == record.id), None)
            if draft is not None:
                record = record_from_draft(draft)
            form = RecordFormDialog(store, record, draft=draft, parent=self.window, writer=self.writer)
        except NpmdeskError as error:
            self._tell(error_text(error))
            return None
        form.saved.connect(self._saved)
        return self._forms.show(form)

    @property
    def forms(self) -> list[RecordFormDialog]:
        """The record forms open now."""
        return self._forms.open

    def _saved(self, record: Record) -> None:
        self._tell(self.tr("Saved “{title}”.").format(title=record.title))
        self._refresh(show=record.id)

    def _row_activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self._show(str(record_id))
            self.edit()

    def _show(self, record_id: str) -> None:
        if self.workspace is not None:
            self.workspace.show_record(record_id)
        self.update_actions()

    # ------------------------------------------------------------------------- bin

    def move_to_bin(self) -> None:
        record = self.selected()
        if record is None or record.deleted_at is not None or self.writer is None:
            return

        def binned(_result: object) -> None:
            self._tell(self.tr("“{title}” is in the bin (Record → Restore from the bin brings it back).").format(
                title=record.title))
            self._refresh()

        self.writer.write(lambda store: store.delete(record.id), done=binned, failed=self._failed,
                          waiting=self._tell_waiting)

    def restore(self) -> None:
        record = self.selected()
        if record is None or record.deleted_at is None or self.writer is None:
            return

        def restored(_result: object) -> None:
            self._tell(self.tr("“{title}” is back from the bin.").format(title=record.title))
            self._refresh(show=record.id)

        self.writer.write(lambda store: store.restore(record.id), done=restored, failed=self._failed,
                          waiting=self._tell_waiting)

    def _failed(self, error: NpmdeskError) -> None:
        self._tell(error_text(error))

    def _tell_waiting(self) -> None:
        self._tell(self.tr("Waiting for the import or the attachment being added to finish…"))

    def _refresh(self, show: str | None = None) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        workspace.show_dashboard()
        workspace.refresh()
        if show is not None:
            workspace.show_record(show)
        self.update_actions()

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # ------------------------------------------------------------------------- drafts

    def offer_drafts(self) -> None:
        """Offer each draft left in the vault that no open form is continuing."""
        if self.workspace is None or self.workspace.store is None:
            return
        drafts = Drafts(self.workspace.store)
        open_ids = {form.draft_id for form in self.forms}
        try:
            pending = [d for d in drafts.all() if d.id not in open_ids]
        except NpmdeskError as error:
            self._tell(error_text(error))
            return
        if self.offer is not None:
            self.offer.clear()
        self.offer = DraftOffer(self.window, drafts, pending)
        self.offer.continue_requested.connect(self._continue_draft)
        self.offer.start()

    def _continue_draft(self, draft: Draft) -> None:
        try:
            record = record_from_draft(draft)
        except NpmdeskError as error:
            self._tell(error_text(error))
            return
        self.open_form(record, draft)

    def save_drafts(self, wait_ms: int | None = None) -> None:
        """Keep every open form's content in the vault now (before a lock or a quit); with
        `wait_ms`, on the GUI thread, waiting at most that long for a busy vault."""
        for form in list(self.forms):
            form.save_draft(wait_ms=wait_ms)

    def discard(self) -> None:
        """Keep drafts if the vault is still open, close every form and the draft offer, forget all."""
        self.save_drafts(wait_ms=LOCK_WAIT_MS)
        if self.offer is not None:
            self.offer.clear()
            self.offer = None
        self._forms.discard(lambda form: form.discard())
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        self.workspace = None
        self.window.statusBar().clearMessage()
        self.actions.update(None, None)
