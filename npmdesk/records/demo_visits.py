"""The demo vault's visit dossiers: the letters and meetings of each SPT country visit (see demo.py).

For each visit made by `KindMakers.visit`, the checklist items it has reached (`done`, the same
number that fills its `checklist_done`) mostly get a communication linked to the visit with the
item as its `visit_step` (background information sent before the visit, the final discussion and
the private meeting at its end, the tripartite dialogue months later…), and the next item of a
visit still under way sometimes gets a draft. Reprisal checks and reports are made by their own
makers, linked to the visits, so every state of visits.py occurs in a demo vault.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from npmdesk.records.demo_base import BASE_DATE, DemoBase
from npmdesk.records.demo_text import LANGS
from npmdesk.records.kinds import VISIT_CHECKLIST
from npmdesk.records.model import Link, Record

# item: (channel, direction, first day, last day) relative to the visit's start ("s") or end ("e").
STEPS: dict[str, tuple[str, str, str, int, int]] = {
    "background_sent": ("email", "sent", "s", -90, -20),
    "national_actors_suggested": ("letter", "sent", "s", -60, -10),
    "joint_visits": ("meeting_in_country", "sent", "s", 1, 4),
    "final_discussion": ("meeting_in_country", "received", "e", 0, 0),
    "private_meeting": ("meeting_in_country", "sent", "e", -1, 0),
    "tripartite_dialogue": ("video_conference", "sent", "e", 120, 500),
}
TITLES: dict[str, tuple[str, str, str]] = {
    "background_sent": ("Background information for the SPT visit to {country}",
                        "Informations de contexte pour la visite du SPT en {country}",
                        "Información de contexto para la visita del SPT a {country}"),
    "national_actors_suggested": ("National actors the SPT should meet in {country}",
                                  "Acteurs nationaux que le SPT devrait rencontrer en {country}",
                                  "Actores nacionales que el SPT debería reunirse en {country}"),
    "joint_visits": ("Joint visit with the SPT: {place}", "Visite conjointe avec le SPT : {place}",
                     "Visita conjunta con el SPT: {place}"),
    "final_discussion": ("Final discussion with the authorities", "Discussion finale avec les autorités",
                         "Reunión final con las autoridades"),
    "private_meeting": ("Private meeting between the SPT and the NPM", "Réunion privée entre le SPT et le MNP",
                        "Reunión privada entre el SPT y el MNP"),
    "tripartite_dialogue": ("Tripartite dialogue on the visit's recommendations",
                            "Dialogue tripartite sur les recommandations de la visite",
                            "Diálogo tripartito sobre las recomendaciones de la visita"),
}

# (visit id, country, start, end, status, items reached) for each visit, filled by KindMakers.visit.
VisitPlan = tuple[str, str, dt.date, dt.date, str, int]


class VisitDossiers(DemoBase):
    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.visit_plans: list[VisitPlan] = []
        self._started: list[tuple[str, str, dt.date]] | None = None

    def started_visits(self) -> list[tuple[str, str, dt.date]]:
        """(id, country, start) of the visits that had begun by BASE_DATE (computed once, after the visits)."""
        if self._started is None:
            self._started = [(vid, iso, start) for vid, iso, start, *_ in self.visit_plans if start <= BASE_DATE]
        return self._started

    def visit_dossiers(self, budget: int) -> Iterator[Record]:
        """At most `budget` communications about the visits made so far."""
        made = 0
        for visit_id, iso, start, end, status, done in self.visit_plans:
            steps = [item for item in VISIT_CHECKLIST[:done] if item in STEPS and self.rng.random() < 0.7]
            following = VISIT_CHECKLIST[done] if done < len(VISIT_CHECKLIST) else None
            draft = following in STEPS and status != "closed" and self.rng.random() < 0.5
            for item in steps + ([following] if draft and following else []):
                if made >= budget:
                    return
                made += 1
                yield self._step_record(visit_id, iso, start, end, item, draft=item == following)

    def _step_record(self, visit_id: str, iso: str, start: dt.date, end: dt.date, item: str, *,
                     draft: bool) -> Record:
        rng, lang = self.rng, self.lang()
        channel, direction, anchor, low, high = STEPS[item]
        when = min(BASE_DATE, (start if anchor == "s" else end) + dt.timedelta(days=rng.randint(low, high)))
        fields: dict[str, Any] = {"direction": direction, "channel": channel, "visit_step": item}
        if channel != "email":
            fields["participants"] = [self.person() for _ in range(rng.randint(2, 5))]
        status = "draft" if draft else "closed"
        if not draft and direction == "sent" and (BASE_DATE - when).days < 90:
            status = "awaiting_reply"  # sent lately: the SPT has not acknowledged it yet
            fields["reply_by"] = (when + dt.timedelta(days=30)).isoformat()
        title = TITLES[item][LANGS.index(lang)].format(country=self.name_of(iso, lang), place=self.place_name(lang))
        return self.record(
            "communication", title, lang, ("preventive-visits", "interaction-with-the-spt"),
            date=when.isoformat(), status=status, country=iso,
            counterpart=rng.choice(self.contacts) if self.contacts else None, articles=[11, 12, 13],
            sensitivity="confidential", links=[Link(visit_id, "visit")], fields=fields,
        )
