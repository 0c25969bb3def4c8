"""The dashboard (`ui/dashboard.ui`), shown when no record is selected: who is signed in, what
is due or overdue, records due for review (their review date within 30 days, or past:
records/review.py), a backup reminder, what awaits a reply, open interpretation requests, the
SPT's calendar and the vault's recent security events.

Activating a record's line (Enter or a double click) emits `record_activated(id)`.
`clear()` empties every list and label (used when the vault locks).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from npmdesk import display
from npmdesk.gui import security_events
from npmdesk.gui.backup.reminder import BackupReminder
from npmdesk.gui.form_parts import child, layout_of
from npmdesk.gui.records import labels
from npmdesk.gui.records.formatting import date_text
from npmdesk.gui.resources import load_form
from npmdesk.records import calendar, review
from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault

MAX_ITEMS = 50
RECENT_EVENTS = 20
CALENDAR_DAYS = 365
ID_ROLE = Qt.ItemDataRole.UserRole


class Dashboard(QWidget):
    record_activated = Signal(str)

    def __init__(self, today: Callable[[], dt.date] = dt.date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.today = today
        self.form = load_form("dashboard", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.lists = {name: child(self.form, QListWidget, f"{name}List")
                      for name in ("due", "awaiting", "interpretation", "calendar", "events")}
        self._add_review_list()
        for name in ("due", "review", "awaiting", "interpretation"):
            self.lists[name].itemActivated.connect(self._activated)
        # The backup reminder (gui/backup/reminder.py) sits under the header; gui/backup fills it.
        header = child(self.form, QVBoxLayout, "dashboardLayout")
        self.backup_reminder = BackupReminder(child(self.form, QWidget, "dashboardContent"))
        header.insertWidget(header.indexOf(self._label("lastUnlockLabel")) + 1, self.backup_reminder)

    def _add_review_list(self) -> None:
        """"Due for review" under "Due and overdue" (built here, like the form's own lists)."""
        due_list = self.lists["due"]
        layout = layout_of(due_list.parentWidget(), QBoxLayout)
        label = QLabel(self.tr("Due for review (re&tention):"), due_list.parentWidget())
        label.setObjectName("reviewLabel")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        review = QListWidget(due_list.parentWidget())
        review.setObjectName("reviewList")
        review.setAccessibleName(self.tr("Records due for review"))
        review.setMaximumHeight(due_list.maximumHeight())
        review.setEditTriggers(QListWidget.EditTrigger.NoEditTriggers)
        review.setWordWrap(True)
        label.setBuddy(review)
        at = layout.indexOf(due_list) + 1
        layout.insertWidget(at, label)
        layout.insertWidget(at + 1, review)
        self.lists["review"] = review

    # ----------------------------------------------------------------------------- filling

    def show_vault(self, vault: Vault, lock_shortcut: QKeySequence) -> None:
        """The header: who is signed in, where the vault is, the previous unlock."""
        npm_name = vault.meta("npm_name")
        user_name = vault.meta("user_name") or self.tr("(no name given)")
        self._label("signedInLabel").setText(self.tr("Signed in as {user}").format(user=user_name))
        where = display.sentence(self.tr("Vault: {folder}"), folder=vault.folder)
        self._label("vaultLabel").setText(f"{display.gui_line(npm_name)}\n{where}" if npm_name else where)
        events = vault.security_events(RECENT_EVENTS)
        self._label("lastUnlockLabel").setText(security_events.previous_unlock_summary(events))
        self.lists["events"].clear()
        self.lists["events"].addItems([security_events.describe(event) for event in events])
        self._label("lockHintLabel").setText(
            self.tr("Lock the vault ({shortcut}) whenever you leave this computer.").format(
                shortcut=lock_shortcut.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )

    def refresh(self, store: RecordStore) -> None:
        """Read what is due, awaited and open again."""
        today = self.today()
        due = calendar.due_items(store, today)
        self._fill("due", [(self._due_text(item), item.record.id) for item in due[:MAX_ITEMS]], len(due))
        reviews = review.due_for_review(store, today, limit=MAX_ITEMS)
        self._fill("review", [(self._review_text(item, today), item.summary.id) for item in reviews],
                   review.count_due(store, today))
        self._fill_summaries(
            "awaiting", store.list(ListQuery(kinds=("communication",), status="awaiting_reply", limit=MAX_ITEMS + 1))
        )
        # ListQuery filters one status at a time: "open" is sent (waiting for the SPT) or draft.
        requests = [
            summary
            for status in ("sent", "draft")
            for summary in store.list(
                ListQuery(kinds=("interpretation_request",), status=status, limit=MAX_ITEMS + 1)
            )
        ]
        self._fill_summaries("interpretation", requests)
        events = calendar.upcoming_for(store, today, CALENDAR_DAYS)  # its Special Fund calls and national deadlines
        self._fill("calendar", [(self._event_text(event), None) for event in events], len(events))

    def clear(self) -> None:
        self.backup_reminder.clear()
        for widget in self.lists.values():
            widget.clear()
        for label in self.form.findChildren(QLabel):
            if label.buddy() is None:
                label.clear()

    # ------------------------------------------------------------------------------ helpers

    def _label(self, name: str) -> QLabel:
        return child(self.form, QLabel, name)

    def _fill(self, name: str, lines: list[tuple[str, str | None]], total: int) -> None:
        widget = self.lists[name]
        widget.clear()
        for text, record_id in lines:
            item = QListWidgetItem(text)
            if record_id is not None:
                item.setData(ID_ROLE, record_id)
            widget.addItem(item)
        if not lines:
            widget.addItem(QListWidgetItem(self.tr("Nothing at the moment.")))
        elif total > len(lines):
            widget.addItem(QListWidgetItem(self.tr("… and {count} more").format(count=total - len(lines))))

    def _fill_summaries(self, name: str, summaries: list[Summary]) -> None:
        lines: list[tuple[str, str | None]] = [
            (self._summary_text(s), s.id) for s in sorted(summaries, key=lambda s: s.date or "")[:MAX_ITEMS]
        ]
        self._fill(name, lines, len(summaries))

    def _summary_text(self, summary: Summary) -> str:
        when = date_text(summary.date)
        title = display.gui_line(summary.title)
        return f"{when} · {title}" if when else title

    def _due_text(self, item: calendar.DueItem) -> str:
        if item.days_left < 0:
            when = self.tr("Overdue by %n day(s)", "", -item.days_left)
        elif item.days_left == 0:
            when = self.tr("Due today")
        else:
            when = self.tr("Due in %n day(s)", "", item.days_left)
        if item.field == "reply_by":
            when = self.tr("{when} (reply)").format(when=when)
        return self.tr("{when} · {kind}: {title}").format(when=when, kind=labels.kind_name(item.record.kind),
                                                          title=display.gui_line(item.record.title))

    def _review_text(self, item: review.DueForReview, today: dt.date) -> str:
        days = item.days_left(today)
        if days < 0:
            when = self.tr("Review overdue by %n day(s)", "", -days)
        elif days == 0:
            when = self.tr("Review today")
        else:
            when = self.tr("Review in %n day(s)", "", days)
        return self.tr("{when} · {kind}: {title}").format(when=when, kind=labels.kind_name(item.summary.kind),
                                                          title=display.gui_line(item.summary.title))

    def _event_text(self, event: calendar.CalendarEvent) -> str:
        names = {
            "session": self.tr("SPT session in Geneva"),
            "visiting_programme": self.tr("SPT announces its visiting programme for {year}").format(
                year=event.start.year + 1),
            "special_fund_call": self.tr("Special Fund: call for applications"),
            "annual_report_due": self.tr("Your annual report for {year} is due").format(
                year=event.covers or event.start.year - 1),
        }
        name = names.get(event.kind, event.title)
        when = date_text(event.start.isoformat())
        if event.end is not None:
            when = self.tr("{start} to {end}").format(start=when, end=date_text(event.end.isoformat()))
        if event.approximate:
            when = self.tr("{when} (approximate)").format(when=when)
        return f"{when} · {name}"

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id:
            self.record_activated.emit(str(record_id))
