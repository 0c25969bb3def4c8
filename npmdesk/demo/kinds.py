"""One maker per kind of record for the demo vault (see fill.py), all about the vault's own State."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from npmdesk.demo.base import BASE_DATE, SPAN_DAYS
from npmdesk.demo.languages import by_lang
from npmdesk.demo.phrases import (
    ADVICE,
    ADVICE_ANSWERS,
    NPM_ADVICE,
    NPM_NAME,
    STATEMENTS,
    UPDATE_ART17,
    UPDATE_CAT,
)
from npmdesk.demo.reports import ReportMakers
from npmdesk.demo.text import OUTCOMES, T
from npmdesk.records.kinds import CHANNELS, SPT_REGIONS
from npmdesk.records.model import Link, Record

SPT_ROLES = ("spt_chair", "spt_bureau", "regional_head", "country_rapporteur", "reprisals_rapporteur", "member")
# The first contacts, in this order: whom an NPM deals with, then more of the common ones.
FIRST_ROLES = ("country_rapporteur", "secretariat", "regional_head", "spt_chair", "reprisals_rapporteur",
               "state_liaison", "special_fund_team", "npm_network", "spt_bureau", "npm_colleague", "member",
               "secretariat", "own_device", "country_rapporteur", "npm_colleague")
ORGANISATIONS = {
    "secretariat": "OHCHR, SPT Secretariat, Geneva", "special_fund_team": "OHCHR, OPCAT Special Fund, Geneva",
}
FOREIGN_MINISTRY = {"en": "Ministry of Foreign Affairs", "fr": "Ministère des Affaires étrangères",
                    "es": "Ministerio de Relaciones Exteriores"}
NETWORK = {"en": "Regional NPM network ({region})", "fr": "Réseau régional des MNP ({region})",
           "es": "Red regional de MNP ({region})"}
NPM_OF = {"en": "NPM of {country}", "fr": "MNP ({country})", "es": "MNP de {country}"}
PUBLISHED_IN = {"en": "SPT annual report {year}, annex", "fr": "Rapport annuel du SPT {year}, annexe",
                "es": "Informe anual del SPT {year}, anexo"}
LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "de": "German", **by_lang("LANGUAGE_NAME")}
for _table, _name in ((FOREIGN_MINISTRY, "FOREIGN_MINISTRY"), (NETWORK, "NETWORK"), (NPM_OF, "NPM_OF"),
                      (PUBLISHED_IN, "PUBLISHED_IN")):
    _table.update(by_lang(_name))


class KindMakers(ReportMakers):
    def __init__(self, seed: int, state: str | None = None) -> None:
        super().__init__(seed, state)
        self.colleagues: list[tuple[str, str]] = []  # (contact id, State) of other NPMs

    # ------------------------------------------------------------------- people and places

    def contact(self, i: int) -> Record:
        rng = self.rng
        role = FIRST_ROLES[i] if i < len(FIRST_ROLES) else rng.choices(
            ("country_rapporteur", "member", "secretariat", "npm_colleague", "spt_bureau", "other"),
            (15, 30, 20, 20, 5, 10))[0]
        home, lang = self.home, self.home_lang
        iso = home.iso2
        if role in ("npm_colleague", "npm_network"):
            iso = rng.choice(self.neighbours).iso2 if role == "npm_colleague" else iso
        start = dt.date(rng.choice((2017, 2019, 2021, 2023, 2025)), 1, 1)
        end = dt.date(start.year + 3, 12, 31)
        name = self.person() if role == "state_liaison" else self.foreigner()
        organisation = {
            "state_liaison": FOREIGN_MINISTRY[lang],
            "npm_network": NETWORK[lang].format(region=home.spt_region or ""),
            "npm_colleague": NPM_OF[lang].format(country=self.country_name(iso, lang)),
            "other": "Association for the Prevention of Torture",
        }.get(role, ORGANISATIONS.get(role, "UN Subcommittee on Prevention of Torture"))
        fields: dict[str, Any] = {
            "role": role, "countries": [iso], "organisation": organisation,
            "email": f"contact{i}@example.org", "keys_verified": rng.random() < 0.5,
        }
        if role in ("secretariat", "special_fund_team") or role in SPT_ROLES:
            fields["phone"] = f"+41 22 000 {rng.randint(1000, 9999)}"
        if role in SPT_ROLES:
            region = home.spt_region if role in ("regional_head", "country_rapporteur") else rng.choice(SPT_REGIONS)
            fields |= {"regional_team": region or rng.choice(SPT_REGIONS), "term_start": start.isoformat(),
                       "term_end": end.isoformat()}
        if role == "own_device":  # a colleague's laptop: packages to it carry real names
            role = "other"
            name = rng.choice(self.staff)
            fields |= {"role": role, "organisation": NPM_NAME[lang], "own_device": True, "keys_verified": True}
        if rng.random() < 0.3 or fields.get("own_device"):
            fields["age_recipient"] = _demo_recipient(rng.choices(range(32), k=58))
        former = end < BASE_DATE and role in SPT_ROLES
        record = self.record(
            "contact", name, "en", ("interaction-with-the-spt",), body="", date=start.isoformat(),
            status="former" if former else "active", country=iso, personal_data=True, consent="given",
            sensitivity="confidential", fields=fields,
        )
        if role in SPT_ROLES or role == "secretariat":
            self.contacts.append(record.id)
        if role == "npm_colleague":
            self.colleagues.append((record.id, iso))
        return record

    def place(self, i: int) -> Record:
        rng = self.rng
        title, place_type, city, region = self.new_place_name()
        record = self.record(
            "place", title, self.home_lang, ("preventive-visits",), body="",
            status="closed" if rng.random() < 0.08 else "active", sensitivity="internal",
            fields={"place_type": place_type, "region": region, "address": f"{rng.randint(1, 240)}, {city}"},
        )
        self.places.append((record.id, title))
        return record

    # ------------------------------------------------------------------ other NPM work

    def annual_report(self, i: int) -> Record:
        rng, lang = self.rng, self.home_lang
        year = BASE_DATE.year - 1 - i
        current = i == 0
        fields: dict[str, Any] = {"year": year}
        national = dt.date(year + 1, 3, 31)
        fields["national_deadline"] = national.isoformat()
        status = "in_preparation"
        sent = None
        if not current:
            published = national - dt.timedelta(days=rng.randint(-20, 40))
            fields |= {"published_nationally_on": published.isoformat(),
                       "national_url": f"https://npm.example.org/annual-report-{year}"}
            if rng.random() < 0.8:
                fields["tabled_on"] = (published + dt.timedelta(days=rng.randint(10, 60))).isoformat()
            sent = published + dt.timedelta(days=rng.randint(5, 60))
            languages = [LANGUAGE_NAMES[self.home_lang]] + (["English"] if self.home_lang != "en" else [])
            fields |= {"date_sent": sent.isoformat(), "languages_sent": languages}
            status = "sent"
            if rng.random() < 0.85:
                fields["acknowledged_on"] = (sent + dt.timedelta(days=rng.randint(7, 40))).isoformat()
                status = "acknowledged"
                if rng.random() < 0.8:
                    fields |= {"posted_on": (sent + dt.timedelta(days=rng.randint(45, 120))).isoformat(),
                               "published_url": f"https://www.ohchr.org/en/opcat/npm-annual-reports/"
                                                f"{self.home.iso2.lower()}-{year}"}
                    status = "published"
        return self.record(
            "annual_report", self.pick(lang, "annual", year=year), lang, ("annual-reports",),
            date=None if sent is None else sent.isoformat(), status=status, articles=["23"], sensitivity="public",
            due_date=national.isoformat() if current else None, fields=fields,
        )

    def interpretation_request(self, i: int) -> Record:
        """A request for the SPT's advice under art. 11(1)(b)."""
        rng, lang = self.rng, self.local_lang()
        request_type = rng.choices(list(ADVICE), (25, 35, 20, 20))[0]
        article, texts = ADVICE[request_type]
        title, question = texts[lang]
        sent = self.day()
        age = (BASE_DATE - sent).days  # the SPT answers within months; old requests are settled
        status = rng.choice(("draft", "sent") if age < 60 else ("sent", "answered", "closed") if age < 400
                            else ("answered", "closed"))
        fields: dict[str, Any] = {"request_type": request_type, "question": self.fill(question, lang)}
        if status != "draft":
            fields["date_sent"] = sent.isoformat()
        if status in ("answered", "closed"):
            answered = min(BASE_DATE, sent + dt.timedelta(days=rng.randint(30, 200)))
            fields |= {"answer": ADVICE_ANSWERS[lang], "answered_on": answered.isoformat()}
            if rng.random() < 0.3:
                fields["published_in"] = PUBLISHED_IN[lang].format(year=answered.year)
        related = {"interpretation": "4", "legislation": "18", "mandate": "19", "methodology": "19(a)"}[request_type]
        return self.record(
            "interpretation_request", self.fill(title, lang), lang,
            ("interaction-with-the-spt", "legal-and-policy-work"), date=sent.isoformat(), status=status,
            articles=[article, related], counterpart=rng.choice(self.contacts) if self.contacts else None,
            fields=fields,
        )

    def update(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        sent = self.day()
        if i == 0:
            sent = self.day((self.first_day - BASE_DATE).days, (self.first_day - BASE_DATE).days + 400)
        if i in (0, 1) and self.counts_of("update") >= 6:  # once each in a vault: the art. 17 list, CAT statements
            art17 = i == 0
            return self.record(
                "update", self.fill((UPDATE_ART17 if art17 else UPDATE_CAT)[lang], lang), lang,
                ("interaction-with-the-spt",), date=sent.isoformat(), status="closed",
                articles=["17"] if art17 else ["16(4)"], country=self.home.iso2 if art17 else None,
                sensitivity="public",
                fields={"update_type": "article_17_list" if art17 else "cat_public_statement",
                        "date_sent": sent.isoformat()},
            )
        compliance = rng.random() < 0.6
        issue = rng.choice(("independence", "budget", "access", "reprisals", "legislation") if compliance
                           else ("conditions", "legislation", "other"))
        return self.record(
            "update", self.pick(lang, "update_compliance" if compliance else "update_thematic"), lang,
            ("dialogue-with-authorities",) if compliance else ("thematic-and-other-reports",),
            date=sent.isoformat(), status=rng.choice(("draft", "sent", "acknowledged", "closed")),
            articles=["18", "20"] if compliance else ["19", "11(1)(b)(ii)"],
            counterpart=rng.choice(self.contacts) if self.contacts else None,
            fields={"update_type": "compliance" if compliance else "thematic", "issue": issue,
                    "date_sent": sent.isoformat()},
        )

    def counts_of(self, kind: str) -> int:
        counts: dict[str, int] = getattr(self, "counts", {})
        return counts.get(kind, 0)

    def statement(self, i: int) -> Record:
        rng, lang = self.rng, self.local_lang()
        statement_type = rng.choices(list(STATEMENTS), (35, 15, 20, 30))[0]
        day = self.day()
        iso: str | None = self.home.iso2
        fields: dict[str, Any] = {"statement_type": statement_type}
        if statement_type == "npm_network":
            others = rng.sample(self.neighbours, k=min(len(self.neighbours), rng.randint(2, 5)))
            fields |= {"issued_by": NETWORK[lang].format(region=self.home.spt_region or ""),
                       "signatories": [NPM_OF[lang].format(country=self.country_name(s.iso2, lang))
                                       for s in [self.home, *others]]}
            if rng.random() < 0.5:
                iso = others[0].iso2  # hosted by another NPM of the region
        elif statement_type == "spt_public_advice":
            fields["issued_by"] = "UN Subcommittee on Prevention of Torture"
            iso = None
        else:
            fields["issued_by"] = NPM_NAME[lang]
        draft = (BASE_DATE - day).days < 30
        if not draft:
            fields["url"] = f"https://npm.example.org/statements/{self.uid()[:8]}"
        return self.record(
            "statement", self.fill(STATEMENTS[statement_type][lang], lang), lang, ("engaging-with-others",),
            date=day.isoformat(), status="draft" if draft else "issued", country=iso,
            sensitivity="internal" if draft else "public", articles=["11(1)(b)(ii)"] if iso is None else [],
            fields=fields,
        )

    def communications(self, count: int) -> Iterator[Record]:
        """Threads of 1 to 6 messages alternating between the NPM and the SPT (a few with another NPM)."""
        rng = self.rng
        made = 0
        while made < count:
            size = min(count - made, rng.randint(1, 6))
            lang = self.lang()
            iso = self.home.iso2
            counterpart = rng.choice(self.contacts) if self.contacts else None
            if self.colleagues and rng.random() < 0.03:  # advice from another NPM
                counterpart, iso = rng.choice(self.colleagues)
                subject = self.fill(NPM_ADVICE[lang], lang, iso=iso)
            else:
                subject = self.pick(lang, "comm")
            channel = rng.choices(CHANNELS, (25, 45, 12, 6, 3, 4, 5))[0]
            outgoing = rng.random() < 0.55
            when = self.day(-SPAN_DAYS, -size * 20)
            visit = next((plan.id for plan in self.visit_plans
                          if plan.announced <= when <= plan.end + dt.timedelta(days=730)), None)
            about_visit = visit is not None and rng.random() < 0.1
            about_people = rng.random() < 0.05
            root = previous = ""
            for j in range(size):
                last = j == size - 1
                direction = "sent" if outgoing == (j % 2 == 0) else "received"
                fields: dict[str, Any] = {"direction": direction, "channel": channel}
                links: list[Link] = []
                if j:
                    fields |= {"thread": root, "in_reply_to": previous}
                    links = [Link(previous, "reply_to"), Link(root, "thread")]
                if channel in ("video_conference", "meeting_geneva", "meeting_in_country", "workshop"):
                    fields |= {"participants": [self.person() for _ in range(rng.randint(2, 4))],
                               "outcome": rng.choice(OUTCOMES[lang])}
                status = "answered"
                if last:
                    recent = (BASE_DATE - when).days < 90
                    status = ("awaiting_reply" if recent else "closed") if direction == "sent" else (
                        "awaiting_reply" if recent and rng.random() < 0.5 else "closed")
                    if recent and direction == "sent" and rng.random() < 0.15:
                        status = "draft"
                if status == "awaiting_reply":
                    fields["reply_by"] = (when + dt.timedelta(days=rng.randint(7, 45))).isoformat()
                if about_visit and visit:
                    links.append(Link(visit, "visit"))
                body = self.body(lang, rng.randint(2, 7))
                pseudonyms: dict[str, str] = {}
                people: list[Any] = []
                if about_people and direction == "sent":
                    pseudonyms, people = self.people(1, when)
                    body = f"{next(iter(pseudonyms))}: {body}"
                record = self.record(
                    "communication", subject if not j else f"Re: {subject}", lang,
                    ("interaction-with-the-spt",), body=body, date=when.isoformat(), status=status, country=iso,
                    counterpart=counterpart,
                    articles=["11(1)(b)(ii)"] if rng.random() < 0.5 else ["11(1)(b)(ii)", "20(f)"],
                    personal_data=bool(people), consent=self.summary(people) if people else "not_applicable",
                    pseudonyms=pseudonyms, consents=people, links=links, fields=fields,
                )
                root = root or record.id
                previous = record.id
                when += dt.timedelta(days=rng.randint(2, 20))
                made += 1
                yield record

    def reminder(self, i: int) -> Record:
        rng, lang = self.rng, self.local_lang()
        about = rng.choice(self.attachable)[0] if self.attachable else None
        due = self.day(-90, 240)
        title = self.pick(lang, "reminder")
        return self.record(
            "reminder", title, lang, ("strategy-and-planning",), body="", date=due.isoformat(),
            due_date=due.isoformat(), status="done" if due < BASE_DATE and rng.random() < 0.6 else "open",
            sensitivity="internal", links=[Link(about, "about")] if about else [],
            fields={"repeat_yearly": title in T[lang]["reminder"][:3], **({"about": about} if about else {})},
        )


def _demo_recipient(groups: list[int]) -> str:
    """A well-formed age recipient (`age1…`, valid checksum) made from 58 random 5-bit groups."""
    from npmdesk.exchange.age import bech32

    value = 0
    for group in groups:
        value = (value << 5) | group
    return bech32.encode("age", (value >> (58 * 5 - 256)).to_bytes(32, "big"))
