"""Error messages shown next to the field they are about, never in a traceback or a pop-up.

An error label starts hidden; `show_error` fills and shows it and also sets it as the
field's accessible description, so a screen reader reads the problem with the field.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age.errors import english_plural
from npmdesk.gui.records import formatting
from npmdesk.gui.theme import tone
from npmdesk.phrase import Count, Phrase
from npmdesk.records.model import FieldLabel, ImpossibleDate, KindName, MonthOfYear
from npmdesk.vault.database import user_error


def error_style() -> str:
    """Style sheet for error text: a red legible on the light or the dark palette in use."""
    return f"color: {tone('error')};"


def error_text(error: NpmdeskError | BaseException | str) -> str:
    """The user-facing message, translated when a translation of the core's text exists; any
    control or bidi character that outside text brought into it is made visible.

    A raw OSError or SQLite error (a full or read-only disk, a busy vault) becomes the core's one
    sentence for it (errors.from_os_error, database.user_error), never the system's own text;
    anything else unexpected becomes the generic message."""
    if isinstance(error, BaseException) and not isinstance(error, NpmdeskError):
        error = user_error(error) or NpmdeskError()
    if isinstance(error, ImpossibleDate):  # the date and its month in the user's language
        return display.gui(formatting.impossible_date_text(error.date) or str(error))
    if isinstance(error, str) or (not error.values and error.count is None):
        return display.gui(QCoreApplication.translate("NpmdeskError", str(error)))
    return filled(error)


def filled(error: NpmdeskError | Phrase) -> str:
    """An error with a variable part (or the core's phrase, npmdesk/phrase.py) in the window's
    language: its template translated (context "NpmdeskError", the plural form for its
    `count`), then filled through `display.sentence`, so
    each value is neutralised and, right to left, isolated. A translation that lost a
    placeholder falls back to the English sentence, neutralised."""
    count = -1 if error.count is None else error.count
    template = QCoreApplication.translate("NpmdeskError", error.template, None, count)
    if count >= 0 and template == error.template.replace("%n", str(count)):  # English: "1 file", "2 files"
        template = english_plural(template, count)
    try:
        return display.sentence(template, **{name: _value(value) for name, value in error.values.items()})
    except (KeyError, IndexError, ValueError):
        return display.gui(str(error))


def _value(value: object) -> object:
    """A value of an error or a phrase as the window shows it: an error or a phrase translated,
    a number (phrase.Count), a month or a field's label (records.model.FieldLabel) written as
    the window's language writes it."""
    if isinstance(value, NpmdeskError):
        return error_text(value)
    if isinstance(value, Phrase):
        return filled(value)
    if isinstance(value, Count | MonthOfYear | FieldLabel | KindName):
        return value.localized(formatting.language())
    return value


def prepare(label: QLabel) -> None:
    """Style an error label and hide it until there is something to say."""
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.clear()
    label.hide()


def show_error(label: QLabel, error: NpmdeskError | BaseException | str, field: QWidget | None = None) -> None:
    text = error_text(error)
    label.setText(text)
    label.show()
    if field is not None:
        field.setAccessibleDescription(text)
        field.setFocus()


def clear_error(label: QLabel, field: QWidget | None = None) -> None:
    if label.isHidden() and not label.text():
        return
    label.clear()
    label.hide()
    if field is not None:
        field.setAccessibleDescription("")
