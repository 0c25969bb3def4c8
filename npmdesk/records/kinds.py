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

CONTACT_ROLES = (
    "regional_head", "country_rapporteur", "member", "secretariat", "npm_colleague", "spt_chair", "spt_bureau",
    "reprisals_rapporteur", "state_liaison", "special_fund_team", "npm_network", "other",
)
SPT_REGIONS = ("Africa", "Americas", "Asia-Pacific", "Europe")
# The four types of SPT visit that OHCHR lists.
VISIT_TYPES = ("country_visit", "follow_up_visit", "npm_advisory_visit", "opcat_advisory_visit")
DEFAULT_VISIT_TYPE = "country_visit"  # a visit recorded before types existed
CHANNELS = ("letter", "email", "video_conference", "meeting_geneva", "meeting_in_country", "phone", "workshop")
# Every item a visit's checklist can hold (DOMAIN.md), in the order of the three phases; which
# items a visit has depends on its type (visits.py). The reports after a visit are two tracks.
VISIT_CHECKLIST = (
    "background_sent", "national_actors_suggested", "opening_meeting", "joint_visits", "final_discussion",
    "private_meeting", "press_release", "reprisal_checks", "report_to_state", "report_to_npm",
    "tripartite_dialogue",
)
# Where a status or assessment of a recommendation comes from.
SOURCES = ("state_reply", "npm_annual_report", "follow_up_visit", "spt", "other")
IMPLEMENTATION = ("not_started", "in_progress", "partially_implemented", "implemented", "not_implemented",
                  "no_longer_relevant")
REPORT_TYPES = ("visit_report_to_state", "report_to_npm", "npm_reply", "state_reply", "npm_report",
                "annual_report_spt", "guidance")
# A report's statuses depend on its type: the NPM does not "reply" to the report to the State.
REPORT_STATUSES = {
    "visit_report_to_state": ("received", "under_review", "state_replied", "published"),
    "report_to_npm": ("received", "under_review", "npm_replied", "published", "kept_confidential"),
    "npm_reply": ("draft", "sent", "published"),
    "state_reply": ("received", "published"),
    "npm_report": ("draft", "published"),
    "annual_report_spt": ("received",),
    "guidance": ("received",),
}


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
    # Statuses allowed per value of one field (a report's statuses follow its type); `statuses`
    # is their union, in a stable order.
    status_field: str | None = None
    statuses_by: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def field(self, name: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.name == name), None)

    def statuses_for(self, fields: dict[str, object]) -> tuple[str, ...]:
        """The statuses a record with these fields may have."""
        if self.status_field is None:
            return self.statuses
        return self.statuses_by.get(str(fields.get(self.status_field)), self.statuses)


def _f(name: str, type_: str, *choices: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, type_, tuple(choices), required)


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        KindSpec(
            "contact",
            ("active", "former"),
            (
                _f("role", CHOICE, *CONTACT_ROLES, required=True),
                _f("regional_team", CHOICE, *SPT_REGIONS),
                _f("countries", TEXT_LIST),
                _f("organisation", TEXT),
                _f("email", TEXT),
                _f("emails", TEXT_LIST),  # further addresses, matched when mail is imported
                _f("phone", TEXT),
                _f("term_start", DATE),
                _f("term_end", DATE),
                _f("age_recipient", TEXT),
                _f("signing_key", TEXT),
                _f("keys_verified", BOOL),
                # One of the NPM's own devices (a colleague's laptop): packages to it carry real names.
                _f("own_device", BOOL),
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
                # Imported email (npmdesk/mail): the message's Message-ID (or "sha256:" and the
                # original's hash when it has none), the Message-ID it answers, and when it was
                # sent, with the sender's time zone ("2026-11-03T09:15:00+01:00").
                _f("message_id", TEXT),
                _f("mail_parent", TEXT),
                _f("sent_at", TEXT),
            ),
        ),
        KindSpec(
            "annual_report",
            ("in_preparation", "sent", "acknowledged", "published"),
            (
                _f("year", INT, required=True),
                # The NPM's own national deadline (OPCAT sets none): approximate until set.
                _f("national_deadline", DATE),
                _f("published_nationally_on", DATE),
                _f("national_url", URL),
                _f("tabled_on", DATE),  # in parliament
                _f("date_sent", DATE),  # to the SPT
                _f("languages_sent", TEXT_LIST),
                _f("acknowledged_on", DATE),
                _f("posted_on", DATE),  # on the OHCHR site
                _f("published_url", URL),
            ),
            date_meaning="date sent",
        ),
        KindSpec(
            "interpretation_request",
            ("draft", "sent", "answered", "closed"),
            (
                # A request for the SPT's advice under art. 11(1)(b): interpretation of OPCAT, or
                # methodology, mandate or legislation.
                _f("request_type", CHOICE, "interpretation", "methodology", "mandate", "legislation", "other"),
                _f("question", LONG_TEXT, required=True),
                _f("date_sent", DATE),
                _f("answer", LONG_TEXT),
                _f("answered_on", DATE),
                _f("published_in", TEXT),  # where the answer was published: document symbol, annex
            ),
        ),
        KindSpec(
            "update",
            ("draft", "sent", "acknowledged", "closed"),
            (
                _f("update_type", CHOICE, "compliance", "thematic", "article_17_list", "cat_public_statement",
                   required=True),
                _f("issue", CHOICE, "independence", "budget", "access", "reprisals", "legislation",
                   "conditions", "other"),
                _f("date_sent", DATE),
            ),
        ),
        KindSpec(
            "visit",
            ("announced", "preparation", "during", "follow_up", "closed", "postponed", "suspended", "terminated"),
            (
                _f("visit_type", CHOICE, *VISIT_TYPES),
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
                _f("case", TEXT),  # the reprisal case this check is a step of, if any
            ),
        ),
        KindSpec(
            "reprisal_case",
            ("recorded", "reported_to_spt", "spt_acting", "follow_up", "closed"),
            (
                _f("person", TEXT, required=True),  # a pseudonym, never the real name
                _f("linked_to", CHOICE, "spt_visit", "npm_staff", "npm_visit", "other", required=True),
                _f("visit", TEXT),
                _f("measure", CHOICE, "intimidation", "threat", "sanction", "transfer", "violence",
                   "loss_of_privileges", "legal_action", "dismissal", "other"),
                _f("incident_date", DATE),
                _f("transmitted_on", DATE),  # to the SPT's Rapporteur on reprisals
                _f("spt_action", CHOICE, "none_yet", "letter_to_state", "raised_in_dialogue",
                   "public_statement", "sg_report", "other"),
                _f("spt_action_on", DATE),
                _f("follow_up", LONG_TEXT),
                _f("closed_on", DATE),
                _f("closure", LONG_TEXT),
            ),
            date_meaning="date of the allegation",
        ),
        KindSpec(
            "report",
            tuple(dict.fromkeys(s for statuses in REPORT_STATUSES.values() for s in statuses)),
            (
                _f("report_type", CHOICE, *REPORT_TYPES, required=True),
                _f("visit", TEXT),
                _f("confidential", BOOL),
                _f("transmitted_on", DATE),
                # How the NPM obtained it: art. 16(1) sends recommendations to the State, and to
                # the NPM only "if relevant".
                _f("obtained_via", CHOICE, "from_spt", "from_state", "public_only"),
                _f("reply_due", DATE),
                _f("reply_received_on", DATE),
                # The State requests publication of its report (art. 16(2)); the NPM decides for its own.
                _f("publication", CHOICE, "undecided", "requested_by_state", "to_publish", "kept_confidential"),
                _f("published_on", DATE),
                _f("published_url", URL),
            ),
            status_field="report_type",
            statuses_by=REPORT_STATUSES,
        ),
        KindSpec(
            "recommendation",
            IMPLEMENTATION,  # the status is the NPM's own assessment
            (
                _f("report", TEXT),
                _f("paragraph", TEXT),
                _f("addressee", CHOICE, "state", "npm", required=True),
                _f("responsible_authority", TEXT),
                _f("priority", CHOICE, "urgent", "short_term", "medium_term", "long_term"),
                _f("state_status", CHOICE, *IMPLEMENTATION),  # what the State reports
                _f("state_status_on", DATE),
                _f("state_status_source", CHOICE, *SOURCES),
                _f("evidence", LONG_TEXT),
                _f("evidence_date", DATE),  # the date of the NPM's assessment
                _f("assessment_source", CHOICE, *SOURCES),
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
                _f("implements_report", TEXT),  # the published report whose recommendations it implements
                _f("project_start", DATE),
                _f("project_end", DATE),
                _f("report_due", DATE),
                _f("mission_informed_on", DATE),  # the Permanent Mission in Geneva was informed
            ),
        ),
        KindSpec(
            "statement",
            ("draft", "issued"),
            (
                _f("statement_type", CHOICE, "npm_network", "spt_public_advice", "joint", "npm_own", "other",
                   required=True),
                _f("issued_by", TEXT),
                _f("signatories", TEXT_LIST),
                _f("url", URL),
            ),
            date_meaning="date issued",
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

SENSITIVITIES = ("public", "internal", "confidential", "strictly_confidential")  # lowest first
CONSENT = ("not_applicable", "pending", "given", "refused")
LINK_RELATIONS = ("reply_to", "thread", "visit", "report", "recommendation", "place", "about", "related")
