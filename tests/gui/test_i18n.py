"""Languages: the window in French and in Spanish, the language chosen in Preferences applied at
start-up, and the translation files complete, consistent and compiled."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET  # the project's own .ts files
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from npmdesk import numerals
from npmdesk import translation as cli_translation
from npmdesk.cli.errors import CheckFailed
from npmdesk.gui import i18n
from npmdesk.gui.app import configure
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.settings.dialog import SettingsDialog
from npmdesk.gui.settings.preferences import Preferences

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("npmdesk_*.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")



def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def open_main_window(qtbot, vault) -> MainWindow:
    window = MainWindow(vault)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_window_speaks_french(qtbot, new_vault, language, tmp_path) -> None:
    language("fr")
    window = open_main_window(qtbot, new_vault[0])
    titles = menu_titles(window)
    assert titles[0] == "&Fichier" and "&Aide" in titles and "É&dition" in titles
    assert window.lock_action.text() == "&Verrouiller"
    assert window.dashboard_action.text() == "&Tableau de bord"
    assert window.lock_action.shortcut().toString() == "Ctrl+L"  # shortcuts stay what they were
    assert window.forms.new_action.text() == "&Nouveau : communication…"
    navigator_first = window.workspace.navigator.item(0).text()
    assert navigator_first.startswith("Boîte de réception")
    dialog = SettingsDialog(Preferences(), None, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Préférences"  # from ui/settings.ui
    buttons = dialog.buttons
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"  # Qt's own qtbase_fr
    assert QLocale().name().startswith("fr")


def test_the_window_speaks_spanish(qtbot, new_vault, language) -> None:
    language("es")
    window = open_main_window(qtbot, new_vault[0])
    titles = menu_titles(window)
    assert titles[0] == "&Archivo" and "A&yuda" in titles and "&Edición" in titles
    assert window.lock_action.text() == "&Bloquear"
    assert window.preferences_action.text() == "&Preferencias…"
    assert window.workspace.navigator.item(0).text().startswith("Bandeja de entrada")
    dialog = SettingsDialog(Preferences(), None, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Preferencias"


def test_the_cores_error_messages_are_shown_in_the_language(language) -> None:
    from npmdesk import errors
    from npmdesk.gui.inline_error import error_text

    language("fr")
    assert error_text(errors.WrongPassphrase()).startswith("Phrase secrète incorrecte.")
    language("es")
    assert error_text(errors.WrongPassphrase()).startswith("Frase de contraseña incorrecta.")
    assert error_text("A message nobody translated.") == "A message nobody translated."


def test_an_error_with_a_path_and_a_count_is_shown_in_the_language(language) -> None:
    from npmdesk import display, errors
    from npmdesk.gui.inline_error import error_text

    path = Path("/média/clé/coffre")
    language("fr")
    assert error_text(errors.VaultNotFound(path)) == (
        "Il n'y a pas de coffre-fort à /média/clé/coffre. Créez-en un avec 'npmdesk init'.")
    erase = error_text(errors.EraseIncomplete(3))
    assert erase.startswith("Les clés sont effacées") and "3 fichiers qu'il contient n'ont" in erase
    language("ar_LB")  # right to left: the Latin path is isolated, so it cannot reorder the sentence
    shown = error_text(errors.VaultNotFound(path))
    assert shown == f"لا توجد خزنة في {display.RLM}{display.FSI}{path}{display.PDI}. أنشئ واحدة بـ 'npmdesk init'."
    assert "مشكلتين: ٢" in error_text(CheckFailed(2)) and "١١ مشكلةً" in error_text(CheckFailed(11))
    assert str(errors.VaultNotFound(path)) == f"There is no vault at {path}. Create one with 'npmdesk init'."


def test_the_cores_details_and_numbers_are_shown_in_the_language(language) -> None:
    """A detail inside an error (a phrase, npmdesk/phrase.py) and a limit (phrase.Count) are shown
    in the window's language, not in the core's English."""
    from npmdesk.exchange.errors import DamagedPackage, PackageTooLarge
    from npmdesk.gui.inline_error import error_text
    from npmdesk.phrase import Count
    from npmdesk.reports.errors import ReportTooLarge

    language("ru")
    assert error_text(DamagedPackage("its signature is missing")) == (
        "Этот пакет повреждён или подделан (его подпись отсутствует). Ничего не изменено.")
    assert "более 100\xa0000 записей" in error_text(PackageTooLarge("more than {limit} records", limit=Count(100_000)))
    language("fr")
    assert "plus de 100\u202f000 fiches" in error_text(ReportTooLarge(100_000))


def test_a_form_explains_a_refused_record_in_the_language_with_the_fields_label(qtbot, new_vault, language) -> None:
    """The core's validation (records.model) reaches the form in the window's language, naming the
    field by the glossary's label: the envelope's title and a kind's own field alike."""
    from PySide6.QtCore import Qt

    from tests.support.form_helpers import choose, open_form, save, type_into

    language("fr")
    form = open_form(qtbot, open_main_window(qtbot, new_vault[0]), Qt.Key.Key_N)
    save(qtbot, form)
    assert form.envelope.errors["title"].text() == "Titre : ce champ est obligatoire."
    assert form.form_error.text() == "Non enregistrée : Titre : ce champ est obligatoire."
    type_into(qtbot, form, "title", "Lettre")
    choose(form, "direction", "received")
    save(qtbot, form)
    assert form.fields.errors["channel"].text() == "Canal : ce champ est obligatoire."


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_the_command_lines_catalog_says_what_the_source_says(path: Path) -> None:
    """npmdesk_<lang>.json (read by the CLI without Qt) is the .ts's translations of the CLI's contexts."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import fill_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    catalog = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert catalog == fill_translations.catalog(path), f"{path.with_suffix('.json').name} is stale: run " \
        "scripts/update-translations"
    assert {"cli", "NpmdeskError"} <= set(catalog)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_the_command_line_picks_the_plural_form_and_digits_qt_picks(path: Path) -> None:
    code = path.stem.removeprefix("npmdesk_")
    translator = QTranslator()
    assert translator.load(str(path.with_suffix(".qm")))
    catalog = cli_translation.catalog(code)
    plural = [(context, source, forms) for context in ("cli", "NpmdeskError")
              for source, forms in catalog[context].items() if isinstance(forms, list)]
    assert plural
    for context, source, forms in plural:
        for n in range(0, 230):
            picked = forms[cli_translation.plural_form(code, n)]
            assert picked == translator.translate(context, source, None, n), (n, source)
    for locale in (code, *(f"{code}_{region}" for region in ("LB", "MA", "TN", "MR", "PS") if code == "ar")):
        window = i18n.qt_locale(numerals.locale_for(locale))  # the window's locale for that setting
        for n in (0, 7, 1234, 12345, 1234567):
            assert cli_translation.number(n, locale) == window.toString(n), locale


def test_the_command_line_reads_the_preferences_file_the_window_writes() -> None:
    from npmdesk.gui.backup.settings import APPLICATION, ORGANIZATION

    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    assert Path(settings.fileName()) == cli_translation.preferences_file()


def test_english_and_removing_a_language_give_the_source_text(qtbot, new_vault, language) -> None:
    language("fr").remove()
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    language("en")
    assert menu_titles(open_main_window(qtbot, new_vault[0]))[0] == "&File"


def test_the_language_chosen_in_preferences_applies_at_start_up(qapp) -> None:
    preferences = Preferences()
    preferences.set_language("es")
    try:
        configure(qapp)
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        preferences.set_language("")
        configure(qapp)  # the system's language: the tests run in English
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    finally:
        preferences.set_language("")
        i18n.apply_language(qapp, "en").remove()


def test_every_shipped_language_can_be_chosen_in_preferences() -> None:
    from npmdesk.gui.settings.dialog import LANGUAGE_NAMES
    from npmdesk.gui.settings.preferences import LANGUAGES

    assert set(i18n.shipped_languages()) <= set(LANGUAGE_NAMES) == set(LANGUAGES) - {""}
    assert {"ar", "ru", "pt"} <= set(LANGUAGE_NAMES)


def test_a_language_without_its_files_yet_reads_english(qtbot, new_vault, language, monkeypatch, tmp_path) -> None:
    """A language offered in Preferences whose .qm, glossary and report strings have not arrived
    shows English: the window's text, and the glossary and report labels key by key."""
    import shutil

    from npmdesk import glossary as glossary_module
    from npmdesk.reports import strings as report_strings

    monkeypatch.setattr(i18n, "translations_folder", lambda: str(tmp_path))
    language("ru")
    assert menu_titles(open_main_window(qtbot, new_vault[0]))[0] == "&File"
    shutil.copy(glossary_module.glossary_dir() / "en.json", tmp_path / "en.json")
    monkeypatch.setattr(glossary_module, "glossary_dir", lambda: tmp_path)
    glossary_module._table.cache_clear()
    try:
        assert glossary_module.available_languages() == ["en"]
        assert glossary_module.Glossary("ru").kind("visit") == "Visit"
    finally:
        glossary_module._table.cache_clear()
    strings = report_strings.Strings("xx")  # no file: every key reads English
    assert strings("none") == report_strings.Strings("en")("none") and strings("none") != "none"


def messages(path: Path) -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, <translation>) of every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - the project's own file
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path.name, name, message.findtext("source"))
            forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
            found.append((name, message.findtext("source") or "", forms, translation))
    return found


def test_there_are_french_spanish_and_arabic_translations() -> None:
    assert {"npmdesk_ar.ts", "npmdesk_es.ts", "npmdesk_fr.ts"} <= {path.name for path in TS_FILES}
    counts = {len(messages(path)) for path in TS_FILES}
    assert len(counts) == 1 and counts.pop() > 500  # all cover the same strings


# How many plural forms each language has, and a count that picks each form (Qt's rules).
PLURAL_COUNTS = {"fr": (1, 2), "es": (1, 2), "pt": (1, 2), "ru": (1, 2, 5), "ar": (0, 1, 2, 3, 11, 100)}


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_plural_messages_have_every_form_of_the_language(path: Path) -> None:
    language = path.stem.removeprefix("npmdesk_")
    wanted = len(PLURAL_COUNTS.get(language, (1, 2)))
    wrong = [(context, source, len(forms)) for context, source, forms, translation in messages(path)
             if translation.findall("numerusform") and len(forms) != wanted]
    assert wrong == []


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_every_message_is_translated_with_the_same_placeholders(path: Path) -> None:
    problems = []
    for context, source, forms, translation in messages(path):
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        for text in forms:
            if not text:
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif ("%n" in source) != bool(re.search("%L?n", text)):  # %Ln: the count in the locale's digits
                problems.append(f"{where}: %n missing or added in {text!r}")
            elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")) and "<" not in source:
                problems.append(f"{where}: mnemonic (&) missing or added in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_shortcut_strings_are_not_translated(path: Path) -> None:
    """QKeySequence reads "Ctrl+Shift+E" only in English: a translated key name would break the shortcut."""
    shortcut = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta)\+)*(?:[A-Z0-9,]|F\d+|Del|Home|Up|Down|Left|Right)$")
    changed = [(source, forms) for _context, source, forms, _t in messages(path)
               if shortcut.match(source) and forms != [source]]
    assert not changed


@pytest.mark.parametrize("path", TS_FILES, ids=lambda path: path.name)
def test_the_compiled_file_says_what_its_source_says(path: Path) -> None:
    """The .qm the application loads gives, for every message, the .ts translation (every plural
    form, each picked by a count of PLURAL_COUNTS)."""
    translator = QTranslator()
    assert translator.load(str(path.with_suffix(".qm")))
    stale = []
    for context, source, forms, translation in messages(path):
        plural = PLURAL_COUNTS.get(path.stem.removeprefix("npmdesk_"), (1, 2))
        counts = plural if translation.findall("numerusform") else (-1,)
        got = [translator.translate(context, source, None, n) for n in counts]
        if got != forms[: len(got)]:
            stale.append(f"{context}: {source!r}")
    assert not stale, f"{path.with_suffix('.qm').name} is stale (run scripts/update-translations): {stale[:5]}"


def test_lrelease_compiles_the_sources_without_complaint(tmp_path) -> None:
    for path in TS_FILES:
        done = subprocess.run([str(LRELEASE), str(path), "-qm", str(tmp_path / "out.qm")], check=True,
                              capture_output=True, text=True, timeout=120)
        assert "Generated" in done.stdout and "ignored" not in done.stdout + done.stderr


def test_every_string_in_the_code_is_in_each_translation(tmp_path) -> None:
    """What scripts/update-translations would collect today is already translated: a new string
    in the window fails here until it is translated into French and Spanish."""
    bin_dir = Path(sys.executable).parent
    template = tmp_path / "template.ts"
    sources = sorted(str(p) for folder in ("gui", "cli") for p in (ROOT / "npmdesk" / folder).rglob("*.py")) + sorted(
        str(p) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run([str(bin_dir / "pyside6-lupdate"), "-silent", "-tr-function-alias", "tr+=_tr", "-locations",
                    "absolute", *sources, "-ts", str(template)], check=True, cwd=ROOT, timeout=300)
    for step in ("contexts", "errors", "helps"):
        subprocess.run([sys.executable, str(ROOT / "scripts" / "fill_translations.py"), step, str(template)],
                       check=True, cwd=ROOT, timeout=300)

    def keys(path: Path, *, finished_only: bool) -> set[tuple[str, str]]:
        found = set()
        for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own .ts files
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                done = translation is not None and translation.get("type") not in ("unfinished", "vanished",
                                                                                    "obsolete")
                if done or not finished_only:
                    found.add((name, message.findtext("source") or ""))
        return found

    wanted = keys(template, finished_only=False)
    assert len(wanted) > 1000
    for ts in TS_FILES:
        missing = sorted(wanted - keys(ts, finished_only=True))
        assert missing == [], f"{ts.name}: run scripts/update-translations and translate: {missing[:5]}"


@pytest.mark.parametrize("code", ["en", "fr", "es", "ar"])
def test_mnemonics_in_the_window_do_not_clash_with_the_menu_bar(qtbot, new_vault, language, code) -> None:
    """Alt+letter must open the menu it shows: labels and buttons of the panes use other letters."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    if code != "en":
        language(code)
    window = open_main_window(qtbot, new_vault[0])

    def letter(text: str) -> str | None:
        found = re.search(r"&([^&\s])", text.replace("&&", ""))
        return found.group(1).casefold() if found else None

    menus = {letter(title) for title in menu_titles(window)} - {None}
    clashes = []
    for pane in (window.workspace.dashboard, window.workspace.detail):
        for widget in pane.findChildren(QLabel) + pane.findChildren(QAbstractButton):
            if letter(widget.text()) in menus:
                clashes.append(widget.text())
    assert clashes == []
