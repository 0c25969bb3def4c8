"""Send by email, after an export: a mail draft (`.eml`) that carries the package or protected PDF,
saved where the user chooses and opened in the system's mail program.

The export dialog shows "Send by Email…" once its file is written. `SendMailDialog` asks for the
recipients' addresses (the ticked contacts' own addresses filled in) and the cover note's
language, and says before anything is written that the cover note travels in clear (it names
the file's kind and how to open it, nothing confidential; the file stays encrypted). Then a Save
dialog (beside the exported file; never a temporary folder), the draft is written off the GUI
thread (npmdesk/mail/outgoing.py: the disclosure is logged to each address and the file's draft
communications are marked as sent), and `open_in_mail_program` hands the file to the system
(Thunderbird and Outlook open an `X-Unsent` message as a draft to check and send).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.exchange.export import OutputExists
from npmdesk.gui import file_dialogs, inline_error
from npmdesk.gui.exchange.job import Progress
from npmdesk.mail.draft import cover_languages
from npmdesk.mail.message import Address
from npmdesk.mail.outgoing import EML_SUFFIX, DraftResult, exported_file, parse_recipients, write_draft
from npmdesk.records.model import RecordNotFound
from npmdesk.records.store import RecordStore

CONTEXT = "SendMail"
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
Opener = Callable[[Path], object]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def button_label() -> str:
    return tr("Se&nd by Email…")


def open_in_mail_program(path: Path) -> bool:
    """Hand the draft to the system, which opens it in the mail program (no socket of npmdesk's)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def contact_addresses(store: RecordStore, record_ids: Sequence[str]) -> list[str]:
    """"Name <address>" for each of these contacts that has an email address."""
    found = []
    for record_id in record_ids:
        try:
            contact = store.get(record_id)
        except RecordNotFound:
            continue
        email = contact.fields.get("email")
        if isinstance(email, str) and "@" in email:
            found.append(f"{display.gui_line(contact.title).replace(',', ' ')} <{email.strip()}>")
    return found


class SendMailDialog(QDialog):
    chosen = Signal(object, str)  # list[Address], the cover note's language

    def __init__(self, file_name: str, addresses: Sequence[str], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendMailDialog")
        self.setWindowTitle(tr("Send by Email"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("npmdesk writes a mail draft that carries {file}, encrypted, and opens it in your mail "
                          "program.").format(file=display.gui_line(file_name)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.to_edit = QLineEdit(", ".join(addresses), self)
        self.to_edit.setObjectName("sendMailTo")
        self.to_edit.setAccessibleName(tr("Recipients' email addresses"))
        self.to_edit.setPlaceholderText(tr("name@example.org, another@example.org"))
        to_label = QLabel(tr("&To:"), self)
        to_label.setBuddy(self.to_edit)
        form.addRow(to_label, self.to_edit)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("sendMailLanguage")
        self.language_combo.setAccessibleName(tr("Language of the cover note"))
        for code in cover_languages():
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        language_label = QLabel(tr("Cover note in &language:"), self)
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("sendMailError")
        self.error_label.setAccessibleName(tr("Problem with the addresses"))
        inline_error.prepare(self.error_label)
        layout.addWidget(self.error_label)
        note = QLabel(tr("The cover note travels in clear: it says what the file is and how to open it, nothing "
                         "confidential. The file itself stays encrypted."), self)
        note.setObjectName("sendMailClearNote")
        note.setWordWrap(True)
        note.setAccessibleName(note.text())
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("&Save the Draft and Open It…"))
        self.ok_button.setAccessibleName(tr("Save the draft and open it"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(self.width(), 560), self.height())
        self.to_edit.setFocus()

    def accept(self) -> None:
        try:
            recipients = parse_recipients([self.to_edit.text()])
        except NpmdeskError as error:
            inline_error.show_error(self.error_label, error, self.to_edit)
            return
        super().accept()
        self.chosen.emit(recipients, str(self.language_combo.currentData()))


def choose_target(parent: QWidget, exported: Path) -> Path | None:
    """Where to save the draft: beside the exported file by default; `.eml` added when no suffix."""
    chosen = file_dialogs.save_file_name(
        parent, tr("Save the mail draft"), str(exported.with_suffix(EML_SUFFIX)),
        tr("Mail drafts (*{suffix})").format(suffix=EML_SUFFIX), confirm_overwrite=False)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_name(path.name + EML_SUFFIX)


def work(exported: Path, target: Path, recipients: Sequence[Address], language: str,
         fingerprint: str) -> Callable[[RecordStore, Progress], DraftResult]:
    def run(store: RecordStore, _progress: Progress) -> DraftResult:
        found = exported_file(store, exported)
        try:
            return write_draft(store, found, target, recipients, language=language, fingerprint=fingerprint)
        except FileExistsError:
            raise OutputExists(target) from None

    return run


def drafted_text(result: DraftResult) -> str:
    text = tr("The mail draft is saved as {path} and opens in your mail program: check it and send it. Its cover "
              "note travels in clear; it says nothing confidential.").format(path=result.path)
    if result.marked_sent:
        text += " " + QCoreApplication.translate("ExportDialog", "%n draft(s) marked as sent.", None,
                                                  len(result.marked_sent))
    return text


def writing_text() -> str:
    return tr("Writing the mail draft…")
