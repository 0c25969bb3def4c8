"""No English left in the windows the walk of test_untranslated_widgets.py does not reach: those that
open only after a file chooser was answered (a package's import preview: from a member device, a
stranger, with a passphrase, damaged; an email's import preview; an export written, refused by the
system, as a protected PDF, sent by email; Back Up Now and Restore a Backup; the attachment viewer;
a report saved as PDF), the questions actions ask (remove an attachment, remove a member device, a
decrypted copy or a PDF that leaves the vault unencrypted, discard changes, emergency erase's first
step, an email drag refused), a record's history, Verify Keys, the status bar after Move to bin,
and a vault in a team of two (Edit → Team…, Add Device, Sync Now, and the status bar's team line,
also with the team folder gone). Each is walked in English, then in French, Spanish, Arabic,
Russian and Portuguese, and compared place by place; an English sentence of the program inside a
translated text is caught too."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from npmdesk.gui import i18n
from npmdesk.gui.exchange.verify_keys_dialog import VerifyKeysDialog
from npmdesk.gui.records.history_dialog import open_history
from npmdesk.gui.reports.dialog import ReportDialog
from npmdesk.gui.team.status_line import TeamStatusLine
from npmdesk.gui.team.texts import short_fingerprint
from npmdesk.mail.dragged import Refusal
from npmdesk.mail.eml import read_eml
from npmdesk.records.query import ListQuery
from npmdesk.team.errors import TeamFolderMissing
from npmdesk.vault import Secret
from npmdesk.vault.backup import write_backup
from tests.gui.test_untranslated_widgets import (
    BIDI_MARKS,
    LANGUAGES,
    _strings,
    english_pieces,
    is_allowed,
    translated_as_english,
    user_data,
    visible_texts,
)
from tests.support import mail_samples
from tests.support.common import PASSPHRASE
from tests.support.event_loop import run_pending
from tests.support.exchange_helpers import answer_open_dialog, communication, package_from, side, wait_idle
from tests.support.modal_helpers import answer_modal
from tests.support.team_helpers import Side, own_device_contact, settle, team
from tests.support.window_helpers import TODAY, WAIT_MS, open_window

Shown = dict[str, set[tuple[str, str]]]
PACKAGE_PASSPHRASE = "a long package passphrase"
FILE_NAME = re.compile(r"^[\w.-]+\.\w{2,9}$")  # a file's name (a package, a changeset): the same in every language


@pytest.fixture
def office_in_a_team(tmp_path):
    """The office vault (a member of a team of two, synced once, with a letter carrying a text and a
    binary attachment); on disk, packages from the other device, from a stranger and a damaged one,
    three emails (well formed, careless, unreadable) and a backup; and the texts those hold."""
    with ExitStack() as stack:
        office, field = stack.enter_context(team(tmp_path, 2))
        letter = office.store.add(communication("Letter to the SPT"))
        office.attach(letter.id, "minutes.txt", b"Minutes of the visit")
        field.contact_for(office)
        settle([office, field])
        package = package_from(field, office.identity.recipient.encode(), tmp_path / "visit.age",
                               [field.store.add(communication("Visit note")).id])
        office.attach(letter.id, "scan.bin", bytes(range(256)) * 4)  # a kind the viewer cannot show
        stranger = stack.enter_context(side(tmp_path / "stranger", "NPM of Chile", "Eva"))
        unknown = package_from(stranger, office.identity.recipient.encode(), tmp_path / "unknown.age",
                               [stranger.store.add(communication("Note from afar")).id])
        own_device_contact(office, stranger, "Spare laptop")  # an own device that can join the team
        protected = package_from(stranger, "", tmp_path / "protected.age",
                                 [stranger.store.add(communication("Sent with a passphrase")).id],
                                 passphrase=Secret.from_passphrase(PACKAGE_PASSPHRASE))
        damaged = tmp_path / "damaged.age"
        damaged.write_bytes(package.read_bytes()[:300])
        mails = {"reply.eml": mail_samples.thunderbird_utf8(), "careless.eml": mail_samples.broken(),
                 "unreadable.eml": b"\x00\x01 not an email at all"}
        for name, data in mails.items():
            (tmp_path / name).write_bytes(data)
        backup = write_backup(office.vault, tmp_path / "office.npmbackup").path
        theirs = [short_fingerprint(field.identity.fingerprint), stranger.identity.fingerprint, "NPM of Chile",
                  *(text for name in ("reply.eml", "careless.eml")
                    for text in _strings(read_eml(mails[name], name=name)))]
        yield office, letter.id, {"packages": [package, unknown, damaged], "protected": protected,
                                  "mails": [tmp_path / name for name in mails], "backup": backup}, theirs


def _cells(window: QWidget) -> Iterator[tuple[str, str]]:
    """The texts (and tooltips) of the cells of `window`'s tables and trees that the program writes."""
    for table in window.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                if (item := table.item(row, column)) is not None:
                    yield f"{type(table).__name__} cell {column}", item.text()
                    yield from ((f"{type(table).__name__} cell {column} tooltip", line)
                                for line in item.toolTip().split("\n"))
    for tree in window.findChildren(QTreeWidget):
        items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
        for item in items:
            items += [item.child(row) for row in range(item.childCount())]
            for column in range(tree.columnCount()):
                yield f"{type(tree).__name__} cell {column}", item.text(column)
                yield from ((f"{type(tree).__name__} cell {column} tooltip", line)
                            for line in item.toolTip(column).split("\n"))


def _note(found: Shown, name: str, widget: QWidget) -> None:
    """Add what `widget` shows to `found[name]`, without the marks that isolate text right to left
    (an English sentence between them is still English)."""
    found[name].update((where, BIDI_MARKS.sub("", text)) for where, text in [*visible_texts(widget), *_cells(widget)]
                       if text)


def _question(found: Shown, name: str, box_name: str, ask: object) -> None:
    """Click through `ask` (a callable that raises the message box `box_name`), walk the box, answer Cancel."""
    seen: list[str] = []

    def walked(box: QMessageBox) -> QAbstractButton | None:
        _note(found, name, box)
        return None

    answer_modal(box_name, walked, seen)
    ask()  # type: ignore[operator]
    assert seen, box_name


def walk(qtbot, monkeypatch, office: Side, letter_id: str, files: dict[str, Path], folder: Path) -> Shown:
    """window name → the (where, text) pairs it shows."""
    found: Shown = defaultdict(set)
    window = open_window(qtbot, office.vault)
    line = window.team_sync.line
    qtbot.waitUntil(lambda: bool(line.sentence) and not window.team_sync.busy, timeout=WAIT_MS)
    _note(found, "main window, in a team", window)

    window.team.action.trigger()
    team_dialog = window.team.dialog
    qtbot.waitExposed(team_dialog)
    run_pending(qtbot)
    _note(found, "team", team_dialog)
    qtbot.waitUntil(lambda: team_dialog.job is None and team_dialog.table.rowCount() == 1, timeout=WAIT_MS)
    team_dialog.table.setCurrentCell(0, 0)
    _question(found, "remove a member device", "teamRemoveBox", team_dialog.remove_button.click)
    team_dialog.sync_button.click()
    qtbot.waitUntil(lambda: team_dialog.job is None and bool(team_dialog.sync_result.text()), timeout=WAIT_MS)
    _note(found, "team, after Sync Now", team_dialog)
    team_dialog.add_button.click()
    qtbot.waitUntil(lambda: team_dialog.add_dialog is not None and team_dialog.add_dialog.isVisible(), timeout=WAIT_MS)
    _note(found, "team, add a device", team_dialog.add_dialog)
    team_dialog.add_dialog.done(0)
    team_dialog.close()
    before = line.sentence
    (folder.parent / "team").rename(folder.parent / "team-away")
    window.team_sync.sync_now()
    qtbot.waitUntil(lambda: not window.team_sync.busy and line.sentence != before, timeout=WAIT_MS)
    _note(found, "main window, the team folder missing", window)
    (folder.parent / "team-away").rename(folder.parent / "team")

    def typed_and_walked(box: QDialog) -> None:
        box.name_edit.setText(office.vault.folder.name)
        _note(found, "emergency erase, the name typed", box)
        box.done(0)

    QTimer.singleShot(0, lambda: typed_and_walked(window.destroy_dialog))
    window.destroy_action.trigger()

    for number, package in enumerate(files["packages"]):  # from a member device, a stranger; damaged
        answer_open_dialog(monkeypatch, package)
        window.exchange.import_action.trigger()
        qtbot.waitUntil(lambda: len(window.exchange.dialogs) == 1, timeout=WAIT_MS)
        preview = window.exchange.dialogs[-1]
        qtbot.waitExposed(preview)
        wait_idle(qtbot, preview)
        _note(found, f"package import preview {number}", preview)
        preview.done(0)
        qtbot.waitUntil(lambda: not window.exchange.dialogs, timeout=WAIT_MS)

    answer_open_dialog(monkeypatch, files["protected"])
    window.exchange.import_action.trigger()
    qtbot.waitUntil(lambda: len(window.exchange.dialogs) == 1, timeout=WAIT_MS)
    preview = window.exchange.dialogs[-1]
    qtbot.waitUntil(lambda: preview.passphrase_dialog is not None, timeout=WAIT_MS)
    asked = preview.passphrase_dialog
    _note(found, "package passphrase", asked)
    asked.edit.setText("not it")
    asked.ok_button.click()
    qtbot.waitUntil(lambda: preview.passphrase_dialog not in (None, asked), timeout=WAIT_MS)
    _note(found, "package passphrase, wrong", preview.passphrase_dialog)
    preview.passphrase_dialog.edit.setText(PACKAGE_PASSPHRASE)
    preview.passphrase_dialog.ok_button.click()
    qtbot.waitUntil(lambda: preview.job is None and preview.preview is not None, timeout=WAIT_MS)
    _note(found, "package import preview, a passphrase package", preview)
    preview.done(0)
    qtbot.waitUntil(lambda: not window.exchange.dialogs, timeout=WAIT_MS)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(p) for p in files["mails"]], ""))
    mail = window.mail.choose_files()
    assert mail is not None
    qtbot.waitExposed(mail)
    qtbot.waitUntil(lambda: mail.job is None and mail.plan is not None, timeout=WAIT_MS)
    _note(found, "email import preview", mail)
    mail.done(0)
    for refusal in Refusal:
        box = window.mail.refuse(refusal)
        qtbot.waitExposed(box)
        _note(found, f"email drag refused: {refusal.value}", box)
        box.done(0)

    export = window.exchange.export_all()
    assert export is not None
    qtbot.waitExposed(export)
    wait_idle(qtbot, export)
    _note(found, "export, planned", export)
    export.recipients_list.item(0).setCheckState(Qt.CheckState.Checked)
    export.confirm_check.setChecked(True)  # the records carry real names: for the NPM's own devices only
    target = {"path": folder / "usb" / "out.age"}  # the folder is not there yet: the system refuses first
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target["path"]), args[3]))
    export.export_button.click()
    qtbot.waitUntil(lambda: export.job is None and bool(export.error_label.text()), timeout=WAIT_MS)
    _note(found, "export, the folder not there", export)
    (folder / "usb").mkdir(parents=True)
    export.export_button.click()
    qtbot.waitUntil(lambda: export.job is None and export.export_result is not None, timeout=WAIT_MS)
    _note(found, "export, written", export)
    send = export.send_by_email()
    assert send is not None
    qtbot.waitExposed(send)
    _note(found, "export, send by email", send)
    send.done(0)
    export.done(0)

    export = window.exchange.export_all()
    assert export is not None
    wait_idle(qtbot, export)
    export.pdf_radio.setChecked(True)
    export.confirm_check.setChecked(True)
    target["path"] = folder / "usb" / "records.pdf"
    export.export_button.click()
    qtbot.waitUntil(lambda: export.job is None and export.password_dialog is not None, timeout=WAIT_MS)
    qtbot.waitExposed(export.password_dialog)
    _note(found, "export as a protected PDF, written", export)
    _note(found, "export as a protected PDF, its password", export.password_dialog)
    export.password_dialog.done(0)
    export.done(0)

    target["path"] = folder / "unplugged" / "office.npmbackup"
    window.backups.back_up_action.trigger()
    progress = window.backups.now.dialog
    qtbot.waitUntil(lambda: not progress.running, timeout=WAIT_MS)
    _note(found, "backup now, the folder not there", progress)
    progress.done(0)
    target["path"] = folder / "usb" / "office.npmbackup"
    window.backups.back_up_action.trigger()
    progress = window.backups.now.dialog
    qtbot.waitUntil(lambda: not progress.running, timeout=WAIT_MS)
    _note(found, "backup now, finished", progress)
    progress.done(0)

    answer_open_dialog(monkeypatch, files["backup"])
    window.vault_menu.restore_action.trigger()
    restore = window.vault_menu.restore_dialog
    qtbot.waitExposed(restore)
    restore.backup_button.click()
    run_pending(qtbot)
    _note(found, "restore, a backup chosen", restore)
    qtbot.keyClicks(restore.folder_edit, str(folder / "restored"))
    qtbot.keyClicks(restore.secret_edit, "not the passphrase")
    qtbot.keyClick(restore.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: restore.job is None, timeout=WAIT_MS)
    run_pending(qtbot)
    _note(found, "restore, the wrong passphrase", restore)
    qtbot.keyClicks(restore.secret_edit, PASSPHRASE)
    qtbot.keyClick(restore.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: restore.restored is not None, timeout=WAIT_MS)
    _note(found, "restore, done", restore)
    restore.done(0)

    window.workspace.show_record(letter_id)
    panel = window.workspace.detail.attachments
    panel.list.setCurrentRow(0)
    panel.open_current()
    viewer = next(iter(panel.viewers.values()))
    qtbot.waitExposed(viewer)
    run_pending(qtbot)
    _note(found, "attachment viewer", viewer)
    viewer.close()
    panel.list.setCurrentRow(1)
    panel.open_current()
    viewer = panel.viewers[panel.current_id()]
    qtbot.waitExposed(viewer)
    run_pending(qtbot)
    _note(found, "attachment viewer, a kind it cannot show", viewer)
    viewer.close()
    _question(found, "remove an attachment", "removeAttachmentQuestion", panel.remove_button.click)
    _question(found, "a decrypted copy", "plaintextCopyWarning", panel.save_button.click)
    panel.list.setCurrentRow(0)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(folder / "copy.txt"), ""))
    answer_modal("plaintextCopyWarning", lambda box: box.findChild(QAbstractButton, "confirmPlaintextCopy"), [])
    panel.save_button.click()
    qtbot.waitUntil(lambda: panel.job is None and (folder / "copy.txt").exists(), timeout=WAIT_MS)
    _note(found, "a decrypted copy, saved", window)

    report = ReportDialog(office.store, window, today=lambda: TODAY)
    qtbot.addWidget(report)
    report.show()
    qtbot.waitExposed(report)
    _question(found, "a report as PDF", "reportPlaintextWarning", report.save_button.click)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(folder / "report"), ""))
    answer_modal("reportPlaintextWarning", lambda box: box.findChild(QAbstractButton, "confirmReportPlaintext"), [])
    report.save_button.click()
    qtbot.waitUntil(lambda: report.job is None and (folder / "report.pdf").exists(), timeout=WAIT_MS)
    _note(found, "a report as PDF, saved", report)
    report.done(0)
    history = open_history(office.store, office.store.get(letter_id), window)
    qtbot.waitExposed(history)
    _note(found, "history of a record", history)
    history.done(0)
    contact = next(row for row in office.store.list(ListQuery(kinds=("contact",))) if row.title == "Field laptop")
    verify = VerifyKeysDialog(office.store, office.store.get(contact.id), window)
    qtbot.addWidget(verify)
    verify.show()
    qtbot.waitExposed(verify)
    _note(found, "verify keys", verify)
    verify.done(0)

    form = window.forms.new("communication")
    assert form is not None
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.envelope.inputs["title"], "Draft")
    form.reject()
    qtbot.waitUntil(lambda: form.discard_box is not None and form.discard_box.isVisible(), timeout=WAIT_MS)
    _note(found, "discard changes?", form.discard_box)
    form.discard()

    bar = window.statusBar()
    window.forms.move_to_bin()
    qtbot.waitUntil(lambda: bool(bar.currentMessage()), timeout=WAIT_MS)
    found["move to bin"].add(("status bar message", bar.currentMessage()))
    bar.clearMessage()
    window.workspace.show_record(letter_id)
    window.forms.restore()
    qtbot.waitUntil(lambda: bool(bar.currentMessage()), timeout=WAIT_MS)
    found["restore from the bin"].add(("status bar message", bar.currentMessage()))
    window.discard()
    return found


def test_no_window_behind_a_chooser_or_a_question_shows_english(qtbot, qapp, monkeypatch, tmp_path,
                                                                 office_in_a_team) -> None:
    office, letter_id, files, theirs = office_in_a_team
    applied = i18n.apply_language(qapp, "en")
    try:
        english = walk(qtbot, monkeypatch, office, letter_id, files, tmp_path / "en")
    finally:
        applied.remove()
        QApplication.processEvents()
    assert {"package import preview 1", "email import preview", "restore, the wrong passphrase", "attachment viewer",
            "remove a member device", "remove an attachment", "a decrypted copy"} <= set(english)
    assert any("Field laptop" in text for _where, text in english["main window, in a team"])  # the team line
    data = [*user_data(office.store), *theirs, "minutes.txt", "Minutes of the visit", "Visit note", "Note from afar",
            "Sent with a passphrase", "Draft",
            str(tmp_path / "team")]
    data.sort(key=len, reverse=True)
    offenders: list[str] = []
    for code in LANGUAGES:
        applied = i18n.apply_language(qapp, code)
        try:
            translated = walk(qtbot, monkeypatch, office, letter_id, files, tmp_path / code)
        finally:
            applied.remove()
            QApplication.processEvents()
        kept = translated_as_english(code)
        pieces = english_pieces(code)
        for name, shown in translated.items():
            offenders += [f"[{code}] {where}: {text[:90]!r} (in {name})"
                          for where, text in sorted(shown & english.get(name, set()))
                          if not FILE_NAME.match(text) and not is_allowed(text, data, kept, code)]
            offenders += [f"[{code}] {where}: English {piece!r} inside {text[:90]!r} (in {name})"
                          for where, text in sorted(shown - english.get(name, set()))
                          for piece in pieces if piece in text]
    assert not offenders, "English left:\n" + "\n".join(offenders)


def test_a_failed_sync_on_the_team_line_is_said_in_the_users_language(qtbot, qapp, tmp_path) -> None:
    """A background sync that fails with a message naming its folder: the line's reason is the
    translated sentence with the folder filled in, not the English one."""
    error = TeamFolderMissing(tmp_path / "team")
    applied = i18n.apply_language(qapp, "fr")
    try:
        line = TeamStatusLine()
        qtbot.addWidget(line)
        line.show_failure(error)
        translated = QCoreApplication.translate("NpmdeskError", error.template)
        assert translated != error.template  # French has this sentence
        assert translated.split("{path}")[0] in line.sentence and "The team folder" not in line.sentence
    finally:
        applied.remove()
