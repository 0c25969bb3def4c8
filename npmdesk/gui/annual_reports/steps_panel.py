"""An annual report's steps and deadline, in the detail pane (records/annual_reports.py).

Each step (published nationally, tabled in parliament, sent to the SPT, acknowledged, posted on
the OHCHR site) reads "done" with its date (and its link or languages), or "pending"; they are
separate steps, in no fixed order. The deadline is the NPM's national one, or, until the user
sets it, "about <date> — set the national deadline". Hidden for any other kind of record.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.gui.recommendations.dialogue_panel import plain_label
from npmdesk.gui.records import formatting
from npmdesk.records import annual_reports
from npmdesk.records.model import Record


def day_text(day: dt.date) -> str:
    return formatting.date_text(day.isoformat())


class StepsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annualReportSteps")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = plain_label(self, "stepsHeading", bold=True)
        self.deadline_label = plain_label(self, "deadlineLabel")
        self.deadline_label.setAccessibleName(self.tr("Deadline of the annual report"))
        self.steps_label = plain_label(self, "stepsLabel")
        self.steps_label.setAccessibleName(self.tr("Steps of the annual report"))
        layout.addWidget(self.heading)
        layout.addWidget(self.deadline_label)
        layout.addWidget(self.steps_label)
        self.clear()

    def show_for(self, record: Record) -> None:
        """Show the steps and deadline of `record` if it is an annual report; hide otherwise."""
        self.clear()
        if record.kind != "annual_report":
            return
        self.heading.setText(self.tr("Steps of this annual report"))
        due = annual_reports.deadline(record)
        if due is None:
            self.deadline_label.setText(self.tr("Deadline: none yet — set the year or the national deadline"))
        elif due.approximate:
            self.deadline_label.setText(
                self.tr("Deadline: about {date} — set the national deadline").format(date=day_text(due.day)))
        else:
            self.deadline_label.setText(self.tr("Deadline: {date} (national deadline)").format(date=day_text(due.day)))
        self.steps_label.setText("\n".join(self._step(step) for step in annual_reports.steps(record)))
        self.show()

    def clear(self) -> None:
        for label in (self.heading, self.deadline_label, self.steps_label):
            label.clear()
        self.hide()

    def step_name(self, key: str) -> str:
        """The name of a step of annual_reports.STEPS (as the dashboard names calendar events)."""
        names = {
            "published_nationally": self.tr("Published nationally"),
            "tabled_in_parliament": self.tr("Tabled in parliament"),
            "sent_to_spt": self.tr("Sent to the SPT"),
            "acknowledged_by_spt": self.tr("Acknowledged by the SPT"),
            "posted_by_ohchr": self.tr("Posted on the OHCHR site"),
        }
        return names.get(key, key.replace("_", " "))

    def _step(self, step: annual_reports.Step) -> str:
        name = self.step_name(step.key)
        if not step.done:
            return self.tr("{step}: pending").format(step=name)
        when = formatting.date_text(step.on) if step.on else self.tr("date not recorded")
        text = self.tr("{step}: done, {date}").format(step=name, date=when)
        if step.detail:
            text += f" ({', '.join(display.gui_line(d) for d in step.detail)})"
        return text
