"""Shared helpers of the demo record makers (kinds.py): one RNG, the vault's State, pools of ids, text.

The demo is about one State, the vault's own (`home`): its places, its people, its visits. Nothing
is dated before that State could have had an NPM: `first_day` is the later of six years before
BASE_DATE and the middle of its ratification year (two years back when the year is unknown).
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import uuid
from functools import cache
from typing import Any

from npmdesk.demo import places as demo_places
from npmdesk.demo.text import (
    FAMILY,
    GIVEN,
    LANGS,
    LOCAL_NAMES,
    OTHER_NAMES,
    OTHER_SENTENCES,
    PLACE_NAMES,
    PLACE_WEIGHTS,
    POLICE_STATION_N,
    SESSIONS,
    SPT_LANGS,
    THEMES,
    T,
)
from npmdesk.records import reference
from npmdesk.records.model import Record

BASE_DATE = dt.date(2026, 1, 15)
SPAN_DAYS = 6 * 365
SENSITIVITY = (("public", "internal", "confidential", "strictly_confidential"), (10, 50, 30, 10))
# Sub-paragraphs of art. 11(1)(b) under which an NPM asks the SPT for advice and assistance.
ADVICE_ARTICLES = ("11(1)(b)(ii)", "11(1)(b)(iii)", "11(1)(b)(iv)")
# English names said with "the" ("a visit to the Philippines").
_WITH_THE = frozenset({"GB", "NL", "PH", "CF", "CD", "CG", "MD", "MV", "PS", "BO"})


def default_state(seed: int) -> reference.StateParty:
    """The State a demo is about when the vault has none: one of the States parties whose places are
    named in a language the demo writes (text.LANGS) and that ratified long enough ago for a full history,
    picked from `seed` (its own generator, so it does not depend on anything else)."""
    rng = random.Random(f"state-{seed}")  # noqa: S311 - demo data, not secrets
    eligible = [s for s in reference.states_parties() if s.spt_region is not None
                and s.ratification_year is not None and s.ratification_year <= BASE_DATE.year - 8
                and demo_places.profile(s.iso2)[0] in LANGS]
    return rng.choice(eligible)


def english_name(state: reference.StateParty) -> str:
    name = state.country
    if name.endswith(" (Plurinational State of)"):
        name = "Plurinational State of " + name.split(" (")[0]
    return f"the {name}" if state.iso2 in _WITH_THE else name


@cache
def country_name(state: reference.StateParty, lang: str) -> str:
    """The State's name in `lang` from the CLDR (through Babel when it is installed), else in English."""
    if lang != "en":
        try:
            babel = importlib.import_module("babel")
            name = babel.Locale.parse(lang).territories.get(state.iso2)
        except (ImportError, ValueError, AttributeError):
            name = None
        if isinstance(name, str) and name:
            return name
    return english_name(state)


class DemoBase:
    def __init__(self, seed: int, state: str | None = None) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
        chosen = reference.state_by_iso2(state) if state else None
        self.home = chosen if chosen is not None else default_state(seed)
        self.state_is_default = chosen is None
        year = self.home.ratification_year or BASE_DATE.year - 2
        self.first_day = max(BASE_DATE - dt.timedelta(days=SPAN_DAYS), dt.date(year, 7, 1))
        self.place_lang, self.cities = demo_places.profile(self.home.iso2)
        self.home_lang = self.place_lang if self.place_lang in LANGS else "en"
        # Its own language mostly, the SPT's working languages now and then; never a third State's.
        self.lang_weights = [70 if lang == self.home_lang else 15 if lang in SPT_LANGS else 0 for lang in LANGS]
        region = self.home.spt_region
        self.neighbours = [s for s in reference.states_parties()
                           if s.spt_region == region and s.iso2 != self.home.iso2] or [
                               s for s in reference.states_parties() if s.iso2 != self.home.iso2]
        self.topics = [t.slug for t in reference.topic_tags()]
        self.other_sentences = OTHER_SENTENCES
        self.contacts: list[str] = []  # SPT and OHCHR contacts, for counterparts
        self.places: list[tuple[str, str]] = []
        self.reports: list[str] = []
        self.recommendations: list[str] = []
        self.attachable: list[tuple[str, str, str, str]] = []

    # ----------------------------------------------------------------- helpers

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, low: int = -SPAN_DAYS, high: int = 0) -> dt.date:
        """A day between BASE_DATE + low and + high days, never before `first_day`."""
        earliest = (self.first_day - BASE_DATE).days
        low = max(low, earliest)
        return BASE_DATE + dt.timedelta(days=self.rng.randint(low, max(low, high)))

    def lang(self) -> str:
        return self.rng.choices(LANGS, self.lang_weights)[0]

    def local_lang(self) -> str:
        """The language of the NPM's internal records: its own, now and then another."""
        return self.home_lang if self.rng.random() < 0.9 else self.lang()

    def person(self) -> str:
        """Someone of the vault's State (mostly), or from elsewhere."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.08:
            return rng.choice(OTHER_NAMES)
        if roll < 0.2:
            return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        given, family = LOCAL_NAMES[self.place_lang]
        return f"{rng.choice(given)} {rng.choice(family)}"

    def foreigner(self) -> str:
        """An SPT member or other international figure."""
        rng = self.rng
        return rng.choice(OTHER_NAMES) if rng.random() < 0.15 else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"

    def new_place_name(self) -> tuple[str, str, str, str]:
        """(title, place type, city, region) of a place in the vault's State."""
        rng = self.rng
        place_type = rng.choices(list(PLACE_NAMES), PLACE_WEIGHTS)[0]
        city, region = rng.choice(self.cities)
        template = PLACE_NAMES[place_type][self.place_lang]
        if place_type == "police_station" and rng.random() < 0.6:
            template = POLICE_STATION_N[self.place_lang]
        return template.format(city=city, n=rng.randint(1, 12)), place_type, city, region

    def place_name(self, lang: str = "") -> str:
        """One of the vault's places (a new name before any place exists). Place names are
        proper names: they stay in the State's language whatever the text's language."""
        if self.places:
            return self.rng.choice(self.places)[1]
        return self.new_place_name()[0]

    def country_name(self, iso2: str, lang: str) -> str:
        state = reference.state_by_iso2(iso2) or self.home
        return country_name(state, lang)

    def fill(self, template: str, lang: str, **given: Any) -> str:
        if "{" not in template:
            return template
        rng = self.rng
        iso = given.pop("iso", "") or self.home.iso2
        values = {
            "country": self.country_name(iso, lang) if "{country}" in template else "",
            "theme": rng.choice(THEMES[lang]), "article": rng.choice(ADVICE_ARTICLES), "person": self.person(),
            "session": rng.choice(SESSIONS[lang]), "year": BASE_DATE.year, "purpose": rng.choice(T[lang]["purpose"]),
        }
        if "{place}" in template:
            values["place"] = self.place_name(lang)
        values.update(given)
        return template.format(**values)

    def pick(self, lang: str, key: str, **given: Any) -> str:
        return self.fill(self.rng.choice(T[lang][key]), lang, **given)

    def body(self, lang: str, sentences: int) -> str:
        rng = self.rng
        bank = T[lang]["sentences"]
        parts = [self.fill(s, lang) for s in rng.sample(bank, k=min(sentences, len(bank)))]
        if rng.random() < 0.07:
            parts.append(rng.choice(OTHER_SENTENCES))
        return " ".join(parts)

    def record(self, kind: str, title: str, lang: str, base_tags: tuple[str, ...], **values: Any) -> Record:
        rng = self.rng
        tags = list(base_tags) + ([rng.choice(self.topics)] if rng.random() < 0.4 else [])
        values.setdefault("sensitivity", rng.choices(*SENSITIVITY)[0])
        values.setdefault("country", self.home.iso2)
        values.setdefault("body", self.body(lang, rng.randint(2, 7)))
        record = Record(kind=kind, title=title, id=self.uid(), tags=sorted(set(tags)), **values)
        if kind in ("communication", "report", "annual_report", "visit", "update", "interpretation_request"):
            self.attachable.append((record.id, kind, lang, title))
        return record

    @staticmethod
    def iso(day: dt.date | None) -> str | None:
        return None if day is None else day.isoformat()
