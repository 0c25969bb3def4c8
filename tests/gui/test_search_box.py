"""Search everywhere: Ctrl+K, results as you type (debounced), highlighted snippets, Escape."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QAbstractItemModelTester

from npmdesk.gui.search import search_box
from npmdesk.gui.search.results_model import SNIPPET_COLUMN, SNIPPET_ROLE, SearchResultsModel
from npmdesk.gui.search.search_box import SearchBox
from npmdesk.gui.search.snippet_delegate import snippet_html
from npmdesk.gui.workspace import LIST_PAGE, SEARCH_PAGE
from npmdesk.records import ListQuery
from tests.support.demo_vault import demo_store_fixture, demo_vault_fixture, demo_vault_path_fixture  # noqa: F401
from tests.support.window_helpers import WAIT_MS, open_window, press


def test_typing_searches_once_after_a_pause(qtbot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    searched: list[str] = []
    box.search_changed.connect(searched.append)
    qtbot.keyClicks(box, "detent")
    assert searched == [] and box.pending()  # nothing yet: the user is still typing
    with qtbot.waitSignal(box.search_changed, timeout=search_box.DEBOUNCE_MS * 10):
        pass
    assert searched == ["detent"]
    box.setText("")  # the clear button: back at once
    assert searched == ["detent", ""] and not box.pending()


def test_escape_clears_the_field_and_its_undo_history(qtbot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    qtbot.keyClicks(box, "secret words")
    with qtbot.waitSignal(box.escaped):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert box.text() == "" and not box.pending() and not box.isUndoAvailable()


def test_ctrl_k_searches_and_shows_highlighted_results(qtbot, demo_vault) -> None:
    window = open_window(qtbot, demo_vault)
    workspace = window.workspace
    assert window.search_action.shortcut() == QKeySequence("Ctrl+K")
    workspace.list_view.setFocus()
    press(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is workspace.search_box
    qtbot.keyClicks(workspace.search_box, "detention")
    qtbot.waitUntil(lambda: workspace.searching, timeout=WAIT_MS)
    model = workspace.search_model
    assert workspace.list_stack.currentIndex() == SEARCH_PAGE and model.rowCount() > 0
    hits = workspace.store.search("detention", ListQuery(limit=model.rowCount()))
    assert [model.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(3)] == [h.record.id for h in hits[:3]]
    snippet = model.index(0, SNIPPET_COLUMN).data(SNIPPET_ROLE)
    assert "\x02" in snippet and "\x03" in snippet
    shown = model.index(0, SNIPPET_COLUMN).data()
    folded = unicodedata.normalize("NFKD", shown.lower()).encode("ascii", "ignore").decode()
    assert "\x02" not in shown and "detention" in folded  # the search ignores accents: "détention" matches
    assert model.index(0, SNIPPET_COLUMN).data(Qt.ItemDataRole.ToolTipRole) is None
    assert workspace.search_view.grab().width() > 0  # the snippet delegate paints
    assert "result" in workspace.list_title.text()


def test_down_moves_to_the_results_and_a_result_opens_in_the_detail_pane(qtbot, demo_vault) -> None:
    window = open_window(qtbot, demo_vault)
    workspace = window.workspace
    workspace.focus_search()
    qtbot.keyClicks(workspace.search_box, "reprisal")
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Down)  # searches at once, no wait for the pause
    assert workspace.searching and workspace.search_view.currentIndex().row() == 0
    assert [i.row() for i in workspace.search_view.selectionModel().selectedRows()] == [0]  # shown as selected
    hit = workspace.search_model.hit(0)
    assert workspace.detail.record is not None and workspace.detail.record.id == hit.record.id


def test_escape_returns_to_the_navigators_list(qtbot, demo_vault) -> None:
    window = open_window(qtbot, demo_vault)
    workspace = window.workspace
    window.entry_actions[5].trigger()  # Visits
    workspace.list_view.setCurrentIndex(workspace.list_model.index(2, 0))
    selected = workspace.detail.record.id
    workspace.focus_search()
    qtbot.keyClicks(workspace.search_box, "budget")
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
    workspace.search_view.setCurrentIndex(workspace.search_model.index(0, 0))
    assert workspace.detail.record.id != selected
    workspace.focus_search()
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Escape)
    assert workspace.search_box.text() == "" and workspace.list_stack.currentIndex() == LIST_PAGE
    assert workspace.search_model.rowCount() == 0 and workspace.search_model.store is None
    assert workspace.navigator.current_entry().key == "visits"
    assert workspace.list_view.currentIndex().row() == 2 and workspace.detail.record.id == selected
    assert workspace.list_title.text() == "Visits"


def test_snippets_are_escaped_and_only_the_marks_become_bold() -> None:
    assert snippet_html("<i>a</i> & \x02détention\x03\n…") == "&lt;i&gt;a&lt;/i&gt; &amp; <b>détention</b> …"


def test_the_results_model_passes_qts_model_tester_and_pages(qtlog, demo_store) -> None:
    model = SearchResultsModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    # The tester would call fetchMore from its checks while a reset is still in flight (a
    # false alarm); fetchMore is exercised here instead, with the tester watching the inserts.
    tester.setUseFetchMore(False)
    model.search(demo_store, "the")
    first = model.rowCount()
    assert first > 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() > first
    model.search(demo_store, "   ")
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.search(demo_store, "zzzqqqnothing")
    assert model.rowCount() == 0
    model.clear()
    failures = [r.message for r in qtlog.records if (r.context.category or "") == "qt.modeltest"]
    assert tester is not None and failures == []
