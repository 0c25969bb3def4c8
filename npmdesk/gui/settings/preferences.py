"""This device's preferences, in the same QSettings INI file as the backup plan
(`npmdesk/npmdesk.ini` in the user's config folder, gui/backup/settings.py).

What is stored, and nothing else: the idle-lock delay (minutes), the clipboard delay
(seconds), the language code, the colour theme, the ids of the default export recipients (random UUIDs of
contact records, never a name or a key), the order of search results ("best" or "newest"), and the
main window's geometry, toolbar state and splitter sizes (Qt's opaque bytes about rectangles). No
record text, title, name or search ever goes here. A value someone edited into nonsense reads back as the default.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from npmdesk.gui.backup.settings import APPLICATION, ORGANIZATION, write_now
from npmdesk.gui.clipboard import DEFAULT_CLEAR_SECONDS
from npmdesk.gui.locking.idle import DEFAULT_IDLE_MINUTES
from npmdesk.records.model import is_uuid
from npmdesk.records.search_index import ORDERS

IDLE_MINUTES_RANGE = (1, 240)
CLIPBOARD_SECONDS_RANGE = (5, 600)
LANGUAGES = ("", "en", "fr", "es", "ar", "ru", "pt")  # "" = the system's language
THEMES = ("", "light", "dark")  # "" = follow the system's colours
MAX_RECIPIENTS = 100

_IDLE, _CLIPBOARD, _LANGUAGE = "locking/idle_minutes", "clipboard/clear_seconds", "interface/language"
_RECIPIENTS = "export/default_recipients"
_THEME = "interface/theme"
_SEARCH_ORDER = "search/order"
_GEOMETRY, _STATE, _SPLITTER = "window/geometry", "window/state", "window/splitter"


def _bounded(value: object, default: int, bounds: tuple[int, int]) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return default if not bounds[0] <= number <= bounds[1] else number


class Preferences:
    """Reads and writes the preferences; tests pass their own QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def file_name(self) -> str:
        return self._settings.fileName()

    # ------------------------------------------------------------------------- locking

    def idle_minutes(self) -> int:
        return _bounded(self._settings.value(_IDLE), DEFAULT_IDLE_MINUTES, IDLE_MINUTES_RANGE)

    def clipboard_seconds(self) -> int:
        return _bounded(self._settings.value(_CLIPBOARD), DEFAULT_CLEAR_SECONDS, CLIPBOARD_SECONDS_RANGE)

    def set_idle_minutes(self, minutes: int) -> None:
        self._set(_IDLE, _bounded(minutes, DEFAULT_IDLE_MINUTES, IDLE_MINUTES_RANGE))

    def set_clipboard_seconds(self, seconds: int) -> None:
        self._set(_CLIPBOARD, _bounded(seconds, DEFAULT_CLEAR_SECONDS, CLIPBOARD_SECONDS_RANGE))

    # ------------------------------------------------------------------------ language

    def language(self) -> str:
        """"en", "fr", "es", or "" for the system's language. Read at start-up; Preferences
        applies a change at once (settings/dialog.py)."""
        value = str(self._settings.value(_LANGUAGE, "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        self._set(_LANGUAGE, code if code in LANGUAGES else "")

    def theme(self) -> str:
        """"light", "dark", or "" to follow the system's colour scheme (gui/theme.py)."""
        value = str(self._settings.value(_THEME, "") or "")
        return value if value in THEMES else ""

    def set_theme(self, scheme: str) -> None:
        self._set(_THEME, scheme if scheme in THEMES else "")

    # -------------------------------------------------------------------------- search

    def search_order(self) -> str:
        """"best" (best match first) or "newest" (most recently added first)."""
        value = str(self._settings.value(_SEARCH_ORDER, "") or "")
        return value if value in ORDERS else ORDERS[0]

    def set_search_order(self, order: str) -> None:
        self._set(_SEARCH_ORDER, order if order in ORDERS else ORDERS[0])

    # ------------------------------------------------------------------ export recipients

    def default_recipients(self) -> tuple[str, ...]:
        """Ids of the contact records preselected as recipients of an export."""
        value = self._settings.value(_RECIPIENTS, [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple) else []
        ids = [str(item) for item in items if is_uuid(str(item))]
        return tuple(dict.fromkeys(ids))[:MAX_RECIPIENTS]

    def set_default_recipients(self, ids: list[str] | tuple[str, ...]) -> None:
        kept = [record_id for record_id in dict.fromkeys(ids) if is_uuid(record_id)][:MAX_RECIPIENTS]
        self._set(_RECIPIENTS, kept)

    # -------------------------------------------------------------------------- window

    def window_geometry(self) -> QByteArray | None:
        return self._bytes(_GEOMETRY)

    def window_state(self) -> QByteArray | None:
        return self._bytes(_STATE)

    def splitter_state(self) -> QByteArray | None:
        return self._bytes(_SPLITTER)

    def save_window(self, geometry: QByteArray, state: QByteArray, splitter: QByteArray | None) -> None:
        s = self._settings
        s.setValue(_GEOMETRY, geometry)
        s.setValue(_STATE, state)
        if splitter is not None:
            s.setValue(_SPLITTER, splitter)
        s.sync()

    # ------------------------------------------------------------------------- helpers

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _set(self, key: str, value: object) -> None:
        """SettingsNotSaved if the file could not be written (a full or read-only disk)."""
        self._settings.setValue(key, value)
        write_now(self._settings)
