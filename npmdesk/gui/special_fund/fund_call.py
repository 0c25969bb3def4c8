"""The Special Fund's call for applications where applications are made: the window and the
largest grant of the application's call year (records/special_fund_calls.py, the vault's own
dates if it has them), and a warning (never a refusal) when the amount asked for is more.

`FundCallNote` is a label: in the detail pane it shows a stored application; in the record form
(`attach`) it follows the call year, amount and currency as they are typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QPushButton, QVBoxLayout, QWidget

from npmdesk.gui.annual_reports.steps_panel import day_text
from npmdesk.gui.forms.field_widgets import KindFields
from npmdesk.gui.recommendations.dialogue_panel import plain_label
from npmdesk.gui.special_fund.call_dialog import FundCallDialog
from npmdesk.records import special_fund_calls
from npmdesk.vault.session import VaultSession

Values = Callable[[], dict[str, Any]]


class FundCallNote(QWidget):
    def __init__(self, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.setObjectName("fundCallNote")
        self.today = today
        self.call_label: QLabel = plain_label(self, "fundCallLabel")
        self.call_label.setAccessibleName(self.tr("Special Fund call for applications"))
        self.warning_label: QLabel = plain_label(self, "fundGrantWarning")
        self.warning_label.setAccessibleName(self.tr("Warning about the amount"))
        self.warning_label.setStyleSheet("QLabel { color: #b71c1c; }")
        self.change_button = QPushButton(self.tr("Change the call's dates…"), self)
        self.change_button.setObjectName("fundCallChange")
        self.change_button.setAccessibleName(self.tr("Change the dates and largest grant of this call"))
        self.change_button.clicked.connect(self.change_call)
        self.dialog: FundCallDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.call_label, 1)
        row.addWidget(self.change_button)
        layout.addLayout(row)
        layout.addWidget(self.warning_label)
        self._vault: VaultSession | None = None
        self._kind = ""
        self._fields: dict[str, Any] = {}
        self._year = 0
        self.clear()

    def show_for(self, vault: VaultSession, kind: str, fields: dict[str, Any]) -> None:
        """The call of a Special Fund application with these fields (hidden for other kinds)."""
        if kind != "special_fund":
            self.clear()
            return
        self._vault, self._kind, self._fields = vault, kind, dict(fields)
        year = fields.get("call_year")
        if not isinstance(year, int) or isinstance(year, bool) or not 1900 < year < 3000:
            year = self.today().year
        self._year = year
        call = special_fund_calls.call_for(vault, year)
        locale = QLocale()
        text = self.tr("Call for applications {year}: {opens} to {closes}; grants up to USD {grant}.").format(
            year=year, opens=day_text(call.opens), closes=day_text(call.closes),
            grant=locale.toString(int(call.max_grant_usd)) if float(call.max_grant_usd).is_integer()
            else locale.toString(float(call.max_grant_usd), "f", 2))
        if call.approximate:
            text += " " + self.tr("(usual dates: confirm them against this year's call)")
        self.call_label.setText(text)
        over = special_fund_calls.over_max_grant(call, fields.get("amount"), fields.get("currency"))
        self.warning_label.setText(
            self.tr("The amount is more than the largest grant of this call; you can still save it.") if over else "")
        self.warning_label.setVisible(over)
        self.show()

    def change_call(self) -> None:
        """Open the dialog that changes this year's call for the vault; show the call again after."""
        if self._vault is None or not self._year:
            return
        self.dialog = FundCallDialog(self._vault, self._year, self)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._vault is not None and self._kind:
            self.show_for(self._vault, self._kind, self._fields)

    def follow(self, vault: VaultSession, values: Values) -> Callable[[], None]:
        """A slot that shows the call of the values being typed (connect it to the form's changes)."""
        def changed() -> None:
            self.show_for(vault, "special_fund", values())

        changed()
        return changed

    def over_max(self) -> bool:
        return self.warning_label.isVisibleTo(self) and bool(self.warning_label.text())

    def clear(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self._vault, self._kind, self._fields, self._year = None, "", {}, 0
        self.call_label.clear()
        self.warning_label.clear()
        self.warning_label.hide()
        self.hide()


def attach(fields: KindFields, layout: QLayout, vault: VaultSession) -> FundCallNote | None:
    """Under a Special Fund application's fields in the record form, the note of its call, kept in
    step with what is typed; None (and nothing added) for any other kind."""
    if fields.spec.name != "special_fund":
        return None
    note = FundCallNote(fields.widget.parentWidget())
    layout.addWidget(note)
    fields.connect_changes(note.follow(vault, fields.values))
    return note
