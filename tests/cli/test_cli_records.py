"""The record commands of the CLI contract: add, list, show, search (with --json)."""

from __future__ import annotations

import json

import pytest

from npmdesk.vault import Vault
from npmdesk.vault.kdf import TEST_PARAMS
from npmdesk.vault.secret import Secret
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def vault(tmp_path):
    path = tmp_path / "vault"
    assert npmdesk("init", "--vault", path, "--user-name", "Ana", env=ENV).status == 0
    return path


def run(vault, *args):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert result.status == 0, result.err
    return result


def test_add_prints_the_id_alone_and_show_returns_the_record(vault, tmp_path):
    body = tmp_path / "body.txt"
    body.write_text("Informe sobre el centro de detención de migrantes.\nСписок мест.", encoding="utf-8")
    doc = tmp_path / "annex.md"
    doc.write_text("# Annex\nOvercrowding in block C", encoding="utf-8")
    result = run(vault, "add", "communication", "--subject", "Informe al SPT", "--body-file", body,
                 "--direction", "received", "--new-counterpart", "Regional team Americas", "--date", "2026-04-05",
                 "--attach", doc, "--country", "GT", "--tag", "Visit reports")
    lines = result.out.splitlines()
    assert len(lines) == 1
    record_id = lines[0]
    shown = json.loads(run(vault, "show", record_id, "--json").out)
    assert shown["id"] == record_id and shown["kind"] == "communication"
    assert shown["title"] == "Informe al SPT" and shown["date"] == "2026-04-05"
    assert shown["fields"]["direction"] == "received" and shown["created_by"] == "Ana"
    assert shown["body"].endswith("Список мест.")
    assert [a["name"] for a in shown["attachments"]] == ["annex.md"]
    text = run(vault, "show", record_id).out
    assert "Regional team Americas" in text and "annex.md" in text


def test_counterpart_is_reused_by_name(vault):
    first = run(vault, "add", "communication", "--subject", "One", "--new-counterpart", "SPT Secretariat").out.strip()
    second = run(vault, "add", "communication", "--subject", "Two", "--counterpart", "spt secretariat").out.strip()
    records = json.loads(run(vault, "list", "--json").out)
    contacts = [r for r in records if r["kind"] == "contact"]
    assert len(contacts) == 1
    by_id = {r["id"]: r for r in records}
    assert by_id[first]["counterpart"] == by_id[second]["counterpart"] == contacts[0]["id"]


def contact_names(vault) -> list[str]:
    return sorted(r["title"] for r in json.loads(run(vault, "list", "--json").out) if r["kind"] == "contact")


def test_a_typo_in_counterpart_is_refused_with_the_closest_names_and_adds_nothing(vault):
    run(vault, "add", "communication", "--subject", "One", "--new-counterpart", "SPT Secretariat")
    run(vault, "add", "communication", "--subject", "Two", "--new-counterpart", "Regional team Americas")
    before = json.loads(run(vault, "list", "--json").out)

    typo = npmdesk("add", "communication", "--subject", "Three", "--counterpart", "SPT Secretariet",
                   "--vault", vault, env=ENV)
    assert typo.status != 0 and typo.out == ""
    assert len(typo.errors) == 1 and "no contact named “SPT Secretariet”" in typo.errors[0]
    assert "closest existing names: “SPT Secretariat”)" in typo.errors[0] and "Regional" not in typo.errors[0]
    assert "--new-counterpart NAME" in typo.errors[0] and "npmdesk contact add" in typo.errors[0]
    assert json.loads(run(vault, "list", "--json").out) == before  # no record, no contact

    far = npmdesk("add", "communication", "--subject", "Three", "--counterpart", "Zz", "--vault", vault, env=ENV)
    assert far.status != 0 and "no contact has a similar name" in far.errors[0]

    again = npmdesk("add", "communication", "--subject", "Three", "--new-counterpart", "spt secretariat",
                    "--vault", vault, env=ENV)
    assert again.status != 0 and "already exists" in again.errors[0] and "--counterpart" in again.errors[0]
    assert contact_names(vault) == ["Regional team Americas", "SPT Secretariat"]

    made = run(vault, "add", "communication", "--subject", "Three", "--new-counterpart", "SPT Secretariet").out
    assert contact_names(vault) == ["Regional team Americas", "SPT Secretariat", "SPT Secretariet"]
    assert shown_json(vault, made.strip())["counterpart"] in {
        r["id"] for r in json.loads(run(vault, "list", "--json").out) if r["title"] == "SPT Secretariet"}


def shown_json(vault, record_id: str) -> dict:
    return json.loads(run(vault, "show", record_id, "--json").out)


LOGIN = {"LOGNAME": "jdoe", "USER": "jdoe", "LNAME": "jdoe", "USERNAME": "jdoe"}


def test_init_without_a_user_name_records_the_login_name(tmp_path):
    path = tmp_path / "vault"
    assert npmdesk("init", "--vault", path, env={**ENV, **LOGIN}).status == 0
    added = npmdesk("add", "communication", "--subject", "One", "--vault", path, env={**ENV, "LOGNAME": "other",
                                                                                     "USER": "other"})
    assert added.status == 0, added.err
    shown = shown_json(path, added.out.strip())
    assert shown["created_by"] == "jdoe" and shown["updated_by"] == "jdoe"  # the vault's user, from init


def test_a_vault_made_without_a_user_name_takes_the_login_name_from_the_command_line(tmp_path):
    path = tmp_path / "vault"
    vault, _code = Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name="NPM", user_name="",
                                argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    vault.close()
    added = npmdesk("add", "communication", "--subject", "One", "--vault", path, env={**ENV, **LOGIN})
    assert added.status == 0, added.err
    assert shown_json(path, added.out.strip())["created_by"] == "jdoe"


def test_list_and_search_json_contract(vault):
    ids = [run(vault, "add", "communication", "--subject", f"Lettre {n}", "--date", f"2026-0{n}-01").out.strip()
           for n in (1, 2, 3)]
    listed = json.loads(run(vault, "list", "--type", "communication", "--json").out)
    assert [r["id"] for r in listed] == list(reversed(ids))
    for item in listed:
        assert {"id", "kind", "title", "date"} <= set(item)
    hits = json.loads(run(vault, "search", "lettre", "--limit", "2", "--json").out)
    assert len(hits) == 2 and all({"id", "kind", "title", "date", "snippet", "matches"} <= set(h) for h in hits)
    assert hits[0]["matches"] == ["Lettre"]
    assert json.loads(run(vault, "search", "nowhere", "--json").out) == []
    assert json.loads(run(vault, "list", "--type", "visit", "--json").out) == []


def test_search_sorts_by_best_match_or_newest_added(vault):
    best = run(vault, "add", "communication", "--subject", "Solitary confinement: the figures").out.strip()
    weak = run(vault, "add", "communication", "--subject", "Solitary cells and confinement rules in the budget",
               "--date", "2020-01-01").out.strip()  # added last, dated earlier
    for args in ((), ("--sort", "best")):
        result = run(vault, "search", "solitary confinement", "--json", *args)
        hits = json.loads(result.out)
        assert [h["id"] for h in hits] == [best, weak] and all(h["ranked"] for h in hits)
        assert result.errors == []
    newest = json.loads(run(vault, "search", "solitary confinement", "--sort", "newest", "--json").out)
    assert [h["id"] for h in newest] == [weak, best] and not any(h["ranked"] for h in newest)
    wrong = npmdesk("search", "solitary", "--sort", "date", "--vault", vault, env=ENV)
    assert wrong.status == 2 and "--sort" in wrong.err


def test_human_search_output_marks_matches(vault):
    run(vault, "add", "communication", "--subject", "Joint visit to Centro Norte")
    out = run(vault, "search", "centro").out
    assert "«Centro»" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "communication", "--subject", "x", "--date", "29/11/2026"], "YYYY-MM-DD"),
        (["add", "communication", "--subject", "x", "--date", "2026-02-30"],
         "2026-02-30 is not a real date: February 2026 has 28 days."),
        (["add", "communication", "--subject", " "], "Title is required"),
        (["add", "communication", "--subject", "x", "--attach", "/no/such/file"], "Cannot read"),
        (["add", "communication", "--subject", "x", "--country", "Mexico"], "two-letter"),
        (["show", "00000000-0000-4000-8000-000000000000"], "no record"),
    ],
)
def test_bad_input_is_one_line_and_adds_nothing(vault, args, message):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert result.status == 2
    assert len(result.errors) == 1 and message in result.errors[0], result.err
    assert json.loads(run(vault, "list", "--json").out) == []


def test_demo_twice_with_one_seed_says_so_in_one_sentence_and_adds_nothing(vault):
    """The same seed makes the same records (their ids too): run again on the same vault, `npmdesk
    demo` refuses in one sentence (exit status 2, an error) instead of an internal error."""
    first = npmdesk("demo", "--records", "12", "--seed", "5", "--vault", vault, env=ENV)
    assert first.status == 0, first.err
    again = npmdesk("demo", "--records", "40", "--seed", "5", "--vault", vault, env=ENV)
    assert again.status == 2 and again.errors == [
        "npmdesk: This vault already holds the demo data of seed 5: choose another seed. Nothing was added."]
    assert len(json.loads(run(vault, "list", "--json").out)) == 12
    assert npmdesk("demo", "--records", "12", "--seed", "6", "--vault", vault, env=ENV).status == 0
    assert len(json.loads(run(vault, "list", "--json").out)) == 24
