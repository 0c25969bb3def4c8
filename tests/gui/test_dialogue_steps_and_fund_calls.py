"""Through the real window: the tracker filters and charts both statuses (the NPM's assessment and
what the State reports), a recommendation's detail shows both with their dates and sources, their
history and the Special Fund projects that implement it; forms offer only the reports that fit;
an annual report's detail shows its separate steps and its deadline; a Special Fund application
shows its call window and is warned, not refused, over the largest grant."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QLocale, Qt

from npmdesk.gui.navigator import ENTRIES
from npmdesk.gui.records import formatting
from npmdesk.gui.records.field_labels import choice_name, field_label
from npmdesk.gui.workspace import DETAIL_PAGE
from npmdesk.records import Record
from npmdesk.records.recommendations import NOT_REPORTED
from npmdesk.records.special_fund_calls import set_call
from tests.support.form_helpers import choose, save, select_row_of, type_into
from tests.support.window_helpers import WAIT_MS, open_window

ROW = next(row for row, entry in enumerate(ENTRIES) if entry.key == "recommendations")
ANNUAL_REPORTS = next(row for row, entry in enumerate(ENTRIES) if entry.key == "annual_reports")


def report(store, title: str, report_type: str = "visit_report_to_state", status: str = "received") -> Record:
    return store.add(Record(kind="report", title=title, status=status, fields={"report_type": report_type}))


def recommendation(store, title: str, status: str, **fields: object) -> Record:
    return store.add(Record(kind="recommendation", title=title, status=status, fields={"addressee": "state", **fields}))


def dialogue(store) -> dict[str, Record]:
    source = report(store, "Report on the visit")
    made = {
        "a": recommendation(store, "Fund the NPM", "in_progress", report=source.id, state_status="implemented",
                            state_status_on="2026-05-01", state_status_source="state_reply", priority="urgent",
                            responsible_authority="Ministry of Finance"),
        "b": recommendation(store, "Train the police", "implemented", report=source.id,
                            state_status="implemented", priority="short_term",
                            responsible_authority="Ministry of the Interior"),
        "c": recommendation(store, "Close cell 4", "not_started", report=source.id),
    }
    return made


def choose_filter(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_the_tracker_filters_and_charts_both_statuses(qtbot, store) -> None:
    made = dialogue(store)
    window = open_window(qtbot, store.vault)
    window.entry_actions[ROW].trigger()
    tracker = window.workspace.tracker
    assert tracker.model.rowCount() == 3
    headers = [tracker.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tracker.model.columnCount())]
    assert headers[4:7] == ["NPM's assessment", "State reports", "Priority"]
    first = [tracker.model.index(0, c).data() for c in range(tracker.model.columnCount())]
    assert first[2:] == ["Fund the NPM", "State", "In progress", "Implemented", choice_name("urgent"), ""]
    third = [tracker.model.index(2, c).data() for c in range(tracker.model.columnCount())]
    assert third[2] == "Close cell 4" and third[4] == "Not started" and third[5:7] == ["", ""]
    assert tracker.chart.counts()["implemented"] == 1 and tracker.chart.counts()["in_progress"] == 1
    assert tracker.chart.state_counts()["implemented"] == 2 and sum(tracker.chart.state_counts().values()) == 2
    assert "State's reports: " in tracker.summary_label.text() and "NPM's assessment: " in tracker.chart.summary()

    # What the State calls implemented, as the NPM sees it: the NPM's bars follow the State filter.
    qtbot.mouseClick(tracker.chart, Qt.MouseButton.LeftButton,
                     pos=tracker.chart.bar_rect(list(tracker.chart.counts()).index("implemented"), 1).center())
    assert tracker.state_status_filter.currentData() == "implemented" and tracker.model.rowCount() == 2
    assert tracker.chart.counts()["in_progress"] == 1 and tracker.chart.counts()["implemented"] == 1
    assert tracker.chart.counts()["not_started"] == 0
    assert tracker.chart.state_counts()["implemented"] == 2  # its own filter never hides a bar
    choose_filter(tracker.status_filter, "in_progress")
    assert [tracker.model.index(r, 2).data() for r in range(tracker.model.rowCount())] == ["Fund the NPM"]
    choose_filter(tracker.status_filter, None)
    choose_filter(tracker.state_status_filter, NOT_REPORTED)
    assert [tracker.model.index(r, 2).data() for r in range(tracker.model.rowCount())] == ["Close cell 4"]
    choose_filter(tracker.state_status_filter, None)
    choose_filter(tracker.priority_filter, "urgent")
    assert tracker.model.rowCount() == 1
    choose_filter(tracker.priority_filter, None)
    assert tracker.authority_filter.itemText(1) == "Ministry of Finance (1)"
    choose_filter(tracker.authority_filter, "Ministry of the Interior")
    assert [tracker.model.index(r, 2).data() for r in range(tracker.model.rowCount())] == ["Train the police"]
    assert made["b"].id == tracker.model.index(0, 0).data(Qt.ItemDataRole.UserRole)


def test_a_recommendations_detail_shows_both_statuses_with_sources_history_and_fund_projects(qtbot, store) -> None:
    made = dialogue(store)["a"]
    changed = store.update(replace(made, status="partially_implemented", fields={
        **made.fields, "evidence": "Budget up, posts unfilled", "evidence_date": "2026-08-20",
        "assessment_source": "follow_up_visit"}))
    store.add(Record(kind="special_fund", title="Budget advocacy project", status="granted", fields={
        "purpose": "implement_recommendations", "call_year": 2026, "recommendations": [changed.id]}))
    window = open_window(qtbot, store.vault)
    window.entry_actions[ROW].trigger()
    tracker = window.workspace.tracker
    row = next(r for r in range(tracker.model.rowCount()) if tracker.model.index(r, 2).data() == "Fund the NPM")
    tracker.table.setCurrentIndex(tracker.model.index(row, 0))
    workspace = window.workspace
    assert workspace.right_stack.currentIndex() == DETAIL_PAGE
    panel = workspace.detail.kind_panels.dialogue
    assert panel.isVisible()
    texts = panel.texts()
    assert texts["state"].splitlines()[0] == "Implemented"
    assert f"Source: {choice_name('state_reply')}" in texts["state"] and "Dated: " in texts["state"]
    assert texts["npm"].splitlines()[0] == "Partially implemented"
    assert f"Source: {choice_name('follow_up_visit')}" in texts["npm"]
    assert "Evidence: Budget up, posts unfilled" in texts["npm"]
    history = texts["history"].splitlines()
    assert [line.split(":")[0] for line in history[1:]] == ["State", "NPM", "NPM"]
    assert "In progress (source not given)" in history[2]
    assert f"Partially implemented ({choice_name('follow_up_visit')})" in history[3]
    assert texts["projects"].splitlines()[1] == "Budget advocacy project (Granted, 2026)" and texts["report"] == ""
    assert not workspace.detail.kind_panels.steps.isVisible()


def test_the_form_offers_only_reports_recommendations_come_from_and_an_old_one_is_refused(qtbot, store) -> None:
    visit_report = report(store, "Report on the visit")
    guidance = report(store, "SPT guidance on NPMs", "guidance")
    report(store, "SPT annual report", "annual_report_spt")
    old = recommendation(store, "Old recommendation", "in_progress", report=visit_report.id)
    store.db.execute("UPDATE record SET fields = json_set(fields, '$.report', ?) WHERE id = ?", (guidance.id, old.id))
    window = open_window(qtbot, store.vault)
    window.entry_actions[ROW].trigger()
    window.workspace.tracker.table.setCurrentIndex(window.workspace.tracker.model.index(0, 0))
    note = window.workspace.detail.kind_panels.dialogue.texts()["report"]
    assert note.startswith("Its report is the SPT's annual report or guidance") and note.endswith("or none.")
    form = window.forms.open_form(store.get(old.id))
    qtbot.waitExposed(form)
    picker = form.fields.inputs["report"]
    offered = [picker.itemText(i) for i in range(picker.count())]
    assert offered[:2] == ["—", "Report on the visit"] and "SPT annual report" not in offered
    assert offered[-1] == "SPT guidance on NPMs"  # the old value stays readable in the form
    save(qtbot, form)
    error = form.fields.errors["report"]
    qtbot.waitUntil(error.isVisible, timeout=WAIT_MS)
    assert "not from the SPT's annual report or guidance" in error.text()
    assert store.get(old.id).version == 1
    choose(form, "report", visit_report.id)
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.get(old.id).version == 2, timeout=WAIT_MS)
    assert store.get(old.id).fields["report"] == visit_report.id


def test_an_annual_reports_detail_shows_its_steps_and_its_deadline(qtbot, store) -> None:
    annual = store.add(Record(kind="annual_report", title="Annual report 2026", status="sent", fields={
        "year": 2026, "date_sent": "2027-03-02", "languages_sent": ["English", "French"],
        "tabled_on": "2027-04-20"}))
    window = open_window(qtbot, store.vault)
    window.entry_actions[ANNUAL_REPORTS].trigger()
    select_row_of(window, annual)
    steps = window.workspace.detail.kind_panels.steps
    assert steps.isVisible() and not window.workspace.detail.kind_panels.dialogue.isVisible()
    assert steps.deadline_label.text().startswith("Deadline: about ")
    assert steps.deadline_label.text().endswith("— set the national deadline")
    lines = steps.steps_label.text().splitlines()
    assert lines[0] == "Published nationally: pending"
    assert lines[1].startswith("Tabled in parliament: done, ")
    assert lines[2].startswith("Sent to the SPT: done, ") and lines[2].endswith("(English, French)")
    assert lines[3:] == ["Acknowledged by the SPT: pending", "Posted on the OHCHR site: pending"]
    store.update(replace(annual, fields={**annual.fields, "national_deadline": "2027-05-15"}))
    window.workspace.detail.show_record(store, annual.id)
    assert steps.deadline_label.text().endswith("(national deadline)") and "about" not in steps.deadline_label.text()


def test_a_special_fund_application_shows_its_call_and_is_warned_over_the_largest_grant(qtbot, store) -> None:
    published = report(store, "Published visit report", status="published")
    report(store, "Confidential visit report")
    report(store, "Guidance", "guidance")
    window = open_window(qtbot, store.vault)
    form = window.forms.new("special_fund")
    qtbot.waitExposed(form)
    note = form.fund_call
    assert note is not None and note.isVisible()
    picker = form.fields.inputs["implements_report"]
    assert [picker.itemText(i) for i in range(picker.count())] == ["—", "Published visit report"]
    type_into(qtbot, form, "call_year", "2026")
    assert note.call_label.text().startswith("Call for applications 2026: ")
    assert f"grants up to USD {QLocale().toString(30000)}." in note.call_label.text() and not note.over_max()
    type_into(qtbot, form, "amount", "45000")
    type_into(qtbot, form, "currency", "USD")
    assert note.over_max() and "you can still save it" in note.warning_label.text()
    type_into(qtbot, form, "title", "Training for prison doctors")
    choose(form, "purpose", "implement_recommendations")
    choose(form, "implements_report", published.id)
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.count() == 4, timeout=WAIT_MS)
    saved = next(s for s in store.list() if s.kind == "special_fund")
    assert store.get(saved.id).fields["amount"] == 45000
    window.workspace.detail.show_record(store, saved.id)
    shown = window.workspace.detail.kind_panels.fund_call
    assert shown.isVisible() and shown.over_max()
    assert dict(window.workspace.detail.rows())[field_label("implements_report")] == "Published visit report"


def test_the_dashboard_calendar_uses_the_national_deadline_and_the_vaults_fund_call(qtbot, store) -> None:
    store.add(Record(kind="annual_report", title="Annual report 2026", status="in_preparation",
                     fields={"year": 2026, "national_deadline": "2027-02-15"}))
    set_call(store.vault, 2027, dt.date(2027, 1, 10), dt.date(2027, 2, 28), 25000)
    window = open_window(qtbot, store.vault)  # today: 2026-11-20
    widget = window.workspace.dashboard.lists["calendar"]
    calendar = [widget.item(row).text() for row in range(widget.count())]
    report = next(line for line in calendar if "Your annual report for 2026 is due" in line)
    assert report.startswith(formatting.date_text("2027-02-15")) and "(approximate)" not in report
    fund = next(line for line in calendar if "Special Fund" in line)
    assert fund.startswith(formatting.date_text("2027-01-10")) and "(approximate)" not in fund


def test_the_user_changes_this_years_call_for_the_vault_and_goes_back(qtbot, store) -> None:
    application = store.add(Record(kind="special_fund", title="Training project", status="draft", fields={
        "purpose": "education", "call_year": 2027, "amount": 28000, "currency": "USD"}))
    window = open_window(qtbot, store.vault)
    window.workspace.detail.show_record(store, application.id)
    note = window.workspace.detail.kind_panels.fund_call
    assert "(usual dates: confirm them against this year's call)" in note.call_label.text() and not note.over_max()
    qtbot.mouseClick(note.change_button, Qt.MouseButton.LeftButton)
    dialog = note.dialog
    assert dialog is not None and not dialog.reset_button.isEnabled()
    dialog.grant_edit.setText("lots")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.text() == "The largest grant must be a positive amount in US dollars."
    dialog.opens_edit.setText("2027-01-15")
    dialog.closes_edit.setText("2027-03-15")
    dialog.grant_edit.setText("25000")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: note.dialog is None, timeout=WAIT_MS)
    assert formatting.date_text("2027-01-15") in note.call_label.text() and "usual dates" not in note.call_label.text()
    assert note.over_max()  # 28,000 is more than this call's 25,000
    qtbot.mouseClick(note.change_button, Qt.MouseButton.LeftButton)
    assert note.dialog.reset_button.isEnabled()
    qtbot.mouseClick(note.dialog.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: note.dialog is None, timeout=WAIT_MS)
    assert "usual dates" in note.call_label.text() and not note.over_max()
