"""Edit → Team… (and Preferences → Team): the team folder, the member devices and Sync Now.

The team folder (npmdesk/team/, docs/team-sync.md) is a folder a sync tool keeps the same on each
of the NPM's laptops; npmdesk writes only encrypted, signed files there. This dialog chooses it,
adds and removes member devices (verified contacts marked as the NPM's own devices), shows how
far each device is, and runs one sync round in a VaultJob (never on the GUI thread), then shows
the round's summary in a sentence and refreshes the table.

Not modal (Lock and the idle lock keep working); the window closes it on lock (`discard`). Emits
`team_changed` after the folder or the membership changes, and `synced(summary)` after a round.
Reading the status (team_status: the vault and a listing of the folder, nothing decrypted) runs
on the GUI thread when the dialog opens and after a change; after a round it comes with the job.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.gui import confirm, file_dialogs, inline_error
from npmdesk.gui.background_job import Progress, VaultJob
from npmdesk.gui.team import texts
from npmdesk.gui.team.add_device import AddDeviceDialog
from npmdesk.gui.team.candidates import candidates
from npmdesk.gui.team.members_table import MembersTable
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.store import RecordStore
from npmdesk.team import membership
from npmdesk.team.status import TeamStatus, team_status
from npmdesk.team.sync import SyncSummary, sync_round
from npmdesk.vault import Vault
from npmdesk.vault.session import JobSession


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TeamDialog(QDialog):
    team_changed = Signal()
    synced = Signal(object)  # the SyncSummary of a round

    def __init__(self, vault: Vault, store: RecordStore, parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.setWindowTitle(self.tr("Team"))
        self._vault: Vault | None = vault
        self._store: RecordStore | None = store
        self._now = now
        self.job: VaultJob | None = None
        self.add_dialog: AddDeviceDialog | None = None
        self.status: TeamStatus | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A team folder is a folder that a sync tool (Syncthing, a shared folder, a USB stick) keeps the same "
            "on each of your NPM's laptops. npmdesk writes only encrypted, signed files there."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._folder_group())
        layout.addWidget(self._members_group())
        layout.addLayout(self._sync_row())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the Team dialog"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self.refresh()

    # ------------------------------------------------------------------------ building

    def _folder_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Team folder"), self)
        group.setAccessibleName(self.tr("Team folder"))
        layout = QVBoxLayout(group)
        row = QHBoxLayout()
        self.folder_value = QLabel(group)
        self.folder_value.setObjectName("teamFolderValue")
        self.folder_value.setWordWrap(True)
        self.folder_value.setAccessibleName(self.tr("The team folder"))
        self.folder_button = QPushButton(self.tr("Choose &Folder…"), group)
        self.folder_button.setObjectName("teamFolderButton")
        self.folder_button.setAccessibleName(self.tr("Choose the team folder"))
        self.folder_button.clicked.connect(self.choose_folder)
        row.addWidget(self.folder_value, 1)
        row.addWidget(self.folder_button)
        layout.addLayout(row)
        self.folder_error = QLabel(group)
        self.folder_error.setObjectName("teamFolderError")
        self.folder_error.setAccessibleName(self.tr("Why the team folder was not changed"))
        inline_error.prepare(self.folder_error)
        layout.addWidget(self.folder_error)
        return group

    def _members_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Member devices"), self)
        group.setAccessibleName(self.tr("Member devices"))
        layout = QVBoxLayout(group)
        label = QLabel(self.tr("&Member devices (the NPM's own laptops that receive this vault's changes):"), group)
        label.setWordWrap(True)
        self.table = MembersTable(group)
        label.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.members_note = QLabel(group)
        self.members_note.setObjectName("teamMembersNote")
        self.members_note.setWordWrap(True)
        self.members_note.setAccessibleName(self.tr("About the member devices"))
        self.members_note.hide()
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add Device…"), group)
        self.add_button.setObjectName("teamAddButton")
        self.add_button.setAccessibleName(self.tr("Add a member device"))
        self.add_button.clicked.connect(self.add_device)
        self.remove_button = QPushButton(self.tr("&Remove"), group)
        self.remove_button.setObjectName("teamRemoveButton")
        self.remove_button.setAccessibleName(self.tr("Remove the chosen member device"))
        self.remove_button.clicked.connect(self.remove_device)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        for widget in (label, self.table, self.members_note):
            layout.addWidget(widget)
        layout.addLayout(row)
        return group

    def _sync_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("&Sync Now"), self)
        self.sync_button.setObjectName("teamSyncButton")
        self.sync_button.setAccessibleName(self.tr("Sync with the team folder now"))
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_result = QLabel(self)
        self.sync_result.setObjectName("teamSyncResult")
        self.sync_result.setWordWrap(True)
        self.sync_result.setAccessibleName(self.tr("What the last sync did"))
        row.addWidget(self.sync_button)
        row.addWidget(self.sync_result, 1)
        return row

    # ------------------------------------------------------------------------- showing

    def refresh(self) -> None:
        """Read where the team stands (the vault and a listing of the folder) and show it."""
        if self._vault is None or self._store is None:
            return
        try:
            with VaultIdentity.of(self._vault) as identity:
                status = team_status(self._store, identity)
        except NpmdeskError as error:
            inline_error.show_error(self.folder_error, error)
            return
        self.show_status(status)

    def show_status(self, status: TeamStatus) -> None:
        self.status = status
        if status.folder is None:
            self.folder_value.setText(self.tr("No team folder chosen yet."))
        elif status.folder_present:
            self.folder_value.setText(display.gui_line(str(status.folder)))
        else:
            self.folder_value.setText(display.sentence(self.tr(
                "{folder} — not there now (is the disk or the share connected?)"), folder=str(status.folder)))
        self.table.show_members(status.members, self._now())
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.job is None and self._vault is not None
        status = self.status
        self.folder_button.setEnabled(idle)
        self.add_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and self.table.chosen_contact() is not None)
        self.sync_button.setEnabled(idle and status is not None and status.folder is not None)

    def _say_members(self, text: str) -> None:
        self.members_note.setText(text)
        self.members_note.setVisible(bool(text))

    # ---------------------------------------------------------------------- the folder

    def choose_folder(self) -> None:
        """Ask for a folder; a missing or unwritable one is said in a sentence and nothing changes."""
        start = str(self.status.folder) if self.status is not None and self.status.folder is not None else ""
        chosen = file_dialogs.existing_folder(self, self.tr("Choose the Team Folder"), start or str(Path.home()))
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        """Make `folder` the team folder (what the folder chooser calls)."""
        if self._store is None:
            return
        try:
            membership.set_folder(self._store, folder)
        except NpmdeskError as error:
            inline_error.show_error(self.folder_error, error, self.folder_button)
            return
        inline_error.clear_error(self.folder_error, self.folder_button)
        self.refresh()
        self.team_changed.emit()

    # ----------------------------------------------------------------------- members

    def add_device(self) -> None:
        """Offer the contacts that can join; explain how to get one when there is none."""
        if self._vault is None or self._store is None:
            return
        try:
            with VaultIdentity.of(self._vault) as identity:
                choices = candidates(self._store, identity.fingerprint)
        except NpmdeskError as error:
            self._say_members(inline_error.error_text(error))
            return
        if not choices:
            self._say_members(self.tr(
                "No device can join yet: a member device is a verified contact marked as one of your NPM's own "
                "devices. On the colleague's laptop choose File → Share My Keys…; here, add its card with File → "
                "Add Contact from Card…, compare the fingerprint with the colleague by phone (Verify keys… on the "
                "contact), then tick “One of our NPM's own devices” in the contact's form."))
            return
        self._say_members("")
        dialog = self.add_dialog = AddDeviceDialog(choices, self)
        dialog.chosen.connect(self._add)
        dialog.finished.connect(self._add_dialog_closed)
        dialog.open()

    def _add_dialog_closed(self) -> None:
        if self.add_dialog is not None:
            dialog, self.add_dialog = self.add_dialog, None
            dialog.deleteLater()

    def _add(self, contact_id: str) -> None:
        if self._vault is None or self._store is None:
            return
        try:
            contact = self._store.get(contact_id)
            with VaultIdentity.of(self._vault) as identity:
                membership.add(self._store, identity, contact)
        except RecordNotFound:
            return
        except NpmdeskError as error:
            self._say_members(inline_error.error_text(error))
            return
        self._say_members(display.sentence(self.tr(
            "{name} is now a member device: the next sync makes a snapshot of this vault for it."), name=contact.title))
        self.refresh()
        self.team_changed.emit()

    def remove_device(self) -> None:
        """Ask, saying that what the device already received stays with it; then remove it."""
        contact_id = self.table.chosen_contact()
        if contact_id is None or self._store is None:
            return
        try:  # a member whose contact was deleted is removed under an empty name
            contact = self._store.get(contact_id, include_deleted=True)
        except RecordNotFound:
            contact = Record(kind="contact", title="", id=contact_id)
        action = confirm.Action(self.tr("&Remove from the Team"), self.tr("Remove the device from the team"),
                                "teamRemoveConfirm")
        question = (display.sentence(self.tr("Remove {name} from the team?"), name=contact.title) if contact.title
                    else self.tr("Remove this device from the team?"))
        if not confirm.ask(self, "teamRemoveBox", self.tr("Remove a Member Device"), question,
                           self.tr("New changes are no longer sent to it. What it already received stays with it: "
                                   "npmdesk cannot take back what a device holds."),
                           action, self.tr("Keep the device in the team"), role=QMessageBox.ButtonRole.DestructiveRole):
            return
        if self._store is None:  # locked while the box was up
            return
        try:
            membership.remove(self._store, contact)
        except NpmdeskError as error:
            self._say_members(inline_error.error_text(error))
            return
        self._say_members("")
        self.refresh()
        self.team_changed.emit()

    # -------------------------------------------------------------------------- syncing

    def sync_now(self) -> None:
        """One round in a VaultJob; then its summary in a sentence and the table again."""
        vault = self._vault
        if vault is None or self.job is not None:
            return
        try:
            identity = VaultIdentity.of(vault)
        except NpmdeskError as error:
            self._say_sync(inline_error.error_text(error))
            return

        def work(session: JobSession, _progress: Progress) -> tuple[SyncSummary, TeamStatus]:
            store = RecordStore(session)
            summary = sync_round(store, identity)
            return summary, team_status(store, identity)

        try:
            job = VaultJob(vault, work, cleanup=identity.close)
        except NpmdeskError as error:
            identity.close()
            self._say_sync(inline_error.error_text(error))
            return
        self.job = job
        job.succeeded.connect(self._synced)
        job.failed.connect(self._sync_failed)
        job.cancelled.connect(self._sync_stopped)
        self._say_sync(self.tr("Syncing with the team folder…"))
        self._update_buttons()
        job.start()

    def _say_sync(self, text: str) -> None:
        self.sync_result.setText(text)
        self.sync_result.setAccessibleDescription(text)

    def _synced(self, result: Any) -> None:
        self.job = None
        summary, status = result
        self._say_sync(texts.round_text(summary))
        self.show_status(status)
        self.synced.emit(summary)

    def _sync_failed(self, error: NpmdeskError) -> None:
        self.job = None
        self._say_sync(inline_error.error_text(error))
        self._update_buttons()

    def _sync_stopped(self) -> None:
        self.job = None
        self._say_sync(self.tr("The sync was stopped. Nothing was half-applied."))
        self._update_buttons()

    # -------------------------------------------------------------------------- closing

    @property
    def busy(self) -> bool:
        """A round is running (the dialog is kept until it ends)."""
        return self.job is not None

    def discard(self) -> None:
        """On lock: abandon a round in flight (its transaction rolls back), forget the vault, close."""
        if self.job is not None:
            self.job.abandon()
            self.job = None
        if self.add_dialog is not None:
            self.add_dialog.close()
        self._vault = self._store = None
        self.status = None
        self.table.setRowCount(0)
        self.close()
