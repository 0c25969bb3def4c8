"""Display names of the kind-specific fields (kinds.py) and of their choices, translatable.

See labels.py: the same QT_TRANSLATE_NOOP marking and "RecordLabels" context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from npmdesk.gui.records.labels import translated

FIELD_LABELS = {
    "role": QT_TRANSLATE_NOOP("RecordLabels", "Role"),
    "regional_team": QT_TRANSLATE_NOOP("RecordLabels", "SPT regional team"),
    "countries": QT_TRANSLATE_NOOP("RecordLabels", "Countries"),
    "organisation": QT_TRANSLATE_NOOP("RecordLabels", "Organisation"),
    "email": QT_TRANSLATE_NOOP("RecordLabels", "Email"),
    "phone": QT_TRANSLATE_NOOP("RecordLabels", "Phone"),
    "term_start": QT_TRANSLATE_NOOP("RecordLabels", "Term start"),
    "term_end": QT_TRANSLATE_NOOP("RecordLabels", "Term end"),
    "age_recipient": QT_TRANSLATE_NOOP("RecordLabels", "age recipient"),
    "signing_key": QT_TRANSLATE_NOOP("RecordLabels", "Signing key"),
    "keys_verified": QT_TRANSLATE_NOOP("RecordLabels", "Keys verified"),
    "direction": QT_TRANSLATE_NOOP("RecordLabels", "Direction"),
    "channel": QT_TRANSLATE_NOOP("RecordLabels", "Channel"),
    "participants": QT_TRANSLATE_NOOP("RecordLabels", "Participants"),
    "reply_by": QT_TRANSLATE_NOOP("RecordLabels", "Reply by"),
    "thread": QT_TRANSLATE_NOOP("RecordLabels", "Thread"),
    "in_reply_to": QT_TRANSLATE_NOOP("RecordLabels", "In reply to"),
    "outcome": QT_TRANSLATE_NOOP("RecordLabels", "Outcome"),
    "visit_step": QT_TRANSLATE_NOOP("RecordLabels", "Step of the visit"),
    "year": QT_TRANSLATE_NOOP("RecordLabels", "Year"),
    "date_sent": QT_TRANSLATE_NOOP("RecordLabels", "Date sent"),
    "acknowledged_on": QT_TRANSLATE_NOOP("RecordLabels", "Acknowledged on"),
    "published_url": QT_TRANSLATE_NOOP("RecordLabels", "Published at"),
    "question": QT_TRANSLATE_NOOP("RecordLabels", "Question"),
    "answer": QT_TRANSLATE_NOOP("RecordLabels", "Answer"),
    "answered_on": QT_TRANSLATE_NOOP("RecordLabels", "Answered on"),
    "update_type": QT_TRANSLATE_NOOP("RecordLabels", "Type of update"),
    "issue": QT_TRANSLATE_NOOP("RecordLabels", "Issue"),
    "start_date": QT_TRANSLATE_NOOP("RecordLabels", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("RecordLabels", "End date"),
    "announced_on": QT_TRANSLATE_NOOP("RecordLabels", "Announced on"),
    "checklist_done": QT_TRANSLATE_NOOP("RecordLabels", "Checklist done"),
    "places": QT_TRANSLATE_NOOP("RecordLabels", "Places"),
    "themes": QT_TRANSLATE_NOOP("RecordLabels", "Themes"),
    "visit": QT_TRANSLATE_NOOP("RecordLabels", "Visit"),
    "place": QT_TRANSLATE_NOOP("RecordLabels", "Place"),
    "people_met": QT_TRANSLATE_NOOP("RecordLabels", "People met"),
    "report_type": QT_TRANSLATE_NOOP("RecordLabels", "Type of report"),
    "confidential": QT_TRANSLATE_NOOP("RecordLabels", "Confidential"),
    "published_on": QT_TRANSLATE_NOOP("RecordLabels", "Published on"),
    "report": QT_TRANSLATE_NOOP("RecordLabels", "Report"),
    "paragraph": QT_TRANSLATE_NOOP("RecordLabels", "Paragraph"),
    "addressee": QT_TRANSLATE_NOOP("RecordLabels", "Addressee"),
    "evidence": QT_TRANSLATE_NOOP("RecordLabels", "Evidence"),
    "evidence_date": QT_TRANSLATE_NOOP("RecordLabels", "Date of evidence"),
    "call_year": QT_TRANSLATE_NOOP("RecordLabels", "Call year"),
    "purpose": QT_TRANSLATE_NOOP("RecordLabels", "Purpose"),
    "amount": QT_TRANSLATE_NOOP("RecordLabels", "Amount"),
    "currency": QT_TRANSLATE_NOOP("RecordLabels", "Currency"),
    "recommendations": QT_TRANSLATE_NOOP("RecordLabels", "Recommendations"),
    "place_type": QT_TRANSLATE_NOOP("RecordLabels", "Type of place"),
    "region": QT_TRANSLATE_NOOP("RecordLabels", "Region"),
    "address": QT_TRANSLATE_NOOP("RecordLabels", "Address"),
    "about": QT_TRANSLATE_NOOP("RecordLabels", "About"),
    "repeat_yearly": QT_TRANSLATE_NOOP("RecordLabels", "Repeats every year"),
}

CHOICE_NAMES = {
    "regional_head": QT_TRANSLATE_NOOP("RecordLabels", "Regional head"),
    "country_rapporteur": QT_TRANSLATE_NOOP("RecordLabels", "Country rapporteur"),
    "member": QT_TRANSLATE_NOOP("RecordLabels", "Member"),
    "secretariat": QT_TRANSLATE_NOOP("RecordLabels", "Secretariat"),
    "npm_colleague": QT_TRANSLATE_NOOP("RecordLabels", "NPM colleague"),
    "other": QT_TRANSLATE_NOOP("RecordLabels", "Other"),
    "Africa": QT_TRANSLATE_NOOP("RecordLabels", "Africa"),
    "Americas": QT_TRANSLATE_NOOP("RecordLabels", "Americas"),
    "Asia-Pacific": QT_TRANSLATE_NOOP("RecordLabels", "Asia-Pacific"),
    "Europe": QT_TRANSLATE_NOOP("RecordLabels", "Europe"),
    "sent": QT_TRANSLATE_NOOP("RecordLabels", "Sent"),
    "received": QT_TRANSLATE_NOOP("RecordLabels", "Received"),
    "letter": QT_TRANSLATE_NOOP("RecordLabels", "Letter"),
    "email": QT_TRANSLATE_NOOP("RecordLabels", "Email"),
    "video_conference": QT_TRANSLATE_NOOP("RecordLabels", "Video conference"),
    "meeting_geneva": QT_TRANSLATE_NOOP("RecordLabels", "Meeting in Geneva"),
    "meeting_in_country": QT_TRANSLATE_NOOP("RecordLabels", "Meeting in the country"),
    "phone": QT_TRANSLATE_NOOP("RecordLabels", "Phone"),
    "workshop": QT_TRANSLATE_NOOP("RecordLabels", "Workshop"),
    "compliance": QT_TRANSLATE_NOOP("RecordLabels", "State compliance"),
    "thematic": QT_TRANSLATE_NOOP("RecordLabels", "Thematic"),
    "independence": QT_TRANSLATE_NOOP("RecordLabels", "Independence"),
    "budget": QT_TRANSLATE_NOOP("RecordLabels", "Budget"),
    "access": QT_TRANSLATE_NOOP("RecordLabels", "Access"),
    "reprisals": QT_TRANSLATE_NOOP("RecordLabels", "Reprisals"),
    "legislation": QT_TRANSLATE_NOOP("RecordLabels", "Legislation"),
    "conditions": QT_TRANSLATE_NOOP("RecordLabels", "Conditions"),
    "background_sent": QT_TRANSLATE_NOOP("RecordLabels", "Background information sent"),
    "national_actors_suggested": QT_TRANSLATE_NOOP("RecordLabels", "National actors suggested"),
    "joint_visits": QT_TRANSLATE_NOOP("RecordLabels", "Joint visits"),
    "final_discussion": QT_TRANSLATE_NOOP("RecordLabels", "Final discussion"),
    "private_meeting": QT_TRANSLATE_NOOP("RecordLabels", "Private meeting"),
    "reprisal_checks": QT_TRANSLATE_NOOP("RecordLabels", "Reprisal checks"),
    "report_published": QT_TRANSLATE_NOOP("RecordLabels", "Report published"),
    "tripartite_dialogue": QT_TRANSLATE_NOOP("RecordLabels", "Tripartite dialogue"),
    "visit_report_to_state": QT_TRANSLATE_NOOP("RecordLabels", "Visit report to the State"),
    "report_to_npm": QT_TRANSLATE_NOOP("RecordLabels", "Report to the NPM"),
    "npm_reply": QT_TRANSLATE_NOOP("RecordLabels", "NPM reply"),
    "state_reply": QT_TRANSLATE_NOOP("RecordLabels", "State reply"),
    "annual_report_spt": QT_TRANSLATE_NOOP("RecordLabels", "SPT annual report"),
    "guidance": QT_TRANSLATE_NOOP("RecordLabels", "Guidance"),
    "state": QT_TRANSLATE_NOOP("RecordLabels", "State"),
    "npm": QT_TRANSLATE_NOOP("RecordLabels", "NPM"),
    "implement_recommendations": QT_TRANSLATE_NOOP("RecordLabels", "Implementing recommendations"),
    "education": QT_TRANSLATE_NOOP("RecordLabels", "Education"),
    "prison": QT_TRANSLATE_NOOP("RecordLabels", "Prison"),
    "pre_trial_detention": QT_TRANSLATE_NOOP("RecordLabels", "Pre-trial detention"),
    "police_station": QT_TRANSLATE_NOOP("RecordLabels", "Police station"),
    "immigration_detention": QT_TRANSLATE_NOOP("RecordLabels", "Immigration detention"),
    "psychiatric_hospital": QT_TRANSLATE_NOOP("RecordLabels", "Psychiatric hospital"),
    "social_care_home": QT_TRANSLATE_NOOP("RecordLabels", "Social care home"),
    "juvenile_centre": QT_TRANSLATE_NOOP("RecordLabels", "Juvenile centre"),
    "military": QT_TRANSLATE_NOOP("RecordLabels", "Military"),
}

RELATION_NAMES = {
    "reply_to": QT_TRANSLATE_NOOP("RecordLabels", "Reply"),
    "thread": QT_TRANSLATE_NOOP("RecordLabels", "Same thread"),
    "visit": QT_TRANSLATE_NOOP("RecordLabels", "Visit"),
    "report": QT_TRANSLATE_NOOP("RecordLabels", "Report"),
    "recommendation": QT_TRANSLATE_NOOP("RecordLabels", "Recommendation"),
    "place": QT_TRANSLATE_NOOP("RecordLabels", "Place"),
    "about": QT_TRANSLATE_NOOP("RecordLabels", "About"),
    "related": QT_TRANSLATE_NOOP("RecordLabels", "Related"),
}


def field_label(name: str) -> str:
    return translated(FIELD_LABELS, name)


def choice_name(value: str | None) -> str:
    return translated(CHOICE_NAMES, value)


def relation_name(relation: str) -> str:
    return translated(RELATION_NAMES, relation)
