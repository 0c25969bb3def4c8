"""The order of search results: "Best match" or "Recently added", chosen from the keyboard beside the
search filters, applied at once, remembered in this device's preferences (the word alone, never what
was searched), and a title that says so when too many records match to rank them."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from npmdesk.gui.search import order as order_module
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.records import Record, search_index
from tests.gui.test_search_filters import search
from tests.support.window_helpers import WAIT_MS, open_window


def letter(store, title: str, body: str = "") -> Record:
    return store.add(Record(kind="communication", title=title, body=body, date="2026-03-02", status="sent",
                            fields={"direction": "sent", "channel": "letter"}))


def shown(window) -> list[str]:
    model = window.workspace.search_model
    return [model.hit(row).record.id for row in range(model.rowCount())]


def settings_in(monkeypatch, tmp_path) -> Preferences:
    preferences = Preferences(QSettings(str(tmp_path / "npmdesk.ini"), QSettings.Format.IniFormat))
    monkeypatch.setattr(order_module, "Preferences", lambda: preferences)
    return preferences


def test_the_order_is_chosen_from_the_keyboard_applies_at_once_and_is_remembered(qtbot, store, monkeypatch,
                                                                                    tmp_path) -> None:
    preferences = settings_in(monkeypatch, tmp_path)
    best = letter(store, "Solitary confinement", "Solitary confinement: the figures.")
    weak = letter(store, "Budget", "Nothing on solitary cells, but see confinement rules.")
    window = open_window(qtbot, store.vault)
    search(qtbot, window, "solitary confinement")
    assert shown(window) == [best.id, weak.id]
    box = window.workspace.search_filters.order
    assert box.accessibleName() == "Sort by" and box.currentText() == "Best match"
    for _ in range(40):  # Tab from the search box reaches the order
        if window.focusWidget() is box:
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert window.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentText() == "Recently added"
    qtbot.waitUntil(lambda: shown(window) == [weak.id, best.id], timeout=WAIT_MS)
    assert window.workspace.search_filters.active() is False  # an order, not a filter
    assert preferences.search_order() == "newest"
    stored = (tmp_path / "npmdesk.ini").read_text(encoding="utf-8")
    assert "newest" in stored and "olitary" not in stored and "onfinement" not in stored
    window.close()
    again = open_window(qtbot, store.vault)
    search(qtbot, again, "confinement")
    assert again.workspace.search_filters.order.currentText() == "Recently added" and shown(again) == [weak.id, best.id]


def test_the_title_says_when_too_many_records_match_to_rank_them(qtbot, store, monkeypatch, tmp_path) -> None:
    settings_in(monkeypatch, tmp_path)
    monkeypatch.setattr(search_index, "RANKED_LIMIT", 2)
    letters = [letter(store, f"Prison letter {n}") for n in range(3)]
    window = open_window(qtbot, store.vault)
    search(qtbot, window, "prison")
    title = window.workspace.list_title.text()
    assert "most recently added first" in title and "Add words" in title
    assert shown(window) == [r.id for r in reversed(letters)]
    search(qtbot, window, "letter 1")  # few enough to rank: no such words
    assert shown(window) == [letters[1].id] and "recently added" not in window.workspace.list_title.text()
