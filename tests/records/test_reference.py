"""Reference data: States parties, SPT regions, OPCAT articles and the tag taxonomy."""

from __future__ import annotations

import re
from pathlib import Path

from npmdesk.records import reference
from npmdesk.records.kinds import SPT_REGIONS
from npmdesk.records.model import MAX_TAG

SEED = Path(__file__).resolve().parent / "data" / "seed-page-filters.txt"  # see data/README.md
SEED_TOPICS = [
    "Annual Reports", "Designation of an NPM", "Multiple bodies", "Strategy and Planning", "Handling complaints",
    "National Human Rights Institutions", "Dialogue with authorities", "Coordination with other monitoring bodies",
    "Recommendations and Follow-Up Strategies", "Dealing with Torture and Other Serious Human Rights Violations",
    "Engaging with civil society", "Finances", "Confidentiality and data protection", "Interaction with the SPT",
    "Interactions with international / regional bodies", "Internal Rules", "Legal and policy work",
    "New specialised institutions", "Preventive visits", "Profile and skills of NPM members and staff",
    "Selection of NPM Members and Staff", "Thematic and other reports", "Using Indicators and Measuring Progress",
    "Visit reports", "Working with Courts and the Judiciary", "Communication and Working with the Media",
    "Building the NPM's identity", "Working with external experts",
]
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def test_states_parties_are_complete_and_well_formed():
    states = reference.states_parties()
    assert len(states) == 96
    codes = [s.iso2 for s in states]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    assert {s.spt_region for s in states} - {None} == set(SPT_REGIONS)
    assert all(s.ratification_year is None or 2002 <= s.ratification_year <= 2030 for s in states)


def test_unverified_cells_load_as_none():
    palestine = reference.state_by_iso2("ps")
    assert palestine.spt_region is None and palestine.ratification_year == 2017  # its SPT team is unverified
    mexico = reference.state_by_iso2("MX")
    assert mexico.spt_region == "Americas" and isinstance(mexico.ratification_year, int)
    assert reference.state_by_iso2("ZZ") is None


def test_results_are_copies_of_a_cache():
    first = reference.states_parties()
    first.clear()
    assert len(reference.states_parties()) == 96
    assert reference.states_parties()[0] is reference.states_parties()[0]


def test_regions_are_the_four_teams_in_three_languages():
    regions = reference.regions()
    assert [r.key for r in regions] == list(SPT_REGIONS)
    for region in regions:
        for labels in (region.name, region.team):
            assert labels.en and labels.fr and labels.es
    assert regions[3].name.get("es") == "Europa"
    assert regions[2].name.get("ar") == "آسيا والمحيط الهادئ"
    assert regions[2].name.get("de") == "Asia-Pacific"  # no German label: English


def test_all_37_articles_have_a_topic_in_three_languages():
    articles = reference.articles()
    assert [a.number for a in articles] == list(range(1, 38))
    for article in articles:
        assert article.topic.en and article.topic.fr and article.topic.es
        assert article.part in ("I", "II", "III", "IV", "V", "VI", "VII")
    assert reference.article(11).part == "III" and "NPM" in reference.article(11).topic.en
    assert reference.article(26).part == "VI" and "Special Fund" in reference.article(26).topic.en
    assert reference.article(17).part_title.en == "National preventive mechanisms"
    assert reference.article(38) is None


def test_tags_cover_the_seed_taxonomy():
    tags = reference.tags()
    categories = [t for t in tags if t.is_category]
    topics = reference.topic_tags()
    assert [c.label.en for c in categories] == [
        "Activities", "Engaging with others", "Institutional development", "NPM models"]
    assert sorted(t.label.en.casefold() for t in topics) == sorted(s.casefold() for s in SEED_TOPICS)
    slugs = [t.slug for t in tags]
    assert len(set(slugs)) == len(slugs)
    assert all(SLUG.match(s) and len(s) <= MAX_TAG for s in slugs)
    category_slugs = {c.slug for c in categories}
    assert all(t.category in category_slugs for t in topics)
    assert all(t.label.fr and t.label.es for t in tags)
    assert reference.tag_by_slug("interaction-with-the-spt").category == "engaging-with-others"


def test_seed_topics_list_matches_the_seed_page():
    assert SEED.exists(), f"the seed page's filters are missing: {SEED}"
    lines = SEED.read_text(encoding="utf-8").splitlines()
    block = lines[lines.index("Topic") + 1 : lines.index("Reset")]
    assert block == SEED_TOPICS


def test_frozen_build_reads_from_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert reference.data_dir() == tmp_path / "resources" / "data"


def test_source_tree_data_dir_holds_every_file():
    folder = reference.data_dir()
    for name in ("opcat_states_parties.csv", "spt_regions.json", "opcat_articles.json", "tags.json"):
        assert (folder / name).is_file()


def test_the_latest_ratifications_are_dated():
    years = {code: reference.state_by_iso2(code).ratification_year for code in ("CG", "CI", "SK")}
    assert years == {"CG": 2024, "CI": 2023, "SK": 2023}


def test_country_names_come_in_the_users_language():
    assert [reference.country_name("KH", lang) for lang in ("en", "fr", "es")] == ["Cambodia", "Cambodge", "Camboya"]
    assert reference.country_name("kh", "es_MX") == "Camboya"
    assert reference.country_name("CI", "fr") == "Côte d’Ivoire"
    # A State party's English name is the UN's (the reference data's); CLDR's disambiguations are not used.
    assert reference.country_name("PS", "en") == "State of Palestine"
    assert reference.country_name("PS", "fr") == "État de Palestine"
    assert reference.country_name("CG", "fr") == "Congo"
    assert reference.country_name("DE", "fr") == "Allemagne"  # not a State party: still named
    assert reference.country_name("KH", "de") == "Kambodscha"  # any language CLDR knows
    assert reference.country_name("KH", "xx") == "Cambodia"  # a language nobody knows: English
    assert reference.country_name("ZZ", "fr") == "ZZ"


def test_states_sort_and_match_by_their_names_in_any_language():
    names = [name for name, _state in reference.states_by_name("fr")]
    assert names.index("Danemark") < names.index("Équateur") < names.index("Espagne")  # not after Z
    assert names == sorted(names, key=reference.sort_key) and "Cambodge" in names
    for text in ("Cambodge", "camboya", "CAMBODIA", "KH"):
        assert reference.state_by_name(text).iso2 == "KH"
    assert reference.state_by_name("Atlantis") is None and reference.state_by_name("  ") is None
