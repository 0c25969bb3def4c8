"""Consent per person and per purpose, and what it allows.

A record about people names each of them once in its `pseudonyms` (real name -> alias) and may
record, for each person, their consent to each purpose: the NPM's own use, transmission to the
SPT, publication, inclusion in the UN Secretary-General's reprisals report. Each consent says
whether it was given, refused, is still pending or was withdrawn, when, how (orally or in
writing) and by whom it was obtained; the person may be a child or lack capacity (someone else
then consents for them: the form says so).

`allows(record, purpose)` is the one rule every exit applies (exports, reports):
- REFUSED when any person refused or withdrew that purpose, or, for a record without per-person
  consent, when the record's own `consent` is "refused" and it holds personal data: no
  confirmation can override it;
- PENDING when a person's consent to it is not recorded or still pending (or, without
  per-person consent, the record holds personal data and its consent is not "given"): the user
  confirms, as before;
- GIVEN otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from npmdesk.records.model import Record

NPM_USE, SPT_TRANSMISSION, PUBLICATION, SG_REPRISALS_REPORT = (
    "npm_use", "spt_transmission", "publication", "sg_reprisals_report")
PURPOSES = (NPM_USE, SPT_TRANSMISSION, PUBLICATION, SG_REPRISALS_REPORT)
GIVEN, REFUSED, PENDING, WITHDRAWN = "given", "refused", "pending", "withdrawn"
STATES = (GIVEN, REFUSED, PENDING, WITHDRAWN)
HOW = ("oral", "written")
MAX_PEOPLE = 100
MAX_TEXT = 200


@dataclass(frozen=True)
class Consent:
    """One person's answer for one purpose."""

    purpose: str
    state: str = PENDING
    date: str | None = None  # when it was given, refused or asked
    how: str | None = None  # oral or written
    obtained_by: str = ""  # who asked (a member of the NPM's staff)
    withdrawn_on: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"purpose": self.purpose, "state": self.state, "date": self.date, "how": self.how,
                "obtained_by": self.obtained_by, "withdrawn_on": self.withdrawn_on}


@dataclass(frozen=True)
class PersonConsent:
    """The consents of one person named in the record (by the real name, as in `pseudonyms`)."""

    person: str
    consents: tuple[Consent, ...] = field(default_factory=tuple)
    child: bool = False
    lacks_capacity: bool = False

    def state(self, purpose: str) -> str:
        """given, refused, pending or withdrawn for `purpose` (pending if not recorded)."""
        for consent in self.consents:
            if consent.purpose == purpose:
                return WITHDRAWN if consent.withdrawn_on else consent.state
        return PENDING

    def to_json(self) -> dict[str, Any]:
        return {"person": self.person, "child": self.child, "lacks_capacity": self.lacks_capacity,
                "consents": [c.to_json() for c in self.consents]}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> PersonConsent:
        return cls(
            person=doc["person"], child=doc.get("child", False), lacks_capacity=doc.get("lacks_capacity", False),
            consents=tuple(Consent(**item) for item in doc.get("consents", [])),
        )


def people_json(people: list[PersonConsent]) -> list[dict[str, Any]]:
    return [person.to_json() for person in people]


def people_from_json(docs: list[dict[str, Any]]) -> list[PersonConsent]:
    return [PersonConsent.from_json(doc) for doc in docs]


def allows(record: Record, purpose: str) -> str:
    """GIVEN, PENDING or REFUSED: what the record's consents say about `purpose` (module docstring)."""
    if record.consents:
        states = [person.state(purpose) for person in record.consents]
        if any(state in (REFUSED, WITHDRAWN) for state in states):
            return REFUSED
        return PENDING if any(state == PENDING for state in states) else GIVEN
    if not record.personal_data:
        return GIVEN
    if record.consent == "refused":
        return REFUSED
    return GIVEN if record.consent == "given" else PENDING


def refusing(record: Record, purpose: str) -> list[str]:
    """The aliases (never the real names) of the people who refused or withdrew `purpose`."""
    return [record.pseudonyms.get(person.person, person.person) for person in record.consents
            if person.state(purpose) in (REFUSED, WITHDRAWN)]
