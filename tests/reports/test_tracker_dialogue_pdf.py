"""The recommendations tracker PDF shows both statuses of each recommendation side by side, each
with its date and source (what the State reports, and the NPM's assessment with its evidence),
and charts and counts both."""

from __future__ import annotations

import datetime as dt

from npmdesk.pdf.render import render_pdf
from npmdesk.records import Record
from npmdesk.reports import make_request
from tests.support.report_helpers import pages_text

TODAY = dt.date(2026, 11, 20)


def test_the_tracker_shows_both_statuses_with_dates_and_sources(store) -> None:
    source = store.add(Record(kind="report", title="Report on the visit to Mexico", status="received",
                              fields={"report_type": "visit_report_to_state"}))
    store.add(Record(kind="recommendation", title="Fund the NPM adequately", status="partially_implemented",
                     date="2026-03-01", fields={
                         "addressee": "state", "report": source.id, "paragraph": "para. 12",
                         "responsible_authority": "Ministry of Finance", "priority": "urgent",
                         "state_status": "implemented", "state_status_on": "2026-05-04",
                         "state_status_source": "state_reply", "evidence": "Posts still unfilled",
                         "evidence_date": "2026-09-15", "assessment_source": "follow_up_visit"}))
    store.add(Record(kind="recommendation", title="Publish the NPM's report", status="not_started",
                     date="2026-03-01", fields={"addressee": "npm", "report": source.id, "paragraph": "para. 40"}))
    pdf = render_pdf(store, make_request("recommendations", language="en"), today=TODAY)
    text = " ".join(pages_text(pdf))
    assert "State reports" in text and "NPM's assessment" in text
    words = text.lower().replace("-", " ")  # names of choices as the glossary spells them
    assert "4 May 2026" in text and "source: state reply" in words  # dates written out, day first
    assert "15 Sept 2026" in text and "source: follow up visit" in words and "Posts still unfilled" in text
    assert "Responsible: Ministry of Finance" in text and "priority: urgent" in words
    assert "not reported" in text  # the NPM's own recommendation: the State has said nothing
    assert "State: NPM's assessment" in text and "State: State reports" in text  # both bars, counted
    french = " ".join(pages_text(render_pdf(store, make_request("recommendations", language="fr"), today=TODAY)))
    assert "Selon l'État" in french and "Évaluation du MNP" in french and "non communiqué" in french
