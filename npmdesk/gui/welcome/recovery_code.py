"""The recovery code, shown once after the vault is created (`ui/recovery_code.ui`).

The code is drawn as a label the user cannot select, so it never reaches the clipboard;
it can be printed (the print dialog lets the user choose a printer, or a file, which is
then their explicit choice).
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QPushButton, QWidget

from npmdesk.errors import NpmdeskError
from npmdesk.gui import inline_error
from npmdesk.gui.form_dialog import FormDialog

CODE_POINT_SIZE = 20


class RecoveryCodeDialog(FormDialog):
    """Continue is enabled once "I have written it down" is ticked; closing earlier asks first.

    Every way out ends in `accepted` (the vault exists either way); `finished` follows it.
    `confirmed` says whether the user ticked the box: with `replacing` (a new code that replaces
    one already written down, after a recovery or an unfinished change), the caller retires the
    previous code (`vault.confirm_recovery_code()`) only if it is True, and the dialog says so.
    """

    def __init__(
        self,
        code: str,
        *,
        npm_name: str = "",
        notice: NpmdeskError | None = None,
        replacing: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("recovery_code", parent)
        self._code = code
        self._npm_name = npm_name
        self.replacing = replacing
        self.code_label = self.child(QLabel, "codeLabel")
        self.written_check = self.child(QCheckBox, "writtenCheck")
        if replacing:
            self._say_it_replaces()
        self.continue_button = self.child(QPushButton, "continueButton")
        self.print_button = self.child(QPushButton, "printButton")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(CODE_POINT_SIZE)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setText(code)
        # Never narrower than the whole code: a code cut at the edges cannot be written down.
        self.code_label.setMinimumWidth(self.code_label.sizeHint().width())
        self.form.setMinimumWidth(max(self.form.minimumWidth(), self.form.minimumSizeHint().width()))
        # Read to screen-reader users group by group, with pauses.
        self.code_label.setAccessibleDescription(", ".join(" ".join(group) for group in code.split("-")))
        notice_label = self.child(QLabel, "noticeLabel")
        inline_error.prepare(notice_label)
        if notice is not None:
            inline_error.show_error(notice_label, notice)
        self.written_check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        self.print_button.clicked.connect(self.print_code)
        self.written_check.setFocus()

    def _say_it_replaces(self) -> None:
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.child(QLabel, "headingLabel").setText(self.tr("Write down your new recovery code now"))
        self.child(QLabel, "explanationLabel").setText(self.tr(
            "This new code replaces the recovery code you wrote down before: once you confirm below, the "
            "old code stops working and only this one opens the vault if you forget your passphrase. "
            "Write it on paper, or print it, and keep it somewhere safe away from this computer."))
        self.written_check.setText(self.tr("I have &written down the new code"))
        self.written_check.setAccessibleName(self.tr("I have written down the new recovery code"))

    @property
    def confirmed(self) -> bool:
        """Whether the user ticked "I have written it down"."""
        return self.written_check.isChecked()

    def reject(self) -> None:
        """Escape or the window's close button: leave only once the user says they have the code."""
        if self.written_check.isChecked() or self.confirm_leaving():
            self.accept()

    def confirm_leaving(self) -> bool:
        if self.replacing:
            text = self.tr(
                "You have not confirmed that you wrote down the new recovery code. If you close now, the "
                "code you wrote down before keeps working, and npmdesk shows a new code at the next unlock. "
                "Close anyway?"
            )
        else:
            text = self.tr(
                "This recovery code will not be shown again. Without it, a forgotten passphrase "
                "means the vault is lost. Close anyway?"
            )
        answer = QMessageBox.question(
            self,
            self.tr("Recovery code not written down"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def printable_document(self) -> QTextDocument:
        document = QTextDocument(self)
        npm = f"<p>{escape(self._npm_name)}</p>" if self._npm_name else ""
        heading = escape(self.tr("npmdesk recovery code"))
        advice = escape(
            self.tr(
                "Keep this page somewhere safe, away from the computer. Anyone holding it "
                "and the vault's files can open the vault."
            )
        )
        document.setHtml(
            f"<h1>{heading}</h1>{npm}"
            f"<p style='font-family: monospace; font-size: 24pt'>{escape(self._code)}</p>"
            f"<p>{advice}</p>"
        )
        return document

    def print_code(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery code"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.printable_document().print_(printer)
