"""The two reports after a visit, side by side, in the visit workspace (records/report_tracks.py).

Each track (the report to the State, the report to the NPM) is a box listing the report's status,
its transmission date and how the NPM obtained it, when the reply is due (and whether that date
is the default: transmission + the vault's reply period), when it was received, the publication
decision and date, and what is next; an overdue reply is said in words and marked with a sign.
"Open report" emits `record_activated(id)`. Below the boxes, one line says whether the visit's
State can apply to the OPCAT Special Fund (art. 26): it can once a report to it is published.
The text of every line is plain text; `lines(key)` returns it for tests and scripts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.gui.records import formatting, labels, record_rows
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.visits import visit_labels
from npmdesk.records import report_tracks as rt
from npmdesk.records.model import Record
from npmdesk.records.store import RecordStore

translate = QCoreApplication.translate  # lupdate reads translate("ReportTracks", "…")


def reply_text(track: rt.ReportTrack, months: int) -> str:
    """The reply in one line: received, or due (overdue), with where the due date comes from."""
    if track.replied:
        if track.reply_received_on:
            return translate("ReportTracks", "Reply received on {date}").format(
                date=formatting.date_text(track.reply_received_on))
        return translate("ReportTracks", "Reply made (no date recorded)")
    if track.reply_due is None:
        return translate("ReportTracks", "Reply due: not known (no transmission date)")
    due = formatting.date_text(track.reply_due)
    text = translate("ReportTracks", "Reply due by {date}").format(date=due)
    if track.reply_due_is_default:
        text += " " + (translate("ReportTracks", "(transmission + 1 month)") if months == 1 else
                       translate("ReportTracks", "(transmission + {months} months)").format(
                           months=QLocale().toString(months)))
    if track.reply_overdue:
        text = "! " + translate("ReportTracks", "Overdue: {text}").format(text=text)
    return text


def eligibility_text(state: str, reports: list[Record]) -> str:
    """The Special Fund line for a State (its name as shown elsewhere) and its published reports."""
    if reports:
        return translate("ReportTracks", "Published: {state} can apply to the OPCAT Special Fund (art. 26)").format(
            state=state)
    return translate("ReportTracks", "Special Fund (art. 26): {state} can apply once a report to it is "
                                     "published").format(state=state)


class ReportTracksPanel(QWidget):
    record_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportTracksPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.boxes: dict[str, QGroupBox] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self._ids: dict[str, str] = {}
        titles = {rt.TO_STATE: self.tr("Report to the State"), rt.TO_NPM: self.tr("Report to the NPM")}
        opens = {rt.TO_STATE: self.tr("Open the report to the State"), rt.TO_NPM: self.tr("Open the report to the NPM")}
        for key in (rt.TO_STATE, rt.TO_NPM):
            box = QGroupBox(titles[key], self)
            box.setObjectName(f"trackBox_{key}")
            inner = QVBoxLayout(box)
            label = QLabel(box)
            label.setObjectName(f"trackLabel_{key}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(titles[key])
            button = QPushButton(self.tr("Open report"), box)
            button.setObjectName(f"trackButton_{key}")
            button.setAccessibleName(opens[key])
            button.clicked.connect(lambda _checked=False, k=key: self._open(k))
            inner.addWidget(label)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            row.addWidget(box)
            self.boxes[key], self.labels[key], self.buttons[key] = box, label, button
        self.fund_label = QLabel(self)
        self.fund_label.setObjectName("specialFundLabel")
        self.fund_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fund_label.setWordWrap(True)
        self.fund_label.setAccessibleName(self.tr("Special Fund"))
        layout.addWidget(self.fund_label)
        self.clear()

    def show_tracks(self, tracks: tuple[rt.ReportTrack, ...], months: int, fund_line: str) -> None:
        self.clear()
        for track in tracks:
            self.labels[track.key].setText("\n".join(self._lines(track, months)))
            if track.report is not None:
                self._ids[track.key] = track.report.id
            self.buttons[track.key].setEnabled(track.report is not None)
        self.fund_label.setText(fund_line)
        self.fund_label.setVisible(bool(fund_line))

    def clear(self) -> None:
        self._ids.clear()
        for key, label in self.labels.items():
            label.clear()
            self.buttons[key].setEnabled(False)
        self.fund_label.clear()
        self.fund_label.hide()

    def lines(self, key: str) -> list[str]:
        text = self.labels[key].text()
        return text.splitlines() if text else []

    def _lines(self, track: rt.ReportTrack, months: int) -> list[str]:
        if track.report is None:
            return [self.tr("No report recorded yet."), self.tr("Next: {step}").format(
                step=visit_labels.next_step_name(track.next_step))]
        lines = [self.tr("{title} — {status}").format(title=display.gui_line(track.report.title),
                                                     status=labels.status_name(track.status))]
        transmitted = (self.tr("Transmitted on {date}").format(date=formatting.date_text(track.transmitted_on))
                       if track.transmitted_on else self.tr("Transmission date not recorded"))
        if track.obtained_via:
            transmitted += f" ({choice_name(track.obtained_via)})"
        lines += [transmitted, reply_text(track, months)]
        publication = self.tr("Publication: {decision}").format(
            decision=choice_name(track.publication) if track.publication else self.tr("not decided"))
        if track.published:
            publication = (self.tr("Published on {date}").format(date=formatting.date_text(track.published_on))
                           if track.published_on else self.tr("Published"))
            if track.published_url:
                publication += f" — {display.gui_line(track.published_url)}"
        lines += [publication, self.tr("Next: {step}").format(step=visit_labels.next_step_name(track.next_step))]
        return lines

    def _open(self, key: str) -> None:
        if key in self._ids:
            self.record_activated.emit(self._ids[key])


def detail_rows(store: RecordStore, record: Record, today: dt.date) -> list[tuple[str, str]]:
    """Rows for the detail pane of a report to the State or to the NPM: its reply in one line and,
    for a published report to the State, that the State can apply to the Special Fund."""
    if record.kind != "report" or record.fields.get("report_type") not in rt.TRACK_OF_TYPE:
        return []
    months = rt.reply_months(store.vault)
    track = rt.track_of(record, today, months)
    reply = reply_text(track, months)
    if track.replied and track.reply_received_on:
        reply = translate("ReportTracks", "Received on {date}").format(
            date=formatting.date_text(track.reply_received_on))
    rows = [(translate("ReportTracks", "Reply"), reply)]
    if rt.is_published_report_to_state(record):
        state = rt.report_state(store, record)
        if state:
            rows.append((translate("ReportTracks", "Special Fund"),
                         eligibility_text(record_rows.country_text(state), [record])))
    return rows


def fund_line(store: RecordStore, country: str | None) -> str:
    """The Special Fund line for the visit's State ("" when the visit names no State)."""
    if not country:
        return ""
    return eligibility_text(record_rows.country_text(country), rt.special_fund_eligible(store, country))
