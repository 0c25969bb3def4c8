"""The command line's language without Qt (npmdesk/translation.py): which language it picks, and
errors with a path or a count translated with the plural form each language needs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from npmdesk import display, translation
from npmdesk.cli.errors import CheckFailed
from npmdesk.errors import NpmdeskError, VaultNotFound
from npmdesk.exchange.errors import ConfirmationNeeded

LANGUAGE_VARIABLES = ("NPMDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Callable[..., str]]:
    """Set the language variables (and no preferences file), return the language picked."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    def use(**variables: str) -> str:
        for name in LANGUAGE_VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        translation.language.cache_clear()
        return translation.language()

    yield use
    translation.language.cache_clear()


def test_the_language_comes_from_npmdesk_lang_then_preferences_then_the_system(speak, tmp_path) -> None:
    assert speak() == "en"
    assert speak(LANG="pt_BR.UTF-8") == "pt"
    assert speak(LANG="ru_RU.UTF-8", LC_ALL="fr_FR.UTF-8") == "fr"  # LC_ALL first, as for gettext
    assert speak(LANG="C.UTF-8") == "en"
    assert speak(LANG="de_DE.UTF-8") == "en"  # a language npmdesk does not speak reads English
    preferences = tmp_path / "config" / "npmdesk" / "npmdesk.ini"
    preferences.parent.mkdir(parents=True)
    preferences.write_text("[interface]\nlanguage=ar\ntheme=dark\n", encoding="utf-8")
    assert speak(LANG="ru_RU.UTF-8") == "ar"  # chosen in the window's Preferences
    assert speak(LANG="ru_RU.UTF-8", NPMDESK_LANG="es") == "es"
    assert speak(LANG="ru_RU.UTF-8", NPMDESK_LANG="system") == "ru"  # forced to the system's
    preferences.write_text("[interface]\nlanguage=\n", encoding="utf-8")  # "the system's"
    assert speak(LANG="ru_RU.UTF-8") == "ru"
    preferences.write_bytes(b"\xff\xfe not an ini file [")
    assert speak(LANG="ru_RU.UTF-8") == "ru"


def test_an_error_with_a_path_reads_in_the_language_and_its_english_stays(speak) -> None:
    error = VaultNotFound(Path("/data/coffre"))
    assert str(error) == "There is no vault at /data/coffre. Create one with 'npmdesk init'."
    speak(NPMDESK_LANG="fr")
    assert translation.error_message(error) == (
        "Il n'y a pas de coffre-fort à /data/coffre. Créez-en un avec 'npmdesk init'.")
    speak(NPMDESK_LANG="pt")
    assert translation.error_message(error) == "Não existe nenhum cofre em /data/coffre. Crie um com 'npmdesk init'."
    assert str(error) == "There is no vault at /data/coffre. Create one with 'npmdesk init'."


RUSSIAN = {1: "найдена 1 проблема", 2: "найдено 2 проблемы", 5: "найдено 5 проблем", 11: "найдено 11 проблем",
           21: "найдена 21 проблема", 101: "найдена 101 проблема"}
ARABIC = {1: "مشكلة واحدة: ١)", 2: "مشكلتين: ٢)", 5: "على ٥ مشكلات", 11: "على ١١ مشكلةً", 21: "على ٢١ مشكلةً",
          101: "على ١٠١ مشكلة)"}
ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


@pytest.mark.parametrize("count", sorted(RUSSIAN))
def test_a_count_takes_the_plural_form_of_russian_and_arabic(speak, count: int) -> None:
    speak(NPMDESK_LANG="ru")
    assert RUSSIAN[count] in translation.error_message(CheckFailed(count))
    speak(NPMDESK_LANG="ar_LB")  # Lebanon: Arabic-Indic digits (CLDR)
    assert ARABIC[count] in translation.error_message(CheckFailed(count))
    speak(NPMDESK_LANG="ar")  # Arabic alone: CLDR's Latin digits
    assert ARABIC[count].translate(ARABIC_INDIC) in translation.error_message(CheckFailed(count))
    speak(NPMDESK_LANG="fr")
    assert translation.error_message(ConfirmationNeeded(count)).startswith(
        f"{count} des fiches à exporter " + ("est " if count == 1 else "sont "))
    english = f"The vault is damaged ({count} {'problem' if count == 1 else 'problems'} found)."
    assert str(CheckFailed(count)).startswith(english)
    speak(NPMDESK_LANG="en")
    assert translation.error_message(CheckFailed(count)).startswith(english)
    assert translation.translate("cli", "Marked as sent: %n draft(s).", None, count) == (
        f"Marked as sent: {count} {'draft' if count == 1 else 'drafts'}.")


def test_plural_forms_follow_qts_rules() -> None:
    assert [translation.plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000)] == [
        0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4, 5]
    assert [translation.plural_form("ru", n) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 101)] == [
        0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 2, 0]
    assert [translation.plural_form(code, n) for code in ("fr", "pt") for n in (0, 1, 2)] == [0, 0, 1, 0, 0, 1]
    assert [translation.plural_form("es", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_a_translation_that_lost_its_placeholder_falls_back_to_english(speak, monkeypatch) -> None:
    speak(NPMDESK_LANG="fr")
    broken = {"NpmdeskError": {"There is no vault at {path}. Create one with 'npmdesk init'.": "Pas de {chemin}."}}
    monkeypatch.setattr(translation, "catalog", lambda language: broken)
    assert translation.error_message(VaultNotFound(Path("/v"))) == str(VaultNotFound(Path("/v")))
    assert translation.error_message(NpmdeskError()) == "Something went wrong."


def test_an_impossible_date_names_its_month_in_the_language(speak) -> None:
    from npmdesk.records.model import ImpossibleDate

    error = ImpossibleDate("date", "2026-02-30", 2026, 2)
    assert str(error) == "2026-02-30 is not a real date: February 2026 has 28 days."
    speak(NPMDESK_LANG="fr")
    assert translation.error_message(error) == "2026-02-30 n'est pas une date valide : février 2026 compte 28 jours."
    speak(NPMDESK_LANG="es")
    assert translation.error_message(ImpossibleDate("date", "2026-13-01", 2026, 13)) == (
        "2026-13-01 no es una fecha válida: los meses se numeran del 01 al 12.")


@pytest.mark.parametrize("code", ["fr", "es", "ar", "ru", "pt"])
def test_translations_for_the_terminal_hold_no_control_or_bidi_character(code) -> None:
    """The output guard (cli/terminal.py) and the window's error text (display.gui) would show
    such a character as <U+…>: a right-to-left mark belongs in no translation the CLI prints."""
    unclean = [text for messages in translation.catalog(code).values() for found in messages.values()
               for text in ([found] if isinstance(found, str) else found)
               if not display.is_clean(text, multiline=True)]
    assert unclean == []
