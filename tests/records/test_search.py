"""Full-text search: any script, prefixes, phrases, filters, snippets, nothing deleted."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npmdesk.records import ListQuery, Record, RecordStore, reference, search_index
from npmdesk.records.search_index import HIGHLIGHT_END, HIGHLIGHT_START
from npmdesk.records.text import index_form
from tests.support.record_helpers import communication

TEXTS = {
    "fr": ("Visite conjointe à la maison d'arrêt de Fresnes", "Détention provisoire et surpopulation carcérale."),
    "es": ("Diálogo tripartito con el Estado", "Seguimiento de las recomendaciones del SPT en Guatemala."),
    "ru": ("Визит в следственный изолятор", "Проверка условий содержания под стражей, Москва."),
    "ar": ("زيارة إلى سجن النساء", "متابعة التوصيات المتعلقة بمرافق الاحتجاز"),
    "zh": ("国家防范机制年度报告", "关于拘留场所监测的建议"),
    "en": ("Interpretation of article 20", "Private interviews with persons deprived of liberty."),
}


@pytest.fixture
def filled(store):
    ids = {}
    for lang, (title, body) in TEXTS.items():
        ids[lang] = store.add(communication(title, body=body, country={"fr": "FR", "es": "GT"}.get(lang),
                                            date=f"2026-0{len(ids) + 1}-01")).id
    return store, ids


@pytest.mark.parametrize(
    ("query", "lang"),
    [
        ("fresnes", "fr"),
        ("detention provisoire", "fr"),  # accents ignored
        ("DÉTENTION", "fr"),
        ("surpop", "fr"),  # prefix
        ('"maison d\'arrêt"', "fr"),
        ("dialogo", "es"),
        ("recomendaci", "es"),
        ("изолятор", "ru"),
        ("СЛЕДСТВЕННЫЙ", "ru"),
        ("سجن", "ar"),
        ("التوصيات", "ar"),
        ("防范", "zh"),
        ("拘留场所", "zh"),
        ("监测", "zh"),
        ("deprived liberty", "en"),
        ('"private interviews"', "en"),
    ],
)
def test_finds_in_every_script(filled, query, lang):
    store, ids = filled
    assert [hit.record.id for hit in store.search(query)] == [ids[lang]]


def test_phrase_needs_the_words_in_order(filled):
    store, _ = filled
    assert store.search('"interviews private"') == []
    assert store.search('"马 国家"') == []


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND", "NOT OR", "(((", "title:x", "NEAR(a b)", "\x00",
                                   "a" * 10_000, '"unterminated'])
def test_odd_queries_never_fail(filled, query):
    store, _ = filled
    store.search(query)  # no exception, whatever the user typed


def test_snippets_highlight_the_match(filled):
    store, _ = filled
    [hit] = store.search("surpopulation")
    assert f"{HIGHLIGHT_START}surpopulation{HIGHLIGHT_END}" in hit.snippet
    [hit] = store.search("监测")
    assert f"{HIGHLIGHT_START}监测{HIGHLIGHT_END}" in hit.snippet  # shown without index separators


def test_filters_apply_to_search(filled):
    store, ids = filled
    store.add(communication("Second letter about Fresnes", country="ES", date="2027-01-01"))
    assert len(store.search("fresnes")) == 2
    assert [h.record.id for h in store.search("fresnes", ListQuery(country="FR"))] == [ids["fr"]]
    assert len(store.search("fresnes", ListQuery(date_from="2027-01-01"))) == 1
    assert store.search("fresnes", ListQuery(kinds=("visit",))) == []


def test_title_matches_rank_above_body_matches(store):
    body_hit = store.add(communication("Budget letter", body="A note about reprisals in passing."))
    title_hit = store.add(communication("Reprisals after the SPT visit", body="Details."))
    assert [h.record.id for h in store.search("reprisals")] == [title_hit.id, body_hit.id]


def test_tags_fields_and_pseudonymised_names_are_searchable(store):
    record = store.add(Record(kind="reprisal_check", title="Follow-up at Centre Nord", status="done",
                              tags=["Preventive visits"], pseudonyms={"Ahmed Benali": "person A"},
                              fields={"outcome": "No sign of intimidation", "people_met": ["Ahmed Benali"]}))
    for query in ("preventive", "intimidation", "benali"):
        assert [h.record.id for h in store.search(query)] == [record.id], query


def test_a_country_is_found_by_its_name_in_english_french_or_spanish(store):
    cambodia = store.add(communication("Letter about the visit", country="KH"))
    store.add(communication("Letter about another visit", country="FR"))
    for query in ("Cambodia", "Cambodge", "camboya", "kh"):
        assert [h.record.id for h in store.search(query)] == [cambodia.id], query
    ivory = store.add(communication("Note verbale", country="CI"))
    assert [h.record.id for h in store.search("cote d'ivoire")] == [ivory.id]  # accents and apostrophes ignored
    saved = store.update(Record(**{**cambodia.__dict__, "country": "PS"}))
    assert store.search("Cambodge") == [] and [h.record.id for h in store.search("Palestina")] == [saved.id]


def test_a_vault_indexed_before_country_names_gets_them_in_one_step(store):
    old = store.add(communication("Letter about the visit", country="KH"))
    other = store.add(communication("Letter without a country"))
    with store.transaction() as db:  # as a schema-6 vault indexed it: the code only
        db.execute("UPDATE search_index SET extra = 'sent letter KH' WHERE rowid = (SELECT seq FROM record WHERE id=?)",
                   (old.id,))
    assert store.search("Cambodge") == []
    with store.transaction() as db:
        assert search_index.add_country_names(db) == 1
    assert [h.record.id for h in store.search("Cambodge")] == [old.id]
    assert {h.record.id for h in store.search("letter")} == {old.id, other.id}  # nothing else lost
    with store.transaction() as db:
        assert search_index.add_country_names(db) == 0  # a second run changes nothing


def test_records_indexed_before_a_language_was_added_are_found_by_its_country_names(store):
    """A vault whose index named countries in English, French and Spanish only: once npmdesk
    speaks Arabic, Russian and Portuguese, opening it finds older records by those names too,
    whatever the language the user works in."""
    morocco = store.add(communication("Letter about the visit", country="MA"))
    old_names = " ".join(index_form(reference.country_name("MA", lang)) for lang in ("en", "fr", "es"))
    with store.transaction() as db:  # as npmdesk indexed it before it spoke Arabic, Russian and Portuguese
        db.execute("UPDATE search_index SET extra = ? WHERE rowid = (SELECT seq FROM record WHERE id=?)",
                   (f"sent letter ma {old_names}", morocco.id))
    store.vault.set_meta(search_index.COUNTRY_NAMES_META, "en fr es")
    assert store.search("Marrocos") == [] and store.search("Марокко") == []
    reopened = RecordStore(store.vault)
    for query in ("المغرب", "Марокко", "Marrocos", "Maroc", "Morocco"):
        assert [h.record.id for h in reopened.search(query)] == [morocco.id], query
    assert store.vault.meta(search_index.COUNTRY_NAMES_META) == search_index.COUNTRY_NAME_LANGUAGES


words = st.text(
    st.characters(whitelist_categories=("Lu", "Ll", "Lo"), min_codepoint=0x41, max_codepoint=0x9FFF),
    min_size=3, max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=words, filler=st.lists(words, min_size=0, max_size=8))
def test_any_word_of_any_script_is_found_and_purged(store, word, filler):
    """A word stored in a record is found by searching for it; once purged it is never found."""
    record = store.add(communication("Search property", body=" ".join([*filler, word, *filler])))
    assert record.id in [h.record.id for h in store.search(f'"{word}"')]
    store.delete(record.id)
    assert record.id not in [h.record.id for h in store.search(f'"{word}"')]
    store.empty_bin()
    assert store.db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 0


def test_the_best_match_comes_first_among_more_matches_than_the_old_cap_of_2000(store):
    """Every match is ranked: the best one is found even when it is the oldest of 2,100."""
    best = store.add(communication("Overcrowding", body="Overcrowding, overcrowding."))
    store.add_many([communication(f"Letter {n}", body=f"Weekly summary {n}; one line on overcrowding among"
                                  " many other subjects of the week, in a long paragraph.") for n in range(2100)])
    hits = store.search("overcrowding")
    assert hits[0].record.id == best.id and all(hit.ranked for hit in hits)


def test_best_match_order_among_few_matches_ignores_when_records_were_added(store):
    best = store.add(communication("Solitary confinement", body="Solitary confinement: the figures."))
    middle = store.add(communication("Letter on solitary confinement", body="Among other things."))
    weak = store.add(communication("Budget", body="Nothing on solitary cells, but see confinement rules."))
    assert [h.record.id for h in store.search("solitary confinement")] == [best.id, middle.id, weak.id]
    assert [h.record.id for h in store.search("solitary confinement", order="newest")] == [weak.id, middle.id, best.id]


def test_newest_order_lists_the_most_recently_added_matches_first_page_by_page(store):
    added = [store.add(communication(f"Prison letter {n}", date=f"202{n % 3}-01-01")) for n in range(7)]
    first = store.search("prison", ListQuery(limit=4), order="newest")
    second = store.search("prison", ListQuery(limit=4, offset=4), order="newest")
    assert [h.record.id for h in first + second] == [r.id for r in reversed(added)]
    assert not any(hit.ranked for hit in first + second)


def test_more_matches_than_can_be_ranked_come_newest_first_say_so_and_filters_still_find_older_ones(
        store, monkeypatch):
    monkeypatch.setattr(search_index, "RANKED_LIMIT", 5)
    old = store.add(communication("Prison letter from long ago", country="PE"))
    newer = [store.add(communication(f"Prison letter {i}", country="CL")) for i in range(8)]
    hits = store.search("prison", ListQuery(limit=50))
    assert [h.record.id for h in hits] == [r.id for r in reversed([old, *newer])]
    assert not any(hit.ranked for hit in hits)
    assert [h.record.id for h in store.search("prison", ListQuery(country="PE"))] == [old.id]
    few = store.search("prison long ago")
    assert [h.record.id for h in few] == [old.id] and few[0].ranked


@pytest.mark.parametrize(
    ("prefixes", "text"),
    [
        (("vi", "vis", "visi", "visit", "visite", "visited"), "The SPT visited the prison"),
        (("об", "обх", "обхо", "обход", "обходн"), "Обходной лист изолятора"),  # Cyrillic, 2 to 6 letters
        (("مر", "مرا", "مراف", "مرافق"), "متابعة مرافق الاحتجاز"),  # Arabic
        (("拘", "留", "拘留"), "关于拘留场所的建议"),  # CJK: each ideograph is a word
    ],
)
def test_prefixes_of_two_to_six_letters_find_their_words_in_every_script(store, prefixes, text):
    record = store.add(communication(text))
    store.add(communication("Unrelated note", body="Nothing to see"))
    for prefix in prefixes:
        for order in search_index.ORDERS:
            assert [h.record.id for h in store.search(prefix, order=order)] == [record.id], (prefix, order)


def test_single_letters_match_whole_words_only(store):
    record = store.add(communication("Interview with person A", body="Also met person Alpha"))
    other = store.add(communication("Meeting notes", body="nothing about people"))
    assert [h.record.id for h in store.search("person A")] == [record.id]
    assert other.id not in [h.record.id for h in store.search("a")]
