"""The order of search results, chosen beside the search filters: "Best match" or "Recently added".

Best match ranks every matching record when at most search_index.RANKED_LIMIT match (else they
come most recently added first and the list's title says so); Recently added lists the records
added to the vault most recently first (an edit keeps a record's place). The choice is remembered
in this device's preferences (gui/settings/preferences.py: the word "best" or "newest", nothing
about what was searched) and applies at once.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from npmdesk.gui.backup.settings import SettingsNotSaved
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.records.search_index import ORDERS, RANKED_LIMIT


class SearchOrder(QComboBox):
    order_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, preferences: Preferences | None = None) -> None:
        super().__init__(parent)
        self._preferences = preferences if preferences is not None else Preferences()
        self.setObjectName("searchOrder")
        self.setAccessibleName(self.tr("Sort by"))
        self.setAccessibleDescription(self.tr(
            "Best match: the records that match best come first, when at most {limit} records match."
            " Recently added: the records added to the vault most recently come first.").format(
                limit=QLocale().toString(RANKED_LIMIT)))
        self.addItem(self.tr("Best match"), "best")
        self.addItem(self.tr("Recently added"), "newest")
        self.setCurrentIndex(max(0, self.findData(self._preferences.search_order())))
        self.currentIndexChanged.connect(self._chosen)

    def order(self) -> str:
        value = self.currentData()
        return str(value) if value in ORDERS else ORDERS[0]

    def _chosen(self) -> None:
        with contextlib.suppress(SettingsNotSaved):  # a read-only disk: the choice still applies now
            self._preferences.set_search_order(self.order())
        self.order_changed.emit(self.order())
