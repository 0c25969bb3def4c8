"""Reference data shipped with npmdesk, read-only: States parties, SPT regions, OPCAT articles, tags,
and country names in the user's language (`country_name`, from CLDR through Babel).

The files live in `resources/data/` (found by `npmdesk.paths.data_root()`: the repository
root, an installed wheel's `npmdesk/_data/`, or `sys._MEIPASS` in a PyInstaller build). Each
loader reads its file once and caches the result; the returned objects are frozen, so callers
cannot change the cache. A cell written `?` in the CSV is a value nobody has verified yet and
is loaded as None.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from npmdesk.paths import data_root

LANGUAGES = ("en", "fr", "es", "ar", "ru", "pt")
UNVERIFIED = "?"


@dataclass(frozen=True)
class Labels:
    """One text in the SPT's working languages, and in the other languages npmdesk speaks where
    the data file has it (empty otherwise: `get` then reads English)."""

    en: str
    fr: str
    es: str
    ar: str = ""
    ru: str = ""
    pt: str = ""

    def get(self, language: str) -> str:
        """The text in `language` ("fr", "es-MX"…), English if there is none."""
        text: str = getattr(self, language[:2].lower(), "") if language[:2].lower() in LANGUAGES else ""
        return text or self.en


@dataclass(frozen=True)
class StateParty:
    country: str
    iso2: str
    spt_region: str | None
    ratification_year: int | None


@dataclass(frozen=True)
class Region:
    key: str  # as in kinds.SPT_REGIONS
    name: Labels
    team: Labels


@dataclass(frozen=True)
class Article:
    number: int
    part: str  # "I" … "VII"
    part_title: Labels
    topic: Labels


@dataclass(frozen=True)
class Tag:
    """A category ("activities") or a topic ("interaction-with-the-spt") of the taxonomy."""

    slug: str
    label: Labels
    category: str | None  # a topic's category slug; None for a category itself

    @property
    def is_category(self) -> bool:
        return self.category is None


def data_dir() -> Path:
    """`resources/data`, in the source tree, an installed wheel or a frozen build."""
    return data_root() / "resources" / "data"


def _json(name: str) -> dict[str, Any]:
    with (data_dir() / name).open(encoding="utf-8") as handle:
        doc: dict[str, Any] = json.load(handle)
    return doc


def _labels(doc: dict[str, Any]) -> Labels:
    return Labels(en=str(doc["en"]), fr=str(doc["fr"]), es=str(doc["es"]),
                  **{lang: str(doc[lang]) for lang in LANGUAGES[3:] if lang in doc})


def _cell(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", UNVERIFIED) else value


@cache
def _states() -> tuple[StateParty, ...]:
    with (data_dir() / "opcat_states_parties.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    out = []
    for row in rows:
        year = _cell(row["ratification_year"])
        out.append(StateParty(
            country=row["country"].strip(),
            iso2=row["iso2"].strip().upper(),
            spt_region=_cell(row["spt_region"]),
            ratification_year=int(year) if year is not None else None,
        ))
    return tuple(out)


def states_parties() -> list[StateParty]:
    """Every State party to the OPCAT, in the file's order (alphabetical by English name)."""
    return list(_states())


@cache
def _by_iso2() -> dict[str, StateParty]:
    return {state.iso2: state for state in _states()}


def state_by_iso2(iso2: str) -> StateParty | None:
    """The State party with this two-letter code (any case), None if it is not one."""
    return _by_iso2().get(iso2.strip().upper())


@cache
def _regions() -> tuple[Region, ...]:
    return tuple(
        Region(key=str(r["key"]), name=_labels(r["name"]), team=_labels(r["team"]))
        for r in _json("spt_regions.json")["regions"]
    )


def regions() -> list[Region]:
    """The SPT's regional teams: Africa, Americas, Asia-Pacific, Europe."""
    return list(_regions())


@cache
def _articles() -> tuple[Article, ...]:
    doc = _json("opcat_articles.json")
    parts = {str(p["key"]): _labels(p["title"]) for p in doc["parts"]}
    return tuple(
        Article(number=int(a["number"]), part=str(a["part"]), part_title=parts[str(a["part"])],
                topic=_labels(a["topic"]))
        for a in doc["articles"]
    )


def articles() -> list[Article]:
    """OPCAT articles 1 to 37 with a short topic each."""
    return list(_articles())


def article(number: int) -> Article | None:
    return next((a for a in _articles() if a.number == number), None)


@cache
def _tags() -> tuple[Tag, ...]:
    doc = _json("tags.json")
    categories = [Tag(slug=str(c["slug"]), label=_labels(c["label"]), category=None)
                  for c in doc["categories"]]
    topics = [Tag(slug=str(t["slug"]), label=_labels(t["label"]), category=str(t["category"]))
              for t in doc["topics"]]
    return tuple(categories + topics)


def tags() -> list[Tag]:
    """The four categories first, then the topics (each naming its category)."""
    return list(_tags())


def topic_tags() -> list[Tag]:
    return [t for t in _tags() if not t.is_category]


def tag_by_slug(slug: str) -> Tag | None:
    return next((t for t in _tags() if t.slug == slug), None)


# Where CLDR's name disambiguates rather than names ("Congo-Brazzaville") or differs from the
# name the UN uses for a State party ("Territoires palestiniens"), the UN's name in that language.
# English names of States parties come from the reference CSV (the UN's short names).
UNKNOWN_REGION = "ZZ"  # CLDR's "Unknown Region": a code that names nothing is shown as typed
UN_NAMES = {
    "CG": {"fr": "Congo", "es": "Congo", "ar": "الكونغو", "ru": "Конго", "pt": "Congo"},
    "CD": {"fr": "République démocratique du Congo", "es": "República Democrática del Congo",
           "ar": "جمهورية الكونغو الديمقراطية", "ru": "Демократическая Республика Конго",
           "pt": "República Democrática do Congo"},
    "PS": {"fr": "État de Palestine", "es": "Estado de Palestina", "ar": "دولة فلسطين",
           "ru": "Государство Палестина", "pt": "Estado da Palestina"},
}


@cache
def _territories(language: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError  # here: Babel takes ~10 ms to import

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    return {str(code): str(name) for code, name in locale.territories.items()}


def country_name(iso2: str, language: str) -> str:
    """The name of a country in `language` ("fr", "es_MX"…): "KH", "fr" → "Cambodge".

    A State party's English name is the reference data's; other names come from CLDR (Babel's
    locale data), with the UN's names where CLDR's differ (UN_NAMES). A code that names no
    country is returned as it is (upper-cased)."""
    code = iso2.strip().upper()
    lang = (language or "en").strip() or "en"
    short = lang[:2].lower()
    if short == "en" and (state := state_by_iso2(code)) is not None:
        return state.country
    override = UN_NAMES.get(code, {}).get(short)
    if override:
        return override
    found = _territories(lang).get(code) if code.isalpha() and len(code) == 2 and code != UNKNOWN_REGION else None
    if found:
        return found
    state = state_by_iso2(code)
    return state.country if state else code


def country_names(iso2: str) -> list[str]:
    """A country's names in every language npmdesk speaks (`LANGUAGES`), without repeats."""
    names = _COUNTRY_NAMES.get(iso2)
    if names is None:  # asked for every record an import indexes: looked up once per code
        names = tuple(dict.fromkeys(country_name(iso2, language) for language in LANGUAGES))
        if len(iso2) == 2:  # a record's country (at most 26 x 26 of them)
            _COUNTRY_NAMES[iso2] = names
    return list(names)


_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {}


def sort_key(name: str) -> str:
    """A key that sorts names as a reader expects: "Équateur" beside "Espagne", not after "Zambie"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def states_by_name(language: str) -> list[tuple[str, StateParty]]:
    """Every State party with its name in `language`, in the alphabetical order of those names."""
    named = [(country_name(state.iso2, language), state) for state in _states()]
    return sorted(named, key=lambda pair: sort_key(pair[0]))


def state_by_name(text: str) -> StateParty | None:
    """The State party whose code, or name in any language npmdesk speaks, is `text` (any case or accents)."""
    wanted = sort_key(text.strip())
    if not wanted:
        return None
    return state_by_iso2(text) or next(
        (state for state in _states() if any(sort_key(n) == wanted for n in country_names(state.iso2))), None)
