"""The envelope's domain values: article references, consent per person and purpose, review dates."""

from __future__ import annotations

from dataclasses import replace

import pytest

from npmdesk.records import Record
from npmdesk.records.consent import (
    GIVEN,
    PENDING,
    PUBLICATION,
    REFUSED,
    SPT_TRANSMISSION,
    Consent,
    PersonConsent,
    allows,
    refusing,
)
from npmdesk.records.content import content_sha256
from npmdesk.records.legacy import upgraded
from npmdesk.records.model import InvalidRecord, validate
from npmdesk.records.pseudonyms import pseudonymised
from tests.support.record_helpers import communication


def interview(*people: PersonConsent, **changes: object) -> Record:
    return communication(
        "Interview with Ahmed Benali and Leila Haddad", body="Ahmed Benali and Leila Haddad said",
        personal_data=True, pseudonyms={"Ahmed Benali": "person A", "Leila Haddad": "person B"},
        consents=list(people), **changes)


def person(name: str, *answers: tuple[str, str], **flags: bool) -> PersonConsent:
    return PersonConsent(name, tuple(Consent(purpose, state, "2026-03-01", "written", "Ana")
                                     for purpose, state in answers), **flags)


@pytest.mark.parametrize("ref", ["11", "11(1)", "11(1)(b)", "11(1)(b)(ii)", "19(b)", "20(f)", "37"])
def test_article_references_down_to_sub_paragraphs_are_kept_in_order(store, ref):
    record = store.add(communication(articles=["20(f)", ref, "4"]))
    assert store.get(record.id).articles == sorted({"4", ref, "20(f)"}, key=lambda r: (int(r.split("(")[0]), r))
    assert [h.record.id for h in store.search(f"art{ref.split('(')[0]}")] == [record.id]


@pytest.mark.parametrize("ref", ["0", "38", "11(b)(1)", "11 (1)", "art. 11", "11(1)(b)(xx)", "", "1" * 30])
def test_impossible_article_references_are_refused_by_name(store, ref):
    with pytest.raises(InvalidRecord, match="OPCAT articles are numbered 1 to 37") as caught:
        store.add(communication(articles=[ref]))
    assert caught.value.field == "articles"


def test_whole_numbers_still_name_articles_and_hash_as_before():
    """A record made with whole-number articles has the content hash it had before references."""
    record = communication(articles=[16, 11])
    assert record.articles == ["16", "11"]
    assert record.to_json()["articles"] == [16, 11]
    assert content_sha256(record) == content_sha256(replace(record, articles=["11", "16"]))


def test_consent_is_kept_per_person_and_purpose(store):
    saved = store.add(replace(interview(
        person("Ahmed Benali", (SPT_TRANSMISSION, GIVEN), (PUBLICATION, REFUSED)),
        person("Leila Haddad", (SPT_TRANSMISSION, GIVEN), child=True),
    ), review_date="2027-06-30"))
    again = store.get(saved.id)
    assert again.consents == saved.consents and again.review_date == "2027-06-30"
    assert again.consents[1].child and again.consents[0].state(PUBLICATION) == REFUSED
    assert allows(again, SPT_TRANSMISSION) == GIVEN
    assert allows(again, PUBLICATION) == REFUSED
    assert refusing(again, PUBLICATION) == ["person A"]  # by alias, never by name


def test_a_withdrawn_or_missing_consent_is_not_consent():
    withdrawn = PersonConsent("Ahmed Benali", (Consent(SPT_TRANSMISSION, GIVEN, withdrawn_on="2026-04-01"),))
    assert allows(interview(withdrawn), SPT_TRANSMISSION) == REFUSED
    assert allows(interview(person("Ahmed Benali")), SPT_TRANSMISSION) == PENDING
    # Without per-person consent, the record's own answer counts, refusal included.
    assert allows(interview(consent="refused"), SPT_TRANSMISSION) == REFUSED
    assert allows(interview(consent="pending"), SPT_TRANSMISSION) == PENDING
    assert allows(communication(), SPT_TRANSMISSION) == GIVEN


@pytest.mark.parametrize(("people", "message"), [
    ([person("Somebody Else")], "pseudonym"),
    ([person("Ahmed Benali"), person("Ahmed Benali")], "once"),
    ([PersonConsent("Ahmed Benali", (Consent("gossip", GIVEN),))], "known purpose"),
    ([PersonConsent("Ahmed Benali", (Consent(SPT_TRANSMISSION, "maybe"),))], "known purpose"),
    ([PersonConsent("Ahmed Benali", (Consent(SPT_TRANSMISSION, GIVEN, how="telepathy"),))], "orally"),
    ([PersonConsent("Ahmed Benali", (Consent(SPT_TRANSMISSION, GIVEN, date="01/03/2026"),))], "YYYY-MM-DD"),
])
def test_unacceptable_consents_are_refused_with_one_sentence(store, people, message):
    with pytest.raises(InvalidRecord, match=message) as caught:
        store.add(interview(*people))
    assert caught.value.field == "consents"


def test_consents_travel_under_aliases():
    record = interview(person("Ahmed Benali", (SPT_TRANSMISSION, GIVEN)))
    travelling = pseudonymised(record)
    assert [p.person for p in travelling.consents] == ["person A"] and travelling.pseudonyms == {}
    validate(travelling, local=False)
    with pytest.raises(InvalidRecord):
        validate(travelling)  # inside a vault, a consenting person needs a pseudonym


def test_report_statuses_follow_the_report_type(store):
    report = Record(kind="report", title="Report to the State", status="state_replied",
                    fields={"report_type": "visit_report_to_state"})
    store.add(report)
    with pytest.raises(InvalidRecord, match="Status must be one of") as caught:
        store.add(replace(report, id="", status="npm_replied"))
    assert caught.value.field == "status"


def test_older_values_are_upgraded():
    old = Record(kind="report", title="R", status="replied", fields={"report_type": "report_to_npm"})
    assert upgraded(old).status == "npm_replied"
    visit = Record(kind="visit", title="V", status="closed",
                   fields={"checklist_done": ["report_published", "report_to_state", "background_sent"]})
    assert upgraded(visit).fields["checklist_done"] == ["report_to_state", "background_sent"]
    assert upgraded(communication()) == communication()
