"""Change the dates and largest grant of one year's Special Fund call for this vault (when OHCHR
announces a call that differs from the reference data), or go back to the reference data.

Writes through records/special_fund_calls.py (`set_call_text`, `clear_call`); a problem is said
in one sentence under the fields and nothing changes. Modal to its window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.gui.forms.date_edit import DateEdit
from npmdesk.gui.inline_error import error_text
from npmdesk.records import special_fund_calls
from npmdesk.records.special_fund_calls import FundCall
from npmdesk.vault.session import VaultSession


class FundCallDialog(QDialog):
    def __init__(self, vault: VaultSession, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fundCallDialog")
        self.vault = vault
        self.year = year
        self.call: FundCall = special_fund_calls.call_for(vault, year)
        self.setWindowTitle(self.tr("Special Fund call for {year}").format(year=year))
        intro = QLabel(self.tr("Use the dates and largest grant OHCHR announced for this year's call."), self)
        intro.setWordWrap(True)
        self.opens_edit = self._date_edit("fundCallOpens", self.tr("Call opens"), self.call.opens.isoformat())
        self.closes_edit = self._date_edit("fundCallCloses", self.tr("Call closes"), self.call.closes.isoformat())
        grant = self.call.max_grant_usd
        self.grant_edit = self._edit("fundCallGrant", self.tr("Largest grant in US dollars"),
                                     str(int(grant)) if float(grant).is_integer() else str(grant))
        form = QFormLayout()
        for edit in (self.opens_edit, self.closes_edit, self.grant_edit):
            label = QLabel(self.tr("{name}:").format(name=edit.accessibleName()), self)
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fundCallError")
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.reset_button = QPushButton(self.tr("Use the reference dates"), self)
        self.reset_button.setObjectName("fundCallReset")
        self.reset_button.setAccessibleName(self.reset_button.text())
        self.reset_button.setEnabled(self.call.source == special_fund_calls.FROM_VAULT)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save these dates"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.reset_button.clicked.connect(self.reset)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _edit(self, name: str, accessible: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    def _date_edit(self, name: str, accessible: str, iso: str) -> DateEdit:
        edit = DateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.set_value(iso)
        return edit

    def save(self) -> None:
        try:
            self.call = special_fund_calls.set_call_text(self.vault, self.year, self.opens_edit.value() or "",
                                                         self.closes_edit.value() or "", self.grant_edit.text())
        except NpmdeskError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.accept()

    def reset(self) -> None:
        try:
            self.call = special_fund_calls.clear_call(self.vault, self.year)
        except NpmdeskError as error:
            self.error_label.setText(error_text(error))
            self.error_label.show()
            return
        self.accept()
