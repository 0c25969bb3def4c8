"""Numbers and dates as the user's locale writes them, without Qt: one decision for the window,
the command line, the PDF reports and summary.html.

The locale (`locale_for`): the language npmdesk speaks, with the system's region when the system
speaks that language ("ar" on an `ar_LB` system is `ar_LB`; "ar" on a French or C system stays
"ar"); a setting that names a region keeps it (`NPMDESK_LANG=ar_TN`, in the CLI too). The system is LC_ALL,
LC_NUMERIC or LANG (the window asks Qt when none is set: Windows, macOS), and the window registers
the locale it applied (`set_user_locale`) so that its reports follow it. The digits
(`arabic_indic`): CLDR's default numbering system of that locale through Babel — Arabic-Indic
in Lebanon, Palestine, Mauritania, Egypt; Latin in Morocco, Tunisia, Algeria and plain Arabic.
The window gives Qt the same locale (gui/i18n.qt_locale), so `%Ln` and QLocale agree with `number`.
Ids, fingerprints, file names and ISO dates are not numbers to localise: they stay Latin.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Babel is imported when a number or a date is first written (~10 ms at start-up)
    from babel import Locale

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_SYSTEM_VARIABLES = ("LC_ALL", "LC_NUMERIC", "LANG")
LANGUAGE_VARIABLE = "NPMDESK_LANG"  # npmdesk/translation.py
FULL_DATE = "yMMMMd"  # 7 December 2026: the window's dates, a report's headers and periods
ENGLISH_DATES = "en_GB"  # day, month name, year
SHORT_DATE = "yMMMd"  # 7 Dec 2026: narrow table columns (never the numeric 07/12/2026)

_user_locale = ""


def set_user_locale(name: str) -> str:
    """The window's locale from now on ("ar_LB", "ar_001"; gui/i18n registers the one it applies,
    "" for none); the previous one is returned so that it can be put back."""
    global _user_locale
    previous, _user_locale = _user_locale, name
    return previous


@functools.cache
def _parts(code: str) -> tuple[str, str]:
    """"ar_LB.UTF-8" → ("ar", "LB"); "ar-001" → ("ar", "001"); "C" → ("c", "")."""
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_")
    language, _, rest = base.partition("_")
    region = rest.split("_")[-1] if rest else ""
    return language.lower(), region.upper() if region.isalpha() or region.isdigit() else ""


def system_locale() -> str:
    """The system's locale as LC_ALL, LC_NUMERIC or LANG names it ("ar_LB.UTF-8"), "" when none does."""
    for variable in _SYSTEM_VARIABLES:
        value = os.environ.get(variable, "").strip()
        if value:
            return value
    return ""


@functools.cache
def regional(language: str, system: str) -> str:
    """`language` ("ar", "ar_TN", "fr") with a region: its own if it names one, else the region
    of `system` when `system` speaks the same language, else none. ("ar", "ar_LB.UTF-8") →
    "ar_LB"; ("ar", "C.UTF-8") → "ar"."""
    own, region = _parts(language)
    if not region:
        spoken, system_region = _parts(system)
        region = system_region if spoken == own else ""
    return f"{own}_{region}" if region else own


def locale_for(language: str) -> str:
    """The locale for numbers and dates in `language`: its own region if it names one, else the
    region of the first of the window's locale (`set_user_locale`), NPMDESK_LANG and the system's
    locale that speaks `language` and names one, else the language alone. "ar" is "ar_LB" on a
    Lebanese system or with NPMDESK_LANG=ar_LB, "ar" (CLDR: Latin digits) on a system in another
    language."""
    found = language
    for candidate in (_user_locale, os.environ.get(LANGUAGE_VARIABLE, ""), system_locale()):
        found = regional(language, candidate)
        if found != _parts(language)[0]:
            break
    return found


@functools.cache
def _babel(name: str) -> Locale:
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(_parts(name)[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def arabic_indic(language: str) -> bool:
    """Whether `language`'s locale (`locale_for`) writes Arabic-Indic digits (CLDR's default
    numbering system "arab")."""
    return _babel(locale_for(language)).default_numbering_system == "arab"


def digits(text: str, language: str) -> str:
    """`text` with its ASCII digits in the digits of `language`'s locale."""
    return text.translate(_ARABIC_DIGITS) if arabic_indic(language) else text


def number(n: int, language: str) -> str:
    """A count as Qt writes it for %Ln in `language`'s locale: its digits and group separator
    (Spanish groups from five digits on)."""
    locale = _babel(locale_for(language))
    text = str(abs(n))
    if len(text) > (4 if locale.language == "es" else 3):
        from babel.numbers import format_decimal

        text = format_decimal(abs(n), locale=locale, numbering_system="default")
    return digits(("-" if n < 0 else "") + text, language)


def decimal(value: float, language: str, places: int = 1) -> str:
    """A measure (megabytes, seconds) with `places` decimals as `language`'s locale writes it
    (CLDR through Babel: its decimal sign and digits)."""
    from babel.numbers import format_decimal

    pattern = "#,##0." + "0" * places if places else "#,##0"
    text = format_decimal(value, pattern, locale=_babel(locale_for(language)), numbering_system="default")
    return digits(text, language)


def date(day: dt.date, language: str, skeleton: str = FULL_DATE) -> str:
    """A day as `language`'s locale writes it in CLDR's form for `skeleton` (`FULL_DATE`,
    `SHORT_DATE`, "yMMMM"), its month names (Levantine in Lebanon) and digits; English day
    first ("7 December 2026"), as the UN writes it, whatever the country."""
    return _date(day, locale_for(language), skeleton)


@functools.lru_cache(maxsize=8192)
def _date(day: dt.date, locale_name: str, skeleton: str) -> str:
    from babel.dates import format_skeleton

    locale = _babel(locale_name)
    if locale.language == "en":
        locale = _babel(ENGLISH_DATES)
    return digits(str(format_skeleton(skeleton, day, locale=locale)), locale_name)
