"""How record values read on screen: dates and sizes in the user's locale, lists, yes/no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from npmdesk import display


def date_text(iso: str | None) -> str:
    """`2026-11-29` in the locale's short date format ("" for no date; unparseable text as is)."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    if not date.isValid():
        return display.gui_line(iso)  # not a date: outside text, shown neutralised
    return QLocale().toString(date, QLocale.FormatType.ShortFormat)


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
