"""`--field NAME=VALUE` for `add` and `update`: each value read by its FieldSpec type (kinds.py).

    date         YYYY-MM-DD
    int, number  123, 1250.50
    bool         yes, no, true, false
    choice       one of the field's values
    lists        repeat --field NAME=VALUE to add an item, or give several separated by commas;
                 an id list holds ids of records in this vault

Every failure is one sentence naming the field and what it takes, and changes nothing (the
values are all read before anything is written). Kinds are read generically (`KINDS`,
`KindSpec.fields`, and `status_field` / `statuses_by` when the kind has them), so a field or
kind added to kinds.py works here without a change.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from npmdesk.display import quoted
from npmdesk.errors import NpmdeskError
from npmdesk.records import kinds
from npmdesk.records.content import LOCAL_TRUST_FIELDS
from npmdesk.records.kinds import FieldSpec, KindSpec
from npmdesk.records.model import impossible_date, is_date, is_uuid
from npmdesk.translation import translate

LIST_TYPES = (kinds.TEXT_LIST, kinds.ID_LIST, kinds.CHOICE_LIST)
MAX_SHOWN = 12  # a longer list of allowed values is cut short in a message
_INT = re.compile(r"[+-]?[0-9]{1,15}")
_NUMBER = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
BOOLS = {"yes": True, "true": True, "no": False, "false": False}
# Trust a user gives by their own step, never by a typed value (records/content.py's
# LOCAL_TRUST_FIELDS): a contact's keys are marked verified by 'npmdesk contact verify' (after
# comparing fingerprints), a device as the NPM's own by 'npmdesk contact own-device'.
TRUST_FIELDS = LOCAL_TRUST_FIELDS


def _quoted(text: str, columns: int = 60) -> str:
    """A user's word inside a message: one line between quotation marks, cut short."""
    return quoted(text, columns)


def _listing(values: Iterable[str]) -> str:
    items = list(values)
    shown = ", ".join(items[:MAX_SHOWN])
    more = len(items) - MAX_SHOWN
    return shown + (" " + translate("cli", "(and {count} more)").format(count=more) if more > 0 else "")


class UnknownKind(NpmdeskError):
    def __init__(self, kind: str) -> None:
        super().__init__(
            "There is no kind of record {kind}; the kinds are: {kinds} ('npmdesk kinds' shows their fields).",
            kind=_quoted(kind), kinds=", ".join(kinds.KINDS)
        )


class UnknownField(NpmdeskError):
    def __init__(self, spec: KindSpec, name: str) -> None:
        fields = ", ".join(f.name for f in spec.fields) or "none"
        super().__init__("A record of kind {kind} has no field {name}; its fields are: {fields}.",
                         kind=repr(spec.name), name=_quoted(name), fields=fields)


class TrustField(NpmdeskError):
    def __init__(self, name: str) -> None:
        if name == "keys_verified":
            super().__init__("The field {name} is not set with --field: it is set by 'npmdesk contact verify', "
                             "after comparing fingerprints.", name=repr(name))
        else:
            super().__init__("The field {name} is not set with --field: it is set by 'npmdesk contact own-device', "
                             "for a contact whose keys are verified.", name=repr(name))


class MalformedField(NpmdeskError):
    message = "Give each field as --field NAME=VALUE, for example --field year=2025."


class FieldGivenTwice(NpmdeskError):
    def __init__(self, name: str) -> None:
        super().__init__("The field {name} takes one value: give it once (with --field or --clear-field).",
                         name=repr(name))


class BadFieldValue(NpmdeskError):
    """A value its field's type does not accept; says what the field takes."""

    def __init__(self, fs: FieldSpec) -> None:
        super().__init__("The field {name} takes {allowed}.", name=repr(fs.name), allowed=allowed(fs))


class MissingField(NpmdeskError):
    def __init__(self, spec: KindSpec, fs: FieldSpec) -> None:
        super().__init__(
            "A record of kind {kind} needs the field {name}: add --field {field}=VALUE, where VALUE is {allowed}.",
            kind=repr(spec.name), name=repr(fs.name), field=fs.name, allowed=allowed(fs)
        )


class RequiredField(NpmdeskError):
    def __init__(self, spec: KindSpec, name: str) -> None:
        super().__init__("The field {name} is required for a record of kind {kind}, so it cannot be cleared.",
                         name=repr(name), kind=repr(spec.name))


class NotARecord(NpmdeskError):
    def __init__(self, name: str, record_id: str) -> None:
        super().__init__("The field {name} lists records of this vault, and there is no record {record_id} in it.",
                         name=repr(name), record_id=_quoted(record_id, 40))


class UnknownStatus(NpmdeskError):
    def __init__(self, spec: KindSpec, status: str, allowed_here: tuple[str, ...], field: str = "",
                 value: object = None) -> None:
        kind, shown, statuses = repr(spec.name), _quoted(status), ", ".join(allowed_here)
        if field:
            super().__init__("A record of kind {kind} whose {field} is {value} has no status {status}; its statuses "
                             "are: {statuses}.", field=field, value=value, kind=kind, status=shown, statuses=statuses)
            return
        super().__init__(
            "A record of kind {kind} has no status {status}; its statuses are: {statuses}.",
            kind=kind, status=shown, statuses=statuses
        )


def allowed(fs: FieldSpec) -> str:
    """What a field takes, in words ("a date written YYYY-MM-DD", "one of: a, b"), in the
    command line's language (it fills the sentence of BadFieldValue and MissingField)."""
    return {
        kinds.DATE: translate("cli", "a date written YYYY-MM-DD, for example 2026-11-29"),
        kinds.INT: translate("cli", "a whole number, for example 2025"),
        kinds.NUMBER: translate("cli", "a number, for example 1250.50"),
        kinds.BOOL: translate("cli", "yes or no"),
        kinds.CHOICE: translate("cli", "one of: {values}").format(values=_listing(fs.choices)),
        kinds.CHOICE_LIST: translate("cli", "values among: {values} (repeat --field or separate them with "
                                     "commas)").format(values=_listing(fs.choices)),
        kinds.ID_LIST: translate("cli", "ids of records in this vault (repeat --field or separate them with commas)"),
        kinds.TEXT_LIST: translate("cli", "text items (repeat --field or separate them with commas)"),
    }.get(fs.type, translate("cli", "text that is not empty"))


def field_spec(spec: KindSpec, name: str) -> FieldSpec:
    """The field `name` of the kind, if a typed value may set it."""
    fs = spec.field(name)
    if fs is None:
        raise UnknownField(spec, name)
    if name in TRUST_FIELDS:
        raise TrustField(name)
    return fs


def split_pair(pair: str) -> tuple[str, str]:
    name, sep, value = pair.partition("=")
    if not sep or not name.strip():
        raise MalformedField()
    return name.strip(), value


def parse_value(fs: FieldSpec, text: str) -> Any:
    """One --field value as its type wants it; a list field gives a list of its items."""
    value = text.strip()
    if fs.type in LIST_TYPES:
        items = [item.strip() for item in value.split(",") if item.strip()]
        if not items:
            raise BadFieldValue(fs)
        for item in items:
            if fs.type == kinds.CHOICE_LIST and item not in fs.choices:
                raise BadFieldValue(fs)
            if fs.type == kinds.ID_LIST and not is_uuid(item.lower()):
                raise NotARecord(fs.name, item)
        return [item.lower() for item in items] if fs.type == kinds.ID_LIST else items
    if not value:
        raise BadFieldValue(fs)
    if fs.type == kinds.DATE:
        if not is_date(value):
            raise impossible_date(fs.name, value) or BadFieldValue(fs)
        return value
    if fs.type == kinds.INT:
        if not _INT.fullmatch(value):
            raise BadFieldValue(fs)
        return int(value)
    if fs.type == kinds.NUMBER:
        number = float(value) if _NUMBER.fullmatch(value) else math.nan
        if not math.isfinite(number):
            raise BadFieldValue(fs)
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if fs.type == kinds.BOOL:
        if value.lower() not in BOOLS:
            raise BadFieldValue(fs)
        return BOOLS[value.lower()]
    if fs.type == kinds.CHOICE and value not in fs.choices:
        raise BadFieldValue(fs)
    return text if fs.type == kinds.LONG_TEXT else value


def read_fields(spec: KindSpec, pairs: Iterable[str]) -> dict[str, Any]:
    """The --field NAME=VALUE pairs as typed values; list items accumulate in order."""
    values: dict[str, Any] = {}
    for pair in pairs:
        name, text = split_pair(pair)
        fs = field_spec(spec, name)
        value = parse_value(fs, text)
        if fs.type in LIST_TYPES:
            values[name] = _unique(fs, [*values.get(name, []), *value])
        elif name in values:
            raise FieldGivenTwice(name)
        else:
            values[name] = value
    return values


def _unique(fs: FieldSpec, items: list[str]) -> list[str]:
    return list(dict.fromkeys(items)) if fs.type != kinds.TEXT_LIST else items


def cleared(spec: KindSpec, names: Iterable[str], given: dict[str, Any]) -> list[str]:
    """The --clear-field names, each a field of the kind that is neither required nor also given."""
    out = []
    for name in names:
        fs = field_spec(spec, name.strip())
        if fs.required:
            raise RequiredField(spec, fs.name)
        if fs.name in given:
            raise FieldGivenTwice(fs.name)
        out.append(fs.name)
    return out


def require_complete(spec: KindSpec, values: dict[str, Any]) -> None:
    """MissingField for the first required field without a value."""
    for fs in spec.fields:
        if fs.required and values.get(fs.name) in (None, "", []):
            raise MissingField(spec, fs)


def statuses_for(spec: KindSpec, values: dict[str, Any]) -> tuple[str, ...]:
    """The statuses a record with these field values may have (KindSpec.statuses_for)."""
    return spec.statuses_for(values)


def check_status(spec: KindSpec, status: str, values: dict[str, Any]) -> None:
    allowed_here = statuses_for(spec, values)
    if status not in allowed_here:
        status_field: str | None = getattr(spec, "status_field", None)
        if allowed_here != tuple(spec.statuses) and status_field:
            raise UnknownStatus(spec, status, allowed_here, status_field, values[status_field])
        raise UnknownStatus(spec, status, allowed_here)
