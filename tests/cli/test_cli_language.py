"""`npmdesk` speaks the user's language (NPMDESK_LANG, the window's Preferences, the system's):
results, warnings and errors with a path, while `--json` and machine-readable lines stay as they are."""

from __future__ import annotations

import pytest

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
NO_VAULT = {
    "fr": "npmdesk: Il n'y a pas de coffre-fort à {path}. Créez-en un avec 'npmdesk init'.",
    "ar": "npmdesk: لا توجد خزنة في {path}. أنشئ واحدة بـ 'npmdesk init'.",
    "ru": "npmdesk: По пути {path} хранилища нет. Создайте его командой 'npmdesk init'.",
    "pt": "npmdesk: Não existe nenhum cofre em {path}. Crie um com 'npmdesk init'.",
    "en": "npmdesk: There is no vault at {path}. Create one with 'npmdesk init'.",
}


@pytest.mark.parametrize("code", sorted(NO_VAULT))
def test_an_error_with_a_path_is_in_the_language_asked_for(tmp_path, code) -> None:
    missing = tmp_path / "nowhere"
    result = npmdesk("check", "--vault", missing, env={"NPMDESK_LANG": code})
    assert result.status == 2
    assert result.errors == [NO_VAULT[code].format(path=missing)]


def test_results_are_in_the_language_and_json_and_ids_are_not(tmp_path) -> None:
    vault = tmp_path / "v"
    created = npmdesk("init", "--vault", vault, env={**ENV, "NPMDESK_LANG": "fr"})
    assert created.status == 0, created.err
    assert f"Coffre-fort créé à {vault}." in created.out and "Code de récupération :" in created.out
    checks = {"ar": "الخزنة سليمة: اجتازت فحصي السلامة كليهما.",
              "ru": "Хранилище исправно: обе проверки целостности пройдены.",
              "pt": "O cofre está em bom estado: passou as duas verificações de integridade."}
    for code, healthy in checks.items():
        result = npmdesk("check", "--vault", vault, env={**ENV, "NPMDESK_LANG": code})
        assert result.out.strip() == healthy, result.err
    added = npmdesk("add", "communication", "--subject", "Visite de suivi", "--vault", vault,
                    env={**ENV, "NPMDESK_LANG": "ar"})
    assert added.status == 0, added.err
    assert len(added.out.split()) == 1  # the new record's id, alone on its line, in every language
    outputs = {code: (npmdesk("list", "--vault", vault, "--json", env={**ENV, "NPMDESK_LANG": code}).out,
                      npmdesk("kinds", "--json", env={"NPMDESK_LANG": code}).out)
               for code in ("en", "fr", "ar", "ru", "pt", "es")}
    assert len(set(outputs.values())) == 1 and added.out.strip() in outputs["en"][0]
    shown = npmdesk("show", added.out.strip(), "--vault", vault, env={**ENV, "NPMDESK_LANG": "ru"}).out.splitlines()
    assert shown[0] == "Visite de suivi" and shown[3].split() == ["вид:", "communication"]  # identifiers stay


def test_the_language_chosen_in_preferences_or_the_systems_is_used(tmp_path) -> None:
    config = tmp_path / "config"
    (config / "npmdesk").mkdir(parents=True)
    (config / "npmdesk" / "npmdesk.ini").write_text("[interface]\nlanguage=ru\n", encoding="utf-8")
    missing = tmp_path / "nowhere"
    chosen = npmdesk("check", "--vault", missing,
                     env={"NPMDESK_LANG": "", "XDG_CONFIG_HOME": str(config), "LANG": "pt_PT.UTF-8"})
    assert chosen.errors == [NO_VAULT["ru"].format(path=missing)]
    system = npmdesk("check", "--vault", missing,
                     env={"NPMDESK_LANG": "", "XDG_CONFIG_HOME": str(tmp_path), "LC_ALL": "", "LC_MESSAGES": "",
                          "LANG": "pt_PT.UTF-8"})
    assert system.errors == [NO_VAULT["pt"].format(path=missing)]


def test_argparses_own_words_and_the_help_are_in_the_language_too(tmp_path) -> None:
    wrong = npmdesk("list", "--no-such-flag", env={"NPMDESK_LANG": "ru"})
    assert wrong.status == 2
    assert wrong.errors[-1] == "npmdesk: ошибка: нераспознанные аргументы: --no-such-flag"
    assert wrong.errors[0].startswith("использование: npmdesk")
    helped = npmdesk("--help", env={"NPMDESK_LANG": "fr"})
    assert helped.out.startswith("utilisation : npmdesk") and "afficher ce message d'aide et quitter" in helped.out
    assert "créer un coffre-fort et afficher son code de récupération" in helped.out  # npmdesk's own help texts
    listing = npmdesk("list", "--help", env={"NPMDESK_LANG": "ru"}).out  # %(default)s and %(choices)s filled below
    assert "не более N записей (200)" in listing and "communication, contact" in listing
