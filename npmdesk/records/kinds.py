"""The kinds of record (DOMAIN.md) and the fields each one carries.

Every record shares an envelope (see model.py: title, date, status, counterpart, country,
tags, OPCAT articles, links, sensitivity, personal data and consent). What differs by kind
is declared here once, as data: the forms, the validation, the JSON schema of exchange
packages and the CLI all read these specs, so a field is added in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TEXT, LONG_TEXT, DATE, CHOICE, INT, NUMBER, BOOL, TEXT_LIST, ID_LIST, CHOICE_LIST, URL = (
    "text", "long_text", "date", "choice", "int", "number", "bool", "text_list", "id_list",
    "choice_list", "url",
)

SPT_REGIONS = ("Africa", "Americas", "Asia-Pacific", "Europe")
CHANNELS = ("letter", "email", "video_conference", "meeting_geneva", "meeting_in_country", "phone", "workshop")
# The checklist of an SPT country visit (DOMAIN.md), in the order of its three phases.
VISIT_CHECKLIST = (
    "background_sent", "national_actors_suggested", "joint_visits", "final_discussion", "private_meeting",
    "reprisal_checks", "report_published", "tripartite_dialogue",
)


@dataclass(frozen=True)
class FieldSpec:
    """One kind-specific field: its name, type, allowed values and whether it is required."""

    name: str
    type: str
    choices: tuple[str, ...] = ()
    required: bool = False
    max_length: int = 100_000


@dataclass(frozen=True)
class KindSpec:
    """A kind of record: its statuses (the envelope's `status`) and its own fields."""

    name: str
    statuses: tuple[str, ...]
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    date_meaning: str = "date"

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)


def _f(name: str, type_: str, *choices: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, type_, tuple(choices), required)


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec(
            "contact",
            ("active", "former"),
            (
                _f("role", CHOICE, "regional_head", "country_rapporteur", "member", "secretariat",
                   "npm_colleague", "other", required=True),
                _f("regional_team", CHOICE, *SPT_REGIONS),
                _f("countries", TEXT_LIST),
                _f("organisation", TEXT),
                _f("email", TEXT),
                _f("phone", TEXT),
                _f("term_start", DATE),
                _f("term_end", DATE),
                _f("age_recipient", TEXT),
                _f("signing_key", TEXT),
                _f("keys_verified", BOOL),
            ),
            date_meaning="term start",
        ),
        KindSpec(
            "communication",
            ("draft", "sent", "awaiting_reply", "answered", "closed"),
            (
                _f("direction", CHOICE, "sent", "received", required=True),
                _f("channel", CHOICE, *CHANNELS, required=True),
                _f("participants", TEXT_LIST),
                _f("reply_by", DATE),
                _f("thread", TEXT),
                _f("in_reply_to", TEXT),
                _f("outcome", LONG_TEXT),
                # Which step of a linked visit's checklist (visits.py) this exchange or meeting is.
                _f("visit_step", CHOICE, *VISIT_CHECKLIST),
            ),
        ),
        KindSpec(
            "annual_report",
            ("in_preparation", "sent", "acknowledged", "published"),
            (
                _f("year", INT, required=True),
                _f("date_sent", DATE),
                _f("acknowledged_on", DATE),
                _f("published_url", URL),
            ),
            date_meaning="date sent",
        ),
        KindSpec(
            "interpretation_request",
            ("draft", "sent", "answered", "closed"),
            (
                _f("question", LONG_TEXT, required=True),
                _f("date_sent", DATE),
                _f("answer", LONG_TEXT),
                _f("answered_on", DATE),
            ),
        ),
        KindSpec(
            "update",
            ("draft", "sent", "acknowledged", "closed"),
            (
                _f("update_type", CHOICE, "compliance", "thematic", required=True),
                _f("issue", CHOICE, "independence", "budget", "access", "reprisals", "legislation",
                   "conditions", "other"),
                _f("date_sent", DATE),
            ),
        ),
        KindSpec(
            "visit",
            ("announced", "preparation", "during", "follow_up", "closed"),
            (
                _f("start_date", DATE),
                _f("end_date", DATE),
                _f("announced_on", DATE),
                _f("checklist_done", CHOICE_LIST, *VISIT_CHECKLIST),
                _f("places", ID_LIST),
                _f("themes", TEXT_LIST),
            ),
            date_meaning="start date",
        ),
        KindSpec(
            "reprisal_check",
            ("planned", "done", "concern_raised", "closed"),
            (
                _f("visit", TEXT),
                _f("place", TEXT),
                _f("people_met", TEXT_LIST),
                _f("outcome", LONG_TEXT),
            ),
        ),
        KindSpec(
            "report",
            ("received", "under_review", "replied", "published"),
            (
                _f("report_type", CHOICE, "visit_report_to_state", "report_to_npm", "npm_reply",
                   "state_reply", "annual_report_spt", "guidance", required=True),
                _f("visit", TEXT),
                _f("confidential", BOOL),
                _f("published_on", DATE),
                _f("published_url", URL),
            ),
        ),
        KindSpec(
            "recommendation",
            ("not_started", "in_progress", "partially_implemented", "implemented", "not_implemented",
             "no_longer_relevant"),
            (
                _f("report", TEXT),
                _f("paragraph", TEXT),
                _f("addressee", CHOICE, "state", "npm", required=True),
                _f("evidence", LONG_TEXT),
                _f("evidence_date", DATE),
            ),
        ),
        KindSpec(
            "special_fund",
            ("draft", "submitted", "granted", "rejected", "reported"),
            (
                _f("call_year", INT),
                _f("purpose", CHOICE, "implement_recommendations", "education", required=True),
                _f("amount", NUMBER),
                _f("currency", TEXT),
                _f("recommendations", ID_LIST),
            ),
        ),
        KindSpec(
            "place",
            ("active", "closed"),
            (
                _f("place_type", CHOICE, "prison", "pre_trial_detention", "police_station",
                   "immigration_detention", "psychiatric_hospital", "social_care_home",
                   "juvenile_centre", "military", "other", required=True),
                _f("region", TEXT),
                _f("address", TEXT),
            ),
        ),
        KindSpec(
            "reminder",
            ("open", "done"),
            (_f("about", TEXT), _f("repeat_yearly", BOOL)),
            date_meaning="due date",
        ),
    )
}

SENSITIVITIES = ("public", "internal", "confidential", "strictly_confidential")
CONSENT = ("not_applicable", "pending", "given", "refused")
LINK_RELATIONS = ("reply_to", "thread", "visit", "report", "recommendation", "place", "about", "related")
