"""The command line's language, without Qt: the same translations as the window, read from
`resources/translations/npmdesk_<lang>.json`.

Those catalogs are written by `scripts/update-translations` from the Qt Linguist files (`.ts`, the
one source of truth) and hold the contexts the core and the command line speak in: "cli" (what
the commands print) and "NpmdeskError" (the errors, see `error_message`). A catalog maps each
source text to its translation, or to its plural forms in Qt's order (fr, es, pt: 2; ru: 3; ar: 6).

The language (`language()`): NPMDESK_LANG if set; else the language chosen in the window's
Preferences (`interface/language` in its INI file, read with configparser); else the system's
(LC_ALL, LC_MESSAGES, LANG); English when none of them names a language npmdesk speaks.

Mark a message with `translate("cli", "…")` (a literal context: pyside6-lupdate reads the call)
and fill its `{names}` afterwards; plural forms with `%n` and the count:
`translate("cli", "%n record(s) imported.", None, count)`.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache
from pathlib import Path

from npmdesk.exchange.age.errors import UserFacingError, english_plural, fill
from npmdesk.numerals import decimal, number
from npmdesk.paths import data_root
from npmdesk.phrase import Phrase

__all__ = ["decimal", "error_message", "language", "number", "translate"]  # numbers: npmdesk/numerals.py

LANGUAGE_VARIABLE = "NPMDESK_LANG"
ENGLISH = "en"
SYSTEM = "system"  # NPMDESK_LANG or Preferences: the system's language
ERROR_CONTEXT = "NpmdeskError"
CLI_CONTEXT = "cli"
CONTEXTS = (CLI_CONTEXT, ERROR_CONTEXT, "argparse")  # what the catalogs hold
_SYSTEM_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_PREFERENCE_SECTION, _PREFERENCE_KEY = "interface", "language"  # gui/settings/preferences.py


def translations_folder() -> Path:
    return data_root() / "resources" / "translations"


def catalog_path(language: str) -> Path:
    return translations_folder() / f"npmdesk_{language}.json"


def shipped(code: str) -> str | None:
    """The language npmdesk speaks for a code: "pt_BR.UTF-8" → "pt", "ar" → "ar", "en" → "en";
    None for "C", "POSIX" or a language without a catalog."""
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
    for candidate in (base, base.split("_")[0]):
        if candidate == ENGLISH or (candidate and catalog_path(candidate).is_file()):
            return candidate
    return None


def preferences_file() -> Path:
    """The window's preferences (QSettings, INI format, user scope, "npmdesk"/"npmdesk")."""
    if sys.platform == "win32":
        folder = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    else:  # Linux and macOS alike for the INI format
        folder = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return folder / "npmdesk" / "npmdesk.ini"


def preferred_language() -> str:
    """The language chosen in the window's Preferences, "" for the system's or when unreadable."""
    import configparser  # here: not needed when NPMDESK_LANG is set

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(preferences_file(), encoding="utf-8")
        return parser.get(_PREFERENCE_SECTION, _PREFERENCE_KEY, fallback="").strip().strip('"')
    except (OSError, UnicodeDecodeError, configparser.Error):
        return ""


@cache
def language() -> str:
    """The language the command line speaks (see the module's docstring); read once per run."""
    forced = os.environ.get(LANGUAGE_VARIABLE, "").strip()
    chosen = forced or preferred_language()
    if chosen and chosen != SYSTEM:
        return shipped(chosen) or ENGLISH
    for variable in _SYSTEM_VARIABLES:
        value = os.environ.get(variable, "").strip()
        if value:  # the first one set decides, as for gettext
            return shipped(value) or ENGLISH
    return ENGLISH


@cache
def catalog(language: str) -> dict[str, dict[str, str | list[str]]]:
    """The translations of `language` by context and source ({} for English or a missing file)."""
    if language == ENGLISH:
        return {}
    try:
        with catalog_path(language).open(encoding="utf-8") as handle:
            loaded = json.load(handle)
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms Qt uses for the count `n` in `language` (Qt's numerus
    rules: Arabic 0, 1, 2, 3-10, 11-99, 100+ by n % 100; Russian one, few, many; French and
    Portuguese one for 0 and 1; Spanish and English one for 1)."""
    n = abs(n)
    if language == "ar":
        if n <= 2:
            return n
        return 3 if 3 <= n % 100 <= 10 else 4 if n % 100 >= 11 else 5
    if language == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2
    if language in ("fr", "pt"):
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name: lupdate looks for it
    """Marks `source` for translation in `context` (a constant translated where it is shown)."""
    del context
    return source


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the command line's language (as QCoreApplication.translate: the same
    arguments, and `%n`/`%Ln` replaced by `n` when a count is given)."""
    del disambiguation  # npmdesk gives none: the catalogs key messages by source
    lang = language()
    found = catalog(lang).get(context, {}).get(source)
    text = source
    if isinstance(found, list) and found:
        text = found[min(plural_form(lang, n), len(found) - 1)] if n >= 0 else found[-1]
    elif isinstance(found, str) and found:
        text = found
    elif n >= 0:  # English: "%n file(s)" reads "1 file", "2 files"
        text = english_plural(text, n)
    if n >= 0:
        text = text.replace("%Ln", number(n, lang)).replace("%n", str(n))
    return text


def _localized(value: object) -> object:
    if isinstance(value, UserFacingError | Phrase):
        return error_message(value)
    localized = getattr(value, "localized", None)
    return localized(language()) if callable(localized) else value


def error_message(error: UserFacingError | Phrase) -> str:
    """The error's sentence (or the core's phrase, npmdesk/phrase.py) in the command line's
    language: its template translated in the context "NpmdeskError", then filled with its values
    (English when untranslated); a value that is itself an error (`UnverifiedSigner`'s refusal)
    or a phrase (`DamagedPackage`'s detail) is translated the same way, and one
    with a `localized(language)` method (records.model.MonthOfYear) gives its own text."""
    template = translate(ERROR_CONTEXT, error.template, None, -1 if error.count is None else error.count)
    if template == error.template and error.count is None and not error.values:
        return str(error)
    try:
        return fill(template, {name: _localized(value) for name, value in error.values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: English
        return str(error)
