"""The three-pane workspace through the real window: navigator, list, detail pane, keyboard,
accessibility, and locking that drops everything."""

from __future__ import annotations

import gc
import io
import os
import weakref
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget

from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.records import field_labels, labels
from npmdesk.gui.records.history_dialog import HistoryDialog
from npmdesk.gui.session import Session
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.gui.workspace import DETAIL_PAGE
from npmdesk.records import Link, ListQuery, Record, attachments, kinds
from tests.support.common import PASSPHRASE
from tests.support.demo_vault import demo_store_fixture, demo_vault_fixture, demo_vault_path_fixture  # noqa: F401
from tests.support.doubles import MemoryKeyring
from tests.support.plaintext import files_containing
from tests.support.window_helpers import WAIT_MS, activate, open_window, press

INTERACTIVE = (QLineEdit, QAbstractButton, QAbstractItemView, QPlainTextEdit)
MARKERS = {"title": "QXGUITITLE-Заключённый-4411", "body": "QXGUIBODY-المحتجز-2290", "query": "QXGUIQUERY"}


def unnamed_controls(root: QWidget) -> list[str]:
    controls = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [f"{type(w).__name__} {w.objectName()}" for w in controls
            if not w.objectName().startswith("qt_") and not w.accessibleName()]


def rich_record(store) -> tuple[Record, Record]:
    """A contact and a communication with every part the detail pane shows, edited once."""
    contact = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active", fields={"role": "member"}))
    record = store.add(Record(
        kind="communication", title="First draft", body="Old text", date="2026-03-02", status="awaiting_reply",
        counterpart=contact.id, country="MX", sensitivity="strictly_confidential", personal_data=True,
        consent="given", tags=["annual-reports"], articles=[11, 20], pseudonyms={"Juan Pérez": "Person A"},
        links=[Link(contact.id, "about")],
        fields={"direction": "received", "channel": "email", "reply_by": "2026-04-01", "participants": ["Ana", "Li"]},
    ))
    record = store.update(Record(**{**record.__dict__, "title": MARKERS["title"], "body": MARKERS["body"]}))
    attachments.add(store, record.id, "annex.txt", io.BytesIO(b"x" * 2048))
    attachments.add(store, record.id, "photo.jpg", io.BytesIO(b"y" * 10))
    return contact, record


def test_every_sensitivity_has_a_colour_and_labels_read_the_glossary() -> None:
    # That every identifier has a name in every language: tests/records/test_glossary.py.
    assert set(kinds.SENSITIVITIES) == set(labels.SENSITIVITY_COLOURS)
    assert labels.status_name("awaiting_reply") == "Awaiting reply" and labels.kind_name("a_new_kind") == "A new kind"
    assert field_labels.field_label("checklist_done") == "Checklist items done"
    assert field_labels.choice_name("state", "addressee") == "State"


def test_the_navigator_sets_the_lists_query_with_counts_and_shortcuts(qtbot, demo_vault) -> None:
    window = open_window(qtbot, demo_vault)
    workspace, store = window.workspace, window.workspace.store
    navigator = workspace.navigator
    assert [navigator.item(row).data(Qt.ItemDataRole.UserRole) for row in range(navigator.count())] == [
        entry.key for entry in ENTRIES]
    assert navigator.current_entry().key == "inbox"
    assert workspace.list_model.query.kinds == ("communication",)
    assert workspace.list_model.pages_fetched <= 1  # the first screen reads one page, not the list
    for row, entry in enumerate(ENTRIES):
        count = store.count(entry.query)
        assert navigator.item(row).text() == f"{entry.name} ({QLocale().toString(count)})"
        if row < 9:
            press(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        else:
            press(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert navigator.current_entry() == entry
        assert workspace.list_model.query.kinds == entry.query.kinds
        assert workspace.list_model.query.in_bin == entry.query.in_bin
        assert workspace.list_model.rowCount() == count
        assert workspace.list_title.text() == entry.name
    press(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # wraps round to the Inbox
    assert navigator.current_entry().key == "inbox"
    press(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert navigator.current_entry().key == "bin"


def test_the_sort_order_chosen_by_clicking_stays_across_lists(qtbot, demo_vault) -> None:
    window = open_window(qtbot, demo_vault)
    workspace = window.workspace
    window.entry_actions[1].trigger()  # Contacts: by name, until the user chooses another order
    assert (workspace.list_model.query.order_by, workspace.list_model.query.descending) == ("title", False)
    window.entry_actions[0].trigger()
    assert (workspace.list_model.query.order_by, workspace.list_model.query.descending) == ("date", True)
    workspace.list_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert (workspace.list_model.query.order_by, workspace.list_model.query.descending) == ("title", False)
    window.entry_actions[7].trigger()  # Recommendations
    assert workspace.list_model.query.kinds == ("recommendation",)
    assert (workspace.list_model.query.order_by, workspace.list_model.query.descending) == ("title", False)
    assert workspace.list_view.horizontalHeader().sortIndicatorSection() == 2


def test_the_detail_pane_shows_every_part_of_the_record(qtbot, store) -> None:
    contact, record = rich_record(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
    detail = workspace.detail
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE and detail.record.id == record.id
    assert detail.title_label.text() == MARKERS["title"]
    assert detail.title_label.textFormat() == Qt.TextFormat.PlainText
    assert detail.marking_label.isVisible() and detail.marking_label.text() == "STRICTLY CONFIDENTIAL"
    assert detail.kind_label.text() == "Communication"
    rows = dict(detail.rows())
    assert rows["Status"] == "Awaiting reply" and rows["Counterpart"] == contact.title
    assert rows["Country"] == "Mexico (MX)" and rows["Direction"] == "Received" and rows["Channel"] == "Email"
    assert rows["Participants"] == "Ana, Li" and rows["Reply by"] and "-" not in rows["Reply by"]
    assert rows["Tags"] == "Annual reports"
    assert rows["OPCAT articles"].splitlines()[0].startswith("Art. 11 — SPT mandate")
    assert rows["Personal data"] == "Yes" and rows["Consent"] == "Given"
    assert rows["Juan Pérez (Person A)"] == "No consent recorded"  # a person named, their consent not recorded
    assert rows["About"] == "Contact: Rapporteur Ortiz"
    assert detail.body_view.toPlainText() == MARKERS["body"] and detail.body_view.isReadOnly()
    files = [detail.attachments_list.item(row).text() for row in range(detail.attachments_list.count())]
    assert files[0].startswith("annex.txt — 2") and "KiB" in files[0] and files[1].startswith("photo.jpg — 10")

    assert detail.history_button.isEnabled()
    qtbot.mouseClick(detail.history_button, Qt.MouseButton.LeftButton)
    dialog = detail.history_dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    assert dialog.version_list.topLevelItemCount() == 1
    assert dialog.version_list.topLevelItem(0).text(3) == "First draft"
    assert dialog.text_view.toPlainText() == "Old text"
    assert unnamed_controls(window) == [] and unnamed_controls(dialog) == []


def test_the_bin_lists_deleted_records_and_f5_refreshes(qtbot, store) -> None:
    _contact, record = rich_record(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    assert workspace.list_model.rowCount() == 1
    store.delete(record.id)
    store.add(Record(kind="communication", title="Another letter", fields={"direction": "sent", "channel": "letter"}))
    press(window, Qt.Key.Key_F5)
    assert workspace.list_model.rowCount() == 1 and workspace.list_model.index(0, 2).data() == "Another letter"
    assert workspace.navigator.item(len(ENTRIES) - 1).text().endswith("(1)")
    workspace.choose_entry(len(ENTRIES) - 1)
    assert workspace.list_model.index(0, 2).data() == MARKERS["title"]
    workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
    assert dict(workspace.detail.rows())["In the bin"]


def test_tab_moves_from_the_navigator_to_the_list(qtbot, demo_vault) -> None:
    window = open_window(qtbot, demo_vault)
    workspace = window.workspace
    workspace.navigator.setFocus()
    qtbot.keyClick(workspace.navigator, Qt.Key.Key_Tab)
    assert window.focusWidget() is workspace.list_view
    assert unnamed_controls(window) == []


def test_lock_drops_every_model_view_and_text(qtbot, demo_vault_path) -> None:
    session = Session(demo_vault_path, MemoryKeyring())
    session.start()
    try:
        dialog = session.dialog
        assert isinstance(dialog, UnlockDialog)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
        qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
        window = session.main_window
        activate(qtbot, window)
        workspace = window.workspace
        store_ref = weakref.ref(workspace.store)
        assert workspace.list_model.rowCount() == workspace.store.count(ListQuery(kinds=("communication",)))
        workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
        press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(workspace.search_box, "detention")
        qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
        assert workspace.search_model.rowCount() > 0 and workspace.detail.title_label.text()
        workspace.detail.show_history()
        history = workspace.detail.history_dialog
        assert history is not None and history.isVisible()
        parts = (workspace.list_model, workspace.search_model, workspace.navigator, workspace.detail,
                 workspace.dashboard, workspace.search_box, workspace.list_title)

        # Checked before the event loop deletes the window's widgets (deleteLater).
        window.lock_action.trigger()

        list_model, search_model, navigator, detail, dashboard, search_box, list_title = parts
        assert session.main_window is None and isinstance(session.dialog, UnlockDialog)
        assert window.workspace is None and window.centralWidget() is None and not window.isVisible()
        assert list_model.rowCount() == 0 and list_model.store is None and list_model.cached_pages() == []
        assert search_model.rowCount() == 0 and search_model.store is None and search_model.text == ""
        assert navigator.count() == 0 and search_box.text() == "" and not search_box.isUndoAvailable()
        assert detail.record is None and detail.history_dialog is None and not history.isVisible()
        assert detail.title_label.text() == "" and detail.body_view.toPlainText() == ""
        assert detail.attachments_list.count() == 0 and detail.rows() == []
        assert all(widget.count() == 0 for widget in dashboard.lists.values()) and list_title.text() == ""
        del parts, workspace, window, history
        gc.collect()
        assert store_ref() is None  # nothing in the GUI still holds the store, or through it the vault
    finally:
        session.shutdown()


def test_ctrl_l_locks_from_the_history_dialog_too(qtbot, store) -> None:
    rich_record(store)
    window = open_window(qtbot, store.vault)
    window.workspace.list_view.setCurrentIndex(window.workspace.list_model.index(0, 0))
    qtbot.mouseClick(window.workspace.detail.history_button, Qt.MouseButton.LeftButton)
    handle = window.workspace.detail.history_dialog.windowHandle()
    handle.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is handle, timeout=WAIT_MS)
    with qtbot.waitSignal(window.lock_requested, timeout=WAIT_MS):
        QTest.keyClick(handle, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_using_the_workspace_writes_no_plaintext_and_no_settings(qtbot, store, tmp_path, monkeypatch) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    folders = [tmp_path] + [Path(os.environ[v]) for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME",
                                                          "XDG_STATE_HOME")]

    def npmdesk_files() -> set[Path]:  # other tests' sessions may have left npmdesk.ini in the sandbox
        return {p for folder in folders[1:] for p in folder.rglob("*") if "npmdesk" in p.name.lower()}

    before = npmdesk_files()
    rich_record(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
    workspace.detail.show_history()
    workspace.focus_search()
    qtbot.keyClicks(workspace.search_box, MARKERS["query"])
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
    window.discard()
    assert files_containing(folders, MARKERS.values()) == []
    assert npmdesk_files() == before
