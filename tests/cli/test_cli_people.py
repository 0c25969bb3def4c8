"""People, consent, OPCAT references and review dates from the command line, and the block a
refusal puts on what leaves the vault."""

from __future__ import annotations

import json

import pytest

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "vault"
    assert npmdesk("init", "--vault", path, "--state", "TN", env=ENV).status == 0
    return path


def run(vault, *args):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert result.status == 0, result.err
    return result.out.strip()


def shown(vault, record_id):
    return json.loads(run(vault, "show", record_id, "--json"))


def test_a_reprisal_case_names_its_person_by_alias_and_consent_is_kept_per_purpose(vault):
    case = run(vault, "add", "reprisal_case", "--subject", "Transfer of Ahmed Benali after the visit",
               "--person-name", "Ahmed Benali", "--field", "linked_to=spt_visit", "--field", "measure=transfer",
               "--article", "15", "--article", "11(1)(b)(ii)", "--review-date", "2031-01-31")
    run(vault, "consent", case, "--person", "Ahmed Benali", "--purpose", "spt_transmission", "--state", "given",
        "--date", "2026-11-02", "--how", "written", "--by", "Leila")
    run(vault, "consent", case, "--person", "Ahmed Benali", "--purpose", "publication", "--state", "refused",
        "--child")
    doc = shown(vault, case)
    assert doc["fields"]["person"] == "person A" and doc["pseudonyms"] == {"Ahmed Benali": "person A"}
    assert doc["articles"] == ["11(1)(b)(ii)", 15] and doc["review_date"] == "2031-01-31"
    (person,) = doc["consents"]
    assert (person["person"], person["child"]) == ("Ahmed Benali", True)
    assert {(c["purpose"], c["state"], c["how"]) for c in person["consents"]} == {
        ("spt_transmission", "given", "written"), ("publication", "refused", None)}
    assert doc["country"] == "TN"  # the vault's State


@pytest.mark.parametrize(("args", "message"), [
    (["add", "reprisal_case", "--subject", "Case", "--field", "person=Ahmed Benali", "--field",
      "linked_to=npm_staff"], "never by a real name"),
    (["add", "communication", "--subject", "Letter", "--article", "11 (1)"], "OPCAT articles are numbered 1 to 37"),
    (["add", "communication", "--subject", "Letter", "--review-date", "31/01/2031"], "YYYY-MM-DD"),
])
def test_mistakes_are_one_sentence_and_add_nothing(vault, args, message):
    before = run(vault, "list", "--json", "--limit", "10000")
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert result.status == 2 and message in result.err and len(result.err.strip().splitlines()) == 1
    assert run(vault, "list", "--json", "--limit", "10000") == before


def test_consent_mistakes_change_nothing(vault):
    letter = run(vault, "add", "communication", "--subject", "Interview")
    before = shown(vault, letter)
    half = npmdesk("consent", letter, "--person", "Leila Haddad", "--purpose", "publication", "--vault", vault,
                   env=ENV)
    assert half.status == 2 and "--purpose and --state together" in half.err
    run(vault, "consent", letter, "--person", "Leila Haddad", "--alias", "witness 1")
    taken = npmdesk("consent", letter, "--person", "Omar Said", "--alias", "witness 1", "--vault", vault, env=ENV)
    assert taken.status == 2 and "alias" in taken.err
    after = shown(vault, letter)
    assert after["pseudonyms"] == {"Leila Haddad": "witness 1"} and before["pseudonyms"] == {}


def test_a_refusal_keeps_the_record_out_of_a_package_for_the_spt_whatever_is_confirmed(vault, tmp_path):
    refused = run(vault, "add", "communication", "--subject", "Account of Omar Said", "--person-name", "Omar Said")
    run(vault, "consent", refused, "--person", "Omar Said", "--purpose", "spt_transmission", "--state", "refused")
    kept = run(vault, "add", "communication", "--subject", "Letter to the Secretariat")
    package = tmp_path / "for-spt.age"
    result = npmdesk("export", "--record", refused, "--record", kept, "--passphrase", "--confirm-sensitive",
                     "--package-passphrase-file", _passphrase_file(tmp_path), "-o", package, "--vault", vault,
                     env=ENV)
    assert result.status == 0, result.err
    assert "Left out of the package" in result.out and "person A refused" in result.out
    assert "Omar Said" not in result.out + result.err
    opened = npmdesk("import", package, "--dry-run", "--package-passphrase-file", _passphrase_file(tmp_path),
                     "--vault", vault, env=ENV)
    assert opened.status == 0, opened.err
    assert "1 unchanged" in opened.out  # the letter alone travelled


def _passphrase_file(folder):
    path = folder / "package-passphrase.txt"
    path.write_text("a long package passphrase for the SPT secretariat\n", encoding="utf-8")
    return path
