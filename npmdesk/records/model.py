"""The record envelope every kind shares, and its validation.

A record is identified by a UUID that never changes (not even across devices: packages merge
by it). `fields` holds the kind-specific values declared in kinds.py; `validate()` checks the
envelope and those fields and raises InvalidRecord naming the field, so a form can show the
message next to it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from npmdesk import display, phrase
from npmdesk.errors import NpmdeskError
from npmdesk.records import consent as consents_
from npmdesk.records import kinds
from npmdesk.records.consent import PersonConsent

MAX_TITLE = 1_000
MAX_BODY = 5_000_000
MAX_TAGS = 100
MAX_TAG = 100


class InvalidRecord(NpmdeskError):
    """A value the user entered is not acceptable; `field` says which one."""

    def __init__(self, field_name: str, message: str, /, **values: Any) -> None:
        super().__init__(message, **values)
        self.field = field_name


MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
_ISO_SHAPE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


@dataclass(frozen=True)
class MonthOfYear:
    """A month in an error's sentence: "February 2026" in English (`str`), and in another language
    through `localized` (npmdesk/translation.error_message asks for it)."""

    year: int
    month: int

    def __str__(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.year:04d}"

    def localized(self, language: str) -> str:
        from babel import UnknownLocaleError
        from babel.dates import format_skeleton

        try:
            return str(format_skeleton("yMMMM", dt.date(self.year, self.month, 1), locale=language))
        except (UnknownLocaleError, ValueError):
            return str(self)

    def kept_parts(self) -> tuple[str, dict[str, object]]:
        """Kept by its parts in a stored phrase (npmdesk/phrase.py)."""
        return "month", {"year": self.year, "month": self.month}


class FieldLabel:
    """A field's name in an error's sentence ("{field} is required."): in English (`str`) the
    identifier made readable ("Due date is required."), in another language the glossary's
    label for it (`npmdesk.glossary`, for the record's kind) through `localized`, which the
    command line (translation.error_message) and the window (gui/inline_error) ask for."""

    __slots__ = ("kind", "name")

    def __init__(self, name: str, kind: str | None = None) -> None:
        self.name = name
        self.kind = kind

    def __str__(self) -> str:
        return self.name.replace("_", " ").capitalize()

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"FieldLabel({self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldLabel) and (other.name, other.kind) == (self.name, self.kind)

    def __hash__(self) -> int:
        return hash(self.name)

    def localized(self, language: str) -> str:
        from npmdesk.glossary import ENGLISH, glossary, language_code

        if language_code(language) == ENGLISH:
            return str(self)
        return glossary(language).field(self.name, self.kind)

    def kept_parts(self) -> tuple[str, dict[str, object]]:
        """Kept by its parts in a stored phrase (a refused team file's reason, npmdesk/phrase.py),
        so a stored sentence names the field in the language of the day."""
        return "field", {"name": self.name, "kind": self.kind}


class KindName:
    """A kind of record in an error's sentence: "annual report" in English (`str`), the
    glossary's name for it in another language through `localized`."""

    __slots__ = ("kind",)

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __str__(self) -> str:
        return self.kind.replace("_", " ")

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KindName) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(self.kind)

    def localized(self, language: str) -> str:
        from npmdesk.glossary import ENGLISH, glossary, language_code

        return str(self) if language_code(language) == ENGLISH else glossary(language).kind(self.kind)

    def kept_parts(self) -> tuple[str, dict[str, object]]:
        """Kept by its parts in a stored phrase (npmdesk/phrase.py)."""
        return "kind", {"kind": self.kind}


def _stored_text(parts: dict[str, object], name: str) -> str:
    value = parts[name]
    if not isinstance(value, str):
        raise TypeError(f"{name} is not text")
    return value


def _month(parts: dict[str, object]) -> MonthOfYear:
    year, month = parts["year"], parts["month"]
    if not isinstance(year, int) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError("not a month")
    return MonthOfYear(year, month)


phrase.keeps("field", lambda parts: FieldLabel(_stored_text(parts, "name"),
                                               None if parts.get("kind") is None else _stored_text(parts, "kind")))
phrase.keeps("kind", lambda parts: KindName(_stored_text(parts, "kind")))
phrase.keeps("month", _month)


def _choices(allowed: Sequence[str]) -> str:
    """The identifiers a value may take, as typed on the command line (never translated)."""
    return ", ".join(allowed)


class ImpossibleDate(InvalidRecord):
    """A date written YYYY-MM-DD that is not in the calendar (2026-02-30, 2026-13-01): the message
    says why. `date` is that text (digits and hyphens only); `month_days` the days of its month,
    None when the month itself does not exist."""

    def __init__(self, field_name: str, date: str, year: int, month: int) -> None:
        self.date = date
        self.month_days: int | None = None
        if 1 <= month <= 12:
            import calendar  # here: only an impossible date needs it

            self.month_days = calendar.monthrange(year, month)[1]
            super().__init__(field_name, "{date} is not a real date: {month} has {days} days.", date=date,
                             month=MonthOfYear(year, month), days=self.month_days)
        else:
            super().__init__(field_name, "{date} is not a real date: months are numbered 01 to 12.", date=date)


class RecordNotFound(NpmdeskError):
    def __init__(self, record_id: str) -> None:
        super().__init__("There is no record {record_id} in this vault.", record_id=record_id)


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
    # OPCAT article references as text: "11", "11(1)(b)(ii)", "19(b)" (whole numbers are accepted
    # and kept as their text).
    articles: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    pseudonyms: dict[str, str] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    consents: list[PersonConsent] = field(default_factory=list)
    review_date: str | None = None  # when the record is due for review (retention)
    id: str = ""
    version: int = 0
    created_at: str = ""
    created_by: str = ""
    updated_at: str = ""
    updated_by: str = ""
    deleted_at: str | None = None

    def __post_init__(self) -> None:
        self.articles = [str(a) if isinstance(a, int) and not isinstance(a, bool) else a for a in self.articles]

    @property
    def spec(self) -> kinds.KindSpec:
        return kinds.KINDS[self.kind]

    def to_json(self) -> dict[str, Any]:
        """A plain-JSON form (history snapshots, exchange packages).

        Whole-article references are written as numbers (as before references could name
        sub-paragraphs), and `consents` and `review_date` only when set, so that a record that
        uses neither has the same form, and content hash, as it had before they existed."""
        doc = self._json()
        if self.consents:
            doc["consents"] = consents_.people_json(self.consents)
        if self.review_date is not None:
            doc["review_date"] = self.review_date
        return doc

    def _json(self) -> dict[str, Any]:
        return {
            "id": self.id, "kind": self.kind, "title": self.title, "body": self.body,
            "date": self.date, "status": self.status, "counterpart": self.counterpart,
            "country": self.country, "due_date": self.due_date, "sensitivity": self.sensitivity,
            "personal_data": self.personal_data, "consent": self.consent,
            "tags": list(self.tags), "articles": [article_json(a) for a in self.articles],
            "links": [{"to": link.to, "relation": link.relation} for link in self.links],
            "pseudonyms": dict(self.pseudonyms), "fields": dict(self.fields),
            "version": self.version, "created_at": self.created_at, "created_by": self.created_by,
            "updated_at": self.updated_at, "updated_by": self.updated_by, "deleted_at": self.deleted_at,
        }

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Record:
        data = dict(doc)
        data["links"] = [Link(str(item["to"]), str(item["relation"])) for item in data.get("links", [])]
        data["consents"] = consents_.people_from_json(data.get("consents", []))
        return cls(**data)


_ARTICLE_REF = re.compile(
    r"([1-9][0-9]?)((?:\([0-9]{1,2}\))?(?:\([a-z]\))?(?:\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))?)")


def article_number(ref: str) -> int:
    """The article a reference is in: 11 for "11(1)(b)(ii)"."""
    match = _ARTICLE_REF.fullmatch(ref)
    if match is None:
        raise ValueError(ref)
    return int(match.group(1))


def article_json(ref: str) -> int | str:
    """A whole article as its number, a sub-paragraph as its text (the package and history form)."""
    return int(ref) if ref.isdigit() else ref


def article_sort_key(ref: str) -> tuple[int, str]:
    try:
        return (article_number(ref), ref)
    except ValueError:
        return (99, ref)


def is_article_ref(value: object) -> bool:
    """True for "11", "11(1)", "11(1)(b)", "11(1)(b)(ii)", "19(b)", "20(f)" of articles 1 to 37."""
    if not isinstance(value, str) or len(value) > 20:
        return False
    match = _ARTICLE_REF.fullmatch(value)
    return match is not None and 1 <= int(match.group(1)) <= 37


def new_id() -> str:
    import uuid  # here: uuid imports platform (~2 ms), and commands that only read or export records make no id

    return str(uuid.uuid4())


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_uuid(value: object) -> bool:
    """True for a UUID in its canonical form (lower-case, hyphenated), as `str(uuid.UUID(...))` writes it."""
    return isinstance(value, str) and _CANONICAL_UUID.fullmatch(value) is not None


def is_date(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _text(name: str, value: object, limit: int, *, required: bool = False, kind: str | None = None) -> None:
    if not isinstance(value, str):
        raise InvalidRecord(name, "{field} must be text.", field=FieldLabel(name, kind))
    if required and not value.strip():
        raise InvalidRecord(name, "{field} is required.", field=FieldLabel(name, kind))
    if len(value) > limit:
        raise InvalidRecord(name, "{field} is too long.", field=FieldLabel(name, kind))
    if "\x00" in value:
        raise InvalidRecord(name, "{field} contains a NUL character.", field=FieldLabel(name, kind))


def impossible_date(name: str, value: object) -> ImpossibleDate | None:
    """The error for a value written YYYY-MM-DD that is not in the calendar (None otherwise)."""
    shape = _ISO_SHAPE.fullmatch(value) if isinstance(value, str) and not is_date(value) else None
    if shape is None or int(shape[1]) < 1:
        return None
    return ImpossibleDate(name, shape[0], int(shape[1]), int(shape[2]))


def _optional_date(name: str, value: object) -> None:
    if value is not None and not is_date(value):
        impossible = impossible_date(name, value)
        if impossible is not None:
            raise impossible
        raise InvalidRecord(name, "Dates are written YYYY-MM-DD, for example 2026-11-29.")


def validate(record: Record, *, local: bool = True) -> None:
    """Raise InvalidRecord for the first unacceptable value.

    `local=False` for a record as it travels (pseudonymised): its consents then name people by
    their aliases, and it carries no pseudonym table to check them against."""
    if record.kind not in kinds.KINDS:
        raise InvalidRecord("kind", "Unknown kind of record: {kind}.", kind=repr(record.kind))
    spec = record.spec
    _text("title", record.title, MAX_TITLE, required=True, kind=record.kind)
    _text("body", record.body, MAX_BODY, kind=record.kind)
    _optional_date("date", record.date)
    _optional_date("due_date", record.due_date)
    if record.status is not None and record.status not in spec.statuses:
        raise InvalidRecord("status", "Status must be one of: {choices}.", choices=_choices(spec.statuses))
    if record.counterpart is not None and not is_uuid(record.counterpart):
        raise InvalidRecord("counterpart", "The counterpart must be a contact in this vault.")
    if record.country is not None and not (
        isinstance(record.country, str) and len(record.country) == 2 and record.country.isascii()
        and record.country.isalpha() and record.country.isupper()
    ):
        raise InvalidRecord("country", "Countries are two-letter codes such as FR or MX.")
    if record.sensitivity not in kinds.SENSITIVITIES:
        raise InvalidRecord("sensitivity", "Sensitivity must be one of: {choices}.",
                            choices=_choices(kinds.SENSITIVITIES))
    if not isinstance(record.personal_data, bool):
        raise InvalidRecord("personal_data", "Personal data is yes or no.")
    if record.consent not in kinds.CONSENT:
        raise InvalidRecord("consent", "Consent must be one of: {choices}.", choices=_choices(kinds.CONSENT))
    _optional_date("review_date", record.review_date)
    if record.status is not None and record.status not in spec.statuses_for(record.fields):
        raise InvalidRecord("status", "Status must be one of: {choices}.",
                            choices=_choices(spec.statuses_for(record.fields)))
    _validate_lists(record)
    _validate_consents(record, local)
    _validate_fields(spec, record.fields)


def _validate_lists(record: Record) -> None:
    if len(record.tags) > MAX_TAGS:
        raise InvalidRecord("tags", "Too many tags.")
    for tag in record.tags:
        _text("tags", tag, MAX_TAG, required=True)
    for article in record.articles:
        if not is_article_ref(article):
            raise InvalidRecord(
                "articles", "OPCAT articles are numbered 1 to 37, with sub-paragraphs such as 11(1)(b)(ii) or 19(b).")
    for link in record.links:
        if not is_uuid(link.to) or link.relation not in kinds.LINK_RELATIONS:
            raise InvalidRecord("links", "A link must name another record and a known relation.")
    for real, alias in record.pseudonyms.items():
        _text("pseudonyms", real, MAX_TAG, required=True)
        _text("pseudonyms", alias, MAX_TAG, required=True)


def _validate_consents(record: Record, local: bool) -> None:
    if len(record.consents) > consents_.MAX_PEOPLE:
        raise InvalidRecord("consents", "Too many people in one record.")
    seen: set[str] = set()
    for person in record.consents:
        if not isinstance(person, PersonConsent):
            raise InvalidRecord("consents", "Consent is recorded per person.")
        _text("consents", person.person, MAX_TAG, required=True)
        if local and person.person not in record.pseudonyms:
            raise InvalidRecord("consents", "Give each person a pseudonym before recording their consent.")
        if person.person in seen:
            raise InvalidRecord("consents", "Each person's consent is recorded once.")
        seen.add(person.person)
        if not isinstance(person.child, bool) or not isinstance(person.lacks_capacity, bool):
            raise InvalidRecord("consents", "Child and capacity are yes or no.")
        purposes = [c.purpose for c in person.consents]
        if len(set(purposes)) != len(purposes):
            raise InvalidRecord("consents", "Each purpose is recorded once per person.")
        for item in person.consents:
            if item.purpose not in consents_.PURPOSES or item.state not in consents_.STATES:
                raise InvalidRecord("consents", "Consent names a known purpose and state.")
            if item.how is not None and item.how not in consents_.HOW:
                raise InvalidRecord("consents", "Consent is obtained orally or in writing.")
            _text("consents", item.obtained_by, consents_.MAX_TEXT)
            _optional_date("consents", item.date)
            _optional_date("consents", item.withdrawn_on)


# id(spec) -> (spec, its fields' names): validate runs for every record an import reads.
_FIELD_NAMES: dict[int, tuple[kinds.KindSpec, frozenset[str]]] = {}


def _field_names(spec: kinds.KindSpec) -> frozenset[str]:
    known = _FIELD_NAMES.get(id(spec))
    if known is None or known[0] is not spec:
        known = _FIELD_NAMES[id(spec)] = (spec, frozenset(fs.name for fs in spec.fields))
    return known[1]


def _validate_fields(spec: kinds.KindSpec, values: dict[str, Any]) -> None:
    names = _field_names(spec)
    for name in values:
        if name not in names:
            raise InvalidRecord(name, "A record of kind “{kind}” has no field {name}.", kind=KindName(spec.name),
                                name=display.quoted(name, 60))
    for fs in spec.fields:
        value = values.get(fs.name)
        if value is None:
            if fs.required:
                raise InvalidRecord(fs.name, "{field} is required.", field=FieldLabel(fs.name, spec.name))
            continue
        _validate_value(fs, value, spec.name)


def _validate_value(fs: kinds.FieldSpec, value: Any, kind: str) -> None:
    if fs.type in (kinds.TEXT, kinds.LONG_TEXT, kinds.URL):
        _text(fs.name, value, fs.max_length, required=fs.required, kind=kind)
    elif fs.type == kinds.DATE:
        _optional_date(fs.name, value)
    elif fs.type == kinds.CHOICE:
        if value not in fs.choices:
            raise InvalidRecord(fs.name, "{field} must be one of: {choices}.", field=FieldLabel(fs.name, kind),
                                choices=_choices(fs.choices))
    elif fs.type == kinds.INT:
        if not isinstance(value, int) or isinstance(value, bool) or not -(10**12) < value < 10**12:
            raise InvalidRecord(fs.name, "{field} must be a whole number.", field=FieldLabel(fs.name, kind))
    elif fs.type == kinds.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise InvalidRecord(fs.name, "{field} must be a number.", field=FieldLabel(fs.name, kind))
    elif fs.type == kinds.BOOL:
        if not isinstance(value, bool):
            raise InvalidRecord(fs.name, "{field} is yes or no.", field=FieldLabel(fs.name, kind))
    elif fs.type in (kinds.TEXT_LIST, kinds.ID_LIST, kinds.CHOICE_LIST):
        if not isinstance(value, list) or len(value) > 1000:
            raise InvalidRecord(fs.name, "{field} must be a list.", field=FieldLabel(fs.name, kind))
        for item in value:
            _text(fs.name, item, 1000, required=True, kind=kind)
            if fs.type == kinds.ID_LIST and not is_uuid(item):
                raise InvalidRecord(fs.name, "{field} must list records of this vault.",
                                    field=FieldLabel(fs.name, kind))
            if fs.type == kinds.CHOICE_LIST and item not in fs.choices:
                raise InvalidRecord(fs.name, "{field} must be among: {choices}.", field=FieldLabel(fs.name, kind),
                                    choices=_choices(fs.choices))
