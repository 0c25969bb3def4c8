"""A piece of text the core hands to whoever shows it (a damaged package's detail, a check
problem, a team device's waiting reason, a mail note), kept as a template and its values so the
window and the command line can say it in the user's language.

`Phrase("{path} does not match its manifest", path=name)`: the template is English, holds no user
content (names, paths and numbers are values) and may count with `%n` and `count=`; `str()` is the
English text (logs, `--json`, tests). It is translated in the context "NpmdeskError", like the
errors' templates: `npmdesk.translation.error_message` (the command line) and
`gui/inline_error.filled` (the window) translate the template, then fill it, translating a value
that is itself a Phrase or an error. `scripts/fill_translations.py errors` collects the literal
first argument of every `Phrase(…)` call (and of the errors that take a detail), so marking is
writing the call. A name and what happened to it are joined by `about` (one template, so each
language has its punctuation and order); a stored phrase (`as_json`) keeps the values that have
a `kept_parts()` method by their parts (`keeps`), so it is said in the language it is read in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from npmdesk.exchange.age.errors import UserFacingError, fill
from npmdesk.numerals import number


class Phrase:
    """A template with named values (and an optional count), translated where it is shown."""

    __slots__ = ("count", "template", "values")

    def __init__(self, template: str, /, *, count: int | None = None, **values: object) -> None:
        self.template = template
        self.values: dict[str, object] = values
        self.count = count

    def __str__(self) -> str:
        return fill(self.template, self.values, self.count) if self.values or self.count is not None \
            else self.template

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.template, self.values, self.count) == (
            other.template, other.values, other.count)

    def __hash__(self) -> int:
        return hash((self.template, self.count))

    @classmethod
    def with_values(cls, template: str, values: Mapping[str, object], count: int | None = None) -> Phrase:
        """A phrase whose values come as a mapping (a caller's `**values`, passed on)."""
        phrase = cls(template, count=count)
        phrase.values = dict(values)
        return phrase

    @classmethod
    def of(cls, error: UserFacingError) -> Phrase:
        """An error's sentence as a phrase (to keep, or to show inside another sentence)."""
        return cls(error.template, count=error.count, **error.values)

    def as_json(self) -> dict[str, object]:
        """The phrase to store (a refused team file's reason): its template, its values and its
        count. A value that is a phrase or an error is nested the same way; one of a kept kind
        (`keeps`: a field's label, a kind's name, a number) is stored by its parts, so it is
        said in the language of the day when read back; any other as its English text."""
        return {"template": self.template, "count": self.count,
                "values": {name: _stored(value) for name, value in self.values.items()}}

    @classmethod
    def from_json(cls, stored: object, fallback: str = "") -> Phrase:
        """A phrase stored by `as_json`; `fallback` (an English text stored by an older npmdesk)
        as a phrase of its own when `stored` is not one."""
        if isinstance(stored, dict) and isinstance(stored.get("template"), str):
            values = stored.get("values")
            count = stored.get("count")
            return cls(stored["template"], count=count if isinstance(count, int) else None,
                       **({str(k): _revived(v) for k, v in values.items()} if isinstance(values, dict) else {}))
        return cls("{text}", text=fallback)


def about(file: object, reason: object) -> Phrase:
    """`reason` said of `file` (a file's or a device's name): "{file}: {reason}" in English, one
    template wherever a name and what happened to it are joined, so that each language writes its
    own punctuation and order ("{file} : {reason}" in French)."""
    return Phrase("{file}: {reason}", file=file, reason=reason)


# A kept value is stored as a phrase of its English text ("{text}", what an older npmdesk reads)
# with its kind ("as") and its parts, from which the reader makes the value again.
_KEPT_AS = "as"
_KEPT_PARTS = "parts"
_REVIVERS: dict[str, Callable[[dict[str, object]], object]] = {}


def keeps(kind: str, revive: Callable[[dict[str, object]], object]) -> None:
    """Lets stored phrases keep values of a kind by their parts: a value with a method
    `kept_parts() -> (kind, parts)` (a JSON object of plain values) is stored so, and read back as
    `revive(parts)`. The defining module registers its kinds when it is imported (records.model
    for field labels, kinds' names and months); a kind nobody registered reads as its English text."""
    _REVIVERS[kind] = revive


def _stored(value: object) -> object:
    if isinstance(value, UserFacingError):
        return Phrase.of(value).as_json()
    if isinstance(value, Phrase):
        return value.as_json()
    kept = getattr(value, "kept_parts", None)
    if callable(kept):
        kind, parts = kept()
        return {**Phrase("{text}", text=str(value)).as_json(), _KEPT_AS: kind, _KEPT_PARTS: parts}
    return str(value)


def _revived(value: object) -> object:
    if not isinstance(value, dict):
        return str(value)
    revive = _REVIVERS.get(str(value.get(_KEPT_AS)))
    parts = value.get(_KEPT_PARTS)
    if revive is not None and isinstance(parts, dict):
        try:
            return revive(parts)
        except (KeyError, TypeError, ValueError):  # parts this npmdesk does not understand
            pass
    return Phrase.from_json(value, str(value))


class Count:
    """A number inside a sentence (a limit, a count that is not the plural's `%n`): "100,000" in
    English (`str`), and as the language writes it through `localized` ("100 000" in French,
    digits as the user's locale prefers: npmdesk/numerals.py), which the command line and the window ask for. Never
    pre-format a number into a value."""

    __slots__ = ("n",)

    def __init__(self, n: int) -> None:
        self.n = n

    def __str__(self) -> str:
        return f"{self.n:,}"

    def __repr__(self) -> str:
        return f"Count({self.n})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Count) and other.n == self.n

    def __hash__(self) -> int:
        return hash(self.n)

    def localized(self, language: str) -> str:
        return number(self.n, language)

    def kept_parts(self) -> tuple[str, dict[str, object]]:
        return "count", {"n": self.n}


def _count(parts: dict[str, object]) -> Count:
    n = parts["n"]
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("a count is a whole number")
    return Count(n)


keeps("count", _count)
