"""The visit workspace through the real window: a visit chosen in the Visits list shows its three
phases and its checklist with each item's state; clicking a record opens it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QPlainTextEdit, QWidget

from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.records import formatting
from npmdesk.gui.records.field_labels import choice_name
from npmdesk.gui.workspace import DASHBOARD_PAGE, DETAIL_PAGE, VISIT_PAGE
from npmdesk.records import ListQuery
from npmdesk.records.kinds import VISIT_CHECKLIST
from tests.support.demo_vault import demo_store_fixture, demo_vault_fixture, demo_vault_path_fixture  # noqa: F401
from tests.support.visit_helpers import visit_dossier, visit_report
from tests.support.window_helpers import open_window, press

VISITS_ROW = next(row for row, entry in enumerate(ENTRIES) if entry.key == "visits")
TODAY = dt.date(2026, 5, 1)
INTERACTIVE = (QLineEdit, QAbstractButton, QAbstractItemView, QPlainTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    controls = [w for w in root.findChildren(QWidget) if isinstance(w, INTERACTIVE)]
    return [f"{type(w).__name__} {w.objectName()}" for w in controls
            if not w.objectName().startswith("qt_") and not w.accessibleName()]


def select(workspace, record_id: str) -> None:
    model = workspace.list_model
    row = next(n for n in range(model.rowCount()) if model.summary(n).id == record_id)
    workspace.list_view.setCurrentIndex(model.index(row, 0))


def click(qtbot, tree, item) -> None:
    tree.scrollToItem(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())


def open_visit(qtbot, store, today=TODAY, **kwargs):
    dossier = visit_dossier(store, **kwargs)
    window = open_window(qtbot, store.vault, today=today)
    window.entry_actions[VISITS_ROW].trigger()
    select(window.workspace, dossier.visit.id)
    return dossier, window, window.workspace


def test_a_visit_shows_its_timeline_and_checklist_states(qtbot, store) -> None:
    _dossier, window, workspace = open_visit(qtbot, store)
    assert workspace.right_stack.currentIndex() == VISIT_PAGE
    visit = workspace.visit_workspace
    assert visit.isVisible() and visit.title_label.text() == "SPT visit to Mexico (2026)"
    assert "Mexico (MX)" in visit.facts_label.text() and "Follow-up" in visit.facts_label.text()
    phases = {key: label.text().splitlines() for key, label in visit.phase_labels.items()}
    assert phases["preparation"][0] == "Preparation" and phases["preparation"][2] == "Over"
    assert phases["during"][0] == "During the visit" and phases["during"][2] == "Over"
    assert phases["follow_up"][0] == "Follow-up" and phases["follow_up"][2] == "Current phase"
    assert visit.phase_labels["follow_up"].font().bold() and not visit.phase_labels["during"].font().bold()
    assert visit.phase_labels["during"].accessibleName().startswith("During the visit:")
    shown = {key: visit.item_for(key).text(1) for key in VISIT_CHECKLIST}
    assert shown == {
        "background_sent": "Done", "national_actors_suggested": "In progress", "opening_meeting": "Overdue",
        "joint_visits": "Did not take place", "final_discussion": "Done", "private_meeting": "Done",
        "press_release": "Overdue", "reprisal_checks": "Concern raised", "report_to_state": "In progress",
        "report_to_npm": "To do", "tripartite_dialogue": "To do",
    }
    assert visit.facts_label.text().startswith(choice_name("country_visit") + " · ")  # a visit without a type
    assert visit.item_for("report_to_npm").text(0) == f"○ {choice_name('report_to_npm')} (optional)"
    background = visit.item_for("background_sent")
    assert background.text(0) == "✓ Background information sent"
    assert background.data(0, Qt.ItemDataRole.AccessibleTextRole).startswith("Background information sent: Done, 1 ")
    checks = visit.item_for("reprisal_checks")
    assert [checks.child(n).text(0) for n in range(checks.childCount())] == [
        "Reprisal check: Return visit to Valdoro", "Reprisal check: Reprisal check at the police station"]
    assert visit.recommendations_label.text() == "No recommendations recorded from this visit's reports."
    assert unnamed_controls(window) == []


def test_clicking_a_record_in_the_checklist_opens_it_and_the_visit_comes_back(qtbot, store) -> None:
    dossier, _window, workspace = open_visit(qtbot, store)
    visit = workspace.visit_workspace
    checks = visit.item_for("reprisal_checks")
    click(qtbot, visit.tree, checks.child(1))
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    assert workspace.detail.record.id == dossier.check_concern.id
    qtbot.mouseClick(workspace.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=workspace.list_view.visualRect(workspace.list_view.currentIndex()).center())
    assert workspace.right_stack.currentIndex() == VISIT_PAGE
    # Enter on an item with one record opens that record; on one with none, nothing happens.
    visit.tree.setFocus()
    visit.tree.setCurrentItem(visit.item_for("tripartite_dialogue"))
    qtbot.keyClick(visit.tree, Qt.Key.Key_Return)
    assert workspace.right_stack.currentIndex() == VISIT_PAGE
    visit.tree.setCurrentItem(visit.item_for("final_discussion"))
    qtbot.keyClick(visit.tree, Qt.Key.Key_Return)
    assert workspace.detail.record.id == dossier.final_discussion.id
    select(workspace, dossier.check_done.id)  # a reprisal check in the same list shows as a record
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    select(workspace, dossier.visit.id)
    qtbot.mouseClick(visit.record_button, Qt.MouseButton.LeftButton)
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE and workspace.detail.record.id == dossier.visit.id


def test_other_linked_records_sit_in_their_phase(qtbot, store) -> None:
    dossier, _window, workspace = open_visit(qtbot, store)
    visit = workspace.visit_workspace
    follow_up = visit.item_for("follow_up")
    others = follow_up.child(follow_up.childCount() - 1)
    assert others.text(0) == "Other linked records"
    assert [others.child(n).text(0) for n in range(others.childCount())] == ["Communication: Thanks after the visit"]
    click(qtbot, visit.tree, others.child(0))
    assert workspace.detail.record.id == dossier.other_letter.id


def test_the_workspace_follows_changes_and_lock_clears_it(qtbot, store) -> None:
    dossier, window, workspace = open_visit(qtbot, store)
    report = store.get(dossier.report.id)
    store.update(type(report)(**{**report.__dict__, "status": "published"}))
    press(window, Qt.Key.Key_F5)
    assert workspace.right_stack.currentIndex() == VISIT_PAGE
    assert workspace.visit_workspace.item_for("report_to_state").text(1) == "Done"
    press(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert workspace.right_stack.currentIndex() == DASHBOARD_PAGE
    assert workspace.visit_workspace.tree.topLevelItemCount() == 0
    select(workspace, dossier.visit.id)
    workspace.discard()
    visit = workspace.visit_workspace
    assert visit.tree.topLevelItemCount() == 0 and visit.title_label.text() == "" and visit.overview is None
    assert all(label.text() == "" for label in visit.phase_labels.values())


def test_every_demo_visit_opens_with_a_full_checklist(qtbot, demo_store) -> None:
    window = open_window(qtbot, demo_store.vault, today=dt.date(2026, 1, 15))
    workspace = window.workspace
    window.entry_actions[VISITS_ROW].trigger()
    states: set[str] = set()
    for summary in demo_store.list(ListQuery(kinds=("visit",), limit=12)):
        select(workspace, summary.id)
        assert workspace.right_stack.currentIndex() == VISIT_PAGE
        visit = workspace.visit_workspace
        assert visit.tree.topLevelItemCount() == 3
        states |= {visit.item_for(key).text(1).removesuffix(" (ticked)") for key in VISIT_CHECKLIST}
    assert {"Done", "To do"} <= states and len(states) >= 4


def test_the_two_report_tracks_sit_side_by_side_with_their_dates_and_the_special_fund(qtbot, store) -> None:
    dossier = visit_dossier(store)
    report = store.get(dossier.report.id)
    store.update(type(report)(**{**report.__dict__, "fields": {
        **report.fields, "transmitted_on": "2026-06-01", "obtained_via": "from_state"}}))
    to_npm = visit_report(store, dossier.visit, "report_to_npm", transmitted_on="2026-06-05",
                          reply_due="2026-09-30", publication="undecided")
    window = open_window(qtbot, store.vault, today=dt.date(2026, 11, 2))
    window.entry_actions[VISITS_ROW].trigger()
    workspace = window.workspace
    select(workspace, dossier.visit.id)
    tracks = workspace.visit_workspace.tracks
    assert tracks.boxes["report_to_state"].title() == "Report to the State"
    assert tracks.boxes["report_to_npm"].title() == "Report to the NPM"
    assert tracks.lines("report_to_state") == [
        "Report on the visit to Mexico — Under review",
        f"Transmitted on {formatting.date_text('2026-06-01')} ({choice_name('from_state')})",
        f"Reply due by {formatting.date_text('2026-12-01')} (transmission + 6 months)",
        "Publication: not decided",
        "Next: the State's reply to the SPT",
    ]
    npm = tracks.lines("report_to_npm")
    assert npm[2] == f"! Overdue: Reply due by {formatting.date_text('2026-09-30')}"
    assert npm[3] == f"Publication: {choice_name('undecided')}" and npm[4] == "Next: the NPM's reply to the SPT"
    assert workspace.visit_workspace.item_for("report_to_npm").text(1) == "Overdue"
    assert tracks.fund_label.text() == "Special Fund (art. 26): Mexico (MX) can apply once a report to it is published"
    assert unnamed_controls(window) == []
    qtbot.mouseClick(tracks.buttons["report_to_npm"], Qt.MouseButton.LeftButton)
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE and workspace.detail.record.id == to_npm.id

    report = store.get(dossier.report.id)
    store.update(type(report)(**{**report.__dict__, "status": "published", "fields": {
        **report.fields, "published_on": "2026-10-15", "reply_received_on": "2026-10-01"}}))
    qtbot.mouseClick(tracks.buttons["report_to_state"], Qt.MouseButton.LeftButton)
    rows = workspace.detail.rows()  # the report's own detail says it too
    assert workspace.detail.record.id == dossier.report.id
    assert ("Special Fund", "Published: Mexico (MX) can apply to the OPCAT Special Fund (art. 26)") in rows
    assert ("Reply", f"Received on {formatting.date_text('2026-10-01')}") in rows
    select(workspace, dossier.check_done.id)
    select(workspace, dossier.visit.id)
    assert tracks.lines("report_to_state")[2:] == [
        f"Reply received on {formatting.date_text('2026-10-01')}",
        f"Published on {formatting.date_text('2026-10-15')}", "Next: nothing: this track is complete"]
    assert tracks.fund_label.text() == "Published: Mexico (MX) can apply to the OPCAT Special Fund (art. 26)"


@pytest.mark.parametrize("status", ["postponed", "suspended"])
def test_a_visit_on_hold_shows_no_overdue_mark(qtbot, store, status) -> None:
    _dossier, _window, workspace = open_visit(qtbot, store, status=status)
    visit = workspace.visit_workspace
    assert "nothing is overdue while the visit is on hold" in visit.facts_label.text()
    shown = {visit.item_for(key).text(1) for key in VISIT_CHECKLIST}
    assert "Overdue" not in shown and "Did not take place" not in shown and "To do" in shown


def test_an_npm_advisory_visit_shows_its_type_and_its_checklist(qtbot, store) -> None:
    _dossier, _window, workspace = open_visit(qtbot, store, visit_type="npm_advisory_visit")
    visit = workspace.visit_workspace
    assert visit.facts_label.text().startswith(choice_name("npm_advisory_visit") + " · ")
    assert visit.item_for("private_meeting") is None  # the whole visit is with the NPM
    during = visit.item_for("during")
    others = during.child(during.childCount() - 1)
    assert others.text(0) == "Other linked records"
    assert "Communication: Private meeting" in [others.child(n).text(0) for n in range(others.childCount())]
    assert visit.item_for("report_to_state").text(0).endswith("(optional)")
    assert not visit.item_for("report_to_npm").text(0).endswith("(optional)")
