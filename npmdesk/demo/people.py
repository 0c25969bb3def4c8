"""The demo vault's records about people: consent per person and purpose, reprisal cases and checks.

Every person named in such a record has an alias ("person A") in its `pseudonyms` and their own
consents: to the NPM's use (almost always given), to transmission to the SPT (refused by about one
in five, some pending, a few withdrawn), to publication (refused by about half) and, in reprisal
cases, to inclusion in the Secretary-General's reprisals report. A few are children or lack
capacity. The real name appears in the record's text (so pseudonymisation has something to do).

A reprisal case follows from its consents: a person who refused transmission to the SPT is not
reported to the Rapporteur on reprisals, the NPM follows the case up nationally. Reprisal checks
go back to the places after the SPT's visits (one raises a concern after the main visit), after
the NPM's own visits, or are steps of a case (field `case`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from npmdesk.demo.base import BASE_DATE
from npmdesk.demo.phrases import MEASURES, REPRISAL_CASE, REPRISAL_FACTS
from npmdesk.demo.text import OUTCOMES, T
from npmdesk.demo.visits import VisitDossiers, VisitPlan
from npmdesk.records import consent as consent_
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.records.model import Link, Record
from npmdesk.records.pseudonyms import next_alias

# purpose: (states, weights) of a person's answer
ANSWERS: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {
    consent_.NPM_USE: (("given", "pending", "refused"), (92, 5, 3)),
    consent_.SPT_TRANSMISSION: (("given", "refused", "pending", "withdrawn"), (55, 22, 18, 5)),
    consent_.PUBLICATION: (("given", "refused", "pending"), (25, 50, 25)),
    consent_.SG_REPRISALS_REPORT: (("given", "refused", "pending"), (35, 35, 30)),
}
PEOPLE_PURPOSES = (consent_.NPM_USE, consent_.SPT_TRANSMISSION, consent_.PUBLICATION)


class PeopleMakers(VisitDossiers):
    def __init__(self, seed: int, state: str | None = None) -> None:
        super().__init__(seed, state)
        self.staff = [self.person() for _ in range(6)]  # the NPM's staff, who ask for consent
        self.cases: list[tuple[str, str, dict[str, str], list[PersonConsent], str | None, dt.date]] = []
        self._concern_made = False
        self.place_titles: dict[str, str] = {}  # filled on the first check

    # ------------------------------------------------------------------------- consent

    def people(self, count: int, asked: dt.date, purposes: tuple[str, ...] = PEOPLE_PURPOSES,
               known: tuple[dict[str, str], list[PersonConsent]] | None = None,
               ) -> tuple[dict[str, str], list[PersonConsent]]:
        """Pseudonyms and consents of `count` people asked on `asked` (plus `known` ones, kept as they are)."""
        rng = self.rng
        pseudonyms: dict[str, str] = dict(known[0]) if known else {}
        people: list[PersonConsent] = list(known[1]) if known else []
        while len(people) < count + (len(known[1]) if known else 0):
            name = self.person()
            if name in pseudonyms:
                continue
            pseudonyms[name] = next_alias(pseudonyms)
            child = rng.random() < 0.06
            how = rng.choice(("oral", "oral", "written"))
            by = rng.choice(self.staff)
            answers = []
            for purpose in purposes:
                state = rng.choices(*ANSWERS[purpose])[0]
                day = None if state == "pending" else asked.isoformat()
                withdrawn = None
                if state == "withdrawn":
                    later = asked + dt.timedelta(days=rng.randint(5, 90))
                    state, withdrawn = "given", min(BASE_DATE, later).isoformat()
                answers.append(Consent(purpose, state, day, None if state == "pending" else how, by, withdrawn))
            people.append(PersonConsent(name, tuple(answers), child=child,
                                        lacks_capacity=not child and rng.random() < 0.04))
        return pseudonyms, people

    @staticmethod
    def summary(people: list[PersonConsent]) -> str:
        """The envelope's single `consent`: what the people say about transmission to the SPT."""
        states = {person.state(consent_.SPT_TRANSMISSION) for person in people}
        if states & {"refused", "withdrawn"}:
            return "refused"
        return "pending" if "pending" in states else "given"

    # -------------------------------------------------------------------- reprisal cases

    def reprisal_case(self, i: int) -> Record:
        rng, lang = self.rng, self.local_lang()
        past = self.past_visits()
        linked = rng.choices(("spt_visit", "npm_visit", "npm_staff"), (45 if past else 0, 40, 15))[0]
        plan: VisitPlan | None = rng.choice(past) if linked == "spt_visit" else None
        place = rng.choice(self.places) if self.places and linked != "npm_staff" else None
        incident = (plan.end + dt.timedelta(days=rng.randint(3, 60))) if plan else self.day(high=-20)
        incident = min(incident, BASE_DATE - dt.timedelta(days=5))
        pseudonyms, people = self.people(
            1, incident + dt.timedelta(days=rng.randint(1, 5)), (*PEOPLE_PURPOSES, consent_.SG_REPRISALS_REPORT))
        name, alias = next(iter(pseudonyms.items()))
        measure = rng.choice(("intimidation", "transfer", "sanction", "loss_of_privileges", "threat")
                             if linked != "npm_staff" else ("intimidation", "threat", "dismissal"))
        fields: dict[str, Any] = {"person": alias, "linked_to": linked, "measure": measure,
                                  "incident_date": incident.isoformat()}
        status = self._case_progress(fields, people[0], incident)
        if plan:
            fields["visit"] = plan.id
        facts = REPRISAL_FACTS[lang].format(name=name, measure=MEASURES[lang].get(measure, measure))
        record = self.record(
            "reprisal_case", REPRISAL_CASE[linked][lang].format(alias=alias, place=place[1] if place else ""), lang,
            ("dealing-with-torture-and-other-serious-violations", "confidentiality-and-data-protection"),
            body=facts + " " + self.body(lang, 2), date=(incident + dt.timedelta(days=2)).isoformat(), status=status,
            sensitivity="strictly_confidential", personal_data=True, consent=self.summary(people),
            articles=["15"] if plan else ["21(1)"], pseudonyms=pseudonyms, consents=people,
            review_date=_review(incident),
            links=([Link(plan.id, "visit")] if plan else []) + ([Link(place[0], "place")] if place else []),
            fields=fields,
        )
        self.cases.append((record.id, linked, pseudonyms, people, place[0] if place else None, incident))
        return record

    def _case_progress(self, fields: dict[str, Any], person: PersonConsent, incident: dt.date) -> str:
        """The case's status and dated steps, as far as the person's consent lets it go."""
        rng = self.rng
        age = (BASE_DATE - incident).days
        if person.state(consent_.SPT_TRANSMISSION) != "given":
            # not for the SPT: followed up with the national authorities only
            if age > 200 and rng.random() < 0.6:
                fields |= {"closed_on": (incident + dt.timedelta(days=rng.randint(90, 180))).isoformat(),
                           "closure": "Followed up with the authorities; the person did not agree to go further."}
                return "closed"
            return "recorded" if age < 60 else "follow_up"
        sent = incident + dt.timedelta(days=rng.randint(5, 30))
        if sent >= BASE_DATE:
            return "recorded"
        fields["transmitted_on"] = sent.isoformat()
        acted = sent + dt.timedelta(days=rng.randint(20, 90))
        if acted >= BASE_DATE:
            fields["spt_action"] = "none_yet"
            return "reported_to_spt"
        sg = person.state(consent_.SG_REPRISALS_REPORT) == "given"
        fields |= {"spt_action": rng.choice(("letter_to_state", "raised_in_dialogue") + (("sg_report",) if sg else ())),
                   "spt_action_on": acted.isoformat()}
        if age < 240:
            return "spt_acting"
        if rng.random() < 0.5:
            fields["follow_up"] = "The person was moved back and is in regular contact with the NPM."
            return "follow_up"
        fields |= {"closed_on": (acted + dt.timedelta(days=rng.randint(60, 200))).isoformat(),
                   "closure": "The authorities reported measures; no further reprisal observed at the return visit."}
        return "closed"

    # ------------------------------------------------------------------- reprisal checks

    def reprisal_check(self, i: int) -> Record:
        rng, lang = self.rng, self.local_lang()
        if len(self.place_titles) != len(self.places):
            self.place_titles = dict(self.places)
        after_spt = [plan for plan in self.past_visits() for _ in range(3)]
        case = None
        plan: VisitPlan | None = None
        if i < len(after_spt):
            plan = after_spt[i]
            when = plan.end + dt.timedelta(days=rng.randint(7, 28))
        elif self.cases and rng.random() < 0.35:
            case = rng.choice(self.cases)
            when = case[5] + dt.timedelta(days=rng.randint(7, 60))
        else:
            when = self.day(-2000, 45)
        place_id = case[4] if case and case[4] else (rng.choice(self.places)[0] if self.places else None)
        place_title = self.place_titles.get(place_id or "", "")
        status = "planned" if when > BASE_DATE else rng.choices(("done", "concern_raised", "closed"), (60, 10, 30))[0]
        if plan is not None and plan.concern and not self._concern_made and status != "planned":
            status, self._concern_made = "concern_raised", True
        known = (case[2], case[3]) if case else None
        pseudonyms, people = self.people(rng.randint(1, 3), min(when, BASE_DATE), known=known)
        outcome = OUTCOMES[lang][1 if status == "concern_raised" else rng.choice((0, 2))]
        fields: dict[str, Any] = {"people_met": sorted(pseudonyms.values()), "outcome": outcome}
        links = []
        if plan is not None:
            fields["visit"] = plan.id
            links.append(Link(plan.id, "visit"))
        if case is not None:
            fields["case"] = case[0]
            links.append(Link(case[0], "related"))
        if place_id:
            fields["place"] = place_id
            links.append(Link(place_id, "place"))
        names = ", ".join(pseudonyms)
        title = self.fill(T[lang]["reprisal"][plan is not None], lang, place=place_title or self.place_name())
        return self.record(
            "reprisal_check", title, lang,
            ("dealing-with-torture-and-other-serious-violations", "confidentiality-and-data-protection"),
            body=f"{names}. " + self.body(lang, 2), date=when.isoformat(), status=status,
            due_date=when.isoformat() if status == "planned" else None, sensitivity="strictly_confidential",
            personal_data=True, consent=self.summary(people), articles=["15"] if plan else ["21(1)"],
            pseudonyms=pseudonyms, consents=people, links=links, fields=fields, review_date=_review(when),
        )


def _review(day: dt.date) -> str:
    """When a record about people is due for review (retention): the first of its month, five years on."""
    return dt.date(day.year + 5, day.month, 1).isoformat()
