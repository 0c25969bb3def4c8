"""The Team dialog's table of member devices: name, fingerprint (shortened), the last of its
changesets applied here, how far it applied ours, last seen, and its state in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from npmdesk.gui.records import formatting
from npmdesk.gui.team import texts
from npmdesk.team.status import MemberStatus

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, FINGERPRINT, APPLIED, THEIRS, SEEN, STATE = range(6)


class MembersTable(QTableWidget):
    """One row per member device; the contact's id in the first cell (ID_ROLE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, STATE + 1, parent)
        self.setObjectName("teamMembersTable")
        self.setAccessibleName(self.tr("Member devices"))
        self.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Fingerprint"), self.tr("Applied here up to"),
                                        self.tr("Has applied ours"), self.tr("Last seen"), self.tr("State")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.verticalHeader().hide()
        self.verticalHeader().setAccessibleName(self.tr("Rows"))
        header = self.horizontalHeader()
        header.setAccessibleName(self.tr("Columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)

    def show_members(self, entries: list[MemberStatus], now: dt.datetime) -> None:
        chosen = self.chosen_contact()
        self.setRowCount(0)
        for entry in entries:
            row = self.rowCount()
            self.insertRow(row)
            cells = {
                NAME: (texts.device_name(entry), ""),
                FINGERPRINT: (texts.short_fingerprint(entry.member.fingerprint), entry.member.fingerprint),
                APPLIED: (texts.applied_text(entry),
                          formatting.datetime_text(entry.last_applied_at) if entry.last_applied_at else ""),
                THEIRS: (texts.theirs_text(entry), ""),
                SEEN: (texts.seen_text(entry.last_seen, now),
                       formatting.datetime_text(entry.last_seen) if entry.last_seen else ""),
                STATE: (texts.state_text(entry), ""),
            }
            for column, (text, tip) in cells.items():
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if column == NAME:
                    item.setData(ID_ROLE, entry.member.contact_id)
                self.setItem(row, column, item)
            if entry.member.contact_id == chosen:
                self.selectRow(row)

    def chosen_contact(self) -> str | None:
        """The contact id of the selected member, None if none is selected."""
        rows = self.selectionModel().selectedRows() if self.selectionModel() is not None else []
        if not rows:
            return None
        item = self.item(rows[0].row(), NAME)
        return str(item.data(ID_ROLE)) if item is not None else None
