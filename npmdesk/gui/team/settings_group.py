"""Preferences → Team: the team folder and the number of member devices in one line, and a
"Team…" button that opens the Team dialog (`team_requested`; the session opens it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.team import texts
from npmdesk.records.store import RecordStore
from npmdesk.team import membership


class TeamSettingsGroup(QObject):
    team_requested = Signal()

    def __init__(self, parent: QWidget, layout: QBoxLayout, index: int, store: RecordStore | None) -> None:
        """The group goes into `layout` at `index`."""
        super().__init__(parent)
        group = self.group = QGroupBox(self.tr("Team"), parent)
        group.setObjectName("teamGroup")
        group.setAccessibleName(self.tr("Team"))
        row = QHBoxLayout(group)
        self.summary = QLabel(group)
        self.summary.setObjectName("teamSummary")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("The team folder and the member devices"))
        self.button = QPushButton(self.tr("Te&am…"), group)
        self.button.setObjectName("teamButton")
        self.button.setAccessibleName(self.tr("Open the Team dialog"))
        self.button.clicked.connect(self.team_requested)
        row.addWidget(self.summary, 1)
        row.addWidget(self.button)
        layout.insertWidget(index, group)
        self.load(store)

    def load(self, store: RecordStore | None) -> None:
        if store is None:
            self.group.setEnabled(False)
            return
        try:
            folder, count = membership.folder_of(store), len(membership.members(store))
        except NpmdeskError:
            self.group.setEnabled(False)
            return
        self.summary.setText(texts.folder_line(folder, count))
