"""The navigator: the lists of records a user works from (Inbox, Contacts, … Bin), with counts.

Each entry is a ListQuery. Choosing an entry (click, arrow keys, Ctrl+1…9, Alt+Up/Down)
emits `entry_chosen(entry)`; counts come from `store.count` (one SQL count per entry).

Every label shows whole, in every language and with the counts it has: the navigator is at
least as wide as its longest label (its minimum width, up to MAX_WIDTH; the splitter beside it
lets the user widen it); a label longer still is elided in the middle (the count stays) and
shown whole in its tooltip. Its texts follow a language switch (`retranslate`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from npmdesk.gui.i18n import QT_TRANSLATE_NOOP
from npmdesk.gui.resources import icon
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

ENTRY_ROLE = Qt.ItemDataRole.UserRole
MAX_WIDTH = 360  # px: wider labels are elided (tooltip whole) unless the user widens the pane


class Counter(Protocol):
    def count(self, query: ListQuery) -> int: ...


@dataclass(frozen=True)
class Entry:
    key: str
    source_name: str  # marked for translation; see `name`
    query: ListQuery

    @property
    def name(self) -> str:
        return QCoreApplication.translate("Navigator", self.source_name)


def _kinds(*kinds: str) -> ListQuery:
    return ListQuery(kinds=kinds)


ENTRIES = (
    Entry("inbox", QT_TRANSLATE_NOOP("Navigator", "Inbox"), _kinds("communication")),
    Entry("contacts", QT_TRANSLATE_NOOP("Navigator", "Contacts"), ListQuery(kinds=("contact",), order_by="title",
                                                                              descending=False)),
    Entry("annual_reports", QT_TRANSLATE_NOOP("Navigator", "Annual reports"), _kinds("annual_report")),
    Entry("interpretation", QT_TRANSLATE_NOOP("Navigator", "Requests for advice"),
          _kinds("interpretation_request")),
    Entry("updates", QT_TRANSLATE_NOOP("Navigator", "Updates"), _kinds("update")),
    Entry("visits", QT_TRANSLATE_NOOP("Navigator", "Visits"), _kinds("visit", "reprisal_check")),
    Entry("reports", QT_TRANSLATE_NOOP("Navigator", "Reports"), _kinds("report")),
    Entry("recommendations", QT_TRANSLATE_NOOP("Navigator", "Recommendations"), _kinds("recommendation")),
    Entry("special_fund", QT_TRANSLATE_NOOP("Navigator", "Special Fund"), _kinds("special_fund")),
    # After the first nine (Ctrl+1…9 keep their lists).
    # A reprisal case and its steps (return-visit checks, which may also stand alone).
    Entry("reprisals", QT_TRANSLATE_NOOP("Navigator", "Reprisals"), _kinds("reprisal_case", "reprisal_check")),
    Entry("statements", QT_TRANSLATE_NOOP("Navigator", "Statements"), _kinds("statement")),
    Entry("places", QT_TRANSLATE_NOOP("Navigator", "Places"), ListQuery(kinds=("place",), order_by="title",
                                                                          descending=False)),
    Entry("reminders", QT_TRANSLATE_NOOP("Navigator", "Reminders"), _kinds("reminder")),
    # By counterpart: every record exchanged with an SPT contact of these roles (see kinds.py).
    Entry("regional_team", QT_TRANSLATE_NOOP("Navigator", "With the regional team"),
          ListQuery(counterpart_roles=("regional_head", "member"))),
    Entry("country_rapporteur", QT_TRANSLATE_NOOP("Navigator", "With the country rapporteur"),
          ListQuery(counterpart_roles=("country_rapporteur",))),
    Entry("secretariat", QT_TRANSLATE_NOOP("Navigator", "With the Secretariat"),
          ListQuery(counterpart_roles=("secretariat",))),
    # Records an import found edited on both sides: compare their history, then mark them settled.
    Entry("conflicts", QT_TRANSLATE_NOOP("Navigator", "Edited on both sides"),
          ListQuery(conflicts=True, order_by="updated")),
    Entry("bin", QT_TRANSLATE_NOOP("Navigator", "Bin"), ListQuery(in_bin=True)),
)

# resources/icons/<name>.svg shown beside each entry
ENTRY_ICONS = {
    "inbox": "inbox", "contacts": "contact", "annual_reports": "report", "interpretation": "question",
    "updates": "update", "visits": "visit", "reports": "report", "recommendations": "recommendation",
    "special_fund": "fund", "places": "place", "reminders": "reminder", "regional_team": "group",
    "country_rapporteur": "contact", "secretariat": "group", "conflicts": "warning", "bin": "delete",
    "reprisals": "warning", "statements": "update",
}


class Navigator(QListWidget):
    entry_chosen = Signal(object)  # Entry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Lists of records"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "With the coun…pporteur (567)": the count stays
        self.currentRowChanged.connect(self._row_changed)
        self._counts: list[int] = []
        self._wanted_width = 0

    def populate(self, store: RecordStore) -> None:
        """One item per entry, with its count; the first entry (Inbox) becomes current."""
        self.blockSignals(True)
        self.clear()
        self._counts = []
        for entry in ENTRIES:
            item = QListWidgetItem(icon(ENTRY_ICONS.get(entry.key, "report")), entry.name)
            item.setData(ENTRY_ROLE, entry.key)
            self.addItem(item)
        self.blockSignals(False)
        self.update_counts(store)

    def update_counts(self, store: RecordStore | Counter) -> None:
        self._counts = [store.count(entry.query) for entry in ENTRIES[: self.count()]]
        self._show_texts()

    def _show_texts(self) -> None:
        """Each item's text, tooltip and spoken text from its entry's name and count (the language now)."""
        locale = QLocale()
        for row, (entry, count) in enumerate(zip(ENTRIES[: self.count()], self._counts, strict=False)):
            item = self.item(row)
            text = self.tr("{name} ({count})").format(name=entry.name, count=locale.toString(count))
            item.setText(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{name}: %n record(s)", "", count).format(
                name=entry.name))
        self._fit_width()

    def _fit_width(self) -> None:
        """Ask to be as wide as the longest label (see the module's docstring)."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text()) for row in range(self.count())), default=0)
        icon_width = self.iconSize().width() if self.iconSize().isValid() else 16
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        needed = widest + icon_width + 2 * self.frameWidth() + scroll_bar + 20
        self._wanted_width = min(needed, MAX_WIDTH)
        self.setMinimumWidth(self._wanted_width)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._wanted_width), hint.height())

    def retranslate(self) -> None:
        """Names in the language now (counts kept), and the width they need."""
        self.setAccessibleName(self.tr("Lists of records"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current_entry(self) -> Entry | None:
        row = self.currentRow()
        return ENTRIES[row] if 0 <= row < min(self.count(), len(ENTRIES)) else None

    def choose(self, row: int) -> None:
        """Make entry `row` current (emits entry_chosen even if it already was)."""
        if not 0 <= row < self.count():
            return
        if row == self.currentRow():
            self._row_changed(row)
        else:
            self.setCurrentRow(row)

    def choose_next(self, step: int) -> None:
        if self.count():
            self.choose((max(self.currentRow(), 0) + step) % self.count())

    def _row_changed(self, row: int) -> None:
        if 0 <= row < min(self.count(), len(ENTRIES)):
            self.entry_chosen.emit(ENTRIES[row])
