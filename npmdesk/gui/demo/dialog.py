"""The demo-data dialog: how many records and attachments, a plain warning, then the generation off
the GUI thread on a connection of its own (see gui/exchange/job.py), with progress and Cancel.

Demo records are fictitious but look real, and they go into the open vault beside the user's own
records: the dialog says so. Cancel stops between two batches of records (each batch is one
transaction): what was added before stays, and the dialog says how many."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from npmdesk.demo.fill import DemoSummary, generate
from npmdesk.errors import NpmdeskError
from npmdesk.gui.exchange.job import STEPS, ExchangeJob, Progress
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.job_progress import cancel_while_running
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore
from npmdesk.vault import Vault


class DemoDataDialog(QDialog):
    added = Signal()  # records were added (the lists should refresh)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoDataDialog")
        self.setWindowTitle(self.tr("Fill with Demo Data"))
        self._vault: Vault | None = vault
        self.job: ExchangeJob | None = None
        self.summary: DemoSummary | None = None
        layout = QVBoxLayout(self)
        warning = QLabel(self.tr(
            "Demo data is fictitious: letters, visits, recommendations and contacts made up to try "
            "npmdesk out or to train colleagues. It goes into <b>this vault</b>, next to your own "
            "records, and stays until you move it to the bin. Use a practice vault for it."), self)
        warning.setWordWrap(True)
        warning.setObjectName("demoWarning")
        layout.addWidget(warning)
        form = QFormLayout()
        self.records_spin = self._spin(100, 100_000, 1_000, self.tr("Number of demo records"))
        self.attachments_spin = self._spin(0, 200, 10, self.tr("Number of demo attachments"))
        records_label = QLabel(self.tr("&Records:"), self)
        records_label.setBuddy(self.records_spin)
        attachments_label = QLabel(self.tr("&Attachments:"), self)
        attachments_label.setBuddy(self.attachments_spin)
        form.addRow(records_label, self.records_spin)
        form.addRow(attachments_label, self.attachments_spin)
        layout.addLayout(form)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, STEPS)
        self.bar.setAccessibleName(self.tr("Progress of the demo data"))
        self.bar.hide()
        layout.addWidget(self.bar)
        self.status = QLabel(self)
        self.status.setObjectName("demoStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(self)
        self.start_button: QPushButton = buttons.addButton(self.tr("&Add Demo Data"),
                                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setAccessibleName(self.tr("Add the demo data to this vault"))
        self.close_button: QPushButton = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close, or cancel while demo data is being added"))
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.records_spin.setFocus()

    def _spin(self, low: int, high: int, value: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setGroupSeparatorShown(True)
        spin.setAccessibleName(name)
        return spin

    def start(self) -> None:
        if self.job is not None or self._vault is None:
            return
        records, attachments = self.records_spin.value(), self.attachments_spin.value()
        before: list[int] = []

        def work(store: RecordStore, progress: Progress) -> DemoSummary:
            before.append(store.count(ListQuery()))
            return generate(store, records, attachments=attachments, seed=before[0], progress=progress)

        try:
            job = ExchangeJob(self._vault, work)
        except NpmdeskError as error:
            self.status.setText(error_text(error))
            return
        job.progressed.connect(self.bar.setValue)
        job.succeeded.connect(self._done)
        job.cancelled.connect(self._cancelled)
        job.failed.connect(self._failed)
        self.job = job
        self.bar.setValue(0)
        self.bar.show()
        self.status.setText(self.tr("Adding demo data…"))
        self.start_button.setEnabled(False)
        self.records_spin.setEnabled(False)
        self.attachments_spin.setEnabled(False)
        self.close_button.setText(self.tr("&Cancel"))
        job.start()

    def _ended(self, text: str) -> None:
        self.job = None
        self.bar.hide()
        self.status.setText(text)
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(True)
        self.records_spin.setEnabled(True)
        self.attachments_spin.setEnabled(True)
        self.added.emit()

    def _done(self, summary: DemoSummary) -> None:
        self.summary = summary
        self._ended(self.tr("Added {records} demo records and {attachments} attachments.").format(
            records=f"{summary.records:,}", attachments=summary.attachments))

    def _cancelled(self) -> None:
        self._ended(self.tr("Cancelled. Demo records added before you cancelled stay in the vault; "
                            "move them to the bin if you do not want them."))

    def _failed(self, error: NpmdeskError) -> None:
        self._ended(error_text(error))

    def reject(self) -> None:
        if not cancel_while_running(self.job.cancel if self.job else None, self.close_button, self.status.setText):
            super().reject()

    def discard(self) -> None:
        """On lock: stop the job without reporting, forget the vault, close."""
        self._vault = None
        if self.job is not None:
            self.job.abandon()
            self.job = None
        self.done(QDialog.DialogCode.Rejected)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.close()
