"""The thread of a communication, in the detail pane: every message of it, oldest first.

Each line reads "date · direction · title"; the message shown in the pane is marked. Enter
or a double click on a line emits `record_activated(id)`. Reply and Follow up buttons
trigger the window's actions (Ctrl+R, Ctrl+Shift+R) once `set_actions` gave them. The panel
is hidden for anything but a communication that is not in the bin. `clear()` forgets it all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records import formatting
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.resources import icon
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_MESSAGES = 500


class ThreadPanel(QWidget):
    record_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("threadPanel")
        self.heading = QLabel(self)
        self.heading.setObjectName("threadHeading")
        self.messages = QListWidget(self)
        self.messages.setObjectName("threadList")
        self.messages.setAccessibleName(self.tr("Messages of this thread, oldest first"))
        self.messages.setMaximumHeight(140)
        self.heading.setBuddy(self.messages)
        self.reply_button = QPushButton(self.tr("Reply"), self)
        self.reply_button.setObjectName("threadReplyButton")
        self.reply_button.setIcon(icon("reply", "mail-reply-sender"))
        self.reply_button.setAccessibleName(self.tr("Reply to this message"))
        self.follow_up_button = QPushButton(self.tr("Follow up"), self)
        self.follow_up_button.setObjectName("threadFollowUpButton")
        self.follow_up_button.setIcon(icon("follow-up", "mail-forward"))
        self.follow_up_button.setAccessibleName(self.tr("Follow up on this message"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.follow_up_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.messages)
        layout.addLayout(buttons)
        self.messages.itemActivated.connect(self._activated)
        self.record_id: str | None = None
        self.clear()

    def set_actions(self, reply: QAction, follow_up: QAction) -> None:
        """Buttons that trigger the window's Reply and Follow up, enabled as they are."""
        for button, action in ((self.reply_button, reply), (self.follow_up_button, follow_up)):
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(shortcut)
            button.setAccessibleDescription(shortcut)

    def show_thread(self, store: RecordStore, record: Record) -> None:
        self.clear()
        if record.kind != "communication" or record.deleted_at is not None:
            return
        try:
            summaries = store.thread(record.id)[:MAX_MESSAGES]
            directions = {s.id: store.get(s.id).fields.get("direction") for s in summaries}
        except NpmdeskError as error:
            self.heading.setText(error_text(error))
            self.show()
            return
        self.record_id = record.id
        self.heading.setText(self.tr("&Thread: %n message(s)", "", len(summaries)))
        for summary in summaries:
            parts = [formatting.date_text(summary.date), choice_name(directions.get(summary.id)),
                     display.gui_line(summary.title)]
            text = " · ".join(part for part in parts if part)
            item = QListWidgetItem(("▸ " if summary.id == record.id else "") + text)
            item.setData(ID_ROLE, summary.id)
            if summary.id == record.id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{message} (this message)").format(
                    message=text))
                self.messages.addItem(item)
                self.messages.setCurrentItem(item)
            else:
                self.messages.addItem(item)
        self.show()

    def thread_ids(self) -> list[str]:
        """Ids of the messages listed, in order (for tests and screen-reader checks)."""
        return [self.messages.item(row).data(ID_ROLE) for row in range(self.messages.count())]

    def clear(self) -> None:
        self.record_id = None
        self.messages.clear()
        self.heading.clear()
        self.hide()

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id and record_id != self.record_id:
            self.record_activated.emit(str(record_id))
