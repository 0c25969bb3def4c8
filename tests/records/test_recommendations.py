"""The recommendation tracker's queries: by report, addressee and status, counted and paged in SQL."""

from __future__ import annotations

from npmdesk.records import Link, Record
from npmdesk.records.recommendations import (
    NO_REPORT,
    STATUSES,
    RecommendationQuery,
    count_recommendations,
    list_recommendations,
    reports_with_recommendations,
    status_counts,
)


def report(store, title: str, visit: Record | None = None) -> Record:
    fields = {"report_type": "visit_report_to_state"} | ({"visit": visit.id} if visit else {})
    return store.add(Record(kind="report", title=title, status="received", fields=fields,
                            links=[Link(visit.id, "visit")] if visit else []))


def recommendation(store, title: str, status: str, addressee: str, source: Record | None = None,
                   paragraph: str = "para. 1") -> Record:
    fields = {"addressee": addressee, "paragraph": paragraph} | ({"report": source.id} if source else {})
    return store.add(Record(kind="recommendation", title=title, status=status, fields=fields,
                            links=[Link(source.id, "report")] if source else []))


def tracker(store):
    visit = store.add(Record(kind="visit", title="SPT visit", status="follow_up"))
    beta = report(store, "Beta report", visit)
    alpha = report(store, "Alpha report")
    made = {
        "a1": recommendation(store, "Fund the NPM", "implemented", "state", alpha, "para. 2"),
        "a2": recommendation(store, "Train the police", "in_progress", "state", alpha, "para. 1"),
        "a3": recommendation(store, "Publish the report", "not_started", "npm", alpha, "para. 3"),
        "b1": recommendation(store, "Close cell 4", "in_progress", "state", beta),
        "b2": recommendation(store, "Hire doctors", "in_progress", "npm", beta),
        "n1": recommendation(store, "Orphan", "not_implemented", "state"),
    }
    return visit, alpha, beta, made


def ids(rows) -> list[str]:
    return [row.id for row in rows]


def test_recommendations_are_listed_by_report_then_paragraph_with_their_report(store) -> None:
    _visit, alpha, beta, made = tracker(store)
    rows = list_recommendations(store, RecommendationQuery())
    assert ids(rows) == [made[k].id for k in ("a2", "a1", "a3", "b1", "b2", "n1")]
    first = rows[0]
    assert (first.report_id, first.report_title, first.addressee, first.paragraph, first.status) == (
        alpha.id, "Alpha report", "state", "para. 1", "in_progress")
    assert rows[-1].report_id is None and rows[-1].report_title is None
    assert ids(list_recommendations(store, RecommendationQuery(descending=True)))[:2] == [made["b2"].id,
                                                                                          made["b1"].id]
    by_status = list_recommendations(store, RecommendationQuery(order_by="status"))
    assert [row.status for row in by_status] == sorted((row.status for row in rows), key=STATUSES.index)
    assert ids(list_recommendations(store, RecommendationQuery(offset=2, limit=2))) == [made["a3"].id,
                                                                                        made["b1"].id]
    assert beta.id in {row.report_id for row in rows}


def test_filters_combine_and_counts_follow_them(store) -> None:
    visit, alpha, beta, made = tracker(store)
    state_alpha = RecommendationQuery(report=alpha.id, addressee="state")
    assert set(ids(list_recommendations(store, state_alpha))) == {made["a1"].id, made["a2"].id}
    assert count_recommendations(store, state_alpha) == 2
    in_progress = RecommendationQuery(status="in_progress")
    assert count_recommendations(store, in_progress) == 3
    assert ids(list_recommendations(store, RecommendationQuery(report=NO_REPORT))) == [made["n1"].id]
    assert set(ids(list_recommendations(store, RecommendationQuery(visit=visit.id)))) == {made["b1"].id,
                                                                                         made["b2"].id}
    assert count_recommendations(store, RecommendationQuery(report=beta.id, addressee="npm")) == 1


def test_status_counts_cover_every_status_and_leave_out_the_status_filter(store) -> None:
    _visit, alpha, _beta, _made = tracker(store)
    counts = status_counts(store, RecommendationQuery(status="implemented"))
    assert [c.status for c in counts] == list(STATUSES)
    assert {c.status: c.count for c in counts} == {
        "not_started": 1, "in_progress": 3, "partially_implemented": 0, "implemented": 1,
        "not_implemented": 1, "no_longer_relevant": 0}
    alpha_counts = {c.status: c.count for c in status_counts(store, RecommendationQuery(report=alpha.id))}
    assert sum(alpha_counts.values()) == 3 and alpha_counts["implemented"] == 1


def test_the_bin_and_purged_reports_are_respected(store) -> None:
    _visit, alpha, beta, made = tracker(store)
    store.delete(made["a1"].id)
    store.delete(beta.id)  # its recommendations now count as without a report
    assert count_recommendations(store, RecommendationQuery()) == 5
    assert set(ids(list_recommendations(store, RecommendationQuery(report=NO_REPORT)))) == {
        made["b1"].id, made["b2"].id, made["n1"].id}
    choices = reports_with_recommendations(store)
    assert [(c.report_id, c.title, c.count) for c in choices] == [(alpha.id, "Alpha report", 2), (NO_REPORT, None, 3)]


def test_an_empty_vault_has_no_recommendations(store) -> None:
    assert list_recommendations(store, RecommendationQuery()) == []
    assert count_recommendations(store, RecommendationQuery()) == 0
    assert {c.count for c in status_counts(store, RecommendationQuery())} == {0}
    assert reports_with_recommendations(store) == []
