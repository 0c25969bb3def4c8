"""Encrypted exchange in the main window: the File menu's actions, the record list's context menu,
dropping a `.age` file on the window, and every exchange dialog, all dropped on lock.

    File → Export… (Ctrl+Shift+E)                 the rows selected in the list, else the record shown,
                                                  else nothing yet; "Everything in this list" and
                                                  "Everything in the vault" are choices in the
                                                  dialog (the list's first after a search)
    File → Export Selected…                       the rows selected in the list (Shift/Ctrl+click)
    File → Export with Linked Records…            the record shown, its thread and linked records
    File → Import… (Ctrl+Shift+I), or a drop      preview, then import
    File → Share My Keys…, Add Contact from Card…

Other features put a document (a report's PDF) straight into a package with
`open_export_dialog(window, store, vault, record_ids, documents=[(name, pdf_bytes)])`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.exchange import export_texts
from npmdesk.gui.exchange.add_contact_dialog import AddContactDialog
from npmdesk.gui.exchange.export_dialog import ExportDialog
from npmdesk.gui.exchange.identity_dialog import IdentityDialog, vault_card
from npmdesk.gui.exchange.import_dialog import ImportDialog
from npmdesk.gui.exchange.import_texts import choose_package
from npmdesk.gui.exchange.selection import dossier_ids
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.resources import icon
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.gui.single_dialog import ManyDialogs
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.gui.workspace import Workspace
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault
from npmdesk.vault.session import VaultSession

PACKAGE_SUFFIX = ".age"
Dialog = TypeVar("Dialog", bound=QDialog)


def _dropped_package(event: QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData() is not None else []
    if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(PACKAGE_SUFFIX):
        return Path(urls[0].toLocalFile())
    return None


def _wipe(dialog: QDialog) -> None:
    """On lock: the dialog's own discard (its job abandoned, its text dropped), then close it."""
    discard = getattr(dialog, "discard", None)
    if discard is not None:
        discard()
    dialog.close()


class ExchangeFeature(QObject):
    def __init__(self, window: QWidget, file_menu: QMenu, before: QAction, vault: Vault, workspace: Workspace,
                 preferences: Preferences | None = None) -> None:
        super().__init__(window)
        # On lock: export and import jobs cancelled (their write lock goes), dialogs closed.
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)
        self.setObjectName("exchangeFeature")
        self._window = window
        self._vault: Vault | None = vault
        self._workspace: Workspace | None = workspace
        self.preferences = preferences
        self._dialogs: ManyDialogs[QDialog] = ManyDialogs(lambda dialog: getattr(dialog, "job", None) is not None)

        def action(text: str, name: str, tip: str, slot: object, shortcut: str = "") -> QAction:
            made = QAction(text, window)
            made.setObjectName(name)
            made.setStatusTip(tip)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.export_action = action(self.tr("&Export…"), "exportAction",
                                    self.tr("Export the selected records (or the record shown) as an encrypted, "
                                            "signed package; everything in the vault is a choice in the dialog"),
                                    self.export_chosen, self.tr("Ctrl+Shift+E"))
        self.export_action.setIcon(icon("export", "document-export"))
        self.export_selected_action = action(self.tr("Export &Selected…"), "exportSelectedAction",
                                             self.tr("Export the records selected in the list"), self.export_selected)
        self.export_linked_action = action(self.tr("Export &with Linked Records…"), "exportLinkedAction",
                                           self.tr("Export the record shown with its thread and linked records "
                                                   "(a visit dossier, an annual-report submission)"),
                                           self.export_linked)
        self.import_action = action(self.tr("&Import…"), "importAction",
                                    self.tr("Preview and import a package from the SPT or a colleague"),
                                    self.import_chosen, self.tr("Ctrl+Shift+I"))
        self.import_action.setIcon(icon("import", "document-import"))
        self.share_keys_action = action(self.tr("Share My &Keys…"), "shareKeysAction",
                                        self.tr("Show this vault's public keys, fingerprint and QR code"),
                                        self.share_keys)
        self.share_keys_action.setIcon(icon("key", "dialog-password"))
        self.add_contact_action = action(self.tr("Add &Contact from Card…"), "addContactAction",
                                         self.tr("Add a contact with the keys from their contact card"),
                                         self.add_contact)
        self.add_contact_action.setIcon(icon("contact", "contact-new"))
        file_menu.insertActions(before, [self.export_action, self.export_selected_action, self.export_linked_action,
                                         self.import_action])
        file_menu.insertSeparator(before)
        file_menu.insertActions(before, [self.share_keys_action, self.add_contact_action])
        file_menu.insertSeparator(before)
        file_menu.aboutToShow.connect(self.update_actions)
        for view in (workspace.list_view, workspace.search_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions([self.export_selected_action, self.export_linked_action])
            view.selectionModel().selectionChanged.connect(self.update_actions)
            view.selectionModel().currentRowChanged.connect(self.update_actions)  # after the detail pane's
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.update_actions()

    @property
    def store(self) -> RecordStore | None:
        workspace = self._workspace
        return workspace.store if workspace is not None else None

    def update_actions(self, *_args: object) -> None:
        workspace = self._workspace
        self.export_selected_action.setEnabled(workspace is not None and bool(workspace.selected_ids()))
        self.export_linked_action.setEnabled(workspace is not None and workspace.detail.record is not None
                                             and workspace.detail.record.deleted_at is None)

    # ---------------------------------------------------------------------------- export

    def export_chosen(self) -> ExportDialog | None:
        """Export… (Ctrl+Shift+E): the rows selected, else the record shown, else nothing chosen yet;
        and every record of the list shown (see listed_ids), first after a search."""
        workspace = self._workspace
        if workspace is None:
            return None
        ids = workspace.selected_ids()
        # "Everything in this list" is offered beside them; first after a search (its results and
        # filters are what the user narrowed down), unless several rows were selected on purpose.
        listed, first = workspace.listed_ids(), workspace.searching and len(ids) < 2
        if ids:
            return self.open_export(ids, listed=listed, list_first=first)
        record = workspace.detail.record
        if record is not None and record.deleted_at is None:
            return self.open_export([record.id], chosen=export_texts.SHOWN, listed=listed, list_first=first)
        return self.open_export([], chosen=export_texts.NOTHING, listed=listed, list_first=first)

    def export_all(self) -> ExportDialog | None:
        """The dialog with "Everything in the vault" already chosen (no menu offers this directly)."""
        return self.open_export(None)

    def export_selected(self) -> ExportDialog | None:
        ids = self._workspace.selected_ids() if self._workspace is not None else []
        return self.open_export(ids) if ids else None

    def export_linked(self) -> ExportDialog | None:
        workspace, store = self._workspace, self.store
        if workspace is None or store is None or workspace.detail.record is None:
            return None
        try:
            ids = dossier_ids(store, workspace.detail.record.id)
        except NpmdeskError as error:  # the record went meanwhile (an import, another window)
            QMessageBox.warning(self._window, self.tr("Export with linked records"), error_text(error))
            return None
        return self.open_export(ids, chosen=export_texts.LINKED)

    def open_export(self, record_ids: Sequence[str] | None, documents: Sequence[tuple[str, bytes]] = (),
                    chosen: str = export_texts.SELECTED,
                    report: tuple[Sequence[str], str] | None = None, listed: Sequence[str] | None = None,
                    list_first: bool = False) -> ExportDialog | None:
        store, vault = self.store, self._vault
        if store is None or vault is None or not vault.is_open:
            return None
        preferences = self.preferences if self.preferences is not None else Preferences()
        dialog = ExportDialog(store, vault, record_ids, documents=documents, chosen=chosen, report=report,
                              default_recipients=preferences.default_recipients(), parent=self._window,
                              listed=listed, list_first=list_first)
        return self._show(dialog)

    # ---------------------------------------------------------------------------- import

    def import_chosen(self) -> ImportDialog | None:
        path = choose_package(self._window)
        return self.open_import(path) if path is not None else None

    def open_import(self, path: Path) -> ImportDialog | None:
        if self._vault is None or not self._vault.is_open:
            return None
        dialog = ImportDialog(self._vault, path, self._window)
        dialog.imported.connect(self._imported)
        dialog.record_requested.connect(self._show_record)
        return self._show(dialog)

    def _imported(self, _done: object) -> None:
        if self._workspace is not None:
            self._workspace.refresh()

    def _show_record(self, record_id: str) -> None:
        if self._workspace is not None and self._workspace.store is not None:
            self._workspace.show_record(record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop)
                and isinstance(event, QDropEvent)):  # QDragEnterEvent is a QDropEvent too
            dropped = _dropped_package(event)
            if dropped is None or self._vault is None:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.open_import(dropped)
            return True
        return False

    # ------------------------------------------------------------------------------ keys

    def share_keys(self) -> IdentityDialog | None:
        if self._vault is None or not self._vault.is_open:
            return None
        return self._show(IdentityDialog(vault_card(self._vault), self._window))

    def add_contact(self) -> AddContactDialog | None:
        if self.store is None:
            return None
        dialog = AddContactDialog(self.store, self._window)
        dialog.added.connect(self._contact_added)
        return self._show(dialog)

    def _contact_added(self, record_id: str) -> None:
        if self._workspace is not None:
            self._workspace.refresh()
            self._show_record(record_id)

    # --------------------------------------------------------------------------- dialogs

    def _show(self, dialog: Dialog) -> Dialog:
        dialog.setWindowFlag(Qt.WindowType.Window, True)
        self._dialogs.show(dialog)
        return dialog

    def discard(self) -> None:
        """On lock: abandon jobs in flight, close every exchange dialog, forget the vault."""
        self._vault = None
        self._workspace = None
        self._dialogs.discard(_wipe)

    @property
    def dialogs(self) -> list[QDialog]:
        """The exchange's dialogs open now (or closed while their job runs)."""
        return self._dialogs.open


def open_export_dialog(window: QWidget, store: RecordStore, vault: VaultSession, record_ids: Sequence[str] | None,
                       documents: Sequence[tuple[str, bytes]] = (),
                       report: tuple[Sequence[str], str] | None = None) -> ExportDialog | None:
    """The export dialog for `record_ids` (None: everything in the vault, chosen explicitly) with
    `documents` (name, bytes) in the package too, e.g. a report's PDF made in memory, whose records
    and title are `report` (for the password-protected PDF). Dropped on lock with the window's
    other dialogs."""
    feature = window.findChild(ExchangeFeature, "exchangeFeature")
    if feature is not None:
        return feature.open_export(record_ids, documents, report=report)
    if not vault.is_open:
        return None
    dialog = ExportDialog(store, vault, record_ids, documents=documents, report=report, parent=window)
    dialog.setWindowFlag(Qt.WindowType.Window, True)
    dialog.show()
    return dialog
