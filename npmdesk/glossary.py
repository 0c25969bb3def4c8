"""One name per language for every identifier the core speaks in: the GUI and the PDF reports share it.

The names live in `resources/glossary/<lang>.json` (en, fr, es, ar, ru, pt), one flat table per
language:

- `kind.<kind>`; `status.<status>`, with `status.<kind>.<status>` and
  `status.<kind>.<subtype>.<status>` for a status that reads differently in one kind or one
  subtype of it (a report to the State that `replied` reads "State replied");
- `field.<name>`, with `field.<kind>.<name>`; `choice.<value>`, with `choice.<field>.<value>`;
- `sensitivity.<x>`, `consent.<x>`, `purpose.<x>`, `relation.<x>`, `date.<meaning>`.

A lookup tries the most specific key first, then the general one, in the language asked for,
then the same keys in English, and finally shows the identifier made readable
(`awaiting_reply` → "Awaiting reply"), so a name is never missing, only untranslated.
Unknown languages ("de") read English, and so does a shipped language whose file is not there
yet; "pt-BR" reads Portuguese. Nothing here imports Qt.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from npmdesk.paths import data_root

LANGUAGES = ("en", "fr", "es", "ar", "ru", "pt")
ENGLISH = "en"


def glossary_dir() -> Path:
    """`resources/glossary`, in the source tree, an installed wheel or a frozen build."""
    return data_root() / "resources" / "glossary"


def language_code(language: str | None) -> str:
    """"fr", "fr_FR", "es-MX" → "fr", "es"; anything not shipped → "en"."""
    code = (language or "").strip()[:2].lower()
    return code if code in LANGUAGES else ENGLISH


@cache
def _table(language: str) -> dict[str, str]:
    path = glossary_dir() / f"{language}.json"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        doc = json.load(handle)
    return {str(k): str(v) for k, v in doc.items() if not str(k).startswith("_")}


def available_languages() -> list[str]:
    """The languages of `LANGUAGES` whose table is there (for tests and tools)."""
    return [language for language in LANGUAGES if (glossary_dir() / f"{language}.json").is_file()]


def keys(language: str) -> set[str]:
    """Every key the glossary of `language` names (for tests and tools)."""
    return set(_table(language_code(language)))


def readable(identifier: str) -> str:
    """`awaiting_reply` → "Awaiting reply": how an identifier without an entry is shown."""
    return identifier.replace("_", " ").capitalize()


class Glossary:
    """The names in one language: `Glossary("fr").status("replied", kind="report", subtype=...)`."""

    def __init__(self, language: str | None) -> None:
        self.language = language_code(language)
        self._own = _table(self.language)
        self._english = _table(ENGLISH)

    def lookup(self, candidates: list[str], identifier: str) -> str:
        """The first of `candidates` (most specific first) found in this language, else in
        English, else `identifier` made readable."""
        for table in (self._own, self._english):
            for key in candidates:
                if key in table:
                    return table[key]
        return readable(identifier)

    def has(self, key: str) -> bool:
        """Whether this language's own table has `key` (no English fallback)."""
        return key in self._own

    def kind(self, kind: str) -> str:
        return self.lookup([f"kind.{kind}"], kind)

    def status(self, status: str, kind: str | None = None, subtype: str | None = None) -> str:
        candidates = [f"status.{status}"]
        if kind:
            candidates.insert(0, f"status.{kind}.{status}")
            if subtype:
                candidates.insert(0, f"status.{kind}.{subtype}.{status}")
        return self.lookup(candidates, status)

    def field(self, name: str, kind: str | None = None) -> str:
        return self.lookup(([f"field.{kind}.{name}"] if kind else []) + [f"field.{name}"], name)

    def choice(self, field: str | None, value: str) -> str:
        return self.lookup(([f"choice.{field}.{value}"] if field else []) + [f"choice.{value}"], value)

    def term(self, category: str, identifier: str) -> str:
        """Any other category: `term("sensitivity", "internal")`, `term("purpose", "npm_use")`."""
        return self.lookup([f"{category}.{identifier}"], identifier)

    def sensitivity(self, value: str) -> str:
        return self.term("sensitivity", value)

    def consent(self, value: str) -> str:
        return self.term("consent", value)

    def purpose(self, value: str) -> str:
        return self.term("purpose", value)

    def relation(self, value: str) -> str:
        return self.term("relation", value)

    def date_meaning(self, meaning: str) -> str:
        """What a kind's `date` means ("start date") as a label; spaces in the meaning become `_`."""
        return self.term("date", meaning.replace(" ", "_"))


@cache
def glossary(language: str | None) -> Glossary:
    """The (shared, read-only) glossary of `language`."""
    return Glossary(language)
