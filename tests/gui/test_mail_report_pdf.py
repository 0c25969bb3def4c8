"""A report opened in the Reports window, exported as a password-protected PDF for a recipient with
only a PDF reader: its records, under its title, with the export's checks and disclosure log (as
`npmdesk export --report KIND --format pdf --passphrase`)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from npmdesk.gui.main_window import MainWindow
from npmdesk.records import disclosures
from npmdesk.records.query import ListQuery
from tests.support.dialog_helpers import wait_for_job
from tests.support.exchange_helpers import answer_save_dialog, wait_idle
from tests.support.report_helpers import (
    FROM,
    INSIDE,
    OUTSIDE,
    TO,
    report_store_fixture,
    report_vault_path_fixture,
)
from tests.support.window_helpers import WAIT_MS

_ = (report_store_fixture, report_vault_path_fixture)
TODAY = dt.date(2026, 1, 20)


def test_a_report_from_the_reports_window_becomes_a_password_protected_pdf(qtbot, monkeypatch, report_store,
                                                                           tmp_path) -> None:
    window = MainWindow(report_store.vault, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.reports.action.trigger()
    reports = window.reports.dialog
    reports.form.from_edit.setDate(QDate.fromString(FROM, "yyyy-MM-dd"))
    reports.form.to_edit.setDate(QDate.fromString(TO, "yyyy-MM-dd"))
    qtbot.mouseClick(reports.package_button, Qt.MouseButton.LeftButton)
    wait_for_job(qtbot, reports)
    export = reports.export_dialog
    assert export is not None
    qtbot.waitUntil(lambda: export.plan is not None, timeout=WAIT_MS)
    assert export.plan.records == [] and export.pdf_radio.isEnabled()  # the package carries the report's PDF

    export.pdf_radio.setChecked(True)  # the PDF shows the report's records: planned again, checked as for export
    qtbot.waitUntil(lambda: export.plan is not None and export.job is None, timeout=WAIT_MS)
    listed = " ".join(export.records_model.lines())
    assert all(marker in listed for marker in INSIDE) and not any(marker in listed for marker in OUTSIDE)
    assert ".pdf" not in listed  # not the package's document
    if export.plan.flagged:
        export.confirm_check.setChecked(True)
    answer_save_dialog(monkeypatch, tmp_path / "log-for-the-rapporteur.pdf")
    export.export_button.click()
    wait_idle(qtbot, export)
    target = tmp_path / "log-for-the-rapporteur.pdf"
    assert target.is_file(), export.error_label.text()
    shown = export.password_dialog
    assert shown is not None
    password = "-".join(shown.password_label.text().split())
    shown.close_button.click()

    reader = PdfReader(io.BytesIO(target.read_bytes()))
    assert reader.is_encrypted
    reader.decrypt(password)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert all(marker in text for marker in INSIDE) and not any(marker in text for marker in OUTSIDE)
    assert "correspondence" in text.lower()  # under the report's title
    by_title = {s.title: s.id for s in report_store.list(ListQuery(kinds=("communication",), date_from=FROM,
                                                                   date_to=FROM))}
    [logged] = disclosures.disclosures(report_store, by_title[INSIDE[0]])
    assert logged.package == target.name and logged.recipients[0].kind == disclosures.PASSPHRASE
    window.discard()
