"""File → Reports…: choose a report, its period or visit, its language and the marking; then
Print… (the system's dialog) or Save as PDF…, each behind a warning that the report leaves the
vault unencrypted, asked every time.

The report is composed from the vault on the GUI thread (indexed queries), then laid out and
painted off it with progress and Cancel (job.py). A PDF is made in memory and written only
once it is complete. `current_request()` and npmdesk.pdf.render.render_pdf are what an
"encrypted package" action needs: the bytes never have to touch the disk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError, from_os_error
from npmdesk.gui import inline_error
from npmdesk.gui.access_keys import manage_access_keys
from npmdesk.gui.background_job import STEPS
from npmdesk.gui.job_progress import cancel_while_running
from npmdesk.gui.reports import questions
from npmdesk.gui.reports.form import ReportForm
from npmdesk.gui.reports.job import ReportJob, Work
from npmdesk.pdf.render import paint, pdf_bytes
from npmdesk.plain_output import write_plain
from npmdesk.records.disclosures import log_report
from npmdesk.records.store import RecordStore
from npmdesk.reports import ReportDocument, ReportRequest, compose


class ReportWriteFailed(NpmdeskError):
    def __init__(self, path: Path) -> None:
        super().__init__("npmdesk could not write {path}. Nothing was saved.", path=path)


def write_pdf(path: Path, data: bytes) -> None:
    """Write the whole PDF readable by its owner only; it gets its name only once complete."""
    try:
        write_plain(path, data, replace=True)
    except OSError as error:
        raise from_os_error(error) or ReportWriteFailed(path) from None


class ReportDialog(QDialog):
    saved = Signal(object)  # the Path of a PDF just written

    def __init__(self, store: RecordStore, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        manage_access_keys(self)  # no two controls share an Alt+letter (gui/access_keys.py)
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Reports"))
        self._store: RecordStore | None = store
        self._today = today
        self.job: ReportJob | None = None
        self._printer: QPrinter | None = None
        self.export_dialog: QWidget | None = None  # the package dialog a report was handed to
        self.form = ReportForm(today(), self)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.form)
        self._make_outcome()
        self.form.changed.connect(self._update_buttons)
        self.form.fill_visits(store)
        self._update_buttons()
        self.form.kind_combo.setFocus()
        self.resize(520, 380)

    # ---------------------------------------------------------------------------- widgets

    def _make_outcome(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("reportError")
        inline_error.prepare(self.error_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("reportProgress")
        self.bar.setAccessibleName(self.tr("Progress of the report"))
        self.bar.hide()
        self.buttons = QDialogButtonBox(self)
        self.print_button = self._button(self.tr("&Print…"), self.tr("Print the report"), "reportPrint")
        self.save_button = self._button(self.tr("&Save as PDF…"), self.tr("Save the report as a PDF"), "reportSave")
        self.package_button = self._button(self.tr("Put into an encrypted pac&kage…"),
                                           self.tr("Put the report's PDF into an encrypted, signed package"),
                                           "reportPackage")
        self.cancel_button = self._button(self.tr("Ca&ncel"), self.tr("Cancel the report"), "reportCancel",
                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.package_button.clicked.connect(self.put_into_package)
        self.cancel_button.clicked.connect(self.cancel)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.bar, 1)
        for widget in (self.error_label, self.status_label):
            self._layout.addWidget(widget)
        self._layout.addLayout(row)
        self._layout.addWidget(self.buttons)

    def _button(self, text: str, name: str, object_name: str,
                role: QDialogButtonBox.ButtonRole = QDialogButtonBox.ButtonRole.ActionRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(name)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        return button

    def _update_buttons(self) -> None:
        idle = self.job is None
        self.print_button.setEnabled(idle and self.form.ready)
        self.save_button.setEnabled(idle and self.form.ready)
        self.package_button.setEnabled(idle and self.form.ready)
        self.cancel_button.setVisible(not idle)
        self.cancel_button.setEnabled(not idle)
        self.form.setEnabled(idle)

    # ---------------------------------------------------------------------------- actions

    def current_request(self) -> ReportRequest:
        """The report the dialog describes; NpmdeskError if it is not valid."""
        return self.form.request()

    def _document(self) -> ReportDocument | None:
        inline_error.clear_error(self.error_label)
        self.status_label.clear()
        if self._store is None or self.job is not None:
            return None
        try:
            return compose(self._store, self.current_request(), self._today())
        except NpmdeskError as error:
            inline_error.show_error(self.error_label, error)
            return None

    def _report_name(self) -> str:
        return self.form.kind_combo.currentText().lower()

    def save_as_pdf(self) -> None:
        """Warn (every time), ask where, make the PDF in memory, then write it."""
        document = self._document()
        if document is None or not questions.confirm_plaintext_pdf(self, self._report_name()):
            return
        suggested = f"{document.kind}-{self._today().isoformat()}.pdf"
        target = questions.choose_target(self, suggested)
        if target is None:
            return
        self._start(lambda cancelled, progress: pdf_bytes(document, cancelled, progress),
                    lambda data: self._write(target, data, document.record_ids))

    def put_into_package(self) -> None:
        """Make the PDF in memory and hand it to the export dialog: it never touches the disk in clear."""
        document = self._document()
        if document is None:
            return
        name = f"{document.kind}-{self._today().isoformat()}.pdf"
        self._start(lambda cancelled, progress: pdf_bytes(document, cancelled, progress),
                    lambda data: self._package(name, data, document))

    def _package(self, name: str, data: object, document: ReportDocument) -> None:
        from npmdesk.gui.exchange.feature import open_export_dialog

        store = self._store
        if store is None or not isinstance(data, bytes | bytearray):
            return
        report = (sorted(document.record_ids), document.title)  # for a password-protected PDF of its records
        self.export_dialog = open_export_dialog(self.parentWidget() or self, store, store.vault, [],
                                                documents=[(name, bytes(data))], report=report)

    def print_report(self) -> None:
        """Warn (every time), then the system's print dialog, then print."""
        document = self._document()
        if document is None or not questions.confirm_print(self, self._report_name()):
            return
        printer = questions.choose_printer(self)
        if printer is None:
            return
        self._printer = printer  # kept alive while the job paints on it
        self._start(lambda cancelled, progress: paint(document, printer, cancelled, progress), self._printed)

    def _start(self, work: Work, done: Callable[[object], None]) -> None:
        job = ReportJob(work)
        job.progressed.connect(self._progress)
        job.succeeded.connect(lambda result: self._finished(done, result))
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        self.job = job
        self.bar.setRange(0, 0)
        self.bar.show()
        self.status_label.setText(self.tr("Laying out the report…"))
        self._update_buttons()
        job.start()

    def _progress(self, thousandths: int) -> None:
        self.bar.setRange(0, STEPS)
        self.bar.setValue(thousandths)

    def _end(self, text: str) -> None:
        self.job = None
        self.bar.hide()
        self._update_buttons()
        self._say(text)

    def _finished(self, done: Callable[[object], None], result: object) -> None:
        self._end("")
        done(result)

    def _write(self, target: Path, data: object, record_ids: frozenset[str] = frozenset()) -> None:
        if not isinstance(data, bytes | bytearray):  # pdf_bytes gives bytes
            return
        try:
            write_pdf(target, bytes(data))
            if self._store is not None:  # a PDF on disk has left the vault: the disclosure log says so
                log_report(self._store, record_ids, target.name)
        except NpmdeskError as error:
            inline_error.show_error(self.error_label, error)
            return
        self._end(display.sentence(self.tr("Saved the report to {path}. This PDF is not encrypted: keep it safe "
                                           "and delete it when you no longer need it."), path=target))
        self.saved.emit(target)

    def _printed(self, pages: object) -> None:
        self._printer = None
        self._end(self.tr("Sent {pages} pages to the printer.").format(pages=pages))

    def _failed(self, error: NpmdeskError) -> None:
        self._end("")
        self._printer = None
        inline_error.show_error(self.error_label, error)

    def _cancelled(self) -> None:
        self._printer = None
        self._end(self.tr("The report was cancelled. Nothing was written."))

    def cancel(self) -> None:
        cancel_while_running(self.job.cancel if self.job else None, self.cancel_button, self._say)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)

    def reject(self) -> None:
        """Escape or Close: cancels a report being made, else closes."""
        if not cancel_while_running(self.job.cancel if self.job else None, self.cancel_button, self._say):
            super().reject()

    def discard(self) -> None:
        """On lock: stop, forget the store, close."""
        self._store = None
        if self.job is not None:
            job, self.job = self.job, None
            job.abandon()
        self.form.visit_combo.clear()
        self.close()
