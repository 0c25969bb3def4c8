"""Export an encrypted package (`ui/export_dialog.ui`): what leaves, for whom, then the file.

What to export is chosen at the top: the records the user had chosen when opening the dialog (the
selection, the record shown, a record with its linked records, or a report's document), or
"Everything in the vault", which is always an explicit choice, never the default. Opened with
nothing chosen, neither is ticked and the dialog says how to choose. The records to export are
read off the GUI thread (plan_export), then listed with the number and size of their attachments.
What leaves depends on the recipients ticked (the core decides it
again when writing): for anyone beyond the NPM's own devices (the SPT, a passphrase), records
whose people refused transmission are listed under "Left out of the package" (no tick can send
them), and records that are strictly confidential, internal or hold personal data without
recorded consent are listed apart with their reason and an unchecked "I confirm these may leave
the vault" box that must be ticked; for the NPM's own devices only (verified contacts marked as
such) a note says the records carry real names, and nothing is flagged or left out. "Mark the
draft communications as sent" marks them once the package is written. The package is for contacts with an age key
(ticked in a list that says whose keys were verified; the default recipients from Preferences
come pre-ticked; "Add a recipient…" takes a pasted age recipient or contact card, adds the contact,
not verified, and ticks it) or for a passphrase typed twice. Export… asks where to save (`.age`), then
writes the package off the GUI thread with progress and Cancel: a cancel or a failure leaves no
file (the core writes through an atomic output). The result names the file and this vault's
fingerprint, for the recipient to compare.

"Password-protected PDF" instead makes a PDF of the records (as they leave for anyone: the
same consent and sensitivity checks) locked with a password npmdesk generates and shows once
(gui/exchange/protected_pdf.py). After either export, "Send by Email…" writes a mail draft that
carries the file and opens it in the mail program (gui/exchange/send_mail.py; `open_draft` is
the opener, replaced in tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age.stanzas import DEFAULT_SCRYPT_LOG_N
from npmdesk.exchange.export import ExportPlan, ExportResult, own_devices_only, plan_export, write_package
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.pdf_export import PdfExportResult
from npmdesk.gui import inline_error
from npmdesk.gui.exchange import export_texts as texts
from npmdesk.gui.exchange import protected_pdf, send_mail
from npmdesk.gui.exchange.add_contact_dialog import AddContactDialog
from npmdesk.gui.exchange.job import STEPS, Progress
from npmdesk.gui.exchange.job_dialog import JobDialog
from npmdesk.gui.exchange.planned_model import PlannedListModel
from npmdesk.gui.exchange.recipients import Recipient, package_recipients
from npmdesk.gui.fit import scroll_above
from npmdesk.gui.form_parts import layout_of
from npmdesk.gui.passphrase_fields import NewPassphraseFields
from npmdesk.gui.records import formatting
from npmdesk.mail.message import Address
from npmdesk.mail.outgoing import DraftResult
from npmdesk.records.store import RecordStore
from npmdesk.reports.protected_pdf import new_password
from npmdesk.vault import Secret
from npmdesk.vault.session import VaultSession

RECIPIENT_ROLE = Qt.ItemDataRole.UserRole


class NoRecipient(NpmdeskError):
    message = "Tick at least one contact who may open the package, or choose a passphrase instead."


class ConfirmFirst(NpmdeskError):
    message = "Tick “I confirm these may leave the vault” after reviewing the records listed above."


class ExportDialog(JobDialog):
    exported = Signal(object)  # ExportResult

    def __init__(self, store: RecordStore, vault: VaultSession, record_ids: Sequence[str] | None, *,
                 documents: Sequence[tuple[str, bytes]] = (), default_recipients: Sequence[str] = (),
                 chosen: str = texts.SELECTED, report: tuple[Sequence[str], str] | None = None,
                 parent: QWidget | None = None, listed: Sequence[str] | None = None, list_first: bool = False) -> None:
        """`record_ids` None: "Everything in the vault" (chosen explicitly, e.g. by a test or a script);
        otherwise those records (`chosen` says what they are: texts.SELECTED, SHOWN, LINKED), and
        `documents` (name, bytes) travel as files (a PDF report). No ids and no documents: nothing is
        chosen yet, and the dialog says how to choose. `report` (its records' ids, its title): the
        report whose PDF is in `documents`; as a password-protected PDF it shows those records under
        that title, as `npmdesk export --report KIND --format pdf` does, with the same checks. `listed`:
        every record of the list the window shows ("Everything in this list"), ticked first if
        `list_first`."""
        super().__init__("export_dialog", parent)
        self.setObjectName("exportDialog")
        self._store: RecordStore | None = store
        self._vault: VaultSession | None = vault
        self._chosen_ids = [] if record_ids is None else list(record_ids)
        self._record_ids: list[str] | None = None if record_ids is None else list(self._chosen_ids)
        self._documents = list(documents)
        self._listed = list(listed) if listed is not None and record_ids is not None else None
        self._report = (list(report[0]), report[1]) if report is not None else None
        self.scrypt_log_n = DEFAULT_SCRYPT_LOG_N  # tests lower it
        self.plan: ExportPlan | None = None  # as planned, for anyone beyond the NPM's own devices
        self.export_result: ExportResult | PdfExportResult | None = None  # not `result`: QDialog's exit code
        self.password_dialog: protected_pdf.PdfPasswordDialog | None = None
        self.send_dialog: send_mail.SendMailDialog | None = None
        self.open_draft: send_mail.Opener = send_mail.open_in_mail_program
        self._fingerprint = ""
        self.what_label = self.child(QLabel, "whatLabel")
        self.records_list = self.child(QListView, "recordsList")
        self.records_model = PlannedListModel(texts.record_line, self)  # read a page at a time as shown
        self.records_list.setModel(self.records_model)
        self.records_list.setUniformItemSizes(True)
        self.flagged_group = self.child(QGroupBox, "flaggedGroup")
        self.flagged_list = self.child(QListView, "flaggedList")
        self.flagged_model = PlannedListModel(texts.flagged_line, self)
        self.flagged_list.setModel(self.flagged_model)
        self.flagged_list.setUniformItemSizes(True)
        self.confirm_check = self.child(QCheckBox, "confirmCheck")
        self.flagged_error = self.child(QLabel, "flaggedError")
        self.recipients_radio = self.child(QRadioButton, "recipientsRadio")
        self.recipients_list = self.child(QListWidget, "recipientsList")
        self.recipients_note = self.child(QLabel, "recipientsNote")
        self.recipients_error = self.child(QLabel, "recipientsError")
        self.passphrase_radio = self.child(QRadioButton, "passphraseRadio")
        self.passphrase_widget = self.child(QWidget, "passphraseWidget")
        self.passphrase = NewPassphraseFields(self.form)
        self.armor_check = self.child(QCheckBox, "armorCheck")
        self.export_button = self.child(QPushButton, "exportButton")
        self.pdf_radio = protected_pdf.add_radio(self.child(QGroupBox, "targetGroup"), self.passphrase_widget)
        self.send_button = QPushButton(send_mail.button_label(), self.export_button.parentWidget())
        self.send_button.setObjectName("sendMailButton")
        self.send_button.setAccessibleName(send_mail.button_label().replace("&", "").rstrip("…"))
        self.send_button.setAutoDefault(False)
        self.send_button.hide()
        layout_of(self.export_button.parentWidget(), QBoxLayout).insertWidget(0, self.send_button)
        self.send_button.clicked.connect(self.send_by_email)
        self.child(QLabel, "flaggedIntro").setText(texts.flagged_intro())
        self._add_audience_widgets()
        self._add_scope_widgets(record_ids is None, chosen, list_first)
        self._add_recipient_button()
        for label in (self.flagged_error, self.recipients_error):
            inline_error.prepare(label)
        self.bar.setRange(0, STEPS)
        self.flagged_group.hide()
        self.recipients_note.hide()
        self._fill_recipients(store, set(default_recipients))
        self.recipients_radio.toggled.connect(self._target_changed)
        self.pdf_radio.toggled.connect(self._target_changed)
        self.recipients_list.itemChanged.connect(self._recipients_changed)
        self.confirm_check.toggled.connect(lambda _on: inline_error.clear_error(self.flagged_error))
        self.export_button.clicked.connect(self.export)
        self.content_area = scroll_above(self.form, self.error_label)  # a small screen: the buttons stay visible
        self.resize(max(self.width(), 720), max(self.height(), 660))  # lists readable without scrolling sideways
        self._target_changed()
        self._recipients_changed()
        if self.nothing_chosen:
            self.what_label.setText(texts.nothing_chosen())
            self.what_label.setAccessibleDescription(self.what_label.text())
            self.update_buttons()
        else:
            self._plan()

    @property
    def nothing_chosen(self) -> bool:
        return not any(radio.isChecked() for radio in (self.everything_radio, self.chosen_radio, self.list_radio))

    def _plan(self) -> None:
        ids = self._record_ids
        self.run_job(self._vault, lambda job_store, _progress: plan_export(job_store, ids), self._planned,
                     self.tr("Reading the records to export…"))

    # ---------------------------------------------------------------------------- filling

    def _fill_recipients(self, store: RecordStore, defaults: set[str]) -> None:
        for recipient in package_recipients(store):
            item = QListWidgetItem(texts.recipient_text(recipient))
            item.setData(RECIPIENT_ROLE, recipient)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if recipient.record_id in defaults else Qt.CheckState.Unchecked)
            self.recipients_list.addItem(item)
        if not self.recipients_list.count():
            self.recipients_note.setText(texts.no_recipients())
            self.recipients_note.show()

    def _add_scope_widgets(self, everything: bool, chosen: str, list_first: bool) -> None:
        """"What to export", above the list: what was chosen, everything in the window's list (ticked
        first if `list_first`), or everything (never ticked by default)."""
        layout = layout_of(self.flagged_group.parentWidget(), QBoxLayout)
        self.scope_group = QGroupBox(texts.scope_title(), self.form)
        self.scope_group.setObjectName("scopeGroup")
        self.scope_group.setAccessibleName(texts.scope_title())
        inner = QVBoxLayout(self.scope_group)
        if not self._chosen_ids and self._documents:
            chosen = texts.DOCUMENTS
        self.chosen_radio = QRadioButton(texts.chosen_label(chosen, len(self._chosen_ids)), self.scope_group)
        self.chosen_radio.setObjectName("chosenRadio")
        self.chosen_radio.setAccessibleName(self.chosen_radio.text().replace("&", ""))
        self.list_radio = QRadioButton(texts.listed_label(len(self._listed or [])), self.scope_group)
        self.list_radio.setObjectName("listRadio")
        self.list_radio.setAccessibleName(self.list_radio.text().replace("&", ""))
        self.list_radio.setVisible(bool(self._listed))
        self.everything_radio = QRadioButton(texts.everything_label(), self.scope_group)
        self.everything_radio.setObjectName("everythingRadio")
        self.everything_radio.setAccessibleName(texts.everything_label().replace("&", ""))
        self.scope_buttons = QButtonGroup(self.scope_group)
        for radio in (self.chosen_radio, self.list_radio, self.everything_radio):
            self.scope_buttons.addButton(radio)
            inner.addWidget(radio)
        has_chosen = bool(self._chosen_ids or self._documents)
        self.chosen_radio.setVisible(has_chosen)
        if everything:
            self.everything_radio.setChecked(True)
        elif self._listed and list_first:
            self.list_radio.setChecked(True)
            self._record_ids = list(self._listed)
        elif has_chosen:
            self.chosen_radio.setChecked(True)
        layout.insertWidget(0, self.scope_group)
        QWidget.setTabOrder(self.chosen_radio, self.list_radio)  # first in Tab order, as on screen
        QWidget.setTabOrder(self.list_radio, self.everything_radio)
        QWidget.setTabOrder(self.everything_radio, self.records_list)
        self.scope_buttons.buttonToggled.connect(self._scope_changed)

    def _scope_changed(self, _button: object, on: bool) -> None:
        """Plan again for the scope ticked now (the recipients and the passphrase stay as they are)."""
        if not on or self.job is not None or self._vault is None:
            return
        self._record_ids = (None if self.everything_radio.isChecked() else list(self._listed or [])
                            if self.list_radio.isChecked() else self._chosen_for_target())
        self._replan()

    def _chosen_for_target(self) -> list[str]:
        """The records chosen, for the target ticked now: a report's own as a protected PDF."""
        if self._report is not None and self.pdf_radio.isChecked():
            return list(self._report[0])
        return list(self._chosen_ids)

    def _documents_now(self) -> list[tuple[str, bytes]]:
        """The documents that travel: none in a protected PDF (it shows a report's records instead)."""
        return [] if self._report is not None and self.pdf_radio.isChecked() else self._documents

    def _replan(self) -> None:
        self.plan = None
        for widget in (self.records_model, self.flagged_model, self.excluded_list):
            widget.clear()
        self.what_label.clear()
        self.confirm_check.setChecked(False)  # a confirmation is for the records it was given for
        self.flagged_group.hide()
        self.excluded_group.hide()
        self._plan()

    def _add_recipient_button(self) -> None:
        """"Add a recipient…" under the recipients: a pasted age recipient or contact card becomes a contact."""
        layout = layout_of(self.recipients_list.parentWidget(), QBoxLayout)
        self.add_recipient_button = QPushButton(texts.add_recipient_label(), self.form)
        self.add_recipient_button.setObjectName("addRecipientButton")
        self.add_recipient_button.setAccessibleName(texts.add_recipient_label().replace("&", "").rstrip("…"))
        self.add_recipient_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.add_recipient_button)
        row.addStretch(1)
        layout.insertLayout(layout.indexOf(self.recipients_list) + 1, row)
        QWidget.setTabOrder(self.recipients_list, self.add_recipient_button)
        self.add_recipient_button.clicked.connect(self.add_recipient)
        self.add_recipient_dialog: AddContactDialog | None = None

    def add_recipient(self) -> AddContactDialog | None:
        """Open "Add a Recipient" (window-modal); the contact it adds is offered and ticked here."""
        if self._store is None:
            return None
        dialog = AddContactDialog(self._store, self, for_recipient=True)
        dialog.added.connect(self._recipient_added)
        dialog.finished.connect(lambda _result, d=dialog: self._recipient_dialog_closed(d))
        self.add_recipient_dialog = dialog
        dialog.open()
        return dialog

    def _recipient_dialog_closed(self, dialog: AddContactDialog) -> None:
        if self.add_recipient_dialog is dialog:
            self.add_recipient_dialog = None
        dialog.deleteLater()

    def _recipient_added(self, record_id: str) -> None:
        if self._store is None:
            return
        ticked = {r.record_id for r in self.chosen_recipients()} | {record_id}
        self.recipients_list.blockSignals(True)
        self.recipients_list.clear()
        self.recipients_note.hide()
        self.recipients_list.blockSignals(False)
        self._fill_recipients(self._store, ticked)
        self.recipients_radio.setChecked(True)
        added = [r for r in package_recipients(self._store) if r.record_id == record_id]
        self._recipients_changed()
        if added:
            self.say(texts.recipient_added(added[0].name))

    def _add_audience_widgets(self) -> None:
        """The "Left out" list, the own-devices note and "Mark as sent" (built here, beside the form's)."""
        layout = layout_of(self.flagged_group.parentWidget(), QBoxLayout)
        self.excluded_group = QGroupBox(texts.excluded_title(), self.form)
        self.excluded_group.setObjectName("excludedGroup")
        inner = QVBoxLayout(self.excluded_group)
        intro = QLabel(texts.excluded_intro(), self.excluded_group)
        intro.setWordWrap(True)
        self.excluded_list = QListWidget(self.excluded_group)
        self.excluded_list.setObjectName("excludedList")
        self.excluded_list.setAccessibleName(texts.excluded_title())
        inner.addWidget(intro)
        inner.addWidget(self.excluded_list)
        layout.insertWidget(layout.indexOf(self.flagged_group), self.excluded_group)
        self.excluded_group.hide()
        self.own_note = QLabel(texts.own_devices_note(), self.form)
        self.own_note.setObjectName("ownDevicesNote")
        self.own_note.setWordWrap(True)
        self.own_note.setAccessibleName(texts.own_devices_note())
        layout.insertWidget(layout.indexOf(self.armor_check), self.own_note)
        self.own_note.hide()
        self.mark_sent_check = QCheckBox(texts.mark_sent_label(), self.form)
        self.mark_sent_check.setObjectName("markSentCheck")
        self.mark_sent_check.setAccessibleName(texts.mark_sent_label().replace("&", ""))
        layout.insertWidget(layout.indexOf(self.armor_check) + 1, self.mark_sent_check)

    def _planned(self, plan: ExportPlan) -> None:
        self.plan = plan
        self.records_model.show(plan.records, [texts.document_line(name, len(data))
                                               for name, data in self._documents_now()])
        self._show_audience()
        self.update_buttons()

    def addressed_plan(self) -> ExportPlan | None:
        """The plan for the recipients ticked now: the NPM's own devices only, or anyone else."""
        if self.plan is None:
            return None
        own = False
        if self.recipients_radio.isChecked() and self._store is not None:
            chosen = [r.age_recipient for r in self.chosen_recipients()]
            try:
                own = own_devices_only(self._store, None, chosen)
            except NpmdeskError:
                own = False
        return self.plan.addressed(own)

    def _show_audience(self) -> None:
        """What leaves, what is left out and what needs confirming, for the recipients ticked now."""
        plan = self.addressed_plan()
        if plan is None:
            return
        self.what_label.setText(texts.what_leaves(plan, self._documents_now()))
        self.what_label.setAccessibleDescription(self.what_label.text())
        self.excluded_list.clear()
        for left in plan.excluded:
            self.excluded_list.addItem(texts.excluded_line(left))
        self.excluded_group.setVisible(bool(plan.excluded))
        flagged = plan.flagged_records
        self.flagged_model.show(flagged)
        self.flagged_group.setVisible(bool(flagged))
        self.own_note.setVisible(plan.own_devices)

    def chosen_recipients(self) -> list[Recipient]:
        items = [self.recipients_list.item(row) for row in range(self.recipients_list.count())]
        return [item.data(RECIPIENT_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _target_changed(self, *_args: object) -> None:
        inline_error.clear_error(self.recipients_error)
        if (self._report is not None and self.chosen_radio.isChecked() and self.job is None
                and self._vault is not None and self._chosen_for_target() != self._record_ids):
            self._record_ids = self._chosen_for_target()  # a report: its records as a PDF, its PDF in a package
            self._replan()
            return
        self._show_audience()
        self.update_buttons()

    def _recipients_changed(self, *_args: object) -> None:
        inline_error.clear_error(self.recipients_error)
        if not self.recipients_list.count():
            return
        unverified = [r.name for r in self.chosen_recipients() if not r.verified]
        self.recipients_note.setText(texts.unverified_warning(unverified) if unverified else "")
        self.recipients_note.setVisible(bool(unverified))
        self._show_audience()

    # ----------------------------------------------------------------------------- export

    def export(self) -> None:
        """Check the choices, ask where to save, then write the package off the GUI thread."""
        if self.plan is None or self.job is not None or self._vault is None:
            return
        inline_error.clear_error(self.error_label)
        addressed = self.addressed_plan()
        if addressed is not None and addressed.flagged and not self.confirm_check.isChecked():
            inline_error.show_error(self.flagged_error, ConfirmFirst(), self.confirm_check)
            return
        if self.pdf_radio.isChecked():
            self._write_pdf()
            return
        recipients = self.chosen_recipients() if self.recipients_radio.isChecked() else []
        if self.recipients_radio.isChecked() and not recipients:
            inline_error.show_error(self.recipients_error, NoRecipient(), self.recipients_list)
            return
        passphrase = None if recipients else self.passphrase.take_valid()
        if not recipients and passphrase is None:
            return
        target = texts.choose_target(self, dt.date.today())
        if target is None:
            if passphrase is not None:
                passphrase.wipe()
            return
        self._write(target, recipients, passphrase)

    def _write(self, target: Path, recipients: list[Recipient], passphrase: Secret | None) -> None:
        plan, vault, documents = self.plan, self._vault, self._documents
        assert plan is not None and vault is not None  # noqa: S101 - checked by export()
        try:
            identity = VaultIdentity.of(vault)
        except NpmdeskError as error:
            if passphrase is not None:
                passphrase.wipe()
            inline_error.show_error(self.error_label, error)
            return
        fingerprint = identity.fingerprint
        who = texts.who(recipients)
        armor, confirmed, log_n = self.armor_check.isChecked(), self.confirm_check.isChecked(), self.scrypt_log_n
        mark_sent = self.mark_sent_check.isChecked()
        language = formatting.language()  # summary.html in the sender's language

        def work(job_store: RecordStore, progress: Progress) -> ExportResult:
            # The core decides the audience again from the recipients, and leaves refused records out.
            return write_package(job_store, identity, plan, target, recipients=[r.age_recipient for r in recipients],
                                 passphrase=passphrase, armor=armor, confirmed=confirmed, documents=documents,
                                 progress=progress, scrypt_log_n=log_n, mark_sent=mark_sent, language=language)

        def cleanup() -> None:
            identity.close()
            if passphrase is not None:
                passphrase.wipe()

        self.run_job(vault, work, lambda result: self._written(result, who, fingerprint),
                     self.tr("Encrypting and signing the package…"), cleanup)

    def _written(self, result: ExportResult, who: str, fingerprint: str) -> None:
        self.export_result = result
        self._fingerprint = fingerprint
        self.say(texts.exported(result, who, fingerprint))
        self.update_buttons()
        self.cancel_button.setFocus()
        self.exported.emit(result)

    def _write_pdf(self) -> None:
        """Ask where, then paint, encrypt and write the PDF off the GUI thread; show its password."""
        plan = self.plan
        target = protected_pdf.choose_target(self, dt.date.today())
        if target is None or plan is None:
            return
        password = new_password()
        work = protected_pdf.work(plan, self._record_ids, target, password, confirmed=self.confirm_check.isChecked(),
                                  mark_sent=self.mark_sent_check.isChecked(),
                                  language_code=protected_pdf.document_language(),
                                  subject=self._report[1] if self._report is not None else "")
        self.run_job(self._vault, work, lambda result: self._pdf_written(result, password),
                     protected_pdf.making_text())

    def _pdf_written(self, result: PdfExportResult, password: str) -> None:
        self.export_result = result
        self.say(protected_pdf.exported_text(result))
        self.update_buttons()
        self.password_dialog = protected_pdf.PdfPasswordDialog(password, self)
        self.password_dialog.open()

    # ------------------------------------------------------------------- send by email

    def send_by_email(self) -> send_mail.SendMailDialog | None:
        """Ask for the addresses and the cover note's language (window-modal), then save and open."""
        if self.export_result is None or self._store is None or self.job is not None:
            return None
        ticked = [r.record_id for r in self.chosen_recipients()] if self.recipients_radio.isChecked() else []
        dialog = send_mail.SendMailDialog(self.export_result.path.name,
                                          send_mail.contact_addresses(self._store, ticked),
                                          protected_pdf.document_language(), self)
        dialog.chosen.connect(self._send_chosen)
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def _send_chosen(self, recipients: list[Address], language: str) -> None:
        result = self.export_result
        if result is None:
            return
        target = send_mail.choose_target(self, result.path)
        if target is None:
            return
        fingerprint = self._fingerprint if isinstance(result, ExportResult) else ""
        self.run_job(self._vault, send_mail.work(result.path, target, recipients, language, fingerprint),
                     self._drafted, send_mail.writing_text())

    def _drafted(self, result: DraftResult) -> None:
        self.say(send_mail.drafted_text(result))
        self.open_draft(result.path)

    # ---------------------------------------------------------------------- job dialog

    def cancelled_text(self) -> str:
        return texts.cancelled() if self.plan is not None else texts.planning_cancelled()

    def update_buttons(self) -> None:
        super().update_buttons()
        idle = self.job is None and self.export_result is None
        self.export_button.setEnabled(idle and self.plan is not None)
        self.send_button.setVisible(self.export_result is not None)
        self.send_button.setEnabled(self.job is None)
        self.pdf_radio.setEnabled(idle and (bool(self._report and self._report[0])
                                            or not (self.plan is not None and not self.plan.records)))
        for widget in (self.records_list, self.flagged_group, self.recipients_radio, self.passphrase_radio,
                       self.armor_check, self.mark_sent_check, self.scope_group):
            widget.setEnabled(idle)
        self.armor_check.setEnabled(idle and not self.pdf_radio.isChecked())
        self.recipients_list.setEnabled(idle and self.recipients_radio.isChecked())
        self.add_recipient_button.setEnabled(idle and self.recipients_radio.isChecked())
        self.passphrase_widget.setEnabled(idle and self.passphrase_radio.isChecked())

    def discard(self) -> None:
        """On lock: abandon a job in flight (its file is removed), forget the records, close."""
        self.abandon_job()
        if self.add_recipient_dialog is not None:
            self.add_recipient_dialog.discard()
        for dialog in (self.password_dialog, self.send_dialog):
            if dialog is not None:
                dialog.reject()
        self._store = self._vault = None
        self.plan = None
        for widget in (self.records_model, self.flagged_model, self.recipients_list, self.excluded_list):
            widget.clear()
        self.passphrase.edit.clear()
        self.passphrase.confirm.clear()
        self.what_label.clear()
        self.update_buttons()
        self.close()
