"""Vault → Restore a Backup…: `npmdesk restore FILE --vault NEWPATH` in the window.

The user chooses the backup file and a new folder (never the open vault's folder, nor a folder
inside it), and types the passphrase the vault had when the backup was made, or its recovery
code. `restore_backup` then checks the whole file, unpacks it beside the new folder, unlocks it
and runs both integrity checks off the GUI thread, with progress and a real Cancel; only then
does the restored vault get its name. Every failure is one sentence and leaves nothing created.
Afterwards the dialog offers to open the restored vault (the open one is locked first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import MistypedRecoveryCode, NpmdeskError
from npmdesk.gui import file_dialogs, inline_error
from npmdesk.gui.background_job import STEPS, BackgroundJob, Progress
from npmdesk.gui.job_progress import cancel_while_running
from npmdesk.gui.secret_method import SecretMethod, Side, Words
from npmdesk.gui.vault_menu.errors import (
    EmptyCredential,
    NoBackupChosen,
    NoFolderChosen,
    RestoreFailed,
    RestoreOverOpenVault,
)
from npmdesk.vault import Credential
from npmdesk.vault.backup import restore_backup
from npmdesk.vault.backup_schedule import SUFFIX


def inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or lies inside it (links resolved)."""
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


class RestoreDialog(QDialog):
    """Emits `open_requested(folder)` when the user asks to open the restored vault."""

    open_requested = Signal(object)

    def __init__(self, open_vault_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self._open_vault = Path(open_vault_folder)
        self.job: BackgroundJob | None = None
        self.restored: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The backup is restored into a new folder, as a vault of its own. The open vault is not changed."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.backup_edit = QLineEdit(self)
        self.backup_edit.setObjectName("backupFileEdit")
        self.backup_edit.setAccessibleName(self.tr("Backup file"))
        self.backup_button = QPushButton(self.tr("C&hoose…"), self)
        self.backup_button.setObjectName("chooseBackupButton")
        self.backup_button.setAccessibleName(self.tr("Choose the backup file"))
        self.backup_button.setAutoDefault(False)
        self.backup_button.clicked.connect(self.choose_backup)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("newFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("New folder for the restored vault"))
        self.folder_button = QPushButton(self.tr("Choo&se…"), self)
        self.folder_button.setObjectName("chooseFolderButton")
        self.folder_button.setAccessibleName(self.tr("Choose the new folder"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.choose_folder)
        self.secret_label = QLabel(self)
        self.secret_edit = QLineEdit(self)
        self.secret_edit.setObjectName("backupSecretEdit")
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label.setBuddy(self.secret_edit)
        for text, edit, button in ((self.tr("&Backup file:"), self.backup_edit, self.backup_button),
                                   (self.tr("&New folder:"), self.folder_edit, self.folder_button)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, row)
        form.addRow(self.secret_label, self.secret_edit)
        self.secret_hint = QLabel(self)
        self.secret_hint.setObjectName("backupSecretHint")
        self.secret_hint.setWordWrap(True)
        form.addRow("", self.secret_hint)
        layout.addLayout(form)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("restoreSwitchButton")
        self.switch_button.setFlat(True)
        self.switch_button.setAutoDefault(False)
        layout.addWidget(self.switch_button)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("restoreError")
        self.error_label.setAccessibleName(self.tr("Problem restoring the backup"))
        inline_error.prepare(self.error_label)
        layout.addWidget(self.error_label)
        secret = Side(self.secret_edit, self.error_label)  # one field for both, relabelled on a switch
        self.method = SecretMethod(
            self.switch_button, secret, secret,
            Words((self.tr("Use the recovery code &instead"), self.tr("Use the recovery code instead")),
                  (self.tr("Use the passphrase &instead"), self.tr("Use the passphrase instead")),
                  inline_error.error_text(EmptyCredential())),
            general_error=self.error_label)
        self.method.switched.connect(lambda _recovery: self._show_method())
        self.status_label = QLabel(self)
        self.status_label.setObjectName("restoreStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        layout.addWidget(self.status_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("restoreProgress")
        self.bar.setAccessibleName(self.tr("Restore progress"))
        self.bar.setRange(0, STEPS)
        self.bar.setTextVisible(False)
        self.bar.hide()
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setAccessibleName(self.tr("Restore the backup"))
        self.restore_button.setDefault(True)
        self.open_button = self.buttons.addButton(self.tr("&Open the Restored Vault"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openRestoredButton")
        self.open_button.setAccessibleName(self.tr("Lock this vault and open the restored one"))
        self.open_button.hide()  # shown once the backup is restored
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setObjectName("restoreCloseButton")
        self.close_button.setAccessibleName(self.tr("Cancel"))
        self.restore_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self._open)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_method()
        self.setMinimumWidth(560)
        self.resize(560, 280)
        self.backup_edit.setFocus()

    # ------------------------------------------------------------------------- inputs

    @property
    def using_recovery_code(self) -> bool:
        return self.method.using_recovery_code

    def switch_method(self) -> None:
        self.method.switch()

    def _show_method(self) -> None:
        if self.using_recovery_code:
            self.secret_label.setText(self.tr("Recovery &code:"))
            self.secret_edit.setAccessibleName(self.tr("The backup's recovery code"))
            self.secret_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
            self.secret_hint.setText(self.tr("The recovery code the vault had when the backup was made."))
        else:
            self.secret_label.setText(self.tr("Pass&phrase:"))
            self.secret_edit.setAccessibleName(self.tr("The passphrase the vault had when the backup was made"))
            self.secret_edit.setPlaceholderText("")
            self.secret_hint.setText(self.tr("The passphrase the vault had when the backup was made."))

    def choose_backup(self) -> None:
        chosen = file_dialogs.open_file_name(self, self.tr("Choose the backup to restore"), str(Path.home()),
                                             self.tr("npmdesk backups (*{suffix})").format(suffix=SUFFIX))
        if chosen:
            self.backup_edit.setText(chosen)

    def choose_folder(self) -> None:
        chosen = file_dialogs.save_file_name(self, self.tr("Name the new folder for the restored vault"),
                                             str(Path.home() / self.tr("Restored vault")), confirm_overwrite=False)
        if chosen:
            self.folder_edit.setText(chosen)

    def _inputs(self) -> tuple[Path, Path, Credential]:
        """What to restore, where, and with what; raises the one sentence for what is missing or wrong."""
        if not self.backup_edit.text().strip():
            raise NoBackupChosen()
        if not self.folder_edit.text().strip():
            raise NoFolderChosen()
        backup = Path(self.backup_edit.text().strip()).expanduser()
        folder = Path(self.folder_edit.text().strip()).expanduser().absolute()
        if inside(folder, self._open_vault):
            raise RestoreOverOpenVault()
        text = self.secret_edit.text()
        if not text:
            raise EmptyCredential()
        credential = Credential.recovery_code(text) if self.using_recovery_code else Credential.passphrase(text)
        return backup, folder, credential

    # ------------------------------------------------------------------------ running

    def start(self) -> None:
        if self.job is not None or self.restored is not None:
            return
        inline_error.clear_error(self.error_label)
        try:
            backup, folder, credential = self._inputs()
        except NpmdeskError as error:
            field = self.secret_edit if isinstance(error, EmptyCredential | MistypedRecoveryCode) else None
            inline_error.show_error(self.error_label, error, field)
            return

        def work(progress: Progress) -> Path:
            try:
                restore_backup(backup, folder, credential, progress=progress)
            finally:
                credential.wipe()
            return folder

        self.job = BackgroundJob(work, write_error=RestoreFailed)
        self.job.progressed.connect(self.bar.setValue)
        self.job.succeeded.connect(self._restored)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self._set_inputs_enabled(False)
        self.bar.setValue(0)
        self.bar.show()
        self._status(self.tr("Checking the backup, restoring it and checking the restored vault…"))
        self.close_button.setAccessibleName(self.tr("Cancel the restore"))
        self.job.start()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.backup_edit, self.backup_button, self.folder_edit, self.folder_button,
                       self.secret_edit, self.switch_button, self.restore_button):
            widget.setEnabled(enabled)

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.status_label.show()
        self.setAccessibleDescription(text)

    def _restored(self, folder: Path) -> None:
        self.job = None
        self.restored = folder
        self.secret_edit.clear()
        self.bar.setValue(STEPS)
        if self.using_recovery_code:
            text = self.tr(
                "The backup was restored into {folder}: it opens and passed both integrity checks. Open it "
                "with the recovery code you typed; npmdesk then asks for a new passphrase and shows a new "
                "recovery code. To open it later, start npmdesk with --vault and this folder.")
        else:
            text = self.tr(
                "The backup was restored into {folder}: it opens and passed both integrity checks. It opens with "
                "the passphrase the vault had when the backup was made. To open it later, start npmdesk with "
                "--vault and this folder.")
        self._status(display.sentence(text, folder=folder))
        self.restore_button.hide()
        self.open_button.show()
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self._closing_button()

    def _failed(self, error: NpmdeskError) -> None:
        self.job = None
        self.bar.hide()
        self.status_label.hide()
        self._set_inputs_enabled(True)
        self.close_button.setEnabled(True)
        self.close_button.setAccessibleName(self.tr("Cancel"))
        if not self.method.show_wrong(error):
            inline_error.show_error(self.error_label, error)

    def _cancelled(self) -> None:
        self.job = None
        self.bar.hide()
        self._set_inputs_enabled(True)
        self._status(self.tr("The restore was cancelled. Nothing was created."))
        self.close_button.setEnabled(True)
        self.close_button.setAccessibleName(self.tr("Cancel"))

    def _closing_button(self) -> None:
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(True)

    def _open(self) -> None:
        if self.restored is not None:
            folder = self.restored
            self.accept()
            self.open_requested.emit(folder)

    # ------------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Escape, Cancel or the close button: cancel a restore in flight, else close."""
        if cancel_while_running(self.job.cancel if self.job else None, self.close_button, self._status):
            return
        self.secret_edit.clear()
        super().reject()

    def discard(self) -> None:
        """On lock: cancel a restore in flight (it removes what it made) and close."""
        if self.job is not None:
            self.job.abandon()
            self.job = None
        self.secret_edit.clear()
        self.close()
