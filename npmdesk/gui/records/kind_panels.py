"""The detail pane's parts for some kinds (shown under the fields, hidden for other kinds):
a recommendation's dialogue (gui/recommendations/dialogue_panel.py), an annual report's steps
and deadline (gui/annual_reports/) and a Special Fund application's call (gui/special_fund/)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from npmdesk.gui.annual_reports.steps_panel import StepsPanel
from npmdesk.gui.recommendations.dialogue_panel import DialoguePanel
from npmdesk.gui.special_fund.fund_call import FundCallNote
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore


class KindPanels(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kindPanels")
        self.dialogue = DialoguePanel(self)
        self.steps = StepsPanel(self)
        self.fund_call = FundCallNote(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for panel in (self.dialogue, self.steps, self.fund_call):
            layout.addWidget(panel)

    def show_for(self, store: RecordStore, record: Record) -> None:
        self.dialogue.show_for(store, record)
        self.steps.show_for(record)
        self.fund_call.show_for(store.vault, record.kind, record.fields)

    def clear(self) -> None:
        self.dialogue.clear()
        self.steps.clear()
        self.fund_call.clear()
