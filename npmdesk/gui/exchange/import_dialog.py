"""Import a package (`ui/import_dialog.ui`): preview, the signer shown plainly, then Import.

The package is opened off the GUI thread and previewed without changing anything (who made it,
who signed it, what each record would become). A package made for a passphrase asks for it in
a small window (again, with the reason, after a wrong one). A signer that is neither this vault
nor a verified contact needs the unchecked "I have compared the fingerprint with the sender"
box before Import is enabled; the import then accepts that signer only (same fingerprint).
Import runs off the GUI thread in one transaction (all or nothing) with Cancel; its result lists
records edited on both sides, which open with a double click. Records deleted in this vault are
listed as such and not brought back, unless the user ticks them. Any failure is one message and
leaves the vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.exchange import merge
from npmdesk.exchange.age import PassphraseRequired, WrongAgePassphrase
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.importer import Preview, Signer, import_package, preview_package
from npmdesk.gui import inline_error
from npmdesk.gui.exchange import import_texts as texts
from npmdesk.gui.exchange.job import Work
from npmdesk.gui.exchange.job_dialog import JobDialog
from npmdesk.gui.exchange.package_passphrase import PackagePassphraseDialog
from npmdesk.gui.theme import readable
from npmdesk.vault import Secret, Vault

ID_ROLE = Qt.ItemDataRole.UserRole


class ImportDialog(JobDialog):
    imported = Signal(object)  # Preview of what was done
    record_requested = Signal(str)  # a record of the result, double-clicked

    def __init__(self, vault: Vault, path: Path, parent: QWidget | None = None) -> None:
        super().__init__("import_dialog", parent)
        self.setObjectName("importDialog")
        self._vault: Vault | None = vault
        self.path = path
        self._passphrase: Secret | None = None
        self.preview: Preview | None = None
        self.import_result: Preview | None = None  # not `result`: that is QDialog's exit code
        self.passphrase_dialog: PackagePassphraseDialog | None = None
        self.file_label = self.child(QLabel, "fileLabel")
        self.from_label = self.child(QLabel, "fromLabel")
        self.signer_group = self.child(QGroupBox, "signerGroup")
        self.signer_label = self.child(QLabel, "signerLabel")
        self.fingerprint_label = self.child(QLabel, "fingerprintLabel")
        self.signer_advice = self.child(QLabel, "signerAdvice")
        self.trust_check = self.child(QCheckBox, "trustCheck")
        self.changes_label = self.child(QLabel, "changesLabel")
        self.changes_list = self.child(QListWidget, "changesList")
        self.passphrase_button = self.child(QPushButton, "passphraseButton")
        self.import_button = self.child(QPushButton, "importButton")
        self.file_label.setText(display.sentence(self.tr("File: {path}"), path=path))
        self.bar.setRange(0, 1000)  # thousandths of the package read
        self.signer_group.hide()
        self.passphrase_button.hide()
        self.trust_check.toggled.connect(self.update_buttons)
        self.import_button.clicked.connect(self.start_import)
        self.resize(max(self.width(), 720), max(self.height(), 600))
        self.passphrase_button.clicked.connect(lambda: self.ask_passphrase(""))
        self.changes_list.itemActivated.connect(self._activated)
        self.changes_list.itemChanged.connect(self.update_buttons)  # a deleted record ticked to come back
        self._preview()

    # ---------------------------------------------------------------------------- preview

    def _preview(self) -> None:
        path = self.path

        def work(identity: VaultIdentity, passphrase: Secret | None) -> Work:
            return lambda store, progress: preview_package(store, identity, path, passphrase=passphrase,
                                                           progress=progress)

        self._start(work, self._previewed, self.tr("Opening the package and checking its signature…"))

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        signer = preview.signer
        self.from_label.setText(texts.origin(preview))
        self.signer_label.setText(texts.signer_text(signer))
        colour = readable(texts.SIGNER_COLOURS.get(signer.status, texts.UNKNOWN_COLOUR)).name()  # dark palette too
        self.signer_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.fingerprint_label.setText(display.sentence(self.tr("Fingerprint: {fingerprint}"),
                                                        fingerprint=signer.fingerprint))
        self.signer_advice.setText(texts.signer_advice(signer))
        self.signer_advice.setVisible(not signer.trusted)
        self.trust_check.setVisible(not signer.trusted)
        self.trust_check.setChecked(False)
        self.signer_group.setAccessibleDescription(f"{self.signer_label.text()} {self.fingerprint_label.text()}")
        self.signer_group.show()
        self.changes_label.setText(texts.changes(preview))
        self._list_records(preview)
        self.say("")
        self.update_buttons()

    def _list_records(self, preview: Preview) -> None:
        self.changes_list.clear()
        plan = preview.plan
        self.changes_list.blockSignals(True)
        for outcome in texts.OUTCOMES:
            for record_id in plan.ids(outcome):
                title = display.gui_line(plan.titles.get(record_id, ""))  # isolated in an Arabic window
                item = QListWidgetItem(f"{texts.outcome_name(outcome)} · {title}")
                item.setData(ID_ROLE, record_id)
                if outcome in (merge.DELETED, merge.DELETED_CHANGED) and self.import_result is None:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
                    item.setToolTip(texts.restore_hint())
                self.changes_list.addItem(item)
        self.changes_list.blockSignals(False)

    def restore_ids(self) -> list[str]:
        """Records deleted here that the user ticked to bring back from the package."""
        items = (self.changes_list.item(row) for row in range(self.changes_list.count()))
        return [str(item.data(ID_ROLE)) for item in items
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked]

    def ask_passphrase(self, problem: str) -> None:
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.close()
        dialog = PackagePassphraseDialog(problem, self)
        dialog.answered.connect(self._passphrase_given)
        self.passphrase_dialog = dialog
        self.passphrase_button.show()
        dialog.show()

    def _passphrase_given(self, secret: Secret) -> None:
        if self._passphrase is not None:
            self._passphrase.wipe()
        self._passphrase = secret
        inline_error.clear_error(self.error_label)
        self._preview()

    # ----------------------------------------------------------------------------- import

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or self.job is not None or self.import_result is not None:
            return
        fingerprint = preview.signer.fingerprint
        compared = self.trust_check.isChecked()
        path = self.path
        restore = self.restore_ids()

        def accept(signer: Signer) -> bool:
            return signer.trusted or (compared and signer.fingerprint == fingerprint)

        def work(identity: VaultIdentity, passphrase: Secret | None) -> Work:
            return lambda store, progress: import_package(store, identity, path, passphrase=passphrase,
                                                          accept_signer=accept, progress=progress, restore=restore)

        self._start(work, self._imported,
                    self.tr("Importing: checking every record and file, then saving them all at once…"))

    def _imported(self, done: Preview) -> None:
        self.import_result = done
        self.say(texts.imported(done))
        self.changes_label.setText(texts.imported(done))
        self._list_records(done)
        self._forget_passphrase()
        self.imported.emit(done)
        self.update_buttons()
        self.cancel_button.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if self.import_result is not None and record_id and self.import_result.plan.outcomes.get(record_id) not in (
                merge.AHEAD, merge.DELETED, merge.DELETED_CHANGED):
            self.record_requested.emit(str(record_id))

    # ---------------------------------------------------------------------- job dialog

    def _start(self, make_work: Callable[[VaultIdentity, Secret | None], Work], done: Callable[[Preview], None],
               status: str) -> None:
        """Run a job with the vault's keys and its own copy of the package passphrase, both wiped
        on the worker thread when the job is over."""
        if self._vault is None or self.job is not None:
            return
        passphrase = Secret(bytearray(self._passphrase.buffer)) if self._passphrase is not None else None
        identity: VaultIdentity | None = None

        def cleanup() -> None:
            if identity is not None:
                identity.close()
            if passphrase is not None:
                passphrase.wipe()

        try:
            identity = VaultIdentity.of(self._vault)
        except NpmdeskError as error:
            cleanup()
            inline_error.show_error(self.error_label, error)
            return
        self.run_job(self._vault, make_work(identity, passphrase), done, status, cleanup)

    def job_failed(self, error: NpmdeskError) -> None:
        if isinstance(error, PassphraseRequired | WrongAgePassphrase):
            self.ask_passphrase("" if isinstance(error, PassphraseRequired) else inline_error.error_text(error))
        else:
            super().job_failed(error)

    def update_buttons(self, *_args: object) -> None:
        super().update_buttons()
        running = self.job is not None
        preview = self.preview
        ready = (preview is not None and self.import_result is None and not running
                 and (preview.plan.changes_anything or bool(self.restore_ids()))
                 and (preview.signer.trusted or self.trust_check.isChecked()))
        self.import_button.setEnabled(ready)
        self.trust_check.setEnabled(not running and self.import_result is None)
        self.passphrase_button.setEnabled(not running and self.preview is None)

    def done(self, result: int) -> None:
        self._forget_passphrase()
        super().done(result)

    def _forget_passphrase(self) -> None:
        if self._passphrase is not None:
            passphrase, self._passphrase = self._passphrase, None
            passphrase.wipe()

    def discard(self) -> None:
        """On lock: abandon a job in flight (its transaction rolls back), forget everything, close."""
        self.abandon_job()
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.close()
            self.passphrase_dialog = None
        self._vault = None
        self._forget_passphrase()
        self.preview = self.import_result = None
        self.changes_list.clear()
        for label in (self.from_label, self.signer_label, self.changes_label, self.status_label):
            label.clear()
        self.close()
