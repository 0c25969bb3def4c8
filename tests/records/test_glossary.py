"""The glossary: one name per identifier and language, shared by the windows and the PDF reports."""

from __future__ import annotations

import importlib

import pytest

from npmdesk.glossary import Glossary, available_languages, glossary, keys
from npmdesk.records import kinds


def _named(language: str, candidates: list[str]) -> bool:
    table = keys(language)
    return any(key in table for key in candidates)


def _identifiers() -> list[tuple[str, list[str]]]:
    """(what, the keys any of which names it) for every identifier kinds.py declares, read generically
    so that kinds, statuses, fields and choices added later are checked too."""
    found: list[tuple[str, list[str]]] = []
    for name, spec in kinds.KINDS.items():
        found.append((f"kind {name}", [f"kind.{name}"]))
        found.append((f"date of {name}", [f"date.{spec.date_meaning.replace(' ', '_')}"]))
        statuses = set(spec.statuses)
        for subtype, allowed in dict(getattr(spec, "statuses_by", None) or {}).items():
            for status in allowed:
                found.append((f"status {status} of {name} {subtype}",
                              [f"status.{name}.{subtype}.{status}", f"status.{name}.{status}", f"status.{status}"]))
        for status in statuses:
            found.append((f"status {status} of {name}", [f"status.{name}.{status}", f"status.{status}"]))
        for field in spec.fields:
            found.append((f"field {field.name} of {name}", [f"field.{name}.{field.name}", f"field.{field.name}"]))
            for choice in field.choices:
                found.append((f"choice {choice} of {field.name}",
                              [f"choice.{field.name}.{choice}", f"choice.{choice}"]))
    found += [(f"sensitivity {s}", [f"sensitivity.{s}"]) for s in kinds.SENSITIVITIES]
    found += [(f"consent {c}", [f"consent.{c}"]) for c in kinds.CONSENT]
    found += [(f"relation {r}", [f"relation.{r}"]) for r in kinds.LINK_RELATIONS]
    try:  # per-purpose consent (issue 13), where the model has it
        consent = importlib.import_module("npmdesk.records.consent")
    except ModuleNotFoundError:
        consent = None
    for purpose in getattr(consent, "PURPOSES", ()):
        found.append((f"purpose {purpose}", [f"purpose.{purpose}"]))
    for state in getattr(consent, "STATES", ()):
        found.append((f"consent {state}", [f"consent.{state}"]))
    return found


@pytest.mark.parametrize("language", available_languages())
def test_every_identifier_in_kinds_has_a_name_in_every_language(language):
    missing = [what for what, candidates in _identifiers() if not _named(language, candidates)]
    assert missing == []


def test_every_language_names_the_same_identifiers():
    assert {"en", "fr", "es", "ar"} <= set(available_languages())
    assert [lang for lang in available_languages() if keys(lang) != keys("en")] == []


# The identifiers of issue 13 (the lead's core design), named before the model has them all.
ISSUE_13 = [
    "kind.reprisal_case", "kind.statement", "field.visit_type", "choice.country_visit", "choice.follow_up_visit",
    "choice.npm_advisory_visit", "choice.opcat_advisory_visit", "status.postponed", "status.suspended",
    "status.terminated", "choice.opening_meeting", "choice.press_release", "choice.report_to_state",
    "choice.report_to_npm", "choice.npm_report", "field.transmitted_on", "field.obtained_via", "choice.from_spt",
    "choice.from_state", "choice.public_only", "field.reply_due", "field.reply_received_on", "field.publication",
    "choice.undecided", "choice.requested_by_state", "choice.to_publish", "choice.kept_confidential",
    "field.responsible_authority", "field.priority", "choice.urgent", "choice.short_term", "choice.medium_term",
    "choice.long_term", "field.state_status", "field.state_status_on", "field.state_status_source",
    "field.assessment_source", "choice.state_reply", "choice.npm_annual_report", "choice.follow_up_visit",
    "choice.spt", "choice.other", "choice.spt_chair", "choice.spt_bureau", "choice.reprisals_rapporteur",
    "choice.state_liaison", "choice.special_fund_team", "choice.npm_network", "field.own_device",
    "purpose.npm_use", "purpose.spt_transmission", "purpose.publication", "purpose.sg_reprisals_report",
    "consent.given", "consent.refused", "consent.pending", "consent.withdrawn", "field.review_date",
    "field.articles", "field.consents",
]


@pytest.mark.parametrize("language", available_languages())
def test_the_new_identifiers_of_the_opcat_process_are_named(language):
    assert [key for key in ISSUE_13 if key not in keys(language)] == []


def test_names_of_the_renamed_and_new_kinds():
    assert [glossary(lang).kind("interpretation_request") for lang in ("en", "fr", "es")] == [
        "Request for advice", "Demande d'avis", "Solicitud de asesoramiento"]
    assert glossary("en").kind("reprisal_case") == "Reprisal case"
    assert glossary("en").kind("statement") == "Public statement"
    assert glossary("en").field("review_date") == "Review on"


def test_the_known_translation_errors_are_fixed():
    en, fr, es = (glossary(lang) for lang in ("en", "fr", "es"))
    assert es.field("direction") == "Sentido"
    assert fr.status("no_longer_relevant") == "N'est plus pertinente"
    assert en.field("checklist_done") == "Checklist items done"
    assert "terminée" not in fr.field("checklist_done") and "hecha" not in es.field("checklist_done")
    # In Spanish the State is not called by the same word as a status.
    assert es.choice("addressee", "state") == "Estado parte"


def test_a_status_reads_by_kind_and_subtype_most_specific_first():
    en = Glossary("en")
    assert en.status("state_replied", kind="report", subtype="visit_report_to_state") == "State replied"
    assert en.status("npm_replied", kind="report", subtype="report_to_npm") == "NPM replied"
    assert en.status("received", kind="report", subtype="some_new_type") == "Received"
    assert Glossary("fr").status("done", kind="reprisal_check") == "Faite"
    assert Glossary("fr").status("done") == "Fait"


def test_unknown_languages_read_english_and_unknown_identifiers_read_as_words():
    assert Glossary("de").kind("visit") == Glossary("en").kind("visit") == "Visit"
    assert Glossary("fr_CA").kind("visit") == "Visite" and Glossary(None).language == "en"
    assert Glossary("fr").status("a_new_status") == "A new status"
    assert Glossary("es").choice("channel", "carrier_pigeon") == "Carrier pigeon"
    assert Glossary("fr").term("purpose", "npm_use") == "Usage par le MNP"


def test_the_spt_regions_read_as_in_the_reference_data():
    from npmdesk.records import reference

    for region in reference.regions():
        for language in available_languages():
            if getattr(region.name, language):  # the reference data names the region in that language
                assert glossary(language).choice("regional_team", region.key) == region.name.get(language)
