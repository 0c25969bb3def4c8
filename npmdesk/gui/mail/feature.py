"""Saved email into the vault from the main window, with a preview first (preview_dialog.py):

    File → Import Email… (Ctrl+Shift+M)   .eml, Outlook .msg and mbox files (chosen in npmdesk's
                                          own file dialog, which remembers nothing)
    File → Import Email Folder…           a folder of them (Thunderbird's, an export), read whole
    a drop on the window                  files or folders dragged from a file manager or a mail
                                          program (file URLs), messages dragged as `message/rfc822`
                                          bytes, which stay in memory, or messages dragged straight
                                          out of Thunderbird, Outlook or Apple Mail (mail/dragged.py):
                                          what can be read is, and for the rest one sentence says
                                          which program it seems to come from and what to do instead

A drop on a record (its row, or the detail pane) still attaches the files to that record
(gui/attachments/drops.py); `.age` packages go to the exchange's import. After an import the
lists refresh and the status bar says how many messages came in. On lock every preview is
discarded: a job in flight is abandoned (its transaction rolls back) and the messages forgotten.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QWidget

from npmdesk.gui import file_dialogs
from npmdesk.gui.mail import texts
from npmdesk.gui.mail.preview_dialog import MailImportDialog, MailInputs
from npmdesk.gui.resources import icon
from npmdesk.gui.single_dialog import ManyDialogs
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.gui.workspace import Workspace
from npmdesk.mail.dragged import Refusal, format_name, read_drag
from npmdesk.mail.sources import MAIL_SUFFIXES
from npmdesk.vault.session import VaultSession

MESSAGE_TYPE = "message/rfc822"
PACKAGE_SUFFIX = ".age"  # the exchange's (gui/exchange/feature.py)
STATUS_MS = 15_000


def dropped_mail(mime: QMimeData | None) -> MailInputs | Refusal | None:
    """What a drag carries that may be mail: messages as bytes, local files and folders that are
    mail by their name (.eml, .msg, .mbox, .mbx, or no suffix at all, as Thunderbird's mbox files),
    or messages dragged out of a mail program (a Refusal when none of them can be read); None for
    anything else, and for packages (`.age`, the exchange's)."""
    if mime is None:
        return None
    if mime.hasFormat(MESSAGE_TYPE):
        data = bytes(mime.data(MESSAGE_TYPE).data())
        return MailInputs(dropped=((texts.dropped_label(), data),)) if data else None
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
    if paths:
        if any(path.suffix.lower() == PACKAGE_SUFFIX for path in paths):
            return None
        if all(path.is_dir() or path.suffix.lower() in MAIL_SUFFIXES or not path.suffix for path in paths):
            return MailInputs(paths=tuple(paths))
    return _from_mail_program(mime)


def _from_mail_program(mime: QMimeData) -> MailInputs | Refusal | None:
    formats = {format_name(name): name for name in mime.formats()}
    dragged = read_drag(formats.keys(), lambda name: bytes(mime.data(formats[name]).data()),
                        [bytes(url.toEncoded().data()).decode("ascii", "replace") for url in mime.urls()])
    if dragged is None:
        return None
    if dragged.refusal is not None:
        return dragged.refusal
    return MailInputs(dropped=dragged.dropped, located=dragged.located)


class MailImportFeature(QObject):
    def __init__(self, window: QWidget, file_menu: QMenu, before: QAction, vault: VaultSession,
                 workspace: Workspace) -> None:
        super().__init__(window)
        self.setObjectName("mailImportFeature")
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)  # jobs abandoned, previews closed
        self._window = window
        self._vault: VaultSession | None = vault
        self._workspace: Workspace | None = workspace
        self._dialogs: ManyDialogs[MailImportDialog] = ManyDialogs(lambda dialog: dialog.job is not None)
        self.import_action = QAction(icon("import", "mail-message-new"), self.tr("Import E&mail…"), window)
        self.import_action.setObjectName("importMailAction")
        self.import_action.setShortcut(QKeySequence(self.tr("Ctrl+Shift+M")))
        self.import_action.setStatusTip(self.tr("Import saved email (.eml, Outlook .msg, mbox) as communications, "
                                                "with a preview first"))
        self.import_action.triggered.connect(self.choose_files)
        self.folder_action = QAction(self.tr("Import Email &Folder…"), window)
        self.folder_action.setObjectName("importMailFolderAction")
        self.folder_action.setStatusTip(self.tr("Import every saved message in a folder and its subfolders"))
        self.folder_action.triggered.connect(self.choose_folder)
        actions = file_menu.actions()
        names = [action.objectName() for action in actions]
        if "importAction" in names and names.index("importAction") + 1 < len(actions):  # after the package import
            before = actions[names.index("importAction") + 1]
        file_menu.insertActions(before, [self.import_action, self.folder_action])
        self._accepting = False  # the drag over the window now is mail (decided when it entered)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # ---------------------------------------------------------------------------- choosing

    def choose_files(self) -> MailImportDialog | None:
        chosen = file_dialogs.open_file_names(
            self._window, self.tr("Import email"), str(Path.home()),
            self.tr("Saved email (*.eml *.msg *.mbox *.mbx);;All files, for mbox files without a suffix (*)"))
        return self.open_paths([Path(path) for path in chosen]) if chosen else None

    def choose_folder(self) -> MailImportDialog | None:
        chosen = file_dialogs.existing_folder(self._window, self.tr("Import a folder of email"), str(Path.home()))
        return self.open_paths([Path(chosen)]) if chosen else None

    def open_paths(self, paths: list[Path]) -> MailImportDialog | None:
        """The preview of the messages in these files and folders."""
        return self.open_inputs(MailInputs(paths=tuple(paths)))

    def open_inputs(self, inputs: MailInputs) -> MailImportDialog | None:
        vault = self._vault
        if vault is None or not vault.is_open:
            return None
        dialog = MailImportDialog(vault, inputs, self._window)
        dialog.imported.connect(self._imported)
        dialog.settings_requested.connect(self._open_settings)
        return self._dialogs.show(dialog)

    # ------------------------------------------------------------------------------ drops

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove,
                                                         QEvent.Type.Drop)
                and isinstance(event, QDropEvent)):  # QDragEnterEvent and QDragMoveEvent are QDropEvents
            if event.type() == QEvent.Type.DragMove:  # decided on entering: a drag is not read at every move
                if not self._accepting or self._vault is None:
                    return False
                event.acceptProposedAction()
                return True
            inputs = dropped_mail(event.mimeData())
            self._accepting = inputs is not None
            if inputs is None or self._vault is None:
                return False
            event.acceptProposedAction()
            if event.type() != QEvent.Type.Drop:
                return True
            self._accepting = False
            if isinstance(inputs, Refusal):
                self.refuse(inputs)
            else:
                self.open_inputs(inputs)
            return True
        return False

    def refuse(self, refusal: Refusal) -> QMessageBox:
        """A drag out of a mail program that npmdesk cannot read: one sentence says which program it
        seems to come from and what to do instead; nothing is stored."""
        box = QMessageBox(QMessageBox.Icon.Information, texts.refusal_title(), texts.refusal_text(refusal),
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("mailDropRefusal")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # window-modal, not blocking: Lock keeps working
        return box

    # ---------------------------------------------------------------------------- outcome

    def _imported(self, ids: list[str]) -> None:
        workspace = self._workspace
        if workspace is not None:
            workspace.refresh()
        if ids and isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(texts.imported_text(len(ids)), STATUS_MS)

    def _open_settings(self) -> None:
        """Edit → Preferences… (the session shows it); once saved, every preview is shown again."""
        requested = getattr(self._window, "preferences_requested", None)
        if requested is None:
            return
        requested.emit()
        settings = self._window.findChild(QDialog, "settingsDialog")
        saved = getattr(settings, "saved", None)
        if saved is not None:
            saved.connect(self.replan_all)

    @property
    def dialogs(self) -> list[MailImportDialog]:
        """The previews open now (or closed while their job runs)."""
        return self._dialogs.open

    def replan_all(self) -> None:
        for dialog in self.dialogs:
            dialog.replan()

    def discard(self) -> None:
        """On lock: abandon jobs in flight, close every preview, forget the vault."""
        self._vault = None
        self._workspace = None
        self._dialogs.discard(lambda dialog: dialog.discard())
