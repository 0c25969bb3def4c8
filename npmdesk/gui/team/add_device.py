"""Team → Add Device…: pick one of the verified contacts marked as the NPM's own devices that is
not a member yet (candidates.py). Window-modal, not blocking: `chosen(contact_id)` on OK."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.gui.team.candidates import Candidate
from npmdesk.gui.team.texts import short_fingerprint

ID_ROLE = Qt.ItemDataRole.UserRole


class AddDeviceDialog(QDialog):
    chosen = Signal(str)  # the contact's id

    def __init__(self, choices: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamAddDeviceDialog")
        self.setWindowTitle(self.tr("Add a Member Device"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Devices that can join (verified contacts marked as your NPM's own devices):"), self)
        label.setWordWrap(True)
        self.device_list = QListWidget(self)
        self.device_list.setObjectName("teamCandidateList")
        self.device_list.setAccessibleName(self.tr("Devices that can join the team"))
        label.setBuddy(self.device_list)
        for choice in choices:
            item = QListWidgetItem(display.sentence(self.tr("{name} (fingerprint {fingerprint})"),
                                                    name=choice.name,
                                                    fingerprint=short_fingerprint(choice.fingerprint)))
            item.setData(ID_ROLE, choice.record_id)
            item.setToolTip(choice.fingerprint)
            self.device_list.addItem(item)
        self.device_list.setCurrentRow(0)
        note = QLabel(self.tr("The next sync makes a snapshot of this vault for it, then sends it every change."),
                      self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add"))
        ok.setAccessibleName(self.tr("Add the chosen device to the team"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.device_list.itemDoubleClicked.connect(lambda _item: self._accept())
        for widget in (label, self.device_list, note, self.buttons):
            layout.addWidget(widget)
        self.resize(460, 280)

    def _accept(self) -> None:
        item = self.device_list.currentItem()
        if item is None:
            return
        contact_id = str(item.data(ID_ROLE))
        self.accept()
        self.chosen.emit(contact_id)
