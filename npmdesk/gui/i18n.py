"""Which language npmdesk speaks and which way its layouts run.

At start-up `app.configure` calls `apply_language(app, start_up_language(Preferences().language()))`:
- NPMDESK_LANG=ar (fr, es, ru, pt…) forces a language for one run, for scripts and screenshots;
- "" or "system" means the system's language (QLocale.system()); "en", "fr", "es"… a chosen one;
- npmdesk's own `resources/translations/npmdesk_<lang>.qm` and Qt's `qtbase_<lang>.qm` (standard
  buttons such as OK and Cancel, from PySide6's translations folder) are installed; Portuguese
  outside Brazil (npmdesk's "pt", pt_PT, pt_MZ, pt_CV…) gets European Qt texts (`qt_catalogs`);
- the locale becomes the default one, so dates, numbers and reference-data labels follow it:
  `numerals.locale_for` decides it (the system's region for the chosen language: "ar" on an
  ar_LB system is ar_LB, Arabic-Indic digits; plain "ar" is QLocale's ar_001, Latin digits, as
  CLDR's default numbering system for Arabic), so the window, the command line and the reports
  write the same digits;
- layouts run right to left for a right-to-left language (Arabic, Hebrew, Persian, Urdu…), even
  one npmdesk has no translation for; NPMDESK_LAYOUT_DIRECTION=rtl (or ltr) forces a direction,
  for trying layouts out. Qt then mirrors every layout, scroll bar and arrow icon, and text
  fields align and move their caret right to left; while it does, every value formatted into a
  sentence is bidi-isolated (`display.isolate_every_value`), left-to-right ones included, and
  one-line fields stay at the right edge even when their text is Latin (`field_alignment`).

English needs no file: the source strings are English. A language without a `.qm` falls back to
English text (with its own date and number formats).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from npmdesk import display, numerals
from npmdesk.gui.field_alignment import keep_fields_to_the_start
from npmdesk.gui.resources import resource_path

LAYOUT_DIRECTION_VARIABLE = "NPMDESK_LAYOUT_DIRECTION"
LANGUAGE_VARIABLE = "NPMDESK_LANG"
SYSTEM = "system"
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"})


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # Qt's name: lupdate looks for it
    """Marks `source_text` for translation in `context` and returns it unchanged, as Qt's own does.

    Qt's is typed `-> object` in PySide6's stubs; this one keeps the `str`. pyside6-lupdate
    finds the strings by the call's name, wherever the function comes from.
    """
    return source_text


def translations_folder() -> str:
    return str(resource_path("resources", "translations"))


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def shipped_languages() -> list[str]:
    """"en" and every language with a compiled `npmdesk_<lang>.qm`, e.g. ["en", "es", "fr"]."""
    folder = resource_path("resources", "translations")
    found = sorted(path.stem.removeprefix("npmdesk_") for path in folder.glob("npmdesk_*.qm"))
    return ["en", *found]


def start_up_language(chosen: str | None) -> str | None:
    """The language to start in: NPMDESK_LANG if it is set ("ar", "pt_BR"…), else `chosen`
    (the one saved in Preferences, "" for the system's)."""
    return os.environ.get(LANGUAGE_VARIABLE, "").strip() or chosen


def chosen_locale_name(code: str | None) -> str:
    """The locale name ("ar_LB", "pt", "pt_BR") for a language setting ("" / "system" / None:
    the system's language), with the region `numerals.regional` decides."""
    system = numerals.system_locale() or QLocale.system().name()
    if not code or code == SYSTEM:
        code = QLocale.languageToCode(QLocale.system().language())
    return numerals.regional(code, system)


def chosen_locale(code: str | None) -> QLocale:
    """The locale for a language setting ("" / "system" / None: the system's language), with
    the region and digits `numerals.locale_for` decides."""
    return qt_locale(chosen_locale_name(code))


def qt_locale(name: str) -> QLocale:
    """Qt's locale for a locale name of `numerals` ("ar_LB", "ar", "fr"), writing the digits
    `numerals` writes: a language alone whose Qt default territory writes other digits (Qt's
    "ar" is Egypt's, Arabic-Indic; CLDR's "ar" is Latin) is the language's world locale (ar_001)."""
    locale = QLocale(name)
    if "_" not in name and (locale.zeroDigit() != "0") != numerals.arabic_indic(name):
        world = QLocale(locale.language(), QLocale.Country.World)
        if world.language() == locale.language() and (world.zeroDigit() != "0") == numerals.arabic_indic(name):
            return world
    return locale


def layout_direction(locale: QLocale) -> Qt.LayoutDirection:
    """Right to left for a right-to-left language, unless NPMDESK_LAYOUT_DIRECTION says otherwise."""
    forced = os.environ.get(LAYOUT_DIRECTION_VARIABLE, "").strip().lower()
    if forced == "rtl":
        return Qt.LayoutDirection.RightToLeft
    if forced == "ltr":
        return Qt.LayoutDirection.LeftToRight
    language = QLocale.languageToCode(locale.language())
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft or language in RIGHT_TO_LEFT_LANGUAGES:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


@dataclass
class Language:
    """What `apply_language` changed; `remove()` puts it back (tests, a language switch)."""

    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_direction: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
    previous_numerals: str = ""

    def remove(self) -> None:
        global _applied
        if _applied is self:
            _applied = None
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)
            translator.deleteLater()
        self.translators.clear()
        QLocale.setDefault(self.previous_locale)
        numerals.set_user_locale(self.previous_numerals)
        if isinstance(app, QGuiApplication):
            set_layout_direction(app, self.previous_direction)


def european_portuguese(name: str) -> bool:
    """Whether the locale `name` of `chosen_locale_name` ("pt", "pt_PT", "pt_MZ", "pt_BR") is
    Portuguese outside Brazil: npmdesk's own "pt" is European Portuguese, only pt_BR is not."""
    language, _, region = name.partition("_")
    return language == "pt" and region != "BR"


def qt_catalogs(name: str, locale: QLocale) -> list[tuple[str, QLocale, str]]:
    """Qt's own texts (standard buttons, file dialog, text fields' context menus) for the locale
    `name` (`locale` in Qt), as (catalog, locale, folder) for `QTranslator.load`, the first one
    found for a text winning: for European Portuguese npmdesk's `qt_overrides_pt_PT` (the
    standard buttons and menus as pt-PT writes them: Guardar, Eliminar, Anular), then Qt's older
    European `qt_pt_PT`, then Qt's Brazilian `qtbase_pt_BR` for whatever the other two lack;
    else Qt's `qtbase` for `locale`."""
    qt = qt_translations_folder()
    if european_portuguese(name):
        portugal, brazil = QLocale("pt_PT"), QLocale("pt_BR")
        return [("qt_overrides", portugal, translations_folder()), ("qt", portugal, qt), ("qtbase", brazil, qt)]
    return [("qtbase", locale, qt)]


def install_translators(app: QCoreApplication, locale: QLocale, name: str = "") -> list[QTranslator]:
    """npmdesk's own `.qm` for `locale` and Qt's catalogs for the locale `name` (`qt_catalogs`;
    "" is `locale`'s name), each if it exists; those installed. Qt asks the translator installed
    last first, so the catalogs are installed from the last-resort one to the preferred one."""
    installed = []
    own = ("npmdesk", locale, translations_folder())
    for catalog, catalog_locale, folder in (own, *reversed(qt_catalogs(name or locale.name(), locale))):
        translator = QTranslator(app)
        if translator.load(catalog_locale, catalog, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


_applied: Language | None = None


def set_layout_direction(app: QGuiApplication, direction: Qt.LayoutDirection) -> None:
    """Lay the windows out in `direction`; when it is right to left, isolate every value in
    sentences and keep one-line fields to the right edge whatever their text (field_alignment.py)."""
    if direction == Qt.LayoutDirection.RightToLeft:
        keep_fields_to_the_start(app)  # before the change, which reaches the fields as events
    app.setLayoutDirection(direction)
    display.isolate_every_value(direction == Qt.LayoutDirection.RightToLeft)


def apply_language(app: QGuiApplication, code: str | None) -> Language:
    """Speak the language `code` from now on (windows made afterwards) and lay out accordingly;
    what an earlier call installed is removed first."""
    global _applied
    if _applied is not None:
        _applied.remove()
    name = chosen_locale_name(code)
    locale = qt_locale(name)
    language = Language(locale, previous_locale=QLocale(), previous_direction=app.layoutDirection())
    if QLocale.languageToCode(locale.language()) != "en":
        language.translators = install_translators(app, locale, name)
    QLocale.setDefault(locale)
    language.previous_numerals = numerals.set_user_locale(locale.name())
    set_layout_direction(app, layout_direction(locale))
    _applied = language
    return language
