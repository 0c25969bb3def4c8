"""Saved email through the window: File → Import Email… and drops, the preview (dates with their time
zone, threads, duplicates, unreadable files, unknown people offered and never added unasked),
Import, Cancel, lock, the organisation's own addresses, and what the detail pane shows after."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from npmdesk.gui.mail import preview_dialog
from npmdesk.gui.mail.preview_dialog import MailImportDialog
from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.mail import importer
from npmdesk.mail.sources import read_paths
from npmdesk.records import attachments
from npmdesk.records.query import ListQuery
from tests.support import mail_samples as samples
from tests.support.drag_helpers import drop
from tests.support.window_helpers import WAIT_MS, open_window, press

DATE, FROM, SUBJECT, DIRECTION, STATE, THREAD = range(6)
NOT_MAIL = b"%PDF-1.4 this is not an email message at all\n"


@pytest.fixture
def window(qtbot, new_vault):
    return open_window(qtbot, new_vault[0])


def _write(folder: Path, **files: bytes) -> list[Path]:
    paths = []
    for name, data in files.items():
        path = folder / name.replace("_", ".")
        path.write_bytes(data)
        paths.append(path)
    return paths


def _previewed(qtbot, dialog: MailImportDialog | None) -> MailImportDialog:
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.plan is not None, timeout=WAIT_MS)
    return dialog


def _rows(dialog: MailImportDialog) -> list[list[str]]:
    view = dialog.messages_view
    return [[view.topLevelItem(row).text(column) for column in range(6)] for row in range(view.topLevelItemCount())]


def _people(dialog: MailImportDialog) -> list[str]:
    return [dialog.people_list.item(row).text() for row in range(dialog.people_list.count())]


def _import(qtbot, window, dialog: MailImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog not in window.mail.dialogs, timeout=WAIT_MS)  # closed, then deleted


def _communications(window) -> list[str]:
    store = window.workspace.store
    return sorted(summary.title for summary in store.list(ListQuery(kinds=("communication",), limit=50)))


def test_import_email_from_the_file_menu_shows_a_preview_then_imports_with_threads(qtbot, window, tmp_path,
                                                                                   monkeypatch) -> None:
    paths = _write(tmp_path, visit_eml=samples.thunderbird_utf8(), reply_eml=samples.outlook_cp1252_html())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(p) for p in paths], ""))
    action = window.mail.import_action
    assert action.text() == "Import E&mail…" and action in window.file_menu.actions()
    press(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(window.mail.dialogs), timeout=WAIT_MS)
    dialog = _previewed(qtbot, window.mail.dialogs[-1])
    visit, reply = _rows(dialog)
    assert visit[DATE].endswith("09:15 UTC+01:00") and "3 November 2026" in visit[DATE]
    assert visit[FROM] == "José Martínez <jose.martinez@npm.example.org>"
    assert visit[SUBJECT] == "Rapport de visite — centre de détention" and visit[THREAD] == ""
    assert visit[DIRECTION] == "Received" and visit[STATE] == "New"
    assert reply[SUBJECT].startswith("\u21b3 ") and reply[THREAD] == "Reply to a message in these files"
    assert reply[DATE].endswith("10:02 UTC")
    assert dialog.status_label.text() == "New: 2. Already in the vault: 0. Cannot be read: 0."
    assert dialog.notice.isVisible()  # no own addresses yet: said once, with the way to set them
    assert dialog.failures_list.isHidden()
    assert all(widget.accessibleName() for widget in (dialog.messages_view, dialog.people_list,
                                                      dialog.import_button, dialog.settings_button))

    _import(qtbot, window, dialog)
    assert _communications(window) == ["RE: Rapport de visite — centre",
                                       "Rapport de visite — centre de détention"]
    assert window.statusBar().currentMessage() == "2 email message(s) imported."
    assert window.workspace.list_view.model().rowCount() >= 1  # the list was refreshed
    store = window.workspace.store
    by_title = {s.title: s.id for s in store.list(ListQuery(kinds=("communication",), limit=10))}
    reply_record = store.get(by_title["RE: Rapport de visite — centre"])
    assert reply_record.fields["in_reply_to"] == by_title["Rapport de visite — centre de détention"]


def test_a_dropped_file_and_a_dropped_message_open_the_preview(qtbot, window, tmp_path) -> None:
    [path] = _write(tmp_path, visit_eml=samples.thunderbird_utf8())
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop(window, files)
    dialog = _previewed(qtbot, window.mail.dialogs[-1])
    assert [row[SUBJECT] for row in _rows(dialog)] == ["Rapport de visite — centre de détention"]
    dialog.reject()

    message = QMimeData()  # a message dragged out of a mail program: the bytes, no file
    message.setData("message/rfc822", samples.koi8r_reply())
    assert drop(window, message)
    dialog = _previewed(qtbot, window.mail.dialogs[-1])
    [row] = _rows(dialog)
    assert row[SUBJECT] == "\u21b3 Подтверждение" and row[DATE].endswith("14:00 UTC+06:00")
    _import(qtbot, window, dialog)
    assert _communications(window) == ["Подтверждение"]

    other = QMimeData()  # a PDF on the window is not mail: the window leaves it alone
    other.setUrls([QUrl.fromLocalFile(str(_write(tmp_path, notes_pdf=NOT_MAIL)[0]))])
    assert not drop(window, other)


def test_unknown_people_are_offered_and_only_those_ticked_become_contacts(qtbot, window, tmp_path) -> None:
    paths = _write(tmp_path, reply_eml=samples.outlook_cp1252_html(), russian_eml=samples.koi8r_reply())
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    assert _people(dialog) == ["Add as a contact: Ngozi Okafor <ngozi@ohchr.example>",
                               "Add as a contact: Лидия Петрова <lidia@npm-kg.example>"]
    assert all(dialog.people_list.item(row).checkState() == Qt.CheckState.Unchecked for row in range(2))
    dialog.people_list.item(1).setCheckState(Qt.CheckState.Checked)
    _import(qtbot, window, dialog)
    store = window.workspace.store
    contacts = store.list(ListQuery(kinds=("contact",), limit=10))
    assert [c.title for c in contacts] == ["Лидия Петрова"]
    assert store.get(contacts[0].id).fields["email"] == "lidia@npm-kg.example"
    by_title = {s.title: s.id for s in store.list(ListQuery(kinds=("communication",), limit=10))}
    assert store.get(by_title["Подтверждение"]).counterpart == contacts[0].id
    assert store.get(by_title["RE: Rapport de visite — centre"]).counterpart is None


def test_a_message_already_in_the_vault_is_greyed_and_not_imported_twice(qtbot, window, tmp_path) -> None:
    paths = _write(tmp_path, visit_eml=samples.thunderbird_utf8(), reply_eml=samples.outlook_cp1252_html())
    store = window.workspace.store
    importer.apply(store, importer.plan(store, read_paths(paths[:1])))
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    visit, reply = _rows(dialog)
    assert visit[STATE] == "Already in the vault" and reply[STATE] == "New"
    assert reply[THREAD] == "Reply to a message in the vault"
    greyed = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert dialog.messages_view.topLevelItem(0).foreground(SUBJECT).color() == greyed
    assert dialog.messages_view.topLevelItem(1).foreground(SUBJECT).color() != greyed
    _import(qtbot, window, dialog)
    assert len(_communications(window)) == 2
    assert window.statusBar().currentMessage() == "1 email message(s) imported."

    again = _previewed(qtbot, window.mail.open_paths(paths))  # everything is there: nothing to import
    assert [row[STATE] for row in _rows(again)] == ["Already in the vault"] * 2
    assert not again.import_button.isEnabled()


def test_an_unreadable_file_is_shown_with_its_sentence_and_nothing_is_stored(qtbot, window, tmp_path) -> None:
    paths = _write(tmp_path, notes_eml=NOT_MAIL)
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    assert dialog.failures_list.isVisibleTo(dialog) and dialog.messages_view.topLevelItemCount() == 0
    assert dialog.failures_list.item(0).text() == (
        "notes.eml: This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); "
        "nothing was imported from it.")
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert window.workspace.store.count() == 0


def test_cancel_while_reading_or_in_the_preview_changes_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    paths = _write(tmp_path, visit_eml=samples.thunderbird_utf8(), reply_eml=samples.outlook_cp1252_html())
    gate = threading.Event()

    def slow_reader(chosen):  # a large mbox: the first message read, the rest still coming
        yield from read_paths(chosen[:1])
        gate.wait(WAIT_MS / 1000)
        yield from read_paths(chosen[1:])

    monkeypatch.setattr(preview_dialog, "read_paths", slow_reader)
    dialog = window.mail.open_paths(paths)
    assert dialog is not None and dialog.job is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.status_label.text() == "Cancelling…"
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert dialog.status_label.text() == "Cancelled. Nothing was imported."
    assert dialog.plan is None and not dialog.import_button.isEnabled() and dialog.cancel_button.text() == "Cl&ose"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    monkeypatch.setattr(preview_dialog, "read_paths", read_paths)
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    dialog.people_list.item(0).setCheckState(Qt.CheckState.Checked)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # leaves the preview: nothing imported, nobody added
    assert not dialog.isVisible()
    assert window.workspace.store.count() == 0


def test_cancel_during_import_keeps_what_was_stored_and_says_so(qtbot, window, tmp_path, monkeypatch) -> None:
    paths = _write(tmp_path, visit_eml=samples.thunderbird_utf8(), reply_eml=samples.outlook_cp1252_html(),
                   russian_eml=samples.koi8r_reply())
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    gate = threading.Event()
    real_apply = importer.apply

    def slow_apply(store, plan, **options):  # the first message stored, then a pause
        progress = options.pop("progress")

        def paused(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                gate.wait(WAIT_MS / 1000)

        return real_apply(store, plan, progress=paused, **options)

    monkeypatch.setattr(importer, "apply", slow_apply)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace.store.count() >= 1, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    stored = len(_communications(window))
    assert 1 <= stored < 3
    assert dialog.status_label.text() == (
        f"Import stopped. {stored} message(s) imported before you cancelled stay in the vault; "
        "importing the same files again adds only the others.")
    assert not dialog.import_button.isEnabled()
    monkeypatch.setattr(importer, "apply", real_apply)
    again = _previewed(qtbot, window.mail.open_paths(paths))
    assert len(again.plan.new) == 3 - stored
    _import(qtbot, window, again)
    assert len(_communications(window)) == 3


def test_locking_during_the_preview_discards_it(qtbot, window, tmp_path) -> None:
    paths = _write(tmp_path, visit_eml=samples.thunderbird_utf8())
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    assert dialog.messages_view.topLevelItemCount() == 1
    window.discard()  # what locking does
    assert not dialog.isVisible() and dialog.plan is None and dialog.sources == []
    assert dialog.messages_view.topLevelItemCount() == 0 and dialog.people_list.count() == 0
    assert window.mail.dialogs == []


def test_the_organisations_addresses_are_set_in_preferences_and_make_mail_sent(qtbot, window, tmp_path) -> None:
    store = window.workspace.store
    paths = _write(tmp_path, visit_eml=samples.thunderbird_utf8())
    dialog = _previewed(qtbot, window.mail.open_paths(paths))
    assert _rows(dialog)[0][DIRECTION] == "Received" and dialog.notice.isVisible()
    opened: list[SettingsDialog] = []

    def show_preferences() -> None:  # what the session does on Edit → Preferences…
        settings = SettingsDialog(Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)),
                                  store, window)
        opened.append(settings)
        settings.show()

    window.preferences_requested.connect(show_preferences)
    qtbot.mouseClick(dialog.settings_button, Qt.MouseButton.LeftButton)  # the notice's way to the setting
    [settings] = opened
    setting = settings.own_addresses
    assert setting.field.accessibleName() == "Your organisation's email addresses"
    assert setting.label.buddy() is setting.field and setting.label.text() == "&Email addresses:"
    assert setting.field.parentWidget().objectName() == "vaultGroup"  # "Your NPM", kept in the vault
    save = settings.buttons.button(QDialogButtonBox.StandardButton.Save)
    setting.field.setText("jose.martinez@npm.example.org, not an address")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert settings.isVisible() and "Nothing was saved" in settings.error_label.text()
    assert importer.own_addresses(store) == []
    setting.field.setText("Jose.Martinez@npm.example.org, info@npm.example.org")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert importer.own_addresses(store) == ["jose.martinez@npm.example.org", "info@npm.example.org"]
    qtbot.waitUntil(lambda: dialog.job is None and _rows(dialog)[0][DIRECTION] == "Sent", timeout=WAIT_MS)
    assert not dialog.notice.isVisible()
    assert _people(dialog)[0] == "Add as a contact: SPT Secretariat <opcat@ohchr.example>"  # its recipients
    _import(qtbot, window, dialog)
    [summary] = store.list(ListQuery(kinds=("communication",), limit=5))
    assert store.get(summary.id).fields["direction"] == "sent"


def test_the_detail_pane_shows_the_time_zone_the_original_and_the_thread(qtbot, window, tmp_path) -> None:
    store = window.workspace.store
    visit, reply, russian = _write(tmp_path, visit_eml=samples.thunderbird_utf8(),
                                   reply_eml=samples.outlook_cp1252_html(), russian_eml=samples.koi8r_reply())
    [visit_id, russian_id] = importer.apply(store, importer.plan(store, read_paths([visit, russian])))
    pane = window.workspace.detail
    assert pane.show_record(store, russian_id)  # it answers a message not imported (yet)
    rows = dict(pane.rows())
    assert rows["Answers the message"] == "A message not in this vault: DB9PR01MB1234@eurprd01.prod.outlook.example"
    assert rows["Sent at"] == "5 November 2026, 14:00 UTC+06:00"

    [reply_id] = importer.apply(store, importer.plan(store, read_paths([reply])))
    assert pane.show_record(store, reply_id)
    rows = dict(pane.rows())
    assert rows["Sent at"] == "4 November 2026, 10:02 UTC"
    assert rows["In reply to"] == "Rapport de visite — centre de détention"
    assert "Answers the message" not in rows  # the message it answers is in the vault: named above
    original = pane.attachments_list.item(0)
    assert original.text().endswith("— the original message")
    sha256 = attachments.list_for(store, reply_id)[0].sha256
    assert f"SHA-256: {sha256}" in original.toolTip()
    assert not pane.attachments_list.item(1).text().endswith("— the original message")  # the inline image
    assert pane.show_record(store, russian_id)  # now linked to the reply that arrived
    assert "Answers the message" not in dict(pane.rows())
    assert visit_id in {summary.id for summary in store.thread(russian_id)}
