"""The record envelope every kind shares, and its validation.

A record is identified by a UUID that never changes (not even across devices: packages merge
by it). `fields` holds the kind-specific values declared in kinds.py; `validate()` checks the
envelope and those fields and raises InvalidRecord naming the field, so a form can show the
message next to it.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass, field
from typing import Any

from npmdesk.errors import NpmdeskError
from npmdesk.records import kinds

MAX_TITLE = 1_000
MAX_BODY = 5_000_000
MAX_TAGS = 100
MAX_TAG = 100


class InvalidRecord(NpmdeskError):
    """A value the user entered is not acceptable; `field` says which one."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


class RecordNotFound(NpmdeskError):
    def __init__(self, record_id: str) -> None:
        super().__init__(f"There is no record {record_id} in this vault.")


class EditConflict(NpmdeskError):
    message = (
        "This record was changed elsewhere since you opened it. "
        "Reopen it to see the latest version (yours is kept in its history)."
    )


@dataclass(frozen=True)
class Link:
    """A typed link from one record to another, by the other's UUID."""

    to: str
    relation: str = "related"


@dataclass
class Record:
    kind: str
    title: str
    body: str = ""
    date: str | None = None
    status: str | None = None
    counterpart: str | None = None
    country: str | None = None
    due_date: str | None = None
    sensitivity: str = "internal"
    personal_data: bool = False
    consent: str = "not_applicable"
    tags: list[str] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    pseudonyms: dict[str, str] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    version: int = 0
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    @property
    def spec(self) -> kinds.KindSpec:
        return kinds.KINDS[self.kind]

    def to_json(self) -> dict[str, Any]:
        """A plain-JSON form (history snapshots, exchange packages)."""
        return {
            "id": self.id, "kind": self.kind, "title": self.title, "body": self.body,
            "date": self.date, "status": self.status, "counterpart": self.counterpart,
            "country": self.country, "due_date": self.due_date, "sensitivity": self.sensitivity,
            "personal_data": self.personal_data, "consent": self.consent,
            "tags": list(self.tags), "articles": list(self.articles),
            "links": [{"to": link.to, "relation": link.relation} for link in self.links],
            "pseudonyms": dict(self.pseudonyms), "fields": dict(self.fields),
            "version": self.version, "created_at": self.created_at, "created_by": self.created_by,
            "updated_at": self.updated_at, "updated_by": self.updated_by, "deleted_at": self.deleted_at,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Record:
        data = dict(doc)
        data["links"] = [Link(str(item["to"]), str(item["relation"])) for item in data.get("links", [])]
        return cls(**data)


def new_id() -> str:
    return str(uuid.uuid4())


def is_uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


def is_date(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _text(name: str, value: object, limit: int, *, required: bool = False) -> None:
    if not isinstance(value, str):
        raise InvalidRecord(name, f"{name.replace('_', ' ').capitalize()} must be text.")
    if required and not value.strip():
        raise InvalidRecord(name, f"{name.replace('_', ' ').capitalize()} is required.")
    if len(value) > limit:
        raise InvalidRecord(name, f"{name.replace('_', ' ').capitalize()} is too long.")
    if "\x00" in value:
        raise InvalidRecord(name, f"{name.replace('_', ' ').capitalize()} contains a NUL character.")


def _optional_date(name: str, value: object) -> None:
    if value is not None and not is_date(value):
        raise InvalidRecord(name, "Dates are written YYYY-MM-DD, for example 2026-11-29.")


def validate(record: Record) -> None:
    """Raise InvalidRecord for the first unacceptable value."""
    if record.kind not in kinds.KINDS:
        raise InvalidRecord("kind", f"Unknown kind of record: {record.kind!r}.")
    spec = record.spec
    _text("title", record.title, MAX_TITLE, required=True)
    _text("body", record.body, MAX_BODY)
    _optional_date("date", record.date)
    _optional_date("due_date", record.due_date)
    if record.status is not None and record.status not in spec.statuses:
        raise InvalidRecord("status", f"Status must be one of: {', '.join(spec.statuses)}.")
    if record.counterpart is not None and not is_uuid(record.counterpart):
        raise InvalidRecord("counterpart", "The counterpart must be a contact in this vault.")
    if record.country is not None and not (
        isinstance(record.country, str) and len(record.country) == 2 and record.country.isascii()
        and record.country.isalpha() and record.country.isupper()
    ):
        raise InvalidRecord("country", "Countries are two-letter codes such as FR or MX.")
    if record.sensitivity not in kinds.SENSITIVITIES:
        raise InvalidRecord("sensitivity", f"Sensitivity must be one of: {', '.join(kinds.SENSITIVITIES)}.")
    if not isinstance(record.personal_data, bool):
        raise InvalidRecord("personal_data", "Personal data is yes or no.")
    if record.consent not in kinds.CONSENT:
        raise InvalidRecord("consent", f"Consent must be one of: {', '.join(kinds.CONSENT)}.")
    _validate_lists(record)
    _validate_fields(spec, record.fields)


def _validate_lists(record: Record) -> None:
    if len(record.tags) > MAX_TAGS:
        raise InvalidRecord("tags", "Too many tags.")
    for tag in record.tags:
        _text("tags", tag, MAX_TAG, required=True)
    for article in record.articles:
        if not isinstance(article, int) or isinstance(article, bool) or not 1 <= article <= 37:
            raise InvalidRecord("articles", "OPCAT articles are numbered 1 to 37.")
    for link in record.links:
        if not is_uuid(link.to) or link.relation not in kinds.LINK_RELATIONS:
            raise InvalidRecord("links", "A link must name another record and a known relation.")
    for real, alias in record.pseudonyms.items():
        _text("pseudonyms", real, MAX_TAG, required=True)
        _text("pseudonyms", alias, MAX_TAG, required=True)


def _validate_fields(spec: kinds.KindSpec, values: dict[str, Any]) -> None:
    for name in values:
        if spec.field(name) is None:
            raise InvalidRecord(name, f"A {spec.name.replace('_', ' ')} has no field {name!r}.")
    for fs in spec.fields:
        value = values.get(fs.name)
        if value is None:
            if fs.required:
                raise InvalidRecord(fs.name, f"{fs.name.replace('_', ' ').capitalize()} is required.")
            continue
        _validate_value(fs, value)


def _validate_value(fs: kinds.FieldSpec, value: Any) -> None:
    label = fs.name.replace("_", " ").capitalize()
    if fs.type in (kinds.TEXT, kinds.LONG_TEXT, kinds.URL):
        _text(fs.name, value, fs.max_length, required=fs.required)
    elif fs.type == kinds.DATE:
        _optional_date(fs.name, value)
    elif fs.type == kinds.CHOICE:
        if value not in fs.choices:
            raise InvalidRecord(fs.name, f"{label} must be one of: {', '.join(fs.choices)}.")
    elif fs.type == kinds.INT:
        if not isinstance(value, int) or isinstance(value, bool) or not -(10**12) < value < 10**12:
            raise InvalidRecord(fs.name, f"{label} must be a whole number.")
    elif fs.type == kinds.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise InvalidRecord(fs.name, f"{label} must be a number.")
    elif fs.type == kinds.BOOL:
        if not isinstance(value, bool):
            raise InvalidRecord(fs.name, f"{label} is yes or no.")
    elif fs.type in (kinds.TEXT_LIST, kinds.ID_LIST, kinds.CHOICE_LIST):
        if not isinstance(value, list) or len(value) > 1000:
            raise InvalidRecord(fs.name, f"{label} must be a list.")
        for item in value:
            _text(fs.name, item, 1000, required=True)
            if fs.type == kinds.ID_LIST and not is_uuid(item):
                raise InvalidRecord(fs.name, f"{label} must list records of this vault.")
            if fs.type == kinds.CHOICE_LIST and item not in fs.choices:
                raise InvalidRecord(fs.name, f"{label} must be among: {', '.join(fs.choices)}.")
