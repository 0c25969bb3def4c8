"""The visit dossier PDF: the type of visit, the checklist of that type with where each item stands,
and the two reports after the visit side by side with the Special Fund line (read back from the PDF)."""

from __future__ import annotations

import datetime as dt

from npmdesk.pdf.render import pdf_bytes
from npmdesk.records import Record
from npmdesk.reports import compose, make_request
from tests.support.report_helpers import pages_text
from tests.support.visit_helpers import visit_dossier, visit_report

TODAY = dt.date(2026, 11, 2)


def dossier_text(store, visit_id: str, language: str = "en") -> str:
    request = make_request("visit-dossier", None, None, visit_id=visit_id, language=language)
    return " ".join(pages_text(pdf_bytes(compose(store, request, TODAY))))


def test_the_dossier_shows_the_type_its_checklist_and_the_two_report_tracks(qapp, store) -> None:
    dossier = visit_dossier(store, visit_type="npm_advisory_visit")
    report = store.get(dossier.report.id)
    store.update(Record(**{**report.__dict__, "fields": {
        **report.fields, "transmitted_on": "2026-06-01", "publication": "requested_by_state"}}))
    to_npm = visit_report(store, dossier.visit, "report_to_npm", transmitted_on="2026-05-20", reply_due="2026-10-31")
    text = dossier_text(store, dossier.visit.id)
    lowered = text.lower()
    assert "Type of visit" in text and "npm advisory visit" in lowered
    assert "opening meeting" in lowered and "press release" in lowered
    assert "private spt" not in lowered  # not an item of an NPM advisory visit
    assert "Where it stands" in text and "overdue" in text and "(optional)" in text
    assert "The reports after the visit" in text
    assert "Report to the State" in text and "Report to the NPM" in text
    assert "1 Dec 2026 (transmission + 6 months)" in text  # the default reply date, written out
    assert "31 Oct 2026: overdue" in text  # the NPM's own reply
    assert "Next the State's reply to the SPT the NPM's reply to the SPT" in text  # side by side
    assert to_npm.id[:8] in text
    assert "Special Fund (art. 26): Mexico can apply once a report to it is published." in text

    report = store.get(dossier.report.id)
    store.update(Record(**{**report.__dict__, "status": "published", "fields": {
        **report.fields, "published_on": "2026-10-20", "published_url": "https://example.org/report"}}))
    text = dossier_text(store, dossier.visit.id)
    assert "Published: Mexico can apply to the OPCAT Special Fund (art. 26)." in text
    assert "20 Oct 2026" in text and "https://example.org/report" in text
    assert "the State's reply to the SPT" in text  # published, but the State has not replied


def test_a_postponed_visit_in_french_has_nothing_overdue(qapp, store) -> None:
    dossier = visit_dossier(store, status="postponed")
    text = dossier_text(store, dossier.visit.id, "fr")
    assert "La visite est reportée ou suspendue : aucune étape n'est en retard." in text
    assert "en retard" not in text.replace("aucune étape n'est en retard", "")
    assert "Rapport à l'État" in text and "Les rapports après la visite" in text
    assert "Fonds spécial (art. 26)" in text
