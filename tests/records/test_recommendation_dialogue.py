"""A recommendation as a three-way dialogue: the State's reported status beside the NPM's own
assessment, each dated and sourced, with the history of both; the Special Fund projects that
implement it; the filters and counts of both statuses; and the reports it may come from."""

from __future__ import annotations

from dataclasses import replace

import pytest

from npmdesk.records import Record
from npmdesk.records.model import InvalidRecord
from npmdesk.records.recommendation_sources import NotARecommendationReport
from npmdesk.records.recommendations import (
    NO_AUTHORITY,
    NOT_REPORTED,
    RecommendationQuery,
    authorities,
    count_recommendations,
    implementing_projects,
    list_recommendations,
    reports_for_recommendations,
    state_status_counts,
    status_counts,
    status_history,
)


def report(store, title: str, report_type: str = "visit_report_to_state", status: str = "received") -> Record:
    return store.add(Record(kind="report", title=title, status=status, fields={"report_type": report_type}))


def recommendation(store, title: str, status: str = "not_started", **fields: object) -> Record:
    return store.add(Record(kind="recommendation", title=title, status=status,
                            fields={"addressee": "state", **fields}))


def test_the_history_of_both_statuses_is_dated_and_sourced_oldest_first(store) -> None:
    made = recommendation(store, "Fund the NPM", responsible_authority="Ministry of Finance", priority="urgent")
    step = store.update(replace(made, fields={**made.fields, "state_status": "implemented",
                                              "state_status_on": "2026-02-01", "state_status_source": "state_reply"}))
    step = store.update(replace(step, status="partially_implemented", fields={
        **step.fields, "evidence": "Budget up 5%, staff not hired", "evidence_date": "2026-03-15",
        "assessment_source": "follow_up_visit"}))
    step = store.update(replace(step, title="Fund the NPM adequately"))  # neither status changes
    step = store.update(replace(step, fields={**step.fields, "state_status": "in_progress",
                                              "state_status_on": "2026-09-01", "state_status_source": "spt"}))
    history = status_history(store, made.id)
    assert [(c.status, c.on, c.source) for c in history.state] == [
        ("implemented", "2026-02-01", "state_reply"), ("in_progress", "2026-09-01", "spt")]
    assert [(c.status, c.on, c.source, c.evidence) for c in history.npm] == [
        ("not_started", None, None, None),
        ("partially_implemented", "2026-03-15", "follow_up_visit", "Budget up 5%, staff not hired")]
    assert [c.version for c in history.state] == [2, 5] and history.npm[-1].version == 3
    assert all(c.recorded_at and c.recorded_by for c in history.state + history.npm)


def test_a_recommendation_shows_the_special_fund_projects_that_implement_it(store) -> None:
    fund = recommendation(store, "Fund the NPM")
    train = recommendation(store, "Train the police")
    old = store.add(Record(kind="special_fund", title="Training 2025", status="granted", fields={
        "purpose": "implement_recommendations", "call_year": 2025, "amount": 25000, "currency": "USD",
        "recommendations": [fund.id, train.id]}))
    new = store.add(Record(kind="special_fund", title="Budget advocacy 2026", status="submitted", fields={
        "purpose": "implement_recommendations", "call_year": 2026, "recommendations": [fund.id]}))
    binned = store.add(Record(kind="special_fund", title="Binned", status="draft", fields={
        "purpose": "implement_recommendations", "recommendations": [fund.id]}))
    store.delete(binned.id)
    store.add(Record(kind="special_fund", title="Education", status="draft", fields={"purpose": "education"}))
    projects = implementing_projects(store, fund.id)
    assert [(p.id, p.title, p.status, p.call_year) for p in projects] == [
        (new.id, "Budget advocacy 2026", "submitted", 2026), (old.id, "Training 2025", "granted", 2025)]
    assert projects[1].amount == 25000 and projects[1].currency == "USD"
    assert [p.id for p in implementing_projects(store, train.id)] == [old.id]
    assert implementing_projects(store, recommendation(store, "Alone").id) == []


def test_filters_and_counts_of_both_statuses_priority_and_authority(store) -> None:
    a = recommendation(store, "A", "in_progress", state_status="implemented", priority="urgent",
                       responsible_authority="Ministry of Justice")
    b = recommendation(store, "B", "implemented", state_status="implemented", priority="long_term",
                       responsible_authority="Ministry of Health")
    c = recommendation(store, "C", "not_started", responsible_authority="Ministry of Justice")
    d = recommendation(store, "D", "in_progress", state_status="not_started")

    def ids(query: RecommendationQuery) -> set[str]:
        return {row.id for row in list_recommendations(store, query)}

    assert ids(RecommendationQuery(state_status="implemented")) == {a.id, b.id}
    assert ids(RecommendationQuery(state_status=NOT_REPORTED)) == {c.id}
    assert ids(RecommendationQuery(state_status="implemented", status="in_progress")) == {a.id}
    assert ids(RecommendationQuery(priority="urgent")) == {a.id}
    assert ids(RecommendationQuery(authority="Ministry of Justice")) == {a.id, c.id}
    assert ids(RecommendationQuery(authority=NO_AUTHORITY)) == {d.id}
    assert count_recommendations(store, RecommendationQuery(state_status="implemented", priority="urgent")) == 1
    row = next(r for r in list_recommendations(store, RecommendationQuery()) if r.id == a.id)
    assert (row.state_status, row.priority, row.authority) == ("implemented", "urgent", "Ministry of Justice")

    # Each series leaves out its own status filter and keeps the other's: what does the NPM make
    # of what the State says is implemented?
    npm = {s.status: s.count for s in status_counts(store, RecommendationQuery(state_status="implemented",
                                                                               status="not_started"))}
    assert (npm["in_progress"], npm["implemented"], sum(npm.values())) == (1, 1, 2)
    state = {s.status: s.count for s in state_status_counts(store, RecommendationQuery(status="in_progress",
                                                                                       state_status="implemented"))}
    assert (state["implemented"], state["not_started"], sum(state.values())) == (1, 1, 2)
    assert sum(s.count for s in state_status_counts(store, RecommendationQuery())) == 3  # C: not reported
    by_state = [r.id for r in list_recommendations(store, RecommendationQuery(order_by="state_status"))]
    assert by_state[:2] == [d.id, a.id] and by_state[-1] == c.id  # not reported last
    assert [(x.authority, x.count) for x in authorities(store)] == [
        ("Ministry of Health", 1), ("Ministry of Justice", 2), (NO_AUTHORITY, 1)]


@pytest.mark.parametrize("report_type", ["annual_report_spt", "guidance"])
def test_a_recommendation_cannot_come_from_the_spts_annual_report_or_guidance(store, report_type) -> None:
    guidance = report(store, "SPT guidelines", report_type)
    with pytest.raises(NotARecommendationReport) as refused:
        recommendation(store, "From guidance", report=guidance.id)
    assert isinstance(refused.value, InvalidRecord) and refused.value.field == "report"
    assert str(refused.value).count(".") == 1 and "visit report" in str(refused.value)
    assert count_recommendations(store, RecommendationQuery()) == 0  # nothing saved

    made = recommendation(store, "No report yet")
    with pytest.raises(NotARecommendationReport):
        store.update(replace(made, fields={**made.fields, "report": guidance.id}))
    assert "report" not in store.get(made.id).fields and store.get(made.id).version == 1


@pytest.mark.parametrize("report_type", ["visit_report_to_state", "report_to_npm", "npm_report"])
def test_recommendations_come_from_visit_reports_and_the_npms_own_reports(store, report_type) -> None:
    source = report(store, "A report", report_type, "published" if report_type == "npm_report" else "received")
    made = recommendation(store, "From a report", report=source.id)
    assert store.get(made.id).fields["report"] == source.id


def test_a_recommendation_already_pointing_at_guidance_stays_readable_until_saved_again(store) -> None:
    guidance = report(store, "SPT guidelines", "guidance")
    visit_report = report(store, "Report on the visit")
    made = recommendation(store, "Old one", report=visit_report.id)
    # As in a vault from before the rule: the report it names is guidance.
    store.db.execute("UPDATE record SET fields = json_set(fields, '$.report', ?) WHERE id = ?", (guidance.id, made.id))
    old = store.get(made.id)
    assert old.fields["report"] == guidance.id
    assert [r.id for r in list_recommendations(store, RecommendationQuery(report=guidance.id))] == [made.id]
    assert status_history(store, made.id).npm[-1].status == "not_started"
    with pytest.raises(NotARecommendationReport):
        store.update(replace(old, status="in_progress"))
    fixed = store.update(replace(old, status="in_progress", fields={**old.fields, "report": visit_report.id}))
    assert fixed.status == "in_progress"


def test_the_report_picker_offers_only_reports_recommendations_come_from(store) -> None:
    wanted = [report(store, "B visit report"), report(store, "C report to the NPM", "report_to_npm"),
              report(store, "A NPM report", "npm_report", "draft")]
    report(store, "SPT annual report", "annual_report_spt")
    report(store, "Guidance", "guidance")
    report(store, "State reply", "state_reply")
    binned = report(store, "D binned")
    store.delete(binned.id)
    assert reports_for_recommendations(store) == [(r.title, r.id) for r in sorted(wanted, key=lambda r: r.title)]
