"""A day with npmdesk, end to end, through the same Session object `npmdesk` runs (gui/app.py):
from an empty folder, create the vault, write a letter with an annex, find it, reply, walk away
until the idle lock, unlock, and find everything where it was; then a visit and its
recommendations. The user's clicks and keys drive it; only the file chooser is answered by the
test, the idle clock is moved by hand, and the visit is recorded through the store API."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit

from npmdesk.gui.attachments.viewer import AttachmentViewer
from npmdesk.gui.locking.idle import DEFAULT_IDLE_MINUTES
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.recommendations.tracker_model import ID_ROLE as TRACKER_ID_ROLE
from npmdesk.gui.records.list_model import ID_ROLE
from npmdesk.gui.search.results_model import SNIPPET_COLUMN, SNIPPET_ROLE
from npmdesk.gui.search.snippet_delegate import snippet_html
from npmdesk.gui.session import Session
from npmdesk.gui.welcome.create_vault import CreateVaultDialog
from npmdesk.gui.welcome.recovery_code import RecoveryCodeDialog
from npmdesk.gui.workspace import DETAIL_PAGE, LIST_PAGE, TRACKER_PAGE, VISIT_PAGE
from npmdesk.records import Link, Record, RecordStore
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.form_helpers import CTRL, choose, open_form, save, type_into
from tests.support.locking_helpers import WAIT_MS, ManualClock, is_locked, no_bus_listener, preferences_in, unlock
from tests.support.visit_helpers import visit_dossier
from tests.support.window_helpers import activate, press

LETTER = "Budget cuts at the NPM"
BODY = "The quarterly allocation stopped in March; the NPM cannot pay for its visits."
ANNEX_WORD = "Zanzibarite"  # only in the attachment's text
ANNEX = f"Minutes of the meeting with the ministry. {ANNEX_WORD} budget line 4417."
REPLY_BODY = "Thank you; we will raise it with the State at the next session."
IDLE_SECONDS = DEFAULT_IDLE_MINUTES * 60
CODE_PATTERN = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$")


def row_of(key: str) -> int:
    return next(row for row, entry in enumerate(ENTRIES) if entry.key == key)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def session(qtbot, vault_path: Path, tmp_path: Path, clock: ManualClock) -> Iterator[Session]:
    """What `npmdesk --vault DIR` starts on an empty folder, with a clock the test moves and no D-Bus."""
    started = Session(vault_path, MemoryKeyring(), clock=clock, preferences=preferences_in(tmp_path),
                      listener=no_bus_listener())
    started.start()
    yield started
    started.shutdown()


def create_the_vault(qtbot, session: Session) -> MainWindow:
    """The welcome form, the recovery code shown once, "I have written it down", the main window."""
    dialog = session.dialog
    assert isinstance(dialog, CreateVaultDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.npm_name_edit, "Mecanismo Nacional de Prevencion")
    qtbot.keyClicks(dialog.user_name_edit, "Ana")
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClicks(dialog.passphrase.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(session.dialog, RecoveryCodeDialog), timeout=WAIT_MS)
    recovery = session.dialog
    qtbot.waitExposed(recovery)
    assert CODE_PATTERN.match(recovery.code_label.text())
    assert not recovery.continue_button.isEnabled()
    qtbot.keyClick(recovery.written_check, Qt.Key.Key_Space)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
    window = session.main_window
    activate(qtbot, window)
    assert window.windowTitle() == "npmdesk — Mecanismo Nacional de Prevencion"
    return window


def write_the_letter(qtbot, window: MainWindow) -> str:
    """Ctrl+N in the Inbox, the form filled in and saved; the new record's id (shown in the pane)."""
    workspace = window.workspace
    assert workspace.navigator.current_entry().key == "inbox" and workspace.list_model.rowCount() == 0
    form = open_form(qtbot, window, Qt.Key.Key_N)
    assert form.windowTitle() == "New communication"
    type_into(qtbot, form, "title", LETTER)
    choose(form, "direction", "received")
    choose(form, "channel", "email")
    type_into(qtbot, form, "body", BODY)
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    assert workspace.list_model.rowCount() == 1
    assert workspace.list_model.index(0, 2).data() == LETTER
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE and workspace.detail.title_label.text() == LETTER
    return workspace.detail.record.id


def attach_the_minutes(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    """Add files… on the record shown; the file chooser answers with one text file."""
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(ANNEX, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(minutes)], ""))
    panel = window.workspace.detail.attachments
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.job is None and panel.open_button.isEnabled(), timeout=WAIT_MS)
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("minutes.txt — ")
    assert panel.status_label.text() == "1 file(s) added."


def search_for(qtbot, window: MainWindow, word: str) -> None:
    """Ctrl+K, type, wait for the results to appear."""
    workspace = window.workspace
    activate(qtbot, window)  # back from the form's window
    press(window, Qt.Key.Key_K, CTRL)
    assert workspace.search_box.hasFocus()
    qtbot.keyClicks(workspace.search_box, word)
    qtbot.waitUntil(lambda: workspace.searching and workspace.search_model.text == word, timeout=WAIT_MS)


def test_a_day_with_npmdesk_from_an_empty_folder(qtbot, session, clock, vault_path, tmp_path, monkeypatch) -> None:
    assert not vault_path.exists()
    window = create_the_vault(qtbot, session)
    workspace = window.workspace

    letter_id = write_the_letter(qtbot, window)
    attach_the_minutes(qtbot, window, tmp_path, monkeypatch)

    # Ctrl+K finds the letter by a word of its text, the word highlighted in the snippet…
    search_for(qtbot, window, "quarterly")
    assert workspace.search_model.rowCount() == 1
    snippet = workspace.search_model.index(0, SNIPPET_COLUMN).data(SNIPPET_ROLE)
    assert "<b>quarterly</b>" in snippet_html(snippet).lower()
    assert "quarterly" in workspace.search_model.index(0, SNIPPET_COLUMN).data()  # shown without the marks
    # …and by a word found only in its attachment; Enter opens it.
    press(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(workspace.search_box, ANNEX_WORD.lower())
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.search_model.text == ANNEX_WORD.lower(), timeout=WAIT_MS)
    assert [workspace.search_model.index(r, 0).data(ID_ROLE) for r in range(workspace.search_model.rowCount())] == [
        letter_id]
    assert workspace.search_view.hasFocus() and workspace.detail.record.id == letter_id
    assert ANNEX_WORD.lower() in snippet_html(workspace.search_model.index(0, SNIPPET_COLUMN).data(
        SNIPPET_ROLE)).lower()

    # Reply in the thread, from the detail pane's Reply button.
    panel = workspace.detail.thread_panel
    assert panel.thread_ids() == [letter_id]
    before = len(window.forms.forms)
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.forms.forms) > before, timeout=WAIT_MS)
    form = window.forms.forms[-1]
    qtbot.waitExposed(form)
    assert form.envelope.inputs["title"].text() == f"Re: {LETTER}"
    assert form.fields.inputs["direction"].currentData() == "sent"
    type_into(qtbot, form, "body", REPLY_BODY)
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=WAIT_MS)
    reply_id = workspace.detail.record.id
    assert reply_id != letter_id and panel.thread_ids() == [letter_id, reply_id]

    # Escape leaves the search: the Inbox lists both; Home, then Down to the reply.
    activate(qtbot, window)
    press(window, Qt.Key.Key_K, CTRL)
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Escape)
    assert workspace.list_stack.currentIndex() == LIST_PAGE and workspace.list_model.rowCount() == 2
    assert workspace.list_view.hasFocus()
    reply_row = workspace.list_model.row_of(reply_id)
    qtbot.keyClick(workspace.list_view, Qt.Key.Key_Home)
    for _ in range(reply_row):
        qtbot.keyClick(workspace.list_view, Qt.Key.Key_Down)
    assert workspace.detail.record.id == reply_id

    # Five minutes without input: the vault locks, every window and text gone.
    clock.advance(IDLE_SECONDS - 1)
    assert not session.guard.idle.check() and session.main_window is window
    clock.advance(1)
    assert session.guard.idle.check()
    assert is_locked(session) and window.workspace is None
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())

    # The passphrase in the unlock window: the same list and record, the reply and the annex.
    window = unlock(qtbot, session)
    workspace = window.workspace
    assert workspace.navigator.current_entry().key == "inbox"
    assert workspace.list_stack.currentIndex() == LIST_PAGE and workspace.list_model.rowCount() == 2
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE and workspace.detail.record.id == reply_id
    assert workspace.list_view.currentIndex().row() == reply_row
    assert workspace.detail.body_view.toPlainText() == REPLY_BODY
    panel = workspace.detail.thread_panel
    assert panel.thread_ids() == [letter_id, reply_id]
    panel.messages.setFocus()
    qtbot.keyClick(panel.messages, Qt.Key.Key_Home)
    qtbot.keyClick(panel.messages, Qt.Key.Key_Return)  # the first message of the thread
    assert workspace.detail.record.id == letter_id and workspace.detail.body_view.toPlainText() == BODY
    attachments = workspace.detail.attachments
    assert attachments.list.count() == 1 and attachments.list.item(0).text().startswith("minutes.txt — ")
    attachments.list.setFocus()
    qtbot.keyClick(attachments.list, Qt.Key.Key_Return)  # open it: read from the vault into memory
    viewer = attachments.viewers[attachments.current_id()]
    assert isinstance(viewer, AttachmentViewer)
    qtbot.waitExposed(viewer)
    assert isinstance(viewer.content, QPlainTextEdit) and viewer.content.toPlainText() == ANNEX
    viewer.close()


def test_a_visit_and_its_recommendations_are_shown_after_they_were_recorded(qtbot, session) -> None:
    window = create_the_vault(qtbot, session)
    workspace = window.workspace
    store = RecordStore(session.vault)  # recorded by a colleague's import, say: through the store
    dossier = visit_dossier(store)
    for title, status, addressee in (("Publish the visit report", "in_progress", "state"),
                                     ("Give the NPM its own budget line", "not_started", "state"),
                                     ("Return to the police station", "implemented", "npm")):
        store.add(Record(kind="recommendation", title=title, status=status, links=[Link(dossier.report.id, "report")],
                         fields={"addressee": addressee, "report": dossier.report.id, "paragraph": "para. 12"}))
    press(window, Qt.Key.Key_F5)

    # Ctrl+6: Visits; a click on the visit shows its workspace.
    press(window, Qt.Key(Qt.Key.Key_1 + row_of("visits")), CTRL)
    assert workspace.navigator.current_entry().key == "visits"
    row = workspace.list_model.row_of(dossier.visit.id)
    view = workspace.list_view
    view.scrollTo(workspace.list_model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(
        workspace.list_model.index(row, 2)).center())
    assert workspace.right_stack.currentIndex() == VISIT_PAGE
    visit = workspace.visit_workspace
    assert visit.isVisible() and visit.title_label.text() == "SPT visit to Mexico (2026)"
    assert [label.text().splitlines()[0] for label in visit.phase_labels.values()] == [
        "Preparation", "During the visit", "Follow-up"]
    assert visit.item_for("background_sent").text(0) == "✓ Background information sent"
    assert visit.item_for("reprisal_checks").childCount() == 2
    assert visit.recommendations_label.text().startswith("3 recommendation(s) from this visit's reports")

    # Ctrl+8: Recommendations; the tracker's table and chart.
    press(window, Qt.Key(Qt.Key.Key_1 + row_of("recommendations")), CTRL)
    tracker = workspace.tracker
    assert workspace.list_stack.currentIndex() == TRACKER_PAGE and tracker.isVisible()
    assert sorted(tracker.model.index(r, 2).data() for r in range(tracker.model.rowCount())) == [
        "Give the NPM its own budget line", "Publish the visit report", "Return to the police station"]
    assert tracker.model.index(0, 0).data() == "Report on the visit to Mexico"
    counts = tracker.chart.counts()
    assert (counts["in_progress"], counts["not_started"], counts["implemented"]) == (1, 1, 1)
    assert tracker.summary_label.text().startswith("3 recommendation(s) shown.")
    tracker.table.setFocus()
    qtbot.keyClick(tracker.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: workspace.right_stack.currentIndex() == DETAIL_PAGE, timeout=WAIT_MS)
    assert workspace.detail.record.id == tracker.table.currentIndex().data(TRACKER_ID_ROLE)
