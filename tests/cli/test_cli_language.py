"""`npmdesk` speaks the user's language (NPMDESK_LANG, the window's Preferences, the system's):
results, warnings and errors with a path, while `--json` and machine-readable lines stay as they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.records.reference import country_name
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.hostile_packages import encrypt_for, members_of, tar_bytes
from tests.support.package_helpers import communication, side
from tests.support.team_helpers import own_device_contact, settle, sync, team

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


def _damaged_package(tmp_path: Path) -> tuple[Path, Path]:
    """The office's vault, and a package from the field to it holding a file its manifest does not list."""
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", "Field", "Bo") as field:
        office.contact_for(field)
        field.store.add(communication("Field letter"))
        package = tmp_path / "valid.age"
        write_package(field.store, field.identity, plan_export(field.store), package,
                      recipients=[office.identity.recipient], confirmed=True)
        members = members_of(package, office.identity)
        damaged = encrypt_for(tar_bytes([*members, ("documents/extra.pdf", b"%PDF")]), office.identity.recipient,
                              tmp_path / "damaged.age")
    return tmp_path / "office", damaged


def _damaged_vault(tmp_path: Path) -> Path:
    """A vault one of whose pages in the middle fails its authentication."""
    path = tmp_path / "damaged-vault"
    with side(path, "NPM", "Ana") as here:
        for n in range(40):
            here.store.add(communication(f"Letter {n}", body="Observations de la visite. " * 80))
    data = bytearray((path / "vault.db").read_bytes())
    data[10 * 4096 + 1234] ^= 0x01
    (path / "vault.db").write_bytes(bytes(data))
    return path


CORE_TEXTS = {
    "fr": ("npmdesk: Ce paquet est endommagé ou a été falsifié (il contient un fichier que son manifeste ne "
           "répertorie pas (documents/extra.pdf)). Rien n'a été modifié.",
           "- la vérification HMAC a échoué pour la page 11",
           "“Field laptop” : il n'a pas encore écrit dans le dossier d'équipe.",
           "Données de démonstration (graine 3) sur {country} : 12 fiches ("),
    "ru": ("npmdesk: Этот пакет повреждён или подделан (он содержит файл, которого нет в манифесте "
           "(documents/extra.pdf)). Ничего не изменено.",
           "- проверка HMAC не пройдена для страницы 11",
           "“Field laptop”: он ещё ничего не записал в папку команды.",
           "Демонстрационные данные (зерно 3) о стране {country}: 12 записей ("),
}


@pytest.mark.parametrize("code", sorted(CORE_TEXTS))
def test_what_the_core_says_is_in_the_language_too(tmp_path, code) -> None:
    """A damaged package's detail, a check's problem line, a team device's waiting reason and the
    demo summary: the core hands over phrases, the command line says them in the user's language."""
    damage, problem, waiting, demo = CORE_TEXTS[code]
    env = {**ENV, "NPMDESK_LANG": code}
    office, package = _damaged_package(tmp_path)
    imported = npmdesk("import", package, "--vault", office, env=env)
    assert imported.status != 0 and imported.errors == [damage]
    checked = npmdesk("check", "--vault", _damaged_vault(tmp_path), env=env)
    assert checked.status != 0 and problem in checked.out.splitlines()
    with team(tmp_path / "team-test", 2, joined=False) as (here, there):
        own_device_contact(here, there, "Field laptop")
    vault = tmp_path / "team-test" / "vault0"
    assert npmdesk("team", "folder", tmp_path / "team-test" / "team", "--vault", vault, env=env).status == 0
    assert npmdesk("team", "add", "Field laptop", "--vault", vault, env=env).status == 0
    synced = npmdesk("sync", "--vault", vault, env=env)
    assert waiting in synced.out.splitlines(), synced.out
    demo_vault = tmp_path / "demo"
    assert npmdesk("init", "--vault", demo_vault, "--state", "FR", env=env).status == 0
    shown = npmdesk("demo", "--records", "12", "--seed", "3", "--vault", demo_vault, env=env).out
    assert shown.startswith(demo.format(country=country_name("FR", code))), shown
    assert "communication" in shown  # the kinds stay identifiers


def test_a_set_aside_team_file_is_explained_in_the_language_asked_for(tmp_path) -> None:
    """Why a changeset was set aside is kept as a phrase in the vault, so `team status` says it in
    the language of the day, while `--json` keeps the English sentence."""
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        office.store.add(communication("Genuine"))
        written = sync(office).written
        assert written is not None
        damaged = bytearray(written.path.read_bytes())
        damaged[len(damaged) // 2] ^= 0x01
        written.path.write_bytes(bytes(damaged))
        assert sync(field).problems
    vault = tmp_path / "vault1"
    status = npmdesk("team", "status", "--vault", vault, env={**ENV, "NPMDESK_LANG": "fr"}).out.splitlines()
    assert (f"    mis de côté : {written.path.name} : Le contenu chiffré est endommagé ou a été falsifié ; rien n'a "
            "été conservé.") in status
    shown = npmdesk("team", "status", "--json", "--vault", vault, env={**ENV, "NPMDESK_LANG": "ru"}).out
    [member] = json.loads(shown)["members"]
    assert member["set_aside"] == (f"{written.path.name}: The encrypted content is damaged or was tampered with; "
                                   "nothing was kept.")


def test_a_team_file_refused_for_a_field_names_the_field_in_the_language_asked_for(tmp_path) -> None:
    """A changeset refused because a record in it lacks a field keeps the field's label in the
    vault, not its English text: `team status` names it in the language of the day."""
    with team(tmp_path, 2) as (office, field):
        settle([office, field])
        record = office.store.add(communication("Will lose its title"))
        office.store.db.execute("UPDATE record SET title = '' WHERE id = ?", (record.id,))  # as a faulty writer would
        written = sync(office).written
        assert written is not None and sync(field).problems
    vault = tmp_path / "vault1"
    french = "\n".join(npmdesk("team", "status", "--vault", vault, env={**ENV, "NPMDESK_LANG": "fr"}).out.splitlines())
    assert "Titre : ce champ est obligatoire." in french, french
    english = npmdesk("team", "status", "--vault", vault, env={**ENV, "NPMDESK_LANG": "en"}).out
    assert "Title is required." in english and "Titre" not in english


def test_a_record_the_core_refuses_is_explained_in_the_language_with_the_fields_label(tmp_path) -> None:
    """The core's validation (records.model) speaks the user's language too, naming the field by
    the glossary's label for it; the values the command line accepts stay identifiers."""
    vault = tmp_path / "v"
    assert npmdesk("init", "--vault", vault, env=ENV).status == 0
    french = {**ENV, "NPMDESK_LANG": "fr"}
    untitled = npmdesk("add", "communication", "--subject", "   ", "--vault", vault, env=french)
    assert untitled.status != 0 and untitled.errors == ["npmdesk: Titre : ce champ est obligatoire."]
    long = npmdesk("add", "visit", "--title", "В" * 1001, "--vault", vault, env={**ENV, "NPMDESK_LANG": "ru"})
    assert long.errors == ["npmdesk: Заголовок: слишком длинное значение."], long.err
    english = npmdesk("add", "communication", "--subject", "", "--vault", vault, env={**ENV, "NPMDESK_LANG": "en"})
    assert english.errors == ["npmdesk: Title is required."]
    assert npmdesk("list", "--vault", vault, "--json", env=french).out.strip() == "[]"
