"""The recommendations tracker through the real window: the Recommendations entry shows the table
by report, addressee and status with a chart of implementation status; the model passes Qt's checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.recommendations.tracker_model import RecommendationTableModel
from npmdesk.gui.workspace import DETAIL_PAGE, LIST_PAGE, SEARCH_PAGE, TRACKER_PAGE
from npmdesk.records import Link, ListQuery, Record
from npmdesk.records.recommendations import RecommendationQuery
from tests.support.demo_vault import demo_store_fixture, demo_vault_fixture, demo_vault_path_fixture  # noqa: F401
from tests.support.window_helpers import open_window, press

ROW = next(row for row, entry in enumerate(ENTRIES) if entry.key == "recommendations")


def tracked(store) -> dict[str, Record]:
    alpha = store.add(Record(kind="report", title="Alpha report", status="received",
                             fields={"report_type": "visit_report_to_state"}))
    beta = store.add(Record(kind="report", title="Beta report", status="received",
                            fields={"report_type": "report_to_npm"}))
    made = {"alpha": alpha, "beta": beta}
    for key, title, status, addressee, report in (
        ("a1", "Fund the NPM", "implemented", "state", alpha),
        ("a2", "Train the police", "in_progress", "state", alpha),
        ("a3", "Publish the report", "not_started", "npm", alpha),
        ("b1", "Close cell 4", "in_progress", "state", beta),
        ("b2", "Hire doctors", "in_progress", "npm", beta),
    ):
        made[key] = store.add(Record(kind="recommendation", title=title, status=status,
                                     links=[Link(report.id, "report")],
                                     fields={"addressee": addressee, "report": report.id, "paragraph": "para. 1"}))
    return made


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_the_tracker_shows_counts_per_status_and_the_chart_follows_the_filters(qtbot, store) -> None:
    made = tracked(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    window.entry_actions[ROW].trigger()
    tracker = workspace.tracker
    assert workspace.list_stack.currentIndex() == TRACKER_PAGE and tracker.isVisible()
    assert tracker.model.rowCount() == 5
    table = [[tracker.model.index(r, c).data() for c in range(6)] for r in range(5)]
    assert table[0] == ["Alpha report", "para. 1", "Fund the NPM", "State", "Implemented", ""]
    assert [row[0] for row in table] == ["Alpha report"] * 3 + ["Beta report"] * 2
    expected = {"not_started": 1, "in_progress": 3, "partially_implemented": 0, "implemented": 1,
                "not_implemented": 0, "no_longer_relevant": 0}
    assert tracker.chart.counts() == expected
    assert tracker.chart.accessibleName() == "Chart of implementation status"
    assert tracker.chart.accessibleDescription() == tracker.chart.summary()
    assert "In progress: 3" in tracker.chart.summary() and "In progress: 3" in tracker.summary_label.text()
    assert tracker.summary_label.text().startswith("5 ")
    assert tracker.chart.grab().width() > 0

    choose(tracker.addressee_filter, "npm")
    assert tracker.model.rowCount() == 2
    assert tracker.chart.counts()["in_progress"] == 1 and tracker.chart.counts()["not_started"] == 1
    choose(tracker.report_filter, made["beta"].id)
    assert [tracker.model.index(0, 2).data()] == ["Hire doctors"]
    assert sum(tracker.chart.counts().values()) == 1
    choose(tracker.addressee_filter, None)
    choose(tracker.report_filter, None)
    bar = tracker.chart.bar_rect(list(expected).index("in_progress"))
    qtbot.mouseClick(tracker.chart, Qt.MouseButton.LeftButton, pos=bar.center())  # a bar filters by its status
    assert tracker.status_filter.currentData() == "in_progress" and tracker.model.rowCount() == 3
    assert tracker.chart.counts() == expected  # every bar stays

    tracker.table.setCurrentIndex(tracker.model.index(1, 0))
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    assert workspace.detail.record.id == tracker.model.index(1, 0).data(Qt.ItemDataRole.UserRole)


def test_search_and_other_lists_leave_the_tracker_and_come_back(qtbot, store) -> None:
    tracked(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    window.entry_actions[ROW].trigger()
    assert window.focusWidget() is workspace.tracker.table
    workspace.search("Fund")
    assert workspace.list_stack.currentIndex() == SEARCH_PAGE
    workspace.leave_search()
    assert workspace.list_stack.currentIndex() == TRACKER_PAGE
    window.entry_actions[0].trigger()
    assert workspace.list_stack.currentIndex() == LIST_PAGE
    window.entry_actions[ROW].trigger()
    store.add(Record(kind="recommendation", title="New one", status="implemented", fields={"addressee": "state"}))
    press(window, Qt.Key.Key_F5)
    assert workspace.tracker.model.rowCount() == 6 and workspace.tracker.chart.counts()["implemented"] == 2
    assert workspace.tracker.report_filter.itemText(workspace.tracker.report_filter.count() - 1) == (
        "Without a report (1)")
    workspace.discard()
    tracker = workspace.tracker
    assert tracker.model.rowCount() == 0 and tracker.chart.counts() == {} and tracker.summary_label.text() == ""
    assert tracker.report_filter.count() == 0 and tracker.store is None


def test_the_model_passes_qts_model_checks_on_the_demo_vault(qtbot, demo_store) -> None:
    model = RecommendationTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_source(demo_store, RecommendationQuery())
    total = demo_store.count(ListQuery(kinds=("recommendation",)))
    assert model.rowCount() == total > 200
    last = model.index(total - 1, 4).data()
    assert last and model.pages_fetched == 1
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 4).data() == "No longer relevant"
    model.set_query(RecommendationQuery(addressee="npm"))
    assert 0 < model.rowCount() < total
    model.clear()
    assert model.rowCount() == 0
