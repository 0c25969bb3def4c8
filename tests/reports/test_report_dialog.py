"""File → Reports…: the dialog, the plaintext warning asked every time, Save as PDF and Print."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QWidget

from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.reports import questions
from npmdesk.gui.reports.dialog import ReportDialog
from tests.support.dialog_helpers import answer_modal, confirm, wait_for_job
from tests.support.report_helpers import (
    FROM,
    INSIDE,
    OUTSIDE,
    TO,
    pages_text,
    report_store_fixture,
    report_vault_path_fixture,
)

_ = (report_store_fixture, report_vault_path_fixture)
TODAY = dt.date(2026, 1, 20)


@pytest.fixture
def dialog(qtbot, report_store):
    made = ReportDialog(report_store, today=lambda: TODAY)
    qtbot.addWidget(made)
    made.show()
    form = made.form
    form.from_edit.setDate(QDate.fromString(FROM, "yyyy-MM-dd"))
    form.to_edit.setDate(QDate.fromString(TO, "yyyy-MM-dd"))
    return made


@pytest.fixture
def file_dialog(monkeypatch, tmp_path):
    """The save dialog answers with `answer["path"]` and notes what it was offered."""
    answer = {"path": str(tmp_path / "log"), "offered": []}

    def ask(parent, caption, start, filters, **kwargs):
        answer["offered"].append(start)
        return answer["path"], filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return answer


def test_save_as_pdf_asks_every_time_and_writes_only_when_the_user_says_so(qtbot, dialog, file_dialog, tmp_path):
    seen: list[str] = []
    answer_modal("reportPlaintextWarning", lambda box: None, seen)  # Escape: no
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "will NOT be encrypted" in seen[0] and "correspondence log" in seen[0]
    assert file_dialog["offered"] == [] and list(tmp_path.iterdir()) == []

    file_dialog["path"] = ""  # yes, then Cancel in the file dialog
    answer_modal("reportPlaintextWarning", confirm("confirmReportPlaintext"), seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and len(file_dialog["offered"]) == 1 and dialog.job is None
    assert file_dialog["offered"][0].endswith("correspondence-log-2026-01-20.pdf")
    assert list(tmp_path.iterdir()) == []

    file_dialog["path"] = str(tmp_path / "log")
    answer_modal("reportPlaintextWarning", confirm("confirmReportPlaintext"), seen)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 3  # asked once per save
    wait_for_job(qtbot, dialog)
    target = tmp_path / "log.pdf"
    assert list(tmp_path.iterdir()) == [target]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    text = " ".join(pages_text(target.read_bytes()))
    assert all(t in text for t in INSIDE) and not any(t in text for t in OUTSIDE)
    assert "not encrypted" in dialog.status_label.text() and str(target) in dialog.status_label.text()


def test_print_goes_through_the_warning_and_the_system_dialog(qtbot, dialog, monkeypatch, tmp_path):
    spooled = tmp_path / "printer.pdf"
    asked = []

    def printer(parent):
        asked.append(parent)
        made = QPrinter(QPrinter.PrinterMode.HighResolution)
        made.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        made.setOutputFileName(str(spooled))
        return made

    monkeypatch.setattr(questions, "choose_printer", printer)
    dialog.form.kind_combo.setCurrentIndex(dialog.form.kind_combo.findData("recommendations"))
    seen: list[str] = []
    answer_modal("reportPrintWarning", lambda box: None, seen)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1 and "unencrypted" in seen[0] and asked == []

    answer_modal("reportPrintWarning", confirm("confirmReportPrint"), seen)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, dialog)
    assert asked == [dialog]
    pages = pages_text(spooled.read_bytes())
    assert len(pages) > 2 and "Recommendations tracker" in pages[0]
    assert "Sent" in dialog.status_label.text() and "pages to the printer" in dialog.status_label.text()


def test_a_reversed_period_is_refused_before_anything_is_asked(qtbot, dialog, file_dialog):
    dialog.form.from_edit.setDate(QDate(2025, 1, 1))
    dialog.form.to_edit.setDate(QDate(2024, 1, 1))
    dialog.save_as_pdf()  # would block on a message box if it asked
    assert "ends before it starts" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert file_dialog["offered"] == []


def test_a_dossier_needs_a_visit_and_covers_the_whole_visit_by_default(qtbot, dialog, report_vault):
    form = dialog.form
    assert not form.visit_combo.isEnabled()
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("visit-dossier"))
    assert form.visit_combo.isEnabled() and form.visit_combo.count() >= 2
    assert not form.from_check.isChecked() and not form.to_check.isChecked()
    form.visit_combo.setCurrentIndex(form.visit_combo.findData(report_vault[1]))
    request = dialog.current_request()
    assert request.visit_id == report_vault[1] and request.period.is_open and request.confidential_mark


def test_every_control_has_a_name_and_the_file_menu_opens_the_dialog(qtbot, report_store):
    window = MainWindow(report_store.vault, today=lambda: TODAY)
    qtbot.addWidget(window)
    action = window.reports.action
    assert action in window.file_menu.actions() and action.text() == "&Reports…"
    action.trigger()
    dialog = window.reports.dialog
    assert dialog is not None and dialog.isVisible()
    controls = [w for w in dialog.findChildren(QWidget) if isinstance(w, QAbstractButton | QComboBox)
                and w.isVisibleTo(dialog) and not w.objectName().startswith("qt_")]
    assert controls and [w.objectName() for w in controls if not w.accessibleName()] == []
    window.discard()  # locking closes the dialog and forgets the store
    assert window.reports.dialog is None and not dialog.isVisible()


def test_a_report_goes_into_an_encrypted_package_without_a_plaintext_file(qtbot, report_store, tmp_path):
    window = MainWindow(report_store.vault, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reports.action.trigger()
    dialog = window.reports.dialog
    dialog.form.from_edit.setDate(QDate.fromString(FROM, "yyyy-MM-dd"))
    dialog.form.to_edit.setDate(QDate.fromString(TO, "yyyy-MM-dd"))
    qtbot.mouseClick(dialog.package_button, Qt.MouseButton.LeftButton)  # no plaintext question: nothing is written
    wait_for_job(qtbot, dialog)
    export = dialog.export_dialog
    assert export is not None
    qtbot.waitUntil(lambda: export.plan is not None, timeout=10_000)
    assert export.plan.records == []
    lines = export.records_model.lines()
    assert len(lines) == 1 and "correspondence-log-2026-01-20.pdf" in lines[0]
    assert list(tmp_path.iterdir()) == []
    window.discard()
