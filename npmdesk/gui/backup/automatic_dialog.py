"""File → Automatic backups…: the folder, how often, how many to keep (settings.py).

The folder may be missing when the settings are saved (the USB stick is elsewhere): backups
start when it is there. A folder inside the vault is refused (an emergency erase would leave
the backups behind, and write_backup refuses them anyway).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import BackupInsideVault, NpmdeskError
from npmdesk.gui import file_dialogs, inline_error
from npmdesk.gui.access_keys import manage_access_keys
from npmdesk.gui.backup.settings import MAX_KEEP, BackupPlan, BackupSettings
from npmdesk.gui.records.formatting import date_text
from npmdesk.vault.backup_schedule import INTERVALS


class AutomaticBackupsDialog(QDialog):
    def __init__(self, settings: BackupSettings, vault_folder: Path, last: dt.datetime | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        manage_access_keys(self)  # no two controls share an Alt+letter (gui/access_keys.py)
        self.setObjectName("automaticBackupsDialog")
        self.setWindowTitle(self.tr("Automatic backups"))
        self._settings = settings
        self._vault_folder = Path(vault_folder)
        plan = settings.load()
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "While the vault is open, npmdesk can back it up by itself to a folder, for example on a USB "
            "stick. Each backup is encrypted like the vault and opens only with its passphrase or recovery "
            "code. If the folder is not there, npmdesk waits until it is."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder_edit = QLineEdit(str(plan.folder or ""), self)
        self.folder_edit.setObjectName("backupFolderEdit")
        self.folder_edit.setAccessibleName(self.tr("Folder for automatic backups"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setObjectName("chooseBackupFolderButton")
        self.choose_button.setAccessibleName(self.tr("Choose the folder for automatic backups"))
        self.choose_button.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        form.addRow(self._buddy(self.tr("&Folder:"), self.folder_edit), row)
        self.interval_combo = QComboBox(self)
        self.interval_combo.setObjectName("backupIntervalCombo")
        self.interval_combo.setAccessibleName(self.tr("How often to back up"))
        names = {"off": self.tr("Off"), "daily": self.tr("Every day"), "weekly": self.tr("Every week")}
        for key in INTERVALS:
            self.interval_combo.addItem(names[key], key)
        self.interval_combo.setCurrentIndex(self.interval_combo.findData(plan.interval))
        form.addRow(self._buddy(self.tr("How &often:"), self.interval_combo), self.interval_combo)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setObjectName("backupKeepSpin")
        self.keep_spin.setAccessibleName(self.tr("How many automatic backups to keep"))
        self.keep_spin.setRange(1, MAX_KEEP)
        self.keep_spin.setValue(plan.keep)
        form.addRow(self._buddy(self.tr("&Keep the newest:"), self.keep_spin), self.keep_spin)
        layout.addLayout(form)
        last_text = (self.tr("Last backup: {date}").format(date=date_text(last.astimezone().date().isoformat()))
                     if last is not None else self.tr("No backup of this vault has been made yet."))
        self.last_label = QLabel(last_text, self)
        self.last_label.setObjectName("lastBackupLabel")
        layout.addWidget(self.last_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("automaticBackupsError")
        inline_error.prepare(self.error_label)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save these settings"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Close without saving"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.interval_combo.setFocus()
        self.resize(520, 260)

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _choose_folder(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        chosen = file_dialogs.existing_folder(self, self.tr("Folder for automatic backups"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    def plan(self) -> BackupPlan | None:
        """The plan as filled in, or None (and the error shown) if it cannot be used."""
        inline_error.clear_error(self.error_label, self.folder_edit)
        text = self.folder_edit.text().strip()
        interval = str(self.interval_combo.currentData())
        folder = Path(text).expanduser() if text else None
        if folder is not None and not folder.is_absolute():
            inline_error.show_error(self.error_label, self.tr("Give the folder's full path, or choose it."),
                                    self.folder_edit)
            return None
        if folder is None and interval != "off":
            inline_error.show_error(self.error_label, self.tr("Choose a folder for the automatic backups."),
                                    self.folder_edit)
            return None
        if folder is not None and _inside(folder, self._vault_folder):
            inline_error.show_error(self.error_label, BackupInsideVault(), self.folder_edit)
            return None
        return BackupPlan(folder, interval, self.keep_spin.value())

    def accept(self) -> None:
        plan = self.plan()
        if plan is not None:
            try:
                self._settings.save(plan)
            except NpmdeskError as error:  # a full or read-only disk: said, the dialog stays
                inline_error.show_error(self.error_label, error)
                return
            super().accept()


def _inside(folder: Path, vault_folder: Path) -> bool:
    folder, vault_folder = folder.resolve(), vault_folder.resolve()
    return folder == vault_folder or vault_folder in folder.parents
