"""The dashboard: what is due or overdue, awaiting a reply, open interpretation requests, the
SPT calendar; shown when nothing is selected, and a door to the records it lists."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.workspace import DASHBOARD_PAGE, DETAIL_PAGE
from npmdesk.records import Record
from tests.support.window_helpers import TODAY, open_window, press


def days(n: int) -> str:
    return (TODAY + dt.timedelta(days=n)).isoformat()


def lines(window: MainWindow, name: str) -> list[str]:
    widget = window.workspace.dashboard.lists[name]
    return [widget.item(row).text() for row in range(widget.count())]


def fill(store) -> dict[str, Record]:
    contact = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active", fields={"role": "member"}))
    comm = {"direction": "sent", "channel": "email"}
    return {
        "awaiting": store.add(Record(kind="communication", title="Access to police cells", status="awaiting_reply",
                                     date=days(-30), counterpart=contact.id, fields={**comm, "reply_by": days(-5)})),
        "answered": store.add(Record(kind="communication", title="Budget letter", status="answered",
                                     date=days(-40), fields={**comm, "reply_by": days(-10)})),
        "reminder": store.add(Record(kind="reminder", title="Send the annual report", status="open",
                                     due_date=days(3))),
        "done": store.add(Record(kind="reminder", title="Book the video call", status="done", due_date=days(-1))),
        "open_request": store.add(Record(kind="interpretation_request", title="Scope of article 4", status="sent",
                                         date=days(-60), fields={"question": "Are care homes covered?"})),
        "answered_request": store.add(Record(kind="interpretation_request", title="Article 20 access",
                                             status="answered", fields={"question": "Private interviews?"})),
    }


def test_it_shows_what_is_due_awaited_open_and_coming(qtbot, store) -> None:
    records = fill(store)
    window = open_window(qtbot, store.vault)
    assert window.workspace.right_stack.currentIndex() == DASHBOARD_PAGE
    due = lines(window, "due")
    assert len(due) == 2
    assert due[0].startswith("Overdue by 5 day(s) (reply)") and "Communication: Access to police cells" in due[0]
    assert due[1].startswith("Due in 3 day(s)") and "Reminder: Send the annual report" in due[1]
    assert [line.split(" · ", 1)[1] for line in lines(window, "awaiting")] == [records["awaiting"].title]
    assert [line.split(" · ", 1)[1] for line in lines(window, "interpretation")] == ["Scope of article 4"]
    calendar = lines(window, "calendar")
    assert any("SPT session in Geneva" in line and "(approximate)" in line for line in calendar)
    assert any("visiting programme for 2028" in line for line in calendar)
    assert any("Your annual report for 2026 is due" in line for line in calendar)
    assert any("Special Fund" in line for line in calendar)


def test_an_empty_vault_says_so(qtbot, new_vault) -> None:
    window = open_window(qtbot, new_vault[0])
    for name in ("due", "awaiting", "interpretation"):
        assert lines(window, name) == ["Nothing at the moment."]
    assert lines(window, "calendar")  # the SPT's year is there even in an empty vault


def test_enter_on_a_line_opens_the_record_and_alt_home_comes_back(qtbot, store) -> None:
    records = fill(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    due_list: QListWidget = workspace.dashboard.lists["due"]
    due_list.setFocus()
    due_list.setCurrentRow(1)
    qtbot.keyClick(due_list, Qt.Key.Key_Return)
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    assert workspace.detail.record.id == records["reminder"].id
    press(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert workspace.right_stack.currentIndex() == DASHBOARD_PAGE and workspace.detail.record is None


def test_selecting_a_record_replaces_the_dashboard_until_nothing_is_selected(qtbot, store) -> None:
    fill(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    workspace.list_view.setCurrentIndex(workspace.list_model.index(0, 0))
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    window.dashboard_action.trigger()
    assert workspace.right_stack.currentIndex() == DASHBOARD_PAGE
    assert not workspace.list_view.selectionModel().hasSelection()
    assert window.dashboard_action.shortcut().toString() == "Alt+Home"


def test_refresh_reads_the_dashboard_again(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    assert lines(window, "awaiting") == ["Nothing at the moment."]
    store.add(Record(kind="communication", title="New question to the SPT", status="awaiting_reply",
                     date=days(-1), fields={"direction": "sent", "channel": "letter"}))
    press(window, Qt.Key.Key_F5)
    assert [line.split(" · ", 1)[1] for line in lines(window, "awaiting")] == ["New question to the SPT"]
