"""The lazy record list model: Qt's model tester, SQL order, and pages read only when shown."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester

from npmdesk.gui.records import list_model
from npmdesk.gui.records.list_model import ID_ROLE, MAX_PAGES, PAGE_SIZE, SUMMARY_ROLE, RecordListModel
from npmdesk.gui.records.list_view import make_table
from npmdesk.records import ListQuery, RecordStore, Summary
from tests.support.demo_vault import demo_store_fixture, demo_vault_fixture, demo_vault_path_fixture  # noqa: F401
from tests.support.event_loop import run_pending


class CountingStore:
    """A RecordStore stand-in that counts `list` calls and the offsets asked for."""

    def __init__(self, store: RecordStore) -> None:
        self.store = store
        self.offsets: list[int] = []

    def count(self, query: ListQuery) -> int:
        return self.store.count(query)

    def list(self, query: ListQuery) -> list[Summary]:
        self.offsets.append(query.offset)
        return self.store.list(query)


class HugeStore:
    """100,000 synthetic records, without a database: for the scrolling test at full size."""

    def __init__(self, rows: int = 100_000) -> None:
        self.rows = rows
        self.offsets: list[int] = []

    def count(self, query: ListQuery) -> int:
        return self.rows

    def list(self, query: ListQuery) -> list[Summary]:
        self.offsets.append(query.offset)
        end = min(self.rows, query.offset + query.limit)
        return [
            Summary(f"id-{n}", "communication", f"Letter {n}", "2026-01-01", "sent", None, None, "internal",
                    "2026-01-01T00:00:00+00:00", None)
            for n in range(query.offset, end)
        ]


def modeltest_failures(qtlog) -> list[str]:
    return [r.message for r in qtlog.records if "FAIL" in r.message or "qt.modeltest" in (r.context.category or "")]


def test_the_model_passes_qts_model_tester(qtlog, demo_store) -> None:
    model = RecordListModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.set_source(demo_store, ListQuery())
    for column, order in enumerate((Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder) * 2):
        model.sort(column, order)
    model.set_query(ListQuery(kinds=("visit", "reprisal_check")))
    model.set_query(ListQuery(in_bin=True))
    model.clear()
    assert tester is not None and modeltest_failures(qtlog) == []


def test_rows_are_the_stores_rows_in_the_stores_order(demo_store) -> None:
    model = RecordListModel()
    model.set_source(demo_store, ListQuery(kinds=("communication",)))
    assert model.rowCount() == demo_store.count(ListQuery(kinds=("communication",))) > PAGE_SIZE
    for order_by, descending in (("date", True), ("title", False), ("status", True), ("kind", False)):
        column = list_model.COLUMNS.index(order_by)
        model.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        assert (model.query.order_by, model.query.descending) == (order_by, descending)
        for row in (0, 1, PAGE_SIZE - 1, PAGE_SIZE, model.rowCount() - 1):
            expected = demo_store.list(replace(model.query, offset=row, limit=1))[0]
            assert model.index(row, 0).data(ID_ROLE) == expected.id
            assert model.index(row, 0).data(SUMMARY_ROLE) == expected
    assert model.index(model.rowCount(), 0).data(ID_ROLE) is None


def test_cells_show_display_names_not_identifiers(demo_store) -> None:
    model = RecordListModel()
    model.set_source(demo_store, ListQuery(kinds=("communication",), status="awaiting_reply"))
    assert model.rowCount() > 0
    assert model.index(0, 1).data() == "Communication"
    assert model.index(0, 3).data() == "Awaiting reply"
    summary = model.summary(0)
    assert summary is not None and model.index(0, 2).data() == summary.title
    assert model.index(0, 0).data() and "-" not in model.index(0, 0).data()  # the locale's date format
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Kind", "Title", "Status"]
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) is None


def test_clicking_a_header_sorts_in_sql(qtbot, demo_store) -> None:
    model = RecordListModel()
    view = make_table(model, "records", "Records", sortable=True)
    qtbot.addWidget(view)
    model.set_source(demo_store, ListQuery())
    view.resize(700, 400)
    view.show()
    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2))
    assert model.query.order_by == "title"
    first_titles = [model.index(row, 2).data() for row in range(3)]
    expected = [s.title for s in demo_store.list(replace(model.query, limit=3))]
    assert first_titles == expected


@pytest.mark.parametrize("height", [300, 900])
def test_scrolling_to_the_end_reads_only_the_pages_shown(qtbot, demo_store, height) -> None:
    store = CountingStore(demo_store)
    model = RecordListModel()
    view = make_table(model, "records", "Records", sortable=True)
    qtbot.addWidget(view)
    view.resize(700, height)
    model.set_source(store, ListQuery())  # type: ignore[arg-type]
    view.show()
    qtbot.waitExposed(view)
    run_pending(qtbot)  # the view lays its items out and asks for their data from the event loop
    assert store.offsets == [0]
    view.scrollToBottom()
    view.viewport().repaint()
    run_pending(qtbot)
    last_page = (model.rowCount() - 1) // PAGE_SIZE
    visible_rows = height // view.verticalHeader().defaultSectionSize() + 1
    first_visible_page = (model.rowCount() - visible_rows) // PAGE_SIZE
    assert {0, last_page * PAGE_SIZE} <= set(store.offsets) <= {0, first_visible_page * PAGE_SIZE,
                                                                  last_page * PAGE_SIZE}
    assert len(store.offsets) == len(set(store.offsets))  # no page read twice
    assert model.pages_fetched == len(store.offsets)


def test_a_hundred_thousand_rows_scroll_with_a_few_pages_in_memory(qtbot) -> None:
    store = HugeStore()
    model = RecordListModel()
    view = make_table(model, "records", "Records", sortable=True)
    qtbot.addWidget(view)
    view.resize(700, 500)
    model.set_source(store, ListQuery())  # type: ignore[arg-type]
    view.show()
    qtbot.waitExposed(view)
    run_pending(qtbot)  # the view lays its items out from the event loop
    bar = view.verticalScrollBar()
    steps = 60
    shown_pages: set[int] = set()
    for step in range(steps + 1):
        bar.setValue(bar.maximum() * step // steps)
        view.viewport().repaint()
        top = view.rowAt(0)
        bottom = view.rowAt(view.viewport().height() - 1)
        bottom = model.rowCount() - 1 if bottom < 0 else bottom
        shown_pages.update(range(top // PAGE_SIZE, bottom // PAGE_SIZE + 1))
    assert model.rowCount() == 100_000 and view.rowAt(view.viewport().height() - 1) in (-1, 99_999)
    assert model.index(99_999, 2).data() == "Letter 99999"
    fetched = [offset // PAGE_SIZE for offset in store.offsets]
    assert set(fetched) == shown_pages  # every page read was on screen, and no other
    assert len(fetched) == len(set(fetched)) and len(fetched) <= 2 * (steps + 1)
    assert len(model.cached_pages()) <= MAX_PAGES


def test_clear_drops_rows_pages_and_store(demo_store) -> None:
    model = RecordListModel()
    model.set_source(demo_store, ListQuery())
    assert model.index(0, 2).data()
    with_signal: list[bool] = []
    model.modelReset.connect(lambda: with_signal.append(True))
    model.clear()
    assert with_signal == [True]
    assert model.rowCount() == 0 and model.store is None and model.cached_pages() == []
    assert model.summary(0) is None
    model.refresh()  # nothing to refresh without a store
    assert model.rowCount() == 0
