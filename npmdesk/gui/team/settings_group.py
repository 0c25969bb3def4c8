"""Preferences → Team: the team folder and the number of member devices in one line, and a
"Team…" button that opens the Team dialog (`team_requested`; the session opens it).

The group sits beside another small group (Appearance), not below it: the Preferences window
already fills the height of a small screen. The line names the folder by its last part (the whole
path is its tooltip), so that it stays one line beside its neighbour."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.form_parts import layout_of
from npmdesk.gui.team import texts
from npmdesk.records.store import RecordStore
from npmdesk.team import membership


class TeamSettingsGroup(QObject):
    team_requested = Signal()

    def __init__(self, parent: QWidget, beside: QWidget, store: RecordStore | None) -> None:
        """The group goes to the right of `beside` (a widget of a vertical layout), sharing its row."""
        super().__init__(parent)
        self._store = store
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
        outer = layout_of(beside.parentWidget(), QBoxLayout)
        index = outer.indexOf(beside)
        outer.removeWidget(beside)
        # The pair is a widget, not a bare layout: the Preferences content is later moved into a
        # scroll area (fit.scroll_above), and moving a layout between parents from Python crashes.
        pair = QWidget(beside.parentWidget())
        pair.setObjectName("appearanceAndTeam")
        pair_layout = QHBoxLayout(pair)
        pair_layout.setContentsMargins(0, 0, 0, 0)
        pair_layout.addWidget(beside, 1)
        pair_layout.addWidget(group, 1)
        outer.insertWidget(index, pair)
        self.reload()

    def reload(self) -> None:
        """Read the folder and the members again (after the Team dialog changed them)."""
        store = self._store
        try:
            if store is None:
                raise NpmdeskError()
            folder, count = membership.folder_of(store), len(membership.members(store))
        except NpmdeskError:
            self.group.setEnabled(False)
            return
        self.summary.setText(texts.folder_line(folder, count))
        self.summary.setToolTip(display.gui_line(str(folder)) if folder is not None else "")
