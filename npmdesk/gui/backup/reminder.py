"""The dashboard's backup line: shown when the last backup is more than a week old (or there was
never one), or when the last automatic backup failed; with a "Back up now…" button."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from npmdesk.gui.records.formatting import date_text
from npmdesk.gui.resources import icon
from npmdesk.gui.theme import notice_style
from npmdesk.vault.backup_schedule import reminder_needed


class BackupReminder(QFrame):
    backup_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupReminder")
        self.setStyleSheet(notice_style("#backupReminder"))  # tinted for a light or a dark palette
        layout = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("backupReminderLabel")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("&Back up now…"), self)
        self.button.setObjectName("backupNowButton")
        self.button.setIcon(icon("backup", "document-save"))
        self.button.setAccessibleName(self.tr("Back up the vault now"))
        self.button.clicked.connect(self.backup_requested)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def show_state(self, last: dt.datetime | None, now: dt.datetime, failure: str = "") -> None:
        """Show the line if a backup is needed or the last automatic one failed; hide it otherwise."""
        if failure:
            text = self.tr("The last automatic backup failed: {error}").format(error=failure)
        elif not reminder_needed(last, now):
            self.clear()
            return
        elif last is None:
            text = self.tr("This vault has never been backed up. Make a backup on a drive that you keep "
                           "away from this computer.")
        elif last > now:
            text = self.tr("The last backup is dated after today: check this computer's clock, and make "
                           "a new backup.")
        else:
            text = self.tr("The last backup was made %n day(s) ago ({date}). Make a new one on a drive "
                           "that you keep away from this computer.", "", (now - last).days).format(
                date=date_text(last.astimezone().date().isoformat()))
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.button.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.label.setAccessibleName("")
        self.button.setAccessibleDescription("")
        self.hide()
