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


def test_a_stored_sentence_names_its_field_in_the_language_of_the_day(speak) -> None:
    """A sentence kept in the vault (a refused team file's reason) keeps a field's label, a kind's
    name, a month and a number by their parts, so it is said in the language it is read in."""
    import json

    from npmdesk.phrase import Count, Phrase
    from npmdesk.records.model import FieldLabel, InvalidRecord, KindName, MonthOfYear

    required = Phrase.of(InvalidRecord("title", "{field} is required.", field=FieldLabel("title", "communication")))
    read = Phrase.from_json(json.loads(json.dumps(required.as_json())))
    assert read == required and str(read) == "Title is required."
    speak(NPMDESK_LANG="fr")
    assert translation.error_message(read) == "Titre : ce champ est obligatoire."
    values = {"kind": KindName("annual_report"), "month": MonthOfYear(2026, 2), "limit": Count(100_000)}
    kept = Phrase.from_json(json.loads(json.dumps(Phrase.with_values("{kind} {month} {limit}", values).as_json())))
    assert kept.values == values
    assert translation.error_message(kept) == "Rapport annuel février 2026 100\u202f000"


def test_a_sentence_stored_by_an_older_npmdesk_still_reads(speak) -> None:
    from npmdesk.phrase import Phrase

    older = {"template": "{field} is required.", "count": None, "values": {"field": "Title"}}
    speak(NPMDESK_LANG="fr")
    assert translation.error_message(Phrase.from_json(older)) == "Title : ce champ est obligatoire."
    unknown = {"template": "{text}", "count": None, "values": {"text": "Colour"}, "as": "paint", "parts": {}}
    assert translation.error_message(Phrase.from_json({"template": "{field} is required.",
                                                       "values": {"field": unknown}})) == (
        "Colour : ce champ est obligatoire.")  # a kind this npmdesk does not know: its English text
    assert str(Phrase.from_json(None, "set aside long ago")) == "set aside long ago"


def test_an_unknown_field_is_named_without_an_article_before_the_kind() -> None:
    from npmdesk.records.model import InvalidRecord, Record, validate

    with pytest.raises(InvalidRecord) as raised:
        validate(Record(kind="annual_report", title="2026", fields={"colour": "red"}))
    assert str(raised.value) == "A record of kind “annual report” has no field “colour”."


def test_a_name_and_what_happened_to_it_are_one_template_each_language_orders(speak, monkeypatch) -> None:
    from npmdesk.phrase import Phrase, about

    said = about("changeset-12.age", Phrase("the file is in use by another program"))
    assert str(said) == "changeset-12.age: the file is in use by another program"
    speak(NPMDESK_LANG="fr")
    in_use = "le fichier est utilisé par un autre programme"
    french = {"NpmdeskError": {"{file}: {reason}": "{file}\u00a0: {reason}",
                               "the file is in use by another program": in_use}}
    monkeypatch.setattr(translation, "catalog", lambda language: french)
    assert translation.error_message(said) == "changeset-12.age\u00a0: le fichier est utilisé par un autre programme"


def test_an_integrity_line_npmdesk_does_not_know_is_said_in_words_with_the_line_as_a_detail() -> None:
    from npmdesk.vault.database import IntegrityReport

    report = IntegrityReport(["cipher check stopped: out of memory"], ["NULL value in records.title\x1b[2J",
                                                                       "x" * 500])
    stopped, unknown, long = (str(phrase) for phrase in report.phrases)
    assert stopped == ("cipher check stopped: an error npmdesk cannot describe in words (detail for support: "
                       "out of memory)")
    assert unknown == ("The integrity check found a problem npmdesk cannot describe in words (detail for "
                       "support: NULL value in records.title<U+001B>[2J).")
    assert long.endswith("x" * 200 + "\u2026).")
    assert [str(p) for p in IntegrityReport(["HMAC verification failed for page 7"], []).phrases] == [
        "HMAC verification failed for page 7"]
