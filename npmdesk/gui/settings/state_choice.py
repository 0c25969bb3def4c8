"""The State party choice of the first-run window and of Preferences: a combo box (from the
form's .ui) listing the States parties to the OPCAT sorted by name in the user's language,
searchable by typing any part of a name or the two-letter code, with a first entry that
chooses none ("Choose later" or "Not chosen yet").
"""

from __future__ import annotations

from PySide6.QtCore import QCollator, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from npmdesk.gui.records.record_rows import country_text
from npmdesk.records.reference import state_by_iso2, states_parties


class StateChoice:
    """Fills `combo` and reads back the chosen code. `code()` is None for the first entry;
    `valid()` is False when the text typed names no State party."""

    def __init__(self, combo: QComboBox, none_text: str) -> None:
        self.combo = combo
        combo.clear()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem(none_text, None)
        collator = QCollator(QLocale())
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        names = {state.iso2: country_text(state.iso2) for state in states_parties()}
        for code in sorted(names, key=lambda c: collator.sortKey(names[c])):
            combo.addItem(names[code], code)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        if line is not None:
            line.setAccessibleName(combo.accessibleName())
        combo.setCurrentIndex(0)

    def set_code(self, code: str | None) -> None:
        index = self.combo.findData(code.upper()) if code else 0
        self.combo.setCurrentIndex(max(index, 0))

    def _index(self) -> int:
        text = self.combo.currentText().strip()
        if not text:
            return 0
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)  # any case
        if index < 0:  # the name without its code, as typed
            names = [self.combo.itemText(i).rsplit(" (", 1)[0].casefold() for i in range(self.combo.count())]
            index = names.index(text.casefold()) if text.casefold() in names else -1
        if index < 0:
            state = state_by_iso2(text) if len(text) == 2 else None
            index = self.combo.findData(state.iso2) if state is not None else -1
        return index

    def valid(self) -> bool:
        return self._index() >= 0

    def code(self) -> str | None:
        index = self._index()
        data = self.combo.itemData(index) if index > 0 else None
        return str(data) if data else None
