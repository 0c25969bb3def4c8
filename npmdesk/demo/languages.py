"""The demo's Arabic, Russian and Portuguese phrase banks (lang_ar.py, lang_ru.py, lang_pt.py),
merged into the tables of text.py, phrases.py, visits.py and kinds.py, which hold English, French
and Spanish. Each lang_xx module names its tables as those modules do, holding its language's
entry only (`T` is `text.T["xx"]`; `REPORT_TITLES[key]` is the "xx" element of the tuple)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from npmdesk.demo import lang_ar, lang_pt, lang_ru

# In the order text.LANGS lists them after English, French and Spanish.
MORE: dict[str, ModuleType] = {"ar": lang_ar, "ru": lang_ru, "pt": lang_pt}


def by_lang(name: str) -> dict[str, Any]:
    """The table `name` of each language that has it: {"ar": lang_ar.T, "ru": …}."""
    return {code: getattr(bank, name) for code, bank in MORE.items() if hasattr(bank, name)}


def nested(table: dict[str, dict[str, Any]], name: str) -> dict[str, dict[str, Any]]:
    """`table` ({key: {lang: text}}) with each language's `name`[key] added."""
    for code, bank in by_lang(name).items():
        for key, text in bank.items():
            table[key][code] = text
    return table


def appended(table: dict[str, tuple[str, ...]], name: str) -> dict[str, tuple[str, ...]]:
    """`table` ({key: (en, fr, es)}) with each language's `name`[key] appended, in LANGS order."""
    return {key: (*row, *(getattr(bank, name)[key] for bank in MORE.values())) for key, row in table.items()}
