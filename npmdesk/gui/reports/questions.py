"""The questions asked before a report leaves the vault unencrypted, and the choice of file or printer.

Asked every time (there is no "don't ask again") with gui/confirm.py's warning; Cancel is the
default and Escape button. Each box has an object name tests can find it by.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from npmdesk.gui import file_dialogs
from npmdesk.gui.confirm import Action, confirm_unencrypted

CONTEXT = "ReportQuestions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def confirm_plaintext_pdf(parent: QWidget, report: str) -> bool:
    return confirm_unencrypted(
        parent, "reportPlaintextWarning", _tr("Save the report as a PDF"),
        _tr("The PDF of the {report} will NOT be encrypted.").format(report=report),
        _tr("It leaves the vault: anyone who can open the folder you choose, or who gets this computer or the "
            "drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and "
            "delete it when you are done."),
        Action(_tr("&Save Unencrypted PDF…"), _tr("Save an unencrypted PDF"), "confirmReportPlaintext"),
        _tr("Cancel: keep the report in the vault"))


def confirm_print(parent: QWidget, report: str) -> bool:
    return confirm_unencrypted(
        parent, "reportPrintWarning", _tr("Print the report"),
        _tr("The {report} will be sent to the printer unencrypted.").format(report=report),
        _tr("The print queue, a network printer or a \u201cprint to file\u201d may keep a readable copy. "
            "Collect the pages at once."),
        Action(_tr("&Print…"), _tr("Print the report"), "confirmReportPrint"),
        _tr("Cancel: do not print"))


def choose_target(parent: QWidget, suggested: str) -> Path | None:
    """Where to write the PDF (the file dialog asks before replacing a file)."""
    chosen = file_dialogs.save_file_name(
        parent, _tr("Save the report as a PDF"), str(Path.home() / suggested), _tr("PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_name(path.name + ".pdf")


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The system's print dialog; the printer it set up, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print the report"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer
