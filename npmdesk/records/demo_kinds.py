"""One maker per kind of record for the demo vault (see demo.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from npmdesk.records.demo_base import BASE_DATE, SPAN_DAYS
from npmdesk.records.demo_text import (
    ANSWERS,
    CITIES,
    LANGS,
    OUTCOMES,
    PLACE_NAMES,
    PLACE_WEIGHTS,
    PROVINCES,
    QUESTIONS,
    REPORT_TITLES,
    THEMES,
    T,
)
from npmdesk.records.demo_visits import VisitDossiers
from npmdesk.records.kinds import CHANNELS, KINDS, SPT_REGIONS
from npmdesk.records.model import Link, Record

_CHECKLIST_SPEC = KINDS["visit"].field("checklist_done")
CHECKLIST = _CHECKLIST_SPEC.choices if _CHECKLIST_SPEC else ()
SPT_ROLES = ("regional_head", "country_rapporteur", "member", "secretariat")


class KindMakers(VisitDossiers):
    def contact(self, i: int) -> Record:
        rng = self.rng
        role = "regional_head" if i < 4 else rng.choices(
            ("country_rapporteur", "member", "secretariat", "npm_colleague", "other"), (30, 25, 15, 20, 10))[0]
        region = SPT_REGIONS[i] if i < 4 else rng.choice(SPT_REGIONS)
        countries = rng.sample(self.by_region[region], k=min(3, rng.randint(1, 3), len(self.by_region[region])))
        start = dt.date(rng.choice((2017, 2019, 2021, 2023, 2025)), 1, 1)
        end = dt.date(start.year + 3, 12, 31)
        org = {"secretariat": "OHCHR, SPT Secretariat, Geneva", "npm_colleague": f"NPM of {self.names[countries[0]]}",
               "other": "Regional NPM network"}.get(role, "UN Subcommittee on Prevention of Torture")
        name = self.person()
        fields: dict[str, Any] = {
            "role": role, "countries": countries, "organisation": org, "email": f"contact{i}@example.org",
            "phone": f"+41 22 000 {rng.randint(1000, 9999)}", "keys_verified": rng.random() < 0.5,
        }
        if role in SPT_ROLES[:3]:
            fields |= {"regional_team": region, "term_start": start.isoformat(), "term_end": end.isoformat()}
        if rng.random() < 0.3:
            fields["age_recipient"] = _demo_recipient(rng.choices(range(32), k=58))
        record = self.record(
            "contact", name, "en", ("interaction-with-the-spt",), body="", date=start.isoformat(),
            status="former" if end < BASE_DATE and role in SPT_ROLES[:3] else "active", country=countries[0],
            personal_data=True, consent="given", sensitivity="confidential", fields=fields,
        )
        if role in SPT_ROLES:
            self.contacts.append(record.id)
        return record

    def place(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        place_type = rng.choices(list(PLACE_NAMES), PLACE_WEIGHTS)[0]
        city = rng.choice(CITIES)
        title = PLACE_NAMES[place_type][LANGS.index(lang)].format(city=city, n=rng.randint(1, 40))
        record = self.record(
            "place", title, lang, ("preventive-visits",), body="", status="closed" if rng.random() < 0.08 else "active",
            sensitivity="internal", fields={"place_type": place_type, "region": rng.choice(PROVINCES),
                                            "address": f"{rng.randint(1, 240)}, {city}"},
        )
        self.places.append((record.id, title))
        return record

    def visit(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        iso = self.states[i % len(self.states)].iso2 if i % 3 else self.home.iso2
        start = self.day(-SPAN_DAYS, 300)
        end = start + dt.timedelta(days=rng.randint(6, 12))
        announced = dt.date(start.year - 1, *rng.choice(((6, 24), (11, 25))))
        if start > BASE_DATE:
            status, done = ("preparation", rng.randint(0, 2)) if (start - BASE_DATE).days < 120 else ("announced", 0)
        elif end >= BASE_DATE:
            status, done = "during", rng.randint(2, 5)
        else:
            old = (BASE_DATE - end).days > 730
            status, done = ("closed", rng.randint(6, 8)) if old else ("follow_up", rng.randint(4, 7))
        places = rng.sample(self.places, k=min(len(self.places), rng.randint(1, 5)))
        record = self.record(
            "visit", self.pick(lang, "visit", iso=iso, year=start.year), lang,
            ("preventive-visits", "interaction-with-the-spt"), date=start.isoformat(), status=status, country=iso,
            counterpart=rng.choice(self.contacts) if self.contacts else None, articles=[11, 12, 13, 14],
            links=[Link(pid, "place") for pid, _ in places],
            fields={"start_date": start.isoformat(), "end_date": end.isoformat(), "announced_on": announced.isoformat(),
                    "checklist_done": [c for c in CHECKLIST[:done] if rng.random() < 0.8],
                    "places": [pid for pid, _ in places],
                    "themes": rng.sample(THEMES[lang], k=2)},
        )
        self.visits.append((record.id, iso, start))
        self.visit_plans.append((record.id, iso, start, end, status, done))
        if (BASE_DATE - end).days > 60:
            self.past_visits.append((record.id, iso, start))
        return record

    def report(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        report_type = rng.choices(list(REPORT_TITLES), (30, 25, 15, 10, 10, 10))[0]
        spt_own = report_type in ("annual_report_spt", "guidance")
        visit = rng.choice(self.past_visits) if self.past_visits and not spt_own else None
        when = min(BASE_DATE, visit[2] + dt.timedelta(days=rng.randint(60, 240))) if visit else self.day()
        status = rng.choice(("received", "under_review", "replied", "published"))
        published = status == "published"
        title = self.fill(REPORT_TITLES[report_type][LANGS.index(lang)], lang, iso=visit[1] if visit else "",
                          year=when.year)
        fields: dict[str, Any] = {"report_type": report_type, "confidential": not published}
        if visit:
            fields["visit"] = visit[0]
        if published:
            fields |= {"published_on": when.isoformat(), "published_url": f"https://example.org/spt/{self.uid()}"}
        record = self.record(
            "report", title, lang, ("visit-reports",), date=when.isoformat(), status=status,
            country=visit[1] if visit else self.home.iso2, articles=[16] if visit else [11],
            sensitivity="public" if published else "confidential",
            links=[Link(visit[0], "visit")] if visit else [], fields=fields,
        )
        self.reports.append(record.id)
        return record

    def recommendation(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        report = rng.choice(self.reports) if self.reports else None
        statuses = KINDS["recommendation"].statuses
        status = rng.choices(statuses, (25, 30, 20, 12, 8, 5))[0]
        addressee = rng.choice(("state", "npm"))
        fields: dict[str, Any] = {"addressee": addressee, "paragraph": f"para. {rng.randint(5, 120)}"}
        if report:
            fields["report"] = report
        if status != "not_started":
            fields |= {"evidence": self.body(lang, 2), "evidence_date": self.day(-900).isoformat()}
        open_ = status in ("not_started", "in_progress", "partially_implemented")
        record = self.record(
            "recommendation", self.pick(lang, "rec"), lang, ("recommendations-and-follow-up-strategies",),
            date=self.day().isoformat(), status=status, articles=[18, 22] if addressee == "state" else [19],
            due_date=self.iso(self.day(-120, 365)) if open_ and rng.random() < 0.3 else None,
            links=[Link(report, "report")] if report else [], fields=fields,
        )
        self.recommendations.append(record.id)
        return record

    def reprisal_check(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        started = self.started_visits()  # checks go back to places after the SPT was there
        visit = rng.choice(started) if started else None
        place = rng.choice(self.places) if self.places else None
        when = (visit[2] + dt.timedelta(days=rng.randint(10, 60))) if visit else self.day()
        status = "planned" if when > BASE_DATE else rng.choice(("done", "concern_raised", "closed"))
        aliases = [f"person {chr(65 + k)}" for k in range(rng.randint(1, 4))]
        fields: dict[str, Any] = {"people_met": aliases, "outcome": rng.choice(OUTCOMES[lang])}
        if visit:
            fields["visit"] = visit[0]
        if place:
            fields["place"] = place[0]
        links = ([Link(visit[0], "visit")] if visit else []) + ([Link(place[0], "place")] if place else [])
        return self.record(
            "reprisal_check", self.pick(lang, "reprisal"), lang,
            ("dealing-with-torture-and-other-serious-violations", "confidentiality-and-data-protection"),
            date=when.isoformat(), status=status, country=visit[1] if visit else self.home.iso2,
            due_date=when.isoformat() if status == "planned" else None, sensitivity="strictly_confidential",
            personal_data=True, consent=rng.choice(("given", "pending", "refused")), articles=[15, 21],
            pseudonyms={self.person(): alias for alias in aliases}, links=links, fields=fields,
        )

    def special_fund(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        year = BASE_DATE.year - rng.randint(0, 6)
        purpose = rng.choice(("implement_recommendations", "education"))
        recs = rng.sample(self.recommendations, k=min(len(self.recommendations), rng.randint(1, 3)))
        status = "draft" if year == BASE_DATE.year else rng.choice(("submitted", "granted", "rejected", "reported"))
        when = dt.date(year, rng.randint(1, 3), rng.randint(1, 28))
        return self.record(
            "special_fund", self.pick(lang, "fund", year=year), lang, ("finances",), date=when.isoformat(),
            status=status, articles=[26], due_date=f"{year}-03-31" if status == "draft" else None,
            links=[Link(r, "recommendation") for r in recs],
            fields={"call_year": year, "purpose": purpose, "amount": rng.randrange(5000, 30001, 500),
                    "currency": "USD", "recommendations": recs if purpose == "implement_recommendations" else []},
        )

    def annual_report(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        year = BASE_DATE.year - 1 - i % 15
        state = self.states[(i // 15) % len(self.states)]
        sent = dt.date(year + 1, rng.randint(2, 4), rng.randint(1, 28))
        current = year == BASE_DATE.year - 1
        status = "in_preparation" if current else rng.choice(("sent", "acknowledged", "published"))
        fields: dict[str, Any] = {"year": year}
        if not current:
            fields |= {"date_sent": sent.isoformat()}
        if status in ("acknowledged", "published"):
            fields["acknowledged_on"] = (sent + dt.timedelta(days=rng.randint(7, 40))).isoformat()
        if status == "published":
            fields["published_url"] = f"https://example.org/npm-annual-reports/{state.iso2.lower()}/{year}"
        abroad = "" if state is self.home else f" — {self.name_of(state.iso2, lang)}"
        title = self.pick(lang, "annual", year=year) + abroad
        return self.record(
            "annual_report", title, lang, ("annual-reports",), date=None if current else sent.isoformat(),
            status=status, country=state.iso2, articles=[23], sensitivity="public",
            due_date=f"{BASE_DATE.year}-03-31" if current else None, fields=fields,
        )

    def interpretation_request(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        article = i % 37 + 1
        sent = self.day()
        status = rng.choice(("draft", "sent", "answered", "closed"))
        fields: dict[str, Any] = {"question": self.fill(QUESTIONS[lang], lang, article=article)}
        if status != "draft":
            fields["date_sent"] = sent.isoformat()
        if status in ("answered", "closed"):
            fields |= {"answer": self.fill(ANSWERS[lang], lang, article=article),
                       "answered_on": (sent + dt.timedelta(days=rng.randint(30, 200))).isoformat()}
        extra = [rng.randint(1, 37)] if rng.random() < 0.3 else []
        return self.record(
            "interpretation_request", self.pick(lang, "interp", article=article), lang,
            ("interaction-with-the-spt", "legal-and-policy-work"), date=sent.isoformat(), status=status,
            articles=sorted({article, *extra}), counterpart=rng.choice(self.contacts) if self.contacts else None,
            fields=fields,
        )

    def update(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        compliance = rng.random() < 0.6
        issue = rng.choice(("independence", "budget", "access", "reprisals", "legislation") if compliance
                           else ("conditions", "legislation", "other"))
        sent = self.day()
        return self.record(
            "update", self.pick(lang, "update_compliance" if compliance else "update_thematic"), lang,
            ("dialogue-with-authorities",) if compliance else ("thematic-and-other-reports",),
            date=sent.isoformat(), status=rng.choice(KINDS["update"].statuses),
            articles=[18, 20] if compliance else [4, 11],
            counterpart=rng.choice(self.contacts) if self.contacts else None,
            fields={"update_type": "compliance" if compliance else "thematic", "issue": issue,
                    "date_sent": sent.isoformat()},
        )

    def communications(self, count: int) -> Iterator[Record]:
        """Threads of 1 to 6 messages alternating between the NPM and the SPT."""
        rng = self.rng
        made = 0
        while made < count:
            size = min(count - made, rng.randint(1, 6))
            lang = self.lang()
            subject = self.pick(lang, "comm")
            channel = rng.choices(CHANNELS, (25, 45, 12, 6, 3, 4, 5))[0]
            counterpart = rng.choice(self.contacts) if self.contacts else None
            iso = self.country()
            outgoing = rng.random() < 0.55
            when = self.day(-SPAN_DAYS, -size * 20)
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
                if self.visits and rng.random() < 0.1:
                    links.append(Link(rng.choice(self.visits)[0], "visit"))
                aliases = {self.person(): "person A"} if rng.random() < 0.05 else {}
                record = self.record(
                    "communication", subject if not j else f"Re: {subject}", lang,
                    ("interaction-with-the-spt",), date=when.isoformat(), status=status, country=iso,
                    counterpart=counterpart, articles=[11] if rng.random() < 0.5 else [11, 20],
                    personal_data=bool(aliases), consent="given" if aliases else "not_applicable",
                    pseudonyms=aliases, links=links, fields=fields,
                )
                root = root or record.id
                previous = record.id
                when += dt.timedelta(days=rng.randint(2, 20))
                made += 1
                yield record

    def reminder(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
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
