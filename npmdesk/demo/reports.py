"""The demo vault's reports and what follows from them (see fill.py): the SPT's visit reports
(visits.py), the NPM's own reports, the SPT's annual reports and guidance; recommendations from
the visit reports and the NPM's reports only, each with the authority responsible, a priority, the
State's reported status and the NPM's own assessment (usually one step behind what the State says);
Special Fund applications, eligible once the State has published the SPT's report.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from npmdesk.demo.base import BASE_DATE
from npmdesk.demo.people import PeopleMakers
from npmdesk.demo.phrases import (
    AUTHORITIES,
    EVIDENCE,
    NPM_REPORT_TITLES,
    NPM_SELF,
    REC_BODY,
    REC_NPM,
    REC_STATE,
)
from npmdesk.demo.text import LANGS, REPORT_TITLES, SPT_LANGS, T
from npmdesk.records.kinds import IMPLEMENTATION
from npmdesk.records.model import Link, Record

# The State tends to report more progress than the NPM sees: its status, then the NPM's, one step lower or equal.
STATE_STATUS = (("implemented", "partially_implemented", "in_progress", "not_started", "not_implemented",
                 "no_longer_relevant"), (25, 25, 30, 10, 5, 5))
LOWER = {"implemented": "partially_implemented", "partially_implemented": "in_progress",
         "in_progress": "not_started", "not_started": "not_started", "not_implemented": "not_implemented",
         "no_longer_relevant": "no_longer_relevant"}


class ReportMakers(PeopleMakers):
    def __init__(self, seed: int, state: str | None = None) -> None:
        super().__init__(seed, state)
        self._visit_reports: list[Record] | None = None
        self.recs_by_report: dict[str, list[str]] = {}
        self._cum_weights: list[int] = []
        self._spt_years = list(range(max(self.first_day.year, BASE_DATE.year - 6), BASE_DATE.year))

    def report(self, i: int) -> Record:
        if self._visit_reports is None:
            self._visit_reports = list(self.visit_reports())
        if i < len(self._visit_reports):
            return self._visit_reports[i]
        rng = self.rng
        roll = rng.random()
        if roll < 0.06 and self._spt_years:
            return self._spt_document("annual_report_spt", self._spt_years.pop())
        if roll < 0.14:
            return self._spt_document("guidance", BASE_DATE.year)
        return self._npm_report()

    def _spt_document(self, report_type: str, year: int) -> Record:
        rng, lang = self.rng, self.rng.choice(SPT_LANGS)  # the SPT's own documents
        day = dt.date(year + 1, 3, rng.randint(1, 28)) if report_type == "annual_report_spt" else self.day()
        title = self.fill(REPORT_TITLES[report_type][LANGS.index(lang)], lang, year=year)
        record = self.record(
            "report", title, lang, ("thematic-and-other-reports",), date=min(day, BASE_DATE).isoformat(),
            status="received", country=None, articles=["16(3)"] if report_type == "annual_report_spt" else ["11(1)(b)"],
            sensitivity="public", fields={"report_type": report_type, "confidential": False},
        )
        self.reports.append(record.id)
        return record

    def _npm_report(self) -> Record:
        rng, lang = self.rng, self.home_lang
        day = self.day()
        place = rng.choice(self.places) if self.places else None
        template = rng.choice(NPM_REPORT_TITLES[lang][:2] if place else NPM_REPORT_TITLES[lang][2:])
        title = self.fill(template, lang, place=place[1] if place else "", year=day.year)
        draft = ((BASE_DATE - day).days < 120 and rng.random() < 0.5) or rng.random() < 0.1
        fields: dict[str, Any] = {"report_type": "npm_report", "transmitted_on": day.isoformat()}
        if draft:
            fields |= {"publication": rng.choice(("undecided", "kept_confidential")), "confidential": True}
            del fields["transmitted_on"]
        else:
            published = day + dt.timedelta(days=rng.randint(30, 120))
            fields |= {"publication": "to_publish", "confidential": False,
                       "reply_due": (day + dt.timedelta(days=90)).isoformat()}
            if published < BASE_DATE:
                fields |= {"published_on": published.isoformat(),
                           "published_url": f"https://npm.example.org/reports/{self.uid()[:8]}"}
        record = self.record(
            "report", title, lang, ("visit-reports",), date=day.isoformat(),
            status="published" if "published_on" in fields else "draft", articles=["19(b)", "22"],
            sensitivity="public" if "published_on" in fields else "confidential",
            links=[Link(place[0], "place")] if place else [], fields=fields,
        )
        self.reports.append(record.id)
        self.rec_sources.append((record.id, "state", lang, day, 1, "npm"))
        return record

    def recommendation(self, i: int) -> Record:
        rng = self.rng
        if len(self._cum_weights) != len(self.rec_sources):  # the sources are all made before the first
            self._cum_weights = list(itertools.accumulate(source[4] for source in self.rec_sources))
        source = rng.choices(self.rec_sources, cum_weights=self._cum_weights)[0] if self.rec_sources else None
        report_id, addressee, lang, day, _, source_type = source or ("", "state", self.home_lang, self.day(), 1, "npm")
        fields: dict[str, Any] = {"addressee": addressee}
        if report_id:
            self.paragraphs[report_id] = self.paragraphs.get(report_id, 0) + rng.randint(1, 4)
            fields |= {"report": report_id, "paragraph": f"para. {self.paragraphs[report_id] + 10}"}
        if addressee == "state":
            choices = REC_STATE[lang] if source_type == "spt" else [r for r in REC_STATE[lang] if r[0] != "publish"]
            authority, template = rng.choice(choices)
            fields["responsible_authority"] = AUTHORITIES[lang][authority]
        else:
            template = rng.choice(REC_NPM[lang])
            fields["responsible_authority"] = NPM_SELF[lang]
        priority = rng.choices(("urgent", "short_term", "medium_term", "long_term"), (10, 35, 35, 20))[0]
        fields["priority"] = priority
        age = (BASE_DATE - day).days
        status = "not_started"
        if addressee == "state" and age > 200:
            state_status = rng.choices(*STATE_STATUS)[0]
            fields |= {"state_status": state_status,
                       "state_status_on": (day + dt.timedelta(days=rng.randint(150, min(age, 400)))).isoformat(),
                       "state_status_source": rng.choices(("state_reply", "spt", "other"), (80, 10, 10))[0]}
            status = state_status if rng.random() < 0.4 else LOWER[state_status]
        elif age > 120:
            status = rng.choices(IMPLEMENTATION, (20, 35, 25, 10, 5, 5))[0]
        if status != "not_started" or age > 200:
            assessed = day + dt.timedelta(days=rng.randint(min(age, 90), max(age, 90)))
            fields |= {"evidence": self.fill(rng.choice(EVIDENCE[lang]), lang),
                       "evidence_date": min(assessed, BASE_DATE).isoformat(),
                       "assessment_source": rng.choices(("follow_up_visit", "npm_annual_report", "other"),
                                                        (50, 35, 15))[0]}
        open_ = status in ("not_started", "in_progress", "partially_implemented")
        days = {"urgent": 90, "short_term": 365}.get(priority)
        due = day + dt.timedelta(days=days) if open_ and days else None
        if due is not None and (BASE_DATE - due).days > 120:
            due = None  # long past: the NPM follows it up in its annual report, not as a deadline
        title = self.fill(template, lang)
        record = self.record(
            "recommendation", title, lang, ("recommendations-and-follow-up-strategies",),
            date=day.isoformat(), status=status, articles=["19(b)", "22"] if addressee == "state" else ["11(1)(b)(iv)"],
            due_date=self.iso(due), body=REC_BODY[source_type][lang].format(
                authority=fields["responsible_authority"], text=title, paragraph=fields.get("paragraph", "")),
            links=[Link(report_id, "report")] if report_id else [], fields=fields,
        )
        self.recommendations.append(record.id)
        self.recs_by_report.setdefault(report_id, []).append(record.id)
        return record

    # ------------------------------------------------------------------ other NPM work

    def special_fund(self, i: int) -> Record:
        rng, lang = self.rng, self.home_lang
        year = BASE_DATE.year - i
        deadline = dt.date(year, 3, 1)  # recent calls ran from 1 January to 1 March
        eligible = [(rid, day) for rid, day in self.published if day < deadline]
        purpose = "implement_recommendations" if eligible and rng.random() < 0.75 else "education"
        submitted = dt.date(year, 2, rng.randint(1, 27))
        if submitted > BASE_DATE:
            status = "draft"
        elif not eligible:
            status = "rejected"  # the State had not published the SPT's report yet
        else:
            status = rng.choice(("granted", "granted", "rejected", "reported")) if year < BASE_DATE.year - 1 else (
                rng.choice(("submitted", "granted")))
        what = T[lang]["purpose"][purpose != "implement_recommendations"]
        fields: dict[str, Any] = {"call_year": year, "purpose": purpose, "currency": "USD",
                                  "amount": rng.randrange(10_000, 30_001, 500)}
        if purpose == "implement_recommendations" and eligible:
            report_id = eligible[-1][0]
            fields["implements_report"] = report_id
            recs = self.recs_by_report.get(report_id, [])
            fields["recommendations"] = rng.sample(recs, k=min(len(recs), rng.randint(1, 3)))
        if status != "draft":
            fields["mission_informed_on"] = (submitted + dt.timedelta(days=rng.randint(3, 20))).isoformat()
        if status in ("granted", "reported"):
            start = dt.date(year, 9, 1)
            end = dt.date(year + 1, 8, 31)
            fields |= {"project_start": start.isoformat(), "project_end": end.isoformat(),
                       "report_due": (end + dt.timedelta(days=60)).isoformat()}
        return self.record(
            "special_fund", self.pick(lang, "fund", year=year, purpose=what), lang, ("finances",),
            date=submitted.isoformat(),
            status=status, articles=["26"], due_date=deadline.isoformat() if status == "draft" else None,
            links=[Link(r, "recommendation") for r in fields.get("recommendations", [])]
            + ([Link(fields["implements_report"], "report")] if "implements_report" in fields else []),
            fields=fields,
        )

