"""The words of the PDF reports: the glossary's names, country names in the report's language, and the
marking of the highest sensitivity the report holds, read back from the PDF's text."""

from __future__ import annotations

import datetime as dt

import pytest

from npmdesk.glossary import glossary
from npmdesk.pdf.render import render_pdf
from npmdesk.records import Record
from npmdesk.records.model import Link
from npmdesk.reports import make_request
from tests.support.report_helpers import pages_text

TODAY = dt.date(2026, 1, 20)


def visit_with_records(store, sensitivity: str = "internal", report_sensitivity: str = "internal") -> str:
    visit = store.add(Record(kind="visit", title="Visit 2025", date="2025-05-10", status="follow_up", country="KH",
                             sensitivity=sensitivity, fields={"start_date": "2025-05-10", "end_date": "2025-05-20"}))
    store.add(Record(kind="communication", title="Letter during the visit", date="2025-05-12", status="sent",
                     sensitivity=sensitivity, links=[Link(visit.id, "visit")],
                     fields={"direction": "received", "channel": "meeting_in_country"}))
    store.add(Record(kind="report", title="Report to the State", date="2025-09-01", status="state_replied",
                     sensitivity=report_sensitivity, links=[Link(visit.id, "visit")],
                     fields={"report_type": "visit_report_to_state"}))
    return visit.id


def dossier_text(store, visit_id: str, language: str, mark: bool = True) -> str:
    request = make_request("visit-dossier", visit_id=visit_id, language=language, confidential_mark=mark)
    return " ".join(pages_text(render_pdf(store, request, today=TODAY)))


@pytest.mark.parametrize(("language", "country"), [("en", "Cambodia"), ("fr", "Cambodge"), ("es", "Camboya")])
def test_the_dossier_names_the_country_and_identifiers_in_the_reports_language(qapp, store, language, country):
    text = dossier_text(store, visit_with_records(store), language)
    words = glossary(language)
    assert f" {country} " in f" {text} " and "Cambodia" not in text.replace(country, "")
    for name in (words.status("follow_up", kind="visit"), words.choice("direction", "received"),
                 words.choice("channel", "meeting_in_country"), words.choice("report_type", "visit_report_to_state"),
                 words.status("state_replied", kind="report", subtype="visit_report_to_state")):
        assert name in text, name


def test_spanish_reports_say_state_party_replied_and_sentido(qapp, store):
    visit_id = visit_with_records(store)
    assert "El Estado parte respondió" in dossier_text(store, visit_id, "es")
    log = " ".join(pages_text(render_pdf(store, make_request("correspondence-log", language="es"), today=TODAY)))
    assert "Sentido" in log and "Dirección" not in log  # the column of sent / received


@pytest.mark.parametrize(("levels", "marking", "language"), [
    (("public", "public"), "PUBLIC", "en"),
    (("internal", "public"), "INTERNAL", "en"),
    (("internal", "confidential"), "CONFIDENTIAL", "en"),
    (("public", "strictly_confidential"), "STRICTLY CONFIDENTIAL", "en"),
    (("public", "strictly_confidential"), "STRICTEMENT CONFIDENTIEL", "fr"),
    (("public", "confidential"), "CONFIDENCIAL", "es"),
])
def test_every_page_is_marked_with_the_highest_sensitivity_inside(qapp, store, levels, marking, language):
    pages = pages_text(render_pdf(store, make_request(
        "visit-dossier", visit_id=visit_with_records(store, *levels), language=language), today=TODAY))
    for page in pages:
        assert marking in page
    lower = [glossary(language).sensitivity(level).upper() for level in ("confidential", "strictly_confidential")]
    if marking not in lower:  # "CONFIDENTIAL" is printed nowhere on a report that holds nothing confidential
        assert not any(word in " ".join(pages) for word in lower)
    assert glossary(language).sensitivity(levels[1] if levels[1] != "public" else levels[0]) in pages[0]


def test_a_confidential_counterpart_named_in_the_log_raises_its_marking(qapp, store):
    contact = store.add(Record(kind="contact", title="Rapporteur", status="active", sensitivity="confidential",
                               fields={"role": "country_rapporteur"}))
    store.add(Record(kind="communication", title="Public letter", date="2025-05-12", status="sent",
                     sensitivity="public", counterpart=contact.id, fields={"direction": "sent", "channel": "letter"}))
    pages = pages_text(render_pdf(store, make_request("correspondence-log"), today=TODAY))
    assert "Counterpart: Rapporteur" in pages[1] and all("CONFIDENTIAL" in page for page in pages)


def test_without_the_marking_no_level_is_printed(qapp, store):
    text = dossier_text(store, visit_with_records(store, "public", "strictly_confidential"), "en", mark=False)
    assert "STRICTLY" not in text and "CONFIDENTIAL" not in text.upper()
