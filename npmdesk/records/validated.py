"""A record validated once, that the store can write without validating it again.

An import reads each record strictly and validates it (exchange/schema.py); the store then
writes it. `Validated(record)` is the only way to say "this record passed `model.validate`": it
runs `validate` itself, and seals what it checked (every value of the record, down to the items of
its lists and the values of its fields). The store's import path takes a `Validated` and
validates again only if the record it is about to write is not that very record, with those very
values, validated at least as strictly (`holds`): a record changed after validation (a value
replaced, an item added to a list) is validated again, and refused if it is now invalid.
"""

from __future__ import annotations

import operator
from typing import final

from npmdesk.records.model import Record, validate

Seal = tuple[tuple[int, ...], list[object]]


def _seal(record: Record) -> Seal:
    """Every value `validate` looks at, as the objects themselves (compared by identity, so that
    True cannot pass for 1, nor a list changed in place for itself), with the size of each list."""
    r, fields = record, record.fields
    lists = [value for value in fields.values() if type(value) is list]
    sizes = (len(r.tags), len(r.articles), len(r.links), len(r.consents), len(r.pseudonyms), len(fields),
             *map(len, lists))
    values: list[object] = [*vars(r).values(), *r.tags, *r.articles, *r.links, *r.consents, *r.pseudonyms,
                            *r.pseudonyms.values(), *fields, *fields.values()]
    for value in lists:
        values.extend(value)
    return sizes, values


@final
class Validated:
    """`record`, validated when this was made (InvalidRecord if it is not valid); `local` as
    for `validate` (a record as it travels, pseudonymised, is checked with local=False)."""

    __slots__ = ("_local", "_record", "_seal")

    def __init__(self, record: Record, *, local: bool = True) -> None:
        validate(record, local=local)
        self._record = record
        self._local = local or not record.consents  # without consents, `local` changes nothing validate checks
        self._seal = _seal(record)

    @property
    def record(self) -> Record:
        return self._record

    def holds(self, record: Record, *, local: bool = True) -> bool:
        """True if `record` is the record validated, with the very same values (nothing replaced,
        added or removed since), validated as strictly as `local` asks."""
        if record is not self._record or (local and not self._local):
            return False
        sizes, values = _seal(record)
        return (sizes == self._seal[0] and len(values) == len(self._seal[1])
                and all(map(operator.is_, values, self._seal[1])))


def ensure_valid(record: Record, checked: Validated | None, *, local: bool = True) -> None:
    """Validate `record` (InvalidRecord) unless `checked` holds it as it is now."""
    if checked is None or not checked.holds(record, local=local):
        validate(record, local=local)
