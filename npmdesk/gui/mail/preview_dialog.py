"""Import Email: read the files (or the dropped messages), show what importing them would do, then
import what the user confirms.

Reading and planning run off the GUI thread (a VaultJob with Cancel: a large mbox never freezes
the window); nothing is changed until Import. The preview lists each message (its date in the
sender's time zone, sender, subject, sent or received, whether it answers another message, new
or already in the vault, greyed), each file that cannot be read with its one sentence, and each
person the new messages name who is not among the contacts, with an unticked "add as a contact"
box: nobody is added unless ticked. When the NPM's own addresses are not set, one notice says
that every message will count as received, with a button to the setting; once they are saved,
`replan()` shows the preview again without reading the files again.

Import runs off the GUI thread too; it plans again first (a message imported meanwhile by
another window is not imported twice). The core stores each message with its files in one
transaction: Cancel during Import stops after the message being stored, and the messages stored
before stay (importing the same files again adds only the rest). `imported(ids)` is emitted after
an import, complete or stopped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.background_job import STEPS, Progress, VaultJob
from npmdesk.gui.job_progress import cancel_while_running
from npmdesk.gui.mail import texts
from npmdesk.mail import importer
from npmdesk.mail.dragged import MAIL_NAME_SUFFIXES, LocalMessage, read_located
from npmdesk.mail.importer import Plan
from npmdesk.mail.message import Address
from npmdesk.mail.sources import Source, read_data, read_paths
from npmdesk.records.store import RecordStore
from npmdesk.vault.session import JobSession, VaultSession

PERSON_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = 6
DATE, FROM, SUBJECT, DIRECTION, STATE, THREAD = range(COLUMNS)


@dataclass(frozen=True)
class MailInputs:
    """What the user handed over: files and folders, messages dropped as bytes (label, data),
    which stay in memory, and messages dragged out of Thunderbird's local folders (read from their
    folder file)."""

    paths: tuple[Path, ...] = ()
    dropped: tuple[tuple[str, bytes], ...] = ()
    located: tuple[LocalMessage, ...] = ()

    def sources(self) -> Iterator[Source]:
        yield from read_paths(self.paths)
        yield from read_located(self.located)
        for label, data in self.dropped:  # a file name (Outlook's) names the original; else "message.eml"
            yield from read_data(data, label, *([label] if label.lower().endswith(MAIL_NAME_SUFFIXES) else []))


@dataclass(frozen=True)
class Preview:
    """What the planning job hands back: every message read, the plan, whether addresses are set."""

    sources: list[Source]
    plan: Plan
    own_addresses_set: bool


def _read_and_plan(inputs: MailInputs | list[Source]) -> Callable[[JobSession, Progress], Preview]:
    def work(session: JobSession, progress: Progress) -> Preview:
        sources: list[Source] = []
        if isinstance(inputs, MailInputs):
            for source in inputs.sources():
                sources.append(source)
                progress(len(sources), len(sources) + 1)  # Cancel stops between two messages
        else:
            sources = inputs
        store = RecordStore(session)
        return Preview(sources, importer.plan(store, sources), bool(importer.own_addresses(store)))

    return work


class MailImportDialog(QDialog):
    imported = Signal(list)  # the new communications' ids (empty when a stopped import's are not known)
    settings_requested = Signal()  # "Set your organisation's addresses…"

    def __init__(self, vault: VaultSession, inputs: MailInputs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mailImportDialog")
        self.setWindowFlag(Qt.WindowType.Window, True)  # not modal: Lock keeps working
        self.setWindowTitle(self.tr("Import Email"))
        self.setAccessibleName(self.tr("Import email"))
        self._vault: VaultSession | None = vault
        self.job: VaultJob | None = None
        self.importing = False
        self.sources: list[Source] = []
        self.plan: Plan | None = None
        self.people: list[Address] = []
        self._stored = [0]  # messages an import has stored so far
        self._build()
        self.resize(980, 640)
        self._start(_read_and_plan(inputs), self._planned, self.tr("Reading the messages…"), steps=False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("mailStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("mailProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.notice = QWidget(self)
        self.notice.setObjectName("directionNotice")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        self.notice_label = QLabel(self.tr(
            "npmdesk cannot tell which of these messages your organisation sent: its email addresses are "
            "not set, so every message counts as received."), self.notice)
        self.notice_label.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Set Your Organisation's &Addresses…"), self.notice)
        self.settings_button.setObjectName("ownAddressesButton")
        self.settings_button.setAccessibleName(self.tr("Set your organisation's email addresses"))
        self.settings_button.setAccessibleDescription(self.notice_label.text())
        self.settings_button.clicked.connect(self.settings_requested)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.settings_button)
        layout.addWidget(self.notice)
        self.notice.hide()

        self.messages_view = QTreeWidget(self)
        self.messages_view.setObjectName("mailMessages")
        self.messages_view.setAccessibleName(self.tr("Messages in these files"))
        self.messages_view.setRootIsDecorated(False)
        self.messages_view.setUniformRowHeights(True)
        self.messages_view.setHeaderLabels([self.tr("Date"), self.tr("From"), self.tr("Subject"),
                                            self.tr("Direction"), self.tr("State"), self.tr("Thread")])
        self.messages_view.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.messages_view.setColumnWidth(FROM, 200)
        self.messages_view.setColumnWidth(SUBJECT, 240)
        layout.addWidget(self._label(self.tr("&Messages:"), self.messages_view))
        layout.addWidget(self.messages_view, 3)

        self.failures_label = self._label(self.tr("Files that cannot &be read:"), None)
        self.failures_list = QListWidget(self)
        self.failures_list.setObjectName("mailFailures")
        self.failures_list.setAccessibleName(self.tr("Files that cannot be read"))
        self.failures_list.setWordWrap(True)
        self.failures_label.setBuddy(self.failures_list)
        layout.addWidget(self.failures_label)
        layout.addWidget(self.failures_list, 1)

        self.people_label = self._label(self.tr("&People not among your contacts (tick those to add as contacts):"),
                                        None)
        self.people_list = QListWidget(self)
        self.people_list.setObjectName("mailPeople")
        self.people_list.setAccessibleName(self.tr("People not among your contacts"))
        self.people_label.setBuddy(self.people_list)
        layout.addWidget(self.people_label)
        layout.addWidget(self.people_list, 1)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("mailError")
        inline_error.prepare(self.error_label)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("mailImportButton")
        self.import_button.setAccessibleName(self.tr("Import the new messages"))
        self.cancel_button = self.buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("mailCancelButton")
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        for part in (self.failures_label, self.failures_list, self.people_label, self.people_list):
            part.hide()
        self._update_buttons()

    def _label(self, text: str, buddy: QWidget | None) -> QLabel:
        label = QLabel(text, self)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    # ---------------------------------------------------------------------------- preview

    def replan(self) -> None:
        """Show the preview again for the messages already read (the addresses were changed)."""
        if self.plan is not None and not self.importing and self.job is None:
            self._start(_read_and_plan(self.sources), self._planned, self.tr("Checking the messages again…"),
                        steps=False)

    def _planned(self, planned: Preview) -> None:
        self.sources, self.plan = planned.sources, planned.plan
        self.notice.setVisible(not planned.own_addresses_set)
        self._show_messages(planned.plan)
        self._show_failures(planned.plan)
        self._show_people(planned.plan)
        plan = planned.plan
        self._say(texts.summary(len(plan.new), len(plan.duplicates), len(plan.failures)))
        self._update_buttons()
        if plan.new:
            self.import_button.setDefault(True)
            self.import_button.setFocus()

    def _show_messages(self, plan: Plan) -> None:
        self.messages_view.clear()
        keys_here = {item.message.key for item in plan.messages}
        greyed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for item in plan.messages:
            message = item.message
            reply = texts.reply_text(item, keys_here)
            subject = texts.subject_text(message)
            row = QTreeWidgetItem([
                texts.moment_text(message.date, message.zone_known), texts.person_text(message.sender),
                f"\u21b3 {subject}" if reply else subject,  # ↳ marks a reply
                texts.direction_text(item.direction), texts.state_text(item), reply])
            tip = "\n".join(part for part in (row.text(FROM), subject, texts.source_text(item.source),
                                              texts.notes_text(message)) if part)
            for column in range(COLUMNS):
                row.setToolTip(column, tip)
                if item.duplicate_of is not None:
                    row.setForeground(column, greyed)
            self.messages_view.addTopLevelItem(row)
        for column in (DATE, DIRECTION, STATE):
            self.messages_view.resizeColumnToContents(column)

    def _show_failures(self, plan: Plan) -> None:
        self.failures_list.clear()
        for failure in plan.failures:
            self.failures_list.addItem(self.tr("{file}: {reason}").format(
                file=texts.source_text(failure.label), reason=inline_error.error_text(failure.error or NpmdeskError())))
        for part in (self.failures_label, self.failures_list):
            part.setVisible(bool(plan.failures))

    def _show_people(self, plan: Plan) -> None:
        ticked = {person.email for person in self.chosen_people()}  # kept across a replan
        self.people_list.clear()
        self.people = plan.unknown_people()
        for number, person in enumerate(self.people):
            item = QListWidgetItem(self.tr("Add as a contact: {person}").format(person=texts.person_text(person)))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if person.email in ticked else Qt.CheckState.Unchecked)
            item.setData(PERSON_ROLE, number)
            self.people_list.addItem(item)
        for part in (self.people_label, self.people_list):
            part.setVisible(bool(self.people))

    def chosen_people(self) -> list[Address]:
        """The unknown people ticked to be added as contacts."""
        chosen = []
        for row in range(self.people_list.count()):
            item = self.people_list.item(row)
            number = item.data(PERSON_ROLE)
            if item.checkState() == Qt.CheckState.Checked and isinstance(number, int) and number < len(self.people):
                chosen.append(self.people[number])
        return chosen

    # ----------------------------------------------------------------------------- import

    def start_import(self) -> None:
        if self.plan is None or not self.plan.new or self.job is not None or self.importing:
            return
        sources, chosen = self.sources, self.chosen_people()
        stored = [0]  # messages stored so far (written on the worker thread)

        def work(session: JobSession, progress: Progress) -> list[str]:
            store = RecordStore(session)
            fresh = importer.plan(store, sources)  # again: another window may have imported some meanwhile

            def counted(done: int, total: int) -> None:
                stored[0] = done
                progress(done, total)

            return importer.apply(store, fresh, add_contacts=chosen, progress=counted)

        self.importing = True
        self._stored = stored
        self._start(work, self._imported, self.tr("Importing the messages and their attachments…"), steps=True)

    def _imported(self, ids: list[str]) -> None:
        self.imported.emit(ids)
        self._say(texts.imported_text(len(ids)))
        self.accept()

    # -------------------------------------------------------------------------------- jobs

    def _start(self, work: Callable[[JobSession, Progress], Any], done: Callable[[Any], None], status: str, *,
               steps: bool) -> None:
        if self._vault is None or self.job is not None:
            return
        inline_error.clear_error(self.error_label)
        try:
            job = VaultJob(self._vault, work)
        except NpmdeskError as error:
            self.importing = False
            inline_error.show_error(self.error_label, error)
            self._update_buttons()
            return
        self.bar.setRange(0, STEPS if steps else 0)
        self.bar.setValue(0)
        if steps:
            job.progressed.connect(self.bar.setValue)
        job.succeeded.connect(lambda result: self._job_over(done, result))
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        self.bar.show()
        self._say(status)
        self._update_buttons()
        job.start()

    def _job_over(self, done: Callable[[Any], None], result: Any) -> None:
        self.job = None
        self.bar.hide()
        done(result)
        self._update_buttons()

    def _failed(self, error: NpmdeskError) -> None:
        self.job = None
        self.bar.hide()
        self._say("")
        inline_error.show_error(self.error_label, error)
        if self.importing:  # the messages before the failed one were stored
            self.importing = False
            self.plan = None
            self.imported.emit([])
        self._update_buttons()

    def _cancelled(self) -> None:
        self.job = None
        self.bar.hide()
        if self.importing:
            self.importing = False
            self.plan = None  # what the vault holds changed: no second Import from this preview
            self._say(self.tr("Import stopped. %n message(s) imported before you cancelled stay in the vault; "
                              "importing the same files again adds only the others.", "", self._stored[0]))
            self.imported.emit([])
        else:
            self._say(self.tr("Cancelled. Nothing was imported."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self.job is not None
        self.import_button.setEnabled(not running and self.plan is not None and bool(self.plan.new))
        self.settings_button.setEnabled(not running)
        self.people_list.setEnabled(not running)
        self.cancel_button.setText(self.tr("&Cancel") if running or self.plan is not None else self.tr("Cl&ose"))
        self.cancel_button.setAccessibleName(
            self.tr("Cancel") if running or self.plan is not None else self.tr("Close"))
        self.cancel_button.setEnabled(not (running and self.job is not None and self.job.cancelling))

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.setAccessibleDescription(text)

    # ----------------------------------------------------------------------------- closing

    def reject(self) -> None:
        """Escape, Cancel or the close button: cancel a job in flight, else close (nothing imported)."""
        if not cancel_while_running(self.job.cancel if self.job else None, self.cancel_button, self._say):
            super().reject()

    def discard(self) -> None:
        """On lock: abandon a job in flight (its transaction rolls back), forget every message, close."""
        if self.job is not None:
            job, self.job = self.job, None
            job.abandon()
        self._vault = None
        self.sources, self.plan, self.people = [], None, []
        self.messages_view.clear()
        self.failures_list.clear()
        self.people_list.clear()
        self._say("")
        self.close()
