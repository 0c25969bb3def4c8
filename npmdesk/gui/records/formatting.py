"""How record values read on screen: dates, sizes and numbers in the user's language, lists, yes/no.

Every date the window shows goes through `date_text` (or `datetime_text` for a moment): day,
month name and four-digit year in the GUI's language — "7 December 2026", "7 décembre 2026",
"7 de diciembre de 2026" — never a numeric form that reads differently from one country to the
next (12/6/25). The forms are Babel's (CLDR) for the language of QLocale() (the GUI's, set by
i18n.apply_language); English is written day first, as the UN writes it. `parse_date_text` reads
back what a user types: an ISO date (2026-12-07) or the shown form.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from npmdesk import display, numerals

ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_WORD = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)
FALLBACK_LOCALE = "en_GB"  # day, month name, year


REGIONAL_MONTHS = frozenset({"ar"})  # month names differ by country: كانون الأول in Lebanon, دجنبر in Morocco


def _babel_locale_name() -> str:
    """The Babel locale for the GUI's language: its language alone (the country's numeric date
    habits are what this module avoids), with the country for Arabic, whose month names and
    digits differ from one country to the next; English day first."""
    code = QLocale.languageToCode(QLocale().language())
    if code in REGIONAL_MONTHS:
        return QLocale().name()
    return FALLBACK_LOCALE if code in ("en", "C", "") else code


@functools.lru_cache(maxsize=16)
def _locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(FALLBACK_LOCALE)


def _formatted(day: dt.date, skeleton: str, locale_name: str) -> str:
    """Babel's form in the locale's digits, as `numerals.date` decides them (Arabic-Indic in
    Lebanon, Latin in Morocco and for plain Arabic), the same digits QLocale writes numbers with."""
    return numerals.date(day, locale_name, skeleton)


def date_of(iso: str | None) -> dt.date | None:
    """The date an ISO date or timestamp starts with (None if it does not start with a real date)."""
    match = ISO_DATE.match(iso or "")
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def date_text(iso: str | None, *, abbreviated: bool = False) -> str:
    """`2026-12-07` (or a timestamp of that day) → "7 December 2026" in the GUI's language
    ("7 Dec 2026" if `abbreviated`, for narrow table columns); "" for no date; text that is not
    a date is shown as is, neutralised (it may come from outside)."""
    if not iso:
        return ""
    day = date_of(iso)
    if day is None:
        return display.gui_line(iso)
    return _formatted(day, numerals.SHORT_DATE if abbreviated else numerals.FULL_DATE, _babel_locale_name())


def day_text(day: dt.date) -> str:
    """A date object as `date_text` shows it."""
    return _formatted(day, numerals.FULL_DATE, _babel_locale_name())


def widest_date_text(*, abbreviated: bool = False) -> str:
    """The longest date of a year as `date_text` writes it (in characters), to size a column."""
    days = (dt.date(2026, month, 28) for month in range(1, 13))
    return max((date_text(day.isoformat(), abbreviated=abbreviated) for day in days), key=len)


def month_text(year: int, month: int) -> str:
    """"February 2026" in the GUI's language."""
    return _formatted(dt.date(year, month, 1), "yMMMM", _babel_locale_name())


def datetime_text(moment: str | QDateTime) -> str:
    """An ISO 8601 timestamp (UTC or with an offset) as the user's local day and time:
    "7 December 2026, 15:04"; text that is not a timestamp as is, neutralised."""
    when = moment if isinstance(moment, QDateTime) else QDateTime.fromString(moment, Qt.DateFormat.ISODate)
    if not when.isValid():
        return display.gui_line(str(moment))
    local = when.toLocalTime()
    day = dt.date(local.date().year(), local.date().month(), local.date().day())
    return QCoreApplication.translate("Formatting", "{date}, {time}").format(
        date=day_text(day), time=QLocale().toString(local.time(), QLocale.FormatType.ShortFormat))


def impossible_date_text(iso: str) -> str | None:
    """Why a date written YYYY-MM-DD is not in the calendar, in the GUI's language ("2026-02-30
    is not a real date: February 2026 has 28 days."); None if it is a real date or not of that form."""
    match = ISO_DATE.fullmatch(iso)
    if match is None or date_of(iso) is not None:
        return None
    year, month, _day = (int(part) for part in match.groups())
    if year < 1:
        return None
    translate = QCoreApplication.translate
    if not 1 <= month <= 12:
        return translate("Formatting", "{date} is not a real date: months are numbered 01 to 12.").format(date=iso)
    days = calendar.monthrange(year, month)[1]
    return translate("Formatting", "{date} is not a real date: {month} has {days} days.").format(
        date=iso, month=month_text(year, month), days=days)


@functools.lru_cache(maxsize=16)
def _month_numbers(locale_name: str) -> dict[str, int]:
    """Month names, wide and abbreviated, lower case without dots → month number."""
    names: dict[str, int] = {}
    for name in (locale_name, FALLBACK_LOCALE):
        locale = _locale(name)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, month in get_month_names(width, context, locale).items():
                    names.setdefault(month.casefold().replace(".", ""), number)
    return names


def parse_date_text(text: str) -> str | None:
    """What a user typed as a date, as YYYY-MM-DD: an ISO date, or the shown form in the GUI's
    language or English ("7 December 2026", "7 déc. 2026", "7 de diciembre de 2026").
    The result may be an impossible date (the core says why); None when the text is neither."""
    text = text.strip()
    if ISO_DATE.fullmatch(text):
        return text
    months = _month_numbers(_babel_locale_name())
    numbers: list[str] = []
    month: int | None = None
    folded = text.casefold()
    for name in sorted((name for name in months if " " in name), key=len, reverse=True):
        if name in folded:  # a month name of two words: كانون الأول (Lebanon, Syria)
            month, folded = months[name], folded.replace(name, " ", 1)
            break
    for word in _WORD.findall(folded):
        if word.isdigit():
            numbers.append(word)
        elif word in months:
            if month is not None:
                return None
            month = months[word]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if 1 <= len(n) <= 2]
    if month is None or len(numbers) != 2 or len(years) != 1 or len(days) != 1:
        return None
    return f"{int(years[0]):04d}-{month:02d}-{int(days[0]):02d}"


def size_text(size: int) -> str:
    """1536 → "1.50 KiB" (in the locale's number format)."""
    return QLocale().formattedDataSize(size)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("RecordLabels", "Yes") if value else QCoreApplication.translate(
        "RecordLabels", "No"
    )


def number_text(value: int | float) -> str:
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", 2)


def list_text(items: list[str]) -> str:
    return ", ".join(items)


def language() -> str:
    """The user's language for reference data labels ("en", "fr", "es"…)."""
    return QLocale().name()[:2]
