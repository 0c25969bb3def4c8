"""Shared helpers of the demo record makers (demo_kinds.py): one RNG, pools of ids, text."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from npmdesk.records import reference
from npmdesk.records.demo_text import (
    CITIES,
    FAMILY,
    GIVEN,
    LANG_WEIGHTS,
    LANGS,
    OTHER_NAMES,
    OTHER_SENTENCES,
    PLACE_NAMES,
    PLACE_WEIGHTS,
    SESSIONS,
    THEMES,
    T,
)
from npmdesk.records.kinds import SPT_REGIONS
from npmdesk.records.model import Record

BASE_DATE = dt.date(2026, 1, 15)
SPAN_DAYS = 6 * 365
SENSITIVITY = (("public", "internal", "confidential", "strictly_confidential"), (10, 50, 30, 10))


class DemoBase:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - demo data, not secrets
        states = [s for s in reference.states_parties() if s.spt_region is not None]
        self.home = self.rng.choice(states)
        self.states = [self.home] + [s for s in states if s is not self.home]
        self.by_region = {r: [s.iso2 for s in states if s.spt_region == r] for r in SPT_REGIONS}
        self.names = {s.iso2: s.country for s in states}
        self.topics = [t.slug for t in reference.topic_tags()]
        self.other_sentences = OTHER_SENTENCES
        self.contacts: list[str] = []
        self.places: list[tuple[str, str]] = []
        self.visits: list[tuple[str, str, dt.date]] = []
        self.past_visits: list[tuple[str, str, dt.date]] = []  # ended before BASE_DATE - 60 days
        self.reports: list[str] = []
        self.recommendations: list[str] = []
        self.attachable: list[tuple[str, str, str, str]] = []

    # ----------------------------------------------------------------- helpers

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, low: int = -SPAN_DAYS, high: int = 0) -> dt.date:
        return BASE_DATE + dt.timedelta(days=self.rng.randint(low, high))

    def lang(self) -> str:
        return self.rng.choices(LANGS, LANG_WEIGHTS)[0]

    def person(self) -> str:
        rng = self.rng
        return rng.choice(OTHER_NAMES) if rng.random() < 0.12 else f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"

    def place_name(self, lang: str) -> str:
        kind = self.rng.choices(list(PLACE_NAMES), PLACE_WEIGHTS)[0]
        return PLACE_NAMES[kind][LANGS.index(lang)].format(city=self.rng.choice(CITIES), n=self.rng.randint(1, 40))

    def name_of(self, iso: str, lang: str) -> str:
        """A country's name in the record's language (reference.country_name: CLDR)."""
        return reference.country_name(iso, lang)

    def country(self) -> str:
        return self.home.iso2 if self.rng.random() < 0.75 else self.rng.choice(self.states).iso2

    def fill(self, template: str, lang: str, **given: Any) -> str:
        if "{" not in template:
            return template
        rng = self.rng
        values = {
            "country": self.name_of(given.get("iso") or self.home.iso2, lang), "theme": rng.choice(THEMES[lang]),
            "article": rng.randint(1, 37), "person": self.person(), "session": rng.choice(SESSIONS[lang]),
            "year": BASE_DATE.year, "purpose": rng.choice(T[lang]["purpose"]),
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
        values.setdefault("country", self.country())
        values.setdefault("body", self.body(lang, rng.randint(2, 7)))
        record = Record(kind=kind, title=title, id=self.uid(), tags=sorted(set(tags)), **values)
        if kind in ("communication", "report", "annual_report", "visit", "update", "interpretation_request"):
            self.attachable.append((record.id, kind, lang, title))
        return record

    @staticmethod
    def iso(day: dt.date | None) -> str | None:
        return None if day is None else day.isoformat()

