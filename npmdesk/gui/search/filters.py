"""Filters under the search field, shown with the results: kind, status, sensitivity, counterpart,
country and a date range. `query()` is the ListQuery the search runs with (the core filters in SQL);
`changed()` follows each choice (a date once it is a real date or empty). Clear filters puts
every filter back to "Any". Beside them, `order` chooses the order of the results (search/order.py;
remembered, so Clear filters leaves it). The choices name things as the window does (kind and status labels,
contacts by name, countries in the user's language), never by their stored identifiers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from npmdesk import display
from npmdesk.gui.forms.date_edit import DateEdit
from npmdesk.gui.records import formatting, labels
from npmdesk.gui.search.order import SearchOrder
from npmdesk.records import kinds, reference
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore

CONTACTS_LIMIT = 2000


class SearchFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchFilters")
        self.setAccessibleName(self.tr("Search filters"))
        self.kind = self._combo("searchKind", self.tr("Kind"))
        self.status = self._combo("searchStatus", self.tr("Status"))
        self.sensitivity = self._combo("searchSensitivity", self.tr("Sensitivity"))
        self.counterpart = self._combo("searchCounterpart", self.tr("Counterpart"))
        self.country = self._combo("searchCountry", self.tr("Country"))
        self.date_from = DateEdit(self)
        self.date_from.setObjectName("searchFrom")
        self.date_from.setAccessibleName(self.tr("Dated from"))
        self.date_to = DateEdit(self)
        self.date_to.setObjectName("searchTo")
        self.date_to.setAccessibleName(self.tr("Dated until"))
        self.order = SearchOrder(self)
        self.order.view().setAccessibleName(self.tr("{name}: choices").format(name=self.order.accessibleName()))
        self.order.order_changed.connect(lambda _order: self.changed.emit())
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("searchClearFilters")
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.reset)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = ((self.kind, self.status, self.sensitivity), (self.counterpart, self.country, self.order),
                (self.date_from, self.date_to))
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                label = QLabel(self.tr("{name}:").format(name=widget.accessibleName()), self)
                label.setBuddy(widget)
                grid.addWidget(label, row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
                grid.setColumnStretch(column * 2 + 1, 1)
        grid.addWidget(self.clear_button, 2, 4, 1, 2)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.status, self.sensitivity, self.counterpart, self.country):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.date_from, self.date_to):
            edit.textEdited.connect(self._date_edited)
        self._filled = False

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.view().setAccessibleName(self.tr("{name}: choices").format(name=accessible))
        return combo

    # ---------------------------------------------------------------------------- choices

    @property
    def filled(self) -> bool:
        return self._filled

    def fill(self, store: RecordStore) -> None:
        """Offer the vault's contacts and every kind, status, sensitivity and State party."""
        blocked = [combo.blockSignals(True) for combo in self._combos()]
        for combo in self._combos():
            combo.clear()
            combo.addItem(self.tr("Any"), None)
        for kind in kinds.KINDS:
            self.kind.addItem(labels.kind_name(kind), kind)
        for value in kinds.SENSITIVITIES:
            self.sensitivity.addItem(labels.sensitivity_name(value), value)
        query = ListQuery(kinds=("contact",), order_by="title", descending=False, limit=CONTACTS_LIMIT)
        for summary in store.list(query):
            self.counterpart.addItem(display.gui_line(summary.title), summary.id)
        for name, state in reference.states_by_name(formatting.language()):
            self.country.addItem(name, state.iso2)
        self._offer_statuses()
        for combo, was in zip(self._combos(), blocked, strict=True):
            combo.blockSignals(was)
        self._filled = True

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.kind, self.status, self.sensitivity, self.counterpart, self.country)

    def _offer_statuses(self) -> None:
        kind = self.kind.currentData()
        current = self.status.currentData()
        blocked = self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("Any"), None)
        specs = [kinds.KINDS[kind]] if kind else list(kinds.KINDS.values())
        statuses = list(dict.fromkeys(status for spec in specs for status in spec.statuses))
        names = {status: labels.status_name(status, kind) for status in statuses}
        for status in sorted(statuses, key=lambda value: names[value].casefold()):
            self.status.addItem(names[status], status)
        self.status.setCurrentIndex(max(0, self.status.findData(current)) if current is not None else 0)
        self.status.blockSignals(blocked)

    def _kind_changed(self) -> None:
        self._offer_statuses()
        self.changed.emit()

    def _date_edited(self) -> None:
        edit = self.sender()
        value = edit.value() if isinstance(edit, DateEdit) else None
        if value is None or formatting.date_of(value) is not None:
            self.changed.emit()

    # ------------------------------------------------------------------------------ query

    def query(self) -> ListQuery:
        """The chosen filters (a date that is not a real one filters nothing)."""
        kind = self.kind.currentData()

        def day(edit: DateEdit) -> str | None:
            value = edit.value()
            return value if value and formatting.date_of(value) is not None else None

        return ListQuery(kinds=(str(kind),) if kind else (), status=self.status.currentData(),
                         sensitivity=self.sensitivity.currentData(), counterpart=self.counterpart.currentData(),
                         country=self.country.currentData(), date_from=day(self.date_from), date_to=day(self.date_to))

    def active(self) -> bool:
        return self.query() != ListQuery()

    def reset(self) -> None:
        """Every filter back to "Any"; `changed` once if anything was chosen."""
        was_active = self.active()
        for combo in self._combos():
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(blocked)
        self._offer_statuses()
        for edit in (self.date_from, self.date_to):
            edit.clear()
        if was_active:
            self.changed.emit()

    def discard(self) -> None:
        """Forget the vault's contacts and every choice (the vault is locking)."""
        for combo in self._combos():
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(blocked)
        for edit in (self.date_from, self.date_to):
            edit.clear()
        self._filled = False
