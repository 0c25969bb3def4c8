"""Search results a user can read and narrow: snippets show what people wrote (never an id or a
stored identifier), filters for kind, status, sensitivity, counterpart, country and dates narrow
the results, and the detail pane follows the current result as the arrow keys move."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from npmdesk.gui.search.results_model import SNIPPET_COLUMN, SNIPPET_ROLE
from npmdesk.gui.workspace import DASHBOARD_PAGE
from npmdesk.records import ListQuery, Record, kinds
from tests.support.window_helpers import WAIT_MS, open_window

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")
IDENTIFIERS = {choice for spec in kinds.KINDS.values() for fs in spec.fields for choice in fs.choices if "_" in choice}


def contact(store, name: str) -> Record:
    return store.add(Record(kind="contact", title=name, status="active", fields={"role": "country_rapporteur"}))


def letter(store, title: str, **changes) -> Record:
    values = {"kind": "communication", "title": title, "body": "About the budget of the mechanism.",
              "date": "2026-03-02", "status": "sent", "fields": {"direction": "sent", "channel": "letter"},
              **changes}
    return store.add(Record(**values))


def search(qtbot, window, text: str) -> None:
    workspace = window.workspace
    workspace.focus_search()
    qtbot.keyClicks(workspace.search_box, text)
    qtbot.keyClick(workspace.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace.searching, timeout=WAIT_MS)


def found(window) -> set[str]:
    model = window.workspace.search_model
    return {model.hit(row).record.id for row in range(model.rowCount())}


def test_snippets_show_what_was_written_never_ids_or_identifiers(qtbot, store) -> None:
    visit = store.add(Record(kind="visit", title="Lurigancho prison", date="2026-02-01"))
    report = store.add(Record(kind="report", title="Findings", body="Overcrowding in every wing.",
                              status="received", fields={"report_type": "visit_report_to_state",
                                                            "visit": visit.id, "obtained_via": "from_state"}))
    hits = store.search("state")  # found by the report's type, stored as an identifier
    assert report.id in [hit.record.id for hit in hits]
    snippet = next(hit.snippet for hit in hits if hit.record.id == report.id)
    assert "Overcrowding" in snippet and "visit_report_to_state" not in snippet and visit.id[:8] not in snippet
    window = open_window(qtbot, store.vault)
    for text in ("state", "visit", visit.id[:8], "from"):
        search(qtbot, window, text)
        model = window.workspace.search_model
        for row in range(model.rowCount()):
            for shown in (model.index(row, SNIPPET_COLUMN).data(), model.index(row, SNIPPET_COLUMN).data(SNIPPET_ROLE)):
                assert not UUID.search(shown), (text, shown)
                assert not set(re.findall(r"\w+", shown)) & IDENTIFIERS, (text, shown)
        window.workspace.leave_search()


def test_each_filter_narrows_the_results(qtbot, store) -> None:
    ortiz, mora = contact(store, "Rapporteur Ortiz"), contact(store, "Rapporteur Mora")
    first = letter(store, "Budget letter to Ortiz", counterpart=ortiz.id, country="MX", date="2026-01-10")
    second = letter(store, "Budget letter to Mora", counterpart=mora.id, country="PE", date="2026-06-10",
                    sensitivity="confidential", status="draft")
    visit = store.add(Record(kind="visit", title="Visit on the budget", date="2026-09-01", country="PE"))
    window = open_window(qtbot, store.vault)
    search(qtbot, window, "budget")
    filters = window.workspace.search_filters
    assert filters.isVisible() and found(window) == {first.id, second.id, visit.id}

    def choose(combo, value) -> set[str]:
        index = combo.findData(value)
        assert index >= 0, value
        combo.setCurrentIndex(index)
        shown = found(window)
        filters.reset()
        assert found(window) == {first.id, second.id, visit.id}
        return shown

    assert choose(filters.kind, "visit") == {visit.id}
    assert filters.kind.itemText(filters.kind.findData("visit")) == "Visit"  # labels, not identifiers
    assert choose(filters.status, "draft") == {second.id}
    assert choose(filters.sensitivity, "confidential") == {second.id}
    assert choose(filters.counterpart, ortiz.id) == {first.id}
    assert filters.counterpart.itemText(filters.counterpart.findData(ortiz.id)) == "Rapporteur Ortiz"
    assert choose(filters.country, "PE") == {second.id, visit.id}
    filters.date_from.setFocus()
    qtbot.keyClicks(filters.date_from, "2026-05-01")
    assert found(window) == {second.id, visit.id}
    qtbot.keyClicks(filters.date_to, "2026-07-01")
    assert found(window) == {second.id}
    filters.date_to.selectAll()
    qtbot.keyClick(filters.date_to, Qt.Key.Key_Delete)
    assert found(window) == {second.id, visit.id}
    qtbot.keyClicks(filters.date_to, "2026-02-30")  # not a real date: it filters nothing
    assert found(window) == {second.id, visit.id}
    qtbot.mouseClick(filters.clear_button, Qt.MouseButton.LeftButton)
    assert found(window) == {first.id, second.id, visit.id} and not filters.active()
    assert filters.query() == ListQuery()
    window.workspace.leave_search()
    assert not filters.isVisible()


def test_sensitivity_filters_lists_in_the_core_too(store) -> None:
    letter(store, "Public budget", sensitivity="public")
    kept = letter(store, "Secret budget", sensitivity="strictly_confidential")
    assert [s.id for s in store.list(ListQuery(sensitivity="strictly_confidential"))] == [kept.id]
    assert [h.record.id for h in store.search("budget", ListQuery(sensitivity="strictly_confidential"))] == [kept.id]


def test_the_detail_pane_follows_the_current_result_with_the_arrow_keys(qtbot, store) -> None:
    for number in range(3):
        letter(store, f"Budget letter {number}")
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    search(qtbot, window, "budget")
    workspace.focus_results()
    view = workspace.search_view
    model = workspace.search_model
    assert workspace.detail.record.id == model.hit(0).record.id
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1 and workspace.detail.record.id == model.hit(1).record.id
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert workspace.detail.record.id == model.hit(2).record.id
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert workspace.detail.record.id == model.hit(1).record.id
    assert workspace.detail.title_label.text() == model.hit(1).record.title


def test_after_a_filter_change_the_detail_pane_shows_a_result_still_listed(qtbot, store) -> None:
    sent = letter(store, "Budget letter sent")
    draft = letter(store, "Budget letter drafted", status="draft")
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    search(qtbot, window, "budget")
    workspace.focus_results()
    assert workspace.detail.record is not None
    filters = workspace.search_filters
    filters.status.setCurrentIndex(filters.status.findData("draft"))
    assert found(window) == {draft.id} and workspace.detail.record.id == draft.id
    assert workspace.search_view.currentIndex().row() == 0
    filters.status.setCurrentIndex(filters.status.findData("sent"))
    assert workspace.detail.record.id == sent.id
    filters.status.setCurrentIndex(filters.status.findData("answered"))  # nothing left: the dashboard
    assert found(window) == set() and workspace.right_stack.currentIndex() == DASHBOARD_PAGE
