"""Preferences: when a reply to a report after a visit is due by default (a vault setting).

A report's own "Reply due" date wins; when it is empty the reply is due this many months after
the report's transmission (records/report_tracks.py: `report_reply_months`, 6 unless set). The
setting lives inside the vault, so every device of the NPM that opens it shares it. The box is
inserted above the dialog's buttons; `save()` writes it only if it changed (NpmdeskError: a
full disk or a busy vault, said by the dialog; nothing changed).
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui.form_parts import layout_of
from npmdesk.records import report_tracks
from npmdesk.records.store import RecordStore


class ReplyMonthsSetting(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reports after a visit"), parent)
        self.setObjectName("reportsGroup")
        self.setAccessibleName(self.title())
        layout = QFormLayout(self)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("replyMonthsSpin")
        self.spin.setRange(report_tracks.MIN_REPLY_MONTHS, report_tracks.MAX_REPLY_MONTHS)
        self.spin.setSuffix(self.tr(" months"))
        self.spin.setAccessibleName(self.tr("Months after transmission a reply is due"))
        label = QLabel(self.tr("Reply due a&fter:"), self)
        label.setBuddy(self.spin)
        layout.addRow(label, self.spin)
        hint = QLabel(self.tr("When a report's own reply date is empty, the reply is due this long after the "
                              "report's transmission (customarily six months). Kept in the vault."), self)
        hint.setWordWrap(True)
        layout.addRow(hint)
        self._store: RecordStore | None = None
        self._loaded: int | None = None

    def attach(self, buttons: QDialogButtonBox, store: RecordStore | None) -> None:
        """Take a place above the dialog's buttons and show the vault's value (greyed without a vault)."""
        layout = layout_of(buttons.parentWidget(), QBoxLayout)
        layout.insertWidget(layout.indexOf(buttons), self)
        self._store = store
        try:
            self._loaded = report_tracks.reply_months(store.vault) if store is not None else None
        except NpmdeskError:
            self._loaded = None
        self.spin.setValue(self._loaded or report_tracks.DEFAULT_REPLY_MONTHS)
        self.setEnabled(self._loaded is not None)

    def save(self) -> None:
        if self._store is not None and self._loaded is not None and self.spin.value() != self._loaded:
            report_tracks.set_reply_months(self._store.vault, self.spin.value())
            self._loaded = self.spin.value()
