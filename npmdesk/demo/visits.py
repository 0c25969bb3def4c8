"""The demo vault's SPT visits: one to three in all (the SPT manages a handful a year worldwide),
none before the State's ratification, with their dossiers and their two report tracks.

`plan_visits()` decides them once, from the seed, before any record is made (fill.py caps the
number of visit records at the plan's length):
- the main visit: a country visit ended 14 to 30 months before BASE_DATE, now in follow-up (or,
  for a State that ratified too recently, an NPM advisory visit still to come);
- sometimes an earlier country visit, long closed, whose report the State had published;
- sometimes a visit to come: a follow-up or NPM advisory visit being prepared, or postponed.

For each visit the checklist items it has reached mostly get a communication linked to it with the
item as its `visit_step` (background information, the opening meeting, the end-of-visit press
release, the tripartite dialogue…), and `visit_reports()` gives the SPT's report to the State and
its report to the NPM (transmission, how the NPM obtained it, reply due, reply, publication), with
the State's and the NPM's replies. The main visit shows every state of visits.py: items done,
one missing item overdue, joint visits not held, a reprisal check with a concern (people.py),
a report not yet published, the tripartite dialogue still to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from npmdesk.demo.base import BASE_DATE, DemoBase
from npmdesk.demo.languages import appended
from npmdesk.demo.phrases import NPM_REPLY, STATE_REPLY
from npmdesk.demo.text import LANGS, REPORT_TITLES, THEMES
from npmdesk.records.kinds import VISIT_CHECKLIST
from npmdesk.records.model import Link, Record

REPLY_MONTHS_DAYS = 182  # a reply is due six months after the report's transmission

# item: (channel, direction, anchor ("s" start, "e" end), first day, last day after the anchor)
STEPS: dict[str, tuple[str, str, str, int, int]] = {
    "background_sent": ("email", "sent", "s", -90, -20),
    "national_actors_suggested": ("letter", "sent", "s", -60, -10),
    "opening_meeting": ("meeting_in_country", "sent", "s", 0, 0),
    "joint_visits": ("meeting_in_country", "sent", "s", 1, 4),
    "final_discussion": ("meeting_in_country", "received", "e", 0, 0),
    "private_meeting": ("meeting_in_country", "sent", "e", -1, 0),
    "press_release": ("email", "received", "e", 0, 1),
    "tripartite_dialogue": ("video_conference", "sent", "e", 240, 420),
}
TITLES: dict[str, tuple[str, ...]] = {
    "background_sent": ("Background information for the SPT visit", "Informations de contexte pour la visite du SPT",
                        "Información de contexto para la visita del SPT"),
    "national_actors_suggested": ("National actors the SPT should meet",
                                  "Acteurs nationaux que le SPT devrait rencontrer",
                                  "Actores nacionales con los que el SPT debería reunirse"),
    "opening_meeting": ("Opening meeting with the SPT delegation", "Réunion d'ouverture avec la délégation du SPT",
                        "Reunión inicial con la delegación del SPT"),
    "joint_visits": ("Joint visit with the SPT: {place}", "Visite conjointe avec le SPT : {place}",
                     "Visita conjunta con el SPT: {place}"),
    "final_discussion": ("Final discussion with the authorities", "Discussion finale avec les autorités",
                         "Reunión final con las autoridades"),
    "private_meeting": ("Private meeting between the SPT and the NPM", "Réunion privée entre le SPT et le MNP",
                        "Reunión privada entre el SPT y el MNP"),
    "press_release": ("SPT press release at the end of its visit", "Communiqué de presse du SPT à la fin de sa visite",
                      "Comunicado de prensa del SPT al final de su visita"),
    "tripartite_dialogue": ("Tripartite dialogue on the visit's recommendations",
                            "Dialogue tripartite sur les recommandations de la visite",
                            "Diálogo tripartito sobre las recomendaciones de la visita"),
}
TITLES = appended(TITLES, "STEP_TITLES")
VISIT_TITLES: dict[str, tuple[str, ...]] = {
    "country_visit": ("SPT visit to {country} ({year})", "Visite du SPT ({country}, {year})",
                      "Visita del SPT a {country} ({year})"),
    "follow_up_visit": ("SPT follow-up visit to {country} ({year})", "Visite de suivi du SPT ({country}, {year})",
                        "Visita de seguimiento del SPT a {country} ({year})"),
    "npm_advisory_visit": ("SPT advisory visit to the NPM ({year})",
                           "Visite consultative du SPT auprès du MNP ({year})",
                           "Visita de asesoramiento del SPT al MNP ({year})"),
    "opcat_advisory_visit": ("SPT OPCAT advisory visit ({year})", "Visite consultative OPCAT du SPT ({year})",
                             "Visita de asesoramiento OPCAT del SPT ({year})"),
}
VISIT_TITLES = appended(VISIT_TITLES, "VISIT_TITLES")


@dataclass
class VisitPlan:
    """One SPT visit of the demo, decided before it is made; `id` is set when it is."""

    visit_type: str
    start: dt.date
    end: dt.date
    status: str
    steps: tuple[str, ...]  # the checklist items with a record (a communication) of their own
    ticked: tuple[str, ...]  # the items ticked by hand
    draft: str | None = None  # the next item, prepared as a draft
    state_report: str | None = None  # publication of the report to the State, if one was received
    npm_report: str | None = None  # publication of the report to the NPM, if one was received
    concern: bool = False  # a reprisal check after this visit raised a concern
    id: str = ""
    reports: dict[str, str] = field(default_factory=dict)  # report type -> id, once made

    @property
    def past(self) -> bool:
        return self.end < BASE_DATE

    @property
    def announced(self) -> dt.date:
        return dt.date(self.start.year - 1, 11, 25) if self.start.month < 7 else dt.date(self.start.year - 1, 6, 24)


class VisitDossiers(DemoBase):
    def __init__(self, seed: int, state: str | None = None) -> None:
        super().__init__(seed, state)
        self.plans = self.plan_visits()
        self.visit_plans: list[VisitPlan] = []  # the visits made so far
        self.published: list[tuple[str, dt.date]] = []  # (report id, day) of published SPT reports to the State
        # (report id, addressee, lang, day, weight, source: "spt", "spt_npm" or "npm") of recommendations
        self.rec_sources: list[tuple[str, str, str, dt.date, int, str]] = []
        self.paragraphs: dict[str, int] = {}

    # -------------------------------------------------------------------------- the plan

    def earliest_visit(self) -> dt.date:
        """No SPT visit before the State's ratification: the first of the year after it."""
        year = self.home.ratification_year or BASE_DATE.year - 2
        return max(dt.date(year + 1, 1, 1), self.first_day)

    def plan_visits(self) -> list[VisitPlan]:
        rng = self.rng
        earliest = self.earliest_visit()
        wanted = rng.choices((1, 2, 3), (3, 4, 3))[0]
        latest_past = BASE_DATE - dt.timedelta(days=420)
        if earliest > latest_past:  # too recent for a visit and its follow-up: an advisory visit to come
            start = max(earliest, BASE_DATE + dt.timedelta(days=45)) + dt.timedelta(days=rng.randint(0, 200))
            return [self._upcoming("npm_advisory_visit", start)]
        start = latest_past - dt.timedelta(days=rng.randint(0, min(480, (latest_past - earliest).days)))
        main = self._main(start)
        plans = [main]
        if wanted >= 2:
            kind = rng.choice(("follow_up_visit", "npm_advisory_visit"))
            start = BASE_DATE + dt.timedelta(days=rng.randint(30, 280))
            if rng.random() < 0.4:
                plans.append(VisitPlan(kind, start, start + dt.timedelta(days=rng.randint(4, 6)), "postponed",
                                       ("background_sent",), ("background_sent",)))
            else:
                plans.append(self._upcoming(kind, start))
        older = main.start - dt.timedelta(days=rng.randint(3 * 365, 5 * 365))
        if wanted == 3 and older >= earliest:
            plans.append(self._closed(older))
        return plans

    def _main(self, start: dt.date) -> VisitPlan:
        rng = self.rng
        end = start + dt.timedelta(days=rng.randint(7, 11))
        missing = rng.choice(("press_release", "national_actors_suggested", "opening_meeting"))
        steps = tuple(s for s in ("background_sent", "national_actors_suggested", "opening_meeting",
                                  "final_discussion", "private_meeting", "press_release") if s != missing)
        ticked = (*(s for s in steps if rng.random() < 0.6), "reprisal_checks")
        state_report = rng.choice(("requested_by_state", "undecided", "undecided", "kept_confidential"))
        return VisitPlan("country_visit", start, end, "follow_up", steps, ticked, state_report=state_report,
                         npm_report=rng.choice(("undecided", "kept_confidential")), concern=True)

    def _closed(self, start: dt.date) -> VisitPlan:
        rng = self.rng
        end = start + dt.timedelta(days=rng.randint(8, 12))
        steps = tuple(s for s in STEPS if s != "joint_visits" and rng.random() < 0.8)
        ticked = tuple(s for s in VISIT_CHECKLIST if s in steps or rng.random() < 0.5)
        return VisitPlan("country_visit", start, end, "closed", steps, ticked, state_report="requested_by_state",
                         npm_report=rng.choice(("to_publish", "kept_confidential")))

    def _upcoming(self, kind: str, start: dt.date) -> VisitPlan:
        end = start + dt.timedelta(days=self.rng.randint(4, 8))
        soon = (start - BASE_DATE).days < 120
        steps = ("background_sent",) if (start - BASE_DATE).days < 60 else ()
        return VisitPlan(kind, start, end, "preparation" if soon else "announced", steps, steps,
                         draft="national_actors_suggested" if soon else None)

    # ----------------------------------------------------------------------- the records

    def visit(self, i: int) -> Record:
        rng, lang = self.rng, self.lang()
        plan = self.plans[i]
        places = rng.sample(self.places, k=min(len(self.places), rng.randint(3, 6))) if plan.past else []
        title = self.fill(VISIT_TITLES[plan.visit_type][LANGS.index(lang)], lang, year=plan.start.year)
        record = self.record(
            "visit", title, lang, ("preventive-visits", "interaction-with-the-spt"), date=plan.start.isoformat(),
            status=plan.status, counterpart=rng.choice(self.contacts) if self.contacts else None,
            articles=["11(1)(a)", "12", "13", "14"], sensitivity="confidential",
            links=[Link(pid, "place") for pid, _ in places],
            fields={"visit_type": plan.visit_type, "start_date": plan.start.isoformat(),
                    "end_date": plan.end.isoformat(), "announced_on": plan.announced.isoformat(),
                    "checklist_done": [c for c in VISIT_CHECKLIST if c in plan.ticked],
                    "places": [pid for pid, _ in places], "themes": rng.sample(THEMES[lang], k=2)},
        )
        plan.id = record.id
        self.visit_plans.append(plan)
        return record

    def past_visits(self) -> list[VisitPlan]:
        return [plan for plan in self.visit_plans if plan.past]

    def visit_reports(self) -> Iterator[Record]:
        """The SPT's reports on the past visits and the replies to them (report type by report type)."""
        for plan in self.past_visits():
            if plan.state_report:
                report = self._state_report(plan)
                yield report
                if report.fields.get("reply_received_on"):
                    yield self._reply(plan, "state_reply", str(report.fields["reply_received_on"]), report.id)
            if plan.npm_report:
                report = self._npm_track(plan)
                yield report
                if report.status in ("npm_replied", "published", "kept_confidential"):
                    day = dt.date.fromisoformat(str(report.fields["transmitted_on"])) + dt.timedelta(days=150)
                    yield self._reply(plan, "npm_reply", min(day, BASE_DATE).isoformat(), report.id)

    def _report(self, plan: VisitPlan, report_type: str, lang: str, day: dt.date, status: str,
                fields: dict[str, Any]) -> Record:
        title = self.fill(REPORT_TITLES[report_type][LANGS.index(lang)], lang, year=plan.start.year)
        published = "published_on" in fields
        record = self.record(
            "report", title, lang, ("visit-reports",), date=day.isoformat(), status=status,
            articles=["16(1)", "16(2)"] if report_type == "visit_report_to_state" else ["16(1)", "11(1)(b)(iv)"],
            sensitivity="public" if published else "strictly_confidential",
            links=[Link(plan.id, "visit")],
            fields={"report_type": report_type, "visit": plan.id, "confidential": not published, **fields},
        )
        plan.reports[report_type] = record.id
        self.reports.append(record.id)
        return record

    def _state_report(self, plan: VisitPlan) -> Record:
        rng = self.rng
        lang = self.home_lang
        sent = plan.end + dt.timedelta(days=rng.randint(90, 150))
        due = sent + dt.timedelta(days=REPLY_MONTHS_DAYS)
        fields: dict[str, Any] = {"transmitted_on": sent.isoformat(), "reply_due": due.isoformat(),
                                  "obtained_via": rng.choice(("from_state", "from_state", "from_spt"))}
        replied = due - dt.timedelta(days=rng.randint(-40, 30))
        status = "under_review"
        if replied < BASE_DATE and (plan.status == "closed" or rng.random() < 0.7):
            fields["reply_received_on"] = replied.isoformat()
            status = "state_replied"
        fields["publication"] = plan.state_report
        published = replied + dt.timedelta(days=rng.randint(20, 90))
        if plan.state_report == "requested_by_state" and published < BASE_DATE:
            fields |= {"published_on": published.isoformat(),
                       "published_url": f"https://www.ohchr.org/en/treaty-bodies/opcat/spt-visits/{self.uid()[:8]}"}
            status = "published"
        record = self._report(plan, "visit_report_to_state", lang, sent, status, fields)
        self.rec_sources.append((record.id, "state", lang, sent, 12, "spt"))
        if status == "published":
            self.published.append((record.id, published))
        return record

    def _npm_track(self, plan: VisitPlan) -> Record:
        rng = self.rng
        lang = self.home_lang
        sent = plan.end + dt.timedelta(days=rng.randint(60, 120))
        due = sent + dt.timedelta(days=REPLY_MONTHS_DAYS)
        fields: dict[str, Any] = {"transmitted_on": sent.isoformat(), "reply_due": due.isoformat(),
                                  "obtained_via": "from_spt", "publication": plan.npm_report}
        status = "npm_replied" if due < BASE_DATE + dt.timedelta(days=60) else "under_review"
        if plan.npm_report == "to_publish":
            fields["published_on"] = (due + dt.timedelta(days=30)).isoformat()
            status = "published"
        elif plan.npm_report == "kept_confidential" and plan.status == "closed":
            status = "kept_confidential"
        record = self._report(plan, "report_to_npm", lang, sent, status, fields)
        self.rec_sources.append((record.id, "npm", lang, sent, 6, "spt_npm"))
        return record

    def _reply(self, plan: VisitPlan, report_type: str, day: str, report_id: str) -> Record:
        lang = self.home_lang
        bank = STATE_REPLY if report_type == "state_reply" else NPM_REPLY
        status = "received" if report_type == "state_reply" else "sent"
        record = self.record(
            "report", bank[lang].format(year=plan.start.year), lang, ("visit-reports",), date=day, status=status,
            articles=["16(1)"], sensitivity="confidential",
            links=[Link(plan.id, "visit"), Link(report_id, "report")],
            fields={"report_type": report_type, "visit": plan.id, "confidential": True},
        )
        self.reports.append(record.id)
        return record

    # ---------------------------------------------------------------------- the dossiers

    def visit_dossiers(self, budget: int) -> Iterator[Record]:
        """At most `budget` communications for the checklist steps of the visits made."""
        made = 0
        for plan in self.visit_plans:
            items = [s for s in VISIT_CHECKLIST if s in plan.steps] + ([plan.draft] if plan.draft else [])
            for item in items:
                if made >= budget:
                    return
                made += 1
                yield self._step_record(plan, item, draft=item == plan.draft)

    def _step_record(self, plan: VisitPlan, item: str, *, draft: bool) -> Record:
        rng, lang = self.rng, self.local_lang()
        channel, direction, anchor, low, high = STEPS[item]
        when = (plan.start if anchor == "s" else plan.end) + dt.timedelta(days=rng.randint(low, high))
        when = min(BASE_DATE, when)
        fields: dict[str, Any] = {"direction": direction, "channel": channel, "visit_step": item}
        if channel not in ("email", "letter"):
            fields["participants"] = [self.person() for _ in range(rng.randint(2, 5))]
        status = "draft" if draft else "closed"
        if not draft and direction == "sent" and (BASE_DATE - when).days < 90:
            status = "awaiting_reply"  # sent lately: the SPT has not acknowledged it yet
            fields["reply_by"] = (when + dt.timedelta(days=30)).isoformat()
        title = self.fill(TITLES[item][LANGS.index(lang)], lang)
        return self.record(
            "communication", title, lang, ("preventive-visits", "interaction-with-the-spt"),
            date=when.isoformat(), status=status,
            counterpart=rng.choice(self.contacts) if self.contacts else None, articles=["11(1)(a)", "12"],
            sensitivity="public" if item == "press_release" else "confidential",
            links=[Link(plan.id, "visit")], fields=fields,
        )
