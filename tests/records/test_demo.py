"""The demo vault generator: every kind, reproducible, searchable attachments, fast enough."""

from __future__ import annotations

import argparse
import io
import re
import time
from pathlib import Path

import pypdf
import pytest

from npmdesk.cli.demo_command import demo_command
from npmdesk.demo.fill import BASE_DATE, WEIGHTS, DemoData, DemoSeedUsed, allocate, generate
from npmdesk.demo.places import PROFILES, profile
from npmdesk.records import ListQuery, Record, RecordStore, reference
from npmdesk.records import attachments as attachment_store
from npmdesk.records import consent as consent_
from npmdesk.records.kinds import KINDS
from npmdesk.records.model import is_article_ref, validate
from npmdesk.records.npm_state import set_npm_state
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

ALL = ListQuery(limit=1_000_000, order_by="title")


def _fresh_store(folder: Path) -> tuple[Vault, RecordStore]:
    vault, _ = Vault.create(folder, Secret.from_passphrase(PASSPHRASE), user_name="Ana", argon2=TEST_PARAMS,
                            device_keyring=MemoryKeyring())
    return vault, RecordStore(vault)


def _ids_and_titles(store: RecordStore) -> list[tuple[str, str]]:
    return sorted((s.id, s.title) for s in store.list(ALL))


def _records(store: RecordStore, kind: str) -> list[Record]:
    return [store.get(s.id) for s in store.list(ListQuery(kinds=(kind,), limit=100_000))]


def _home(store: RecordStore) -> str:
    """The State most records are about."""
    return str(store.db.execute("SELECT country FROM record WHERE country IS NOT NULL GROUP BY country"
                                " ORDER BY count(*) DESC LIMIT 1").fetchone()[0])


def _set_state(vault: Vault, iso2: str) -> None:
    """The vault's own State, as `npmdesk init --state` records it."""
    set_npm_state(vault, iso2)


def _made(records: int, seed: int, state: str | None = None) -> list[Record]:
    return [r for batch in DemoData(records, seed, state).batches() for r in batch]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    """One demo vault of 2,000 records and 12 attachments shared by the read-only tests below."""
    vault, store = _fresh_store(tmp_path_factory.mktemp("demo") / "vault")
    summary = generate(store, 2000, attachments=12, seed=7)
    yield store, summary
    vault.close()


@pytest.mark.parametrize("total", [0, 1, 5, 11, 12, 13, 14, 99, 100, 2000, 100_000])
def test_allocation_adds_up(total):
    caps = {"visit": 3, "annual_report": 4, "special_fund": 2}
    for counts in (allocate(total), allocate(total, caps)):
        assert sum(counts.values()) == total and list(counts) == list(WEIGHTS)
        if total >= len(KINDS):
            assert all(n >= 1 for n in counts.values())
    assert all(allocate(total, caps)[kind] <= cap for kind, cap in caps.items())
    assert set(WEIGHTS) == set(KINDS)


@pytest.mark.parametrize("total", [5, 14, 60, 2000])
def test_every_record_is_valid_and_sizes_are_exact(total):
    records = _made(total, 2)
    assert len(records) == total
    for record in records:
        validate(record)


def test_every_kind_is_present(demo_store):
    store, summary = demo_store
    assert summary.records == store.count() == 2000
    for kind in KINDS:
        assert store.count(ListQuery(kinds=(kind,))) == summary.by_kind[kind] >= 1, kind


def test_records_use_the_reference_data(demo_store):
    store, _ = demo_store
    db = store.db
    slugs = {t.slug for t in reference.tags()}
    tags = {row[0] for row in db.execute("SELECT DISTINCT tag FROM record_tag")}
    assert tags <= slugs and len(tags) >= 10
    refs = {row[0] for row in db.execute("SELECT DISTINCT ref FROM record_article")}
    assert all(is_article_ref(ref) for ref in refs)
    assert {"11(1)(b)(ii)", "11(1)(b)(iii)", "11(1)(b)(iv)", "16(1)", "16(2)", "19(b)", "20(f)", "26"} <= refs
    codes = {s.iso2 for s in reference.states_parties()}
    countries = {row[0] for row in db.execute("SELECT DISTINCT country FROM record WHERE country IS NOT NULL")}
    assert countries <= codes
    sensitivities = {row[0] for row in db.execute("SELECT DISTINCT sensitivity FROM record")}
    assert sensitivities == {"public", "internal", "confidential", "strictly_confidential"}
    assert db.execute("SELECT count(*) FROM record WHERE personal_data = 1").fetchone()[0] > 50
    assert db.execute("SELECT count(*) FROM record_pseudonym WHERE alias = 'person A'").fetchone()[0] > 10


def test_contacts_have_the_roles_an_npm_deals_with(demo_store):
    store, _ = demo_store
    home = reference.state_by_iso2(_home(store))
    contacts = _records(store, "contact")
    roles = {c.fields["role"] for c in contacts}
    assert {"spt_chair", "spt_bureau", "regional_head", "country_rapporteur", "reprisals_rapporteur", "member",
            "secretariat", "state_liaison", "special_fund_team", "npm_network", "npm_colleague"} <= roles
    heads = [c for c in contacts if c.fields["role"] == "regional_head"]
    assert {c.fields["regional_team"] for c in heads} == {home.spt_region}
    rapporteurs = [c for c in contacts if c.fields["role"] == "country_rapporteur"]
    assert all(c.fields["countries"] == [home.iso2] for c in rapporteurs)


def test_communications_form_threads(demo_store):
    store, _ = demo_store
    replies = [s for s in store.list(ListQuery(kinds=("communication",), limit=2000)) if s.title.startswith("Re: ")]
    assert replies
    reply = store.get(replies[0].id)
    thread = store.thread(reply.id)
    assert len(thread) >= 2 and thread[0].id == reply.fields["thread"]
    assert reply.fields["in_reply_to"] in {s.id for s in thread}
    assert ("reply_to", reply.fields["in_reply_to"]) in {(link.relation, link.to) for link in reply.links}
    waiting = store.list(ListQuery(kinds=("communication",), status="awaiting_reply", limit=5))
    assert waiting and all("reply_by" in store.get(s.id).fields for s in waiting)


@pytest.mark.parametrize("query", ["détention", "detention", "Ольга", "ليلى", "拘留", "Ginebra", '"joint visit"'])
def test_text_in_every_language_and_script_is_searchable(demo_store, query):
    store, _ = demo_store
    assert store.search(query), query


def test_attachments_are_valid_and_searchable_by_their_text(demo_store):
    store, summary = demo_store
    assert summary.attachments == 12 and summary.attachment_bytes > 0
    rows = store.db.execute("SELECT a.id, r.id, a.name, a.media_type FROM attachment a"
                            " JOIN record r ON r.seq = a.record_seq ORDER BY a.seq").fetchall()
    assert len(rows) == 12
    media_types = {row[3] for row in rows}
    assert "application/pdf" in media_types and media_types - {"application/pdf"}
    assert media_types <= {"application/pdf", "text/plain", "text/markdown"}
    for n, (attachment_id, record_id, name, media_type) in enumerate(rows):
        info = attachment_store.info(store, attachment_id)
        assert info.has_text, name
        hits = store.search(f"NPMDOC{n:06d}")
        assert record_id in {h.record.id for h in hits}, name
        if media_type == "application/pdf":
            data = attachment_store.open_attachment(store, attachment_id).read()
            assert f"NPMDOC{n:06d}" in pypdf.PdfReader(io.BytesIO(data), strict=True).pages[0].extract_text()


def test_same_seed_same_records_other_seed_different(tmp_path):
    results = []
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        vault, store = _fresh_store(tmp_path / name)
        generate(store, 300, seed=seed)
        results.append(_ids_and_titles(store))
        vault.close()
    assert results[0] == results[1]
    assert len(results[0]) == 300
    assert results[0] != results[2]
    assert not {i for i, _ in results[0]} & {i for i, _ in results[2]}


def test_generated_content_is_identical_for_a_seed():
    def snapshot(seed: int) -> list[dict[str, object]]:
        return [r.to_json() for batch in DemoData(500, seed).batches(100) for r in batch]

    assert snapshot(4) == snapshot(4)
    assert snapshot(4) != snapshot(5)


def test_two_thousand_records_in_a_few_seconds(store):
    calls = []
    started = time.perf_counter()
    summary = generate(store, 2000, seed=1, progress=lambda done, total: calls.append((done, total)))
    elapsed = time.perf_counter() - started
    assert store.count() == 2000
    assert elapsed < 8, f"2,000 demo records took {elapsed:.1f} s"
    assert calls[-1] == (2000, 2000) and summary.seconds <= elapsed


def test_tiny_vaults(store):
    assert generate(store, 0).records == 0
    summary = generate(store, 5, attachments=2, seed=2)
    assert store.count() == 5 and summary.attachments <= 2


def test_cli_command_prints_one_line(store, capsys):
    code = demo_command(argparse.Namespace(records=40, attachments=1, seed=3), store)
    out = capsys.readouterr().out
    assert code == 0 and out.count("\n") == 1
    assert "40 records" in out and "and 1 attachment (" in out  # singular for one
    assert store.count() == 40


def test_the_same_seed_twice_in_one_vault_is_one_sentence_and_adds_nothing(store):
    generate(store, 30, seed=7)
    ids = {row.id for row in store.list()}
    with pytest.raises(DemoSeedUsed, match=r"seed 7: choose another seed\. Nothing was added\."):
        generate(store, 60, seed=7)
    assert {row.id for row in store.list()} == ids
    assert generate(store, 30, seed=8).records == 30  # another seed adds its own


# ------------------------------------------------------------------ one State, as an NPM knows it

def test_the_demo_is_about_the_vaults_own_state(tmp_path, capsys):
    vault, store = _fresh_store(tmp_path / "vault")
    _set_state(vault, "CR")
    code = demo_command(argparse.Namespace(records=200, attachments=0, seed=3), store)
    assert code == 0 and "about Costa Rica:" in capsys.readouterr().out
    assert _home(store) == "CR"
    places = _records(store, "place")
    cities = {city for city, _region in profile("CR")[1]}
    assert places and {p.fields["region"] for p in places} <= {region for _city, region in profile("CR")[1]}
    assert all(any(city in p.title for city in cities) for p in places)
    vault.close()


def test_a_vault_without_a_state_gets_one_picked_from_the_seed_and_is_told_which(store, capsys):
    code = demo_command(argparse.Namespace(records=40, attachments=0, seed=3), store)
    line = capsys.readouterr().out
    state = reference.state_by_iso2(_home(store))
    assert code == 0 and f"about {state.country} (the vault has no State set; picked from the seed)" in line
    assert state.iso2 in PROFILES and state.ratification_year <= BASE_DATE.year - 8
    assert {DemoData(10, seed).home.iso2 for seed in range(12)} != {state.iso2}  # other seeds, other States


ARABIC = re.compile(r"[\u0600-\u06ff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _share(records: list[Record], script: re.Pattern[str], field: str) -> float:
    return sum(bool(script.search(getattr(r, field))) for r in records) / len(records)


def test_an_arabic_speaking_states_vault_is_mostly_in_arabic_and_found_by_search(tmp_path):
    vault, store = _fresh_store(tmp_path / "vault")
    _set_state(vault, "MA")
    generate(store, 300, seed=4)
    mine = [store.get(s.id) for s in store.list(ListQuery(kinds=("communication", "update", "place", "reminder"),
                                                         limit=100_000))]
    assert _share(mine, ARABIC, "title") > 0.5 and _share([r for r in mine if r.body], ARABIC, "body") > 0.5
    places = _records(store, "place")
    assert places and all(any(city in p.title for city, _region in profile("MA")[1]) for p in places)
    assert ARABIC.search(places[0].title)
    for word in ("الآلية", "الرباط"):
        hits = store.search(word)
        assert hits and all(ARABIC.search(h.record.title + store.get(h.record.id).body) for h in hits[:5]), word
    vault.close()


@pytest.mark.parametrize(("state", "script", "word"), [("KZ", CYRILLIC, "НПМ"), ("BR", re.compile("[ãõçâêô]"), "MNP")])
def test_russian_and_portuguese_speaking_states_get_their_language(tmp_path, state, script, word):
    vault, store = _fresh_store(tmp_path / "vault")
    _set_state(vault, state)
    generate(store, 200, seed=4)
    mine = [store.get(s.id) for s in store.list(ListQuery(kinds=("communication", "update"), limit=100_000))]
    assert _share([r for r in mine if r.body], script, "body") > 0.5
    assert store.search(word)
    vault.close()


def test_the_same_seed_gives_the_same_arabic_vault():
    assert [(r.title, r.body) for r in _made(150, 9, "TN")] == [(r.title, r.body) for r in _made(150, 9, "TN")]


def test_other_states_appear_only_where_natural(demo_store):
    store, summary = demo_store
    home = _home(store)
    colleagues = {c.id for c in _records(store, "contact") if c.fields["role"] in ("npm_colleague", "npm_network")}
    elsewhere = [store.get(row[0]) for row in store.db.execute(
        "SELECT id FROM record WHERE country IS NOT NULL AND country != ?", (home,))]
    assert 0 < len(elsewhere) < summary.records * 0.05
    for record in elsewhere:
        natural = ((record.kind == "contact" and record.id in colleagues)
                   or (record.kind == "statement" and record.fields["statement_type"] == "npm_network")
                   or (record.kind == "communication" and record.counterpart in colleagues))
        assert natural, (record.kind, record.title)
    assert store.db.execute("SELECT count(*) FROM record WHERE country IS NULL").fetchone()[0] < 40


@pytest.mark.parametrize("total", [14, 100, 2000, 30_000])
def test_one_to_three_spt_visits_whatever_the_size(total):
    assert 1 <= DemoData(total, 5).counts["visit"] <= 3
    assert {DemoData(total, seed).counts["visit"] for seed in range(20)} <= {1, 2, 3}


@pytest.mark.parametrize("state", ["CO", "BD", "LV", "ZA", "GB", "MX", "CG"])
def test_no_spt_visit_before_the_states_ratification(state):
    ratified = reference.state_by_iso2(state).ratification_year or BASE_DATE.year - 2
    for seed in range(3):
        records = _made(150, seed, state)
        visits = [r for r in records if r.kind == "visit"]
        assert 1 <= len(visits) <= 3
        assert all(int(v.fields["start_date"][:4]) > ratified for v in visits)
        assert all(r.date is None or r.date >= f"{ratified}-07-01" for r in records if r.kind != "contact")


def test_visits_have_types_statuses_checklists_and_two_report_tracks(demo_store):
    store, _ = demo_store
    visits = _records(store, "visit")
    assert {v.fields["visit_type"] for v in visits} <= set(KINDS["visit"].field("visit_type").choices)
    seeds = [DemoData(2000, seed) for seed in range(12)]
    statuses = {plan.status for data in seeds for plan in data.plans}
    assert {"follow_up", "postponed"} <= statuses and statuses & {"announced", "preparation"}
    past = [v for v in visits if v.fields["end_date"] < BASE_DATE.isoformat()]
    assert past
    reports = [r for r in _records(store, "report") if r.fields.get("visit") in {v.id for v in past}]
    tracks = {r.fields["report_type"]: r for r in reports}
    assert {"visit_report_to_state", "report_to_npm"} <= set(tracks)
    for track in ("visit_report_to_state", "report_to_npm"):
        report = tracks[track]
        assert report.fields["transmitted_on"] and report.fields["obtained_via"] and report.fields["publication"]
        assert report.fields["reply_due"] > report.fields["transmitted_on"]
    steps = {c.fields.get("visit_step") for c in _records(store, "communication")} - {None}
    assert len(steps & {"background_sent", "opening_meeting", "final_discussion", "private_meeting",
                        "press_release"}) >= 4


def test_recommendations_come_from_visit_reports_and_npm_reports_only(demo_store):
    store, _ = demo_store
    types = {r.id: r.fields["report_type"] for r in _records(store, "report")}
    recommendations = _records(store, "recommendation")
    assert {types[r.fields["report"]] for r in recommendations} == {
        "visit_report_to_state", "report_to_npm", "npm_report"}
    for rec in recommendations:
        assert rec.fields["responsible_authority"] and rec.fields["priority"]
        if "state_status" in rec.fields:
            assert rec.fields["state_status_on"] and rec.fields["state_status_source"]
        if rec.status != "not_started":
            assert rec.fields["evidence_date"] and rec.fields["assessment_source"]
    both = [r for r in recommendations if "state_status" in r.fields]
    assert both and any(r.status != r.fields["state_status"] for r in both)  # the NPM sees less than the State says


def test_people_have_aliases_and_consents_that_include_refusals(demo_store):
    store, _ = demo_store
    about_people = [r for kind in ("reprisal_case", "reprisal_check") for r in _records(store, kind)]
    assert about_people and all(r.consents for r in about_people)
    people = [person for r in about_people for person in r.consents]
    assert all(person.person in r.pseudonyms for r in about_people for person in r.consents)
    refused = {purpose: sum(p.state(purpose) in ("refused", "withdrawn") for p in people)
               for purpose in (consent_.SPT_TRANSMISSION, consent_.PUBLICATION)}
    assert refused[consent_.SPT_TRANSMISSION] >= len(people) * 0.1
    assert refused[consent_.PUBLICATION] >= len(people) * 0.3
    assert any(consent_.allows(r, consent_.SPT_TRANSMISSION) == consent_.REFUSED for r in about_people)
    assert any(consent_.allows(r, consent_.SPT_TRANSMISSION) == consent_.GIVEN for r in about_people)
    assert any(p.child for p in people)


def test_reprisal_cases_respect_consent_and_checks_are_their_steps(demo_store):
    store, _ = demo_store
    cases = _records(store, "reprisal_case")
    visits = {v.id for v in _records(store, "visit")}
    for case in cases:
        assert case.fields["person"] in case.pseudonyms.values()
        assert case.fields["linked_to"] in ("spt_visit", "npm_visit", "npm_staff")
        if case.fields["linked_to"] == "spt_visit":
            assert case.fields["visit"] in visits
        if case.consents[0].state(consent_.SPT_TRANSMISSION) != "given":
            assert "transmitted_on" not in case.fields
    assert {c.fields["linked_to"] for c in cases} >= {"spt_visit", "npm_staff"}
    checks = _records(store, "reprisal_check")
    steps = [c for c in checks if "case" in c.fields]
    assert steps and all(c.fields["case"] in {case.id for case in cases} for c in steps)
    assert any(c.status == "concern_raised" and c.fields.get("visit") in visits for c in checks)


def test_advice_updates_statements_fund_and_annual_reports(demo_store):
    store, _ = demo_store
    advice = _records(store, "interpretation_request")
    assert {a.fields["request_type"] for a in advice} >= {"interpretation", "methodology", "mandate", "legislation"}
    assert all(any(ref.startswith("11(1)(b)") for ref in a.articles) for a in advice)
    updates = [u.fields["update_type"] for u in _records(store, "update")]
    assert updates.count("article_17_list") == 1 and updates.count("cat_public_statement") == 1
    assert {s.fields["statement_type"] for s in _records(store, "statement")} >= {"npm_network", "npm_own"}
    published = {r.id for r in _records(store, "report")
                 if r.fields["report_type"] == "visit_report_to_state" and r.status == "published"}
    for application in _records(store, "special_fund"):
        assert application.fields.get("implements_report", next(iter(published), None)) in published | {None}
        if application.status in ("granted", "reported"):
            assert application.fields["project_start"] < application.fields["project_end"]
    annual = _records(store, "annual_report")
    assert len({a.fields["year"] for a in annual}) == len(annual)
    order = ("published_nationally_on", "date_sent", "acknowledged_on", "posted_on")
    for report in annual:
        dates = [report.fields[step] for step in order if step in report.fields]
        assert dates == sorted(dates)
        if report.status == "published":
            assert report.fields["posted_on"] and report.fields["languages_sent"]


def test_records_about_people_have_review_dates_and_one_contact_is_an_own_device(demo_store):
    store, _ = demo_store
    about_people = [r for kind in ("reprisal_case", "reprisal_check") for r in _records(store, kind)]
    assert all(r.review_date and r.review_date > r.date for r in about_people)
    assert any(r.review_date <= BASE_DATE.isoformat() for r in about_people)  # some are due for review
    devices = [c for c in _records(store, "contact") if c.fields.get("own_device")]
    assert len(devices) == 1 and devices[0].fields["keys_verified"] and devices[0].fields["age_recipient"]
