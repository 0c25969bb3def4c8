"""The vault knows whose NPM it is: `init --state CC`, `state [CC]`, `states`, and new records of
the kinds about the NPM's own State starting with it as their country."""

from __future__ import annotations

import json

import pytest

from npmdesk.records import reference
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


def run(*args):
    result = npmdesk(*args, env=ENV)
    assert result.status == 0, result.err
    return result


def one_line_error(result, text):
    assert result.status == 2
    assert len(result.errors) == 1 and result.errors[0].startswith("npmdesk: "), result.err
    assert text in result.errors[0], result.err
    assert "Traceback" not in result.err


@pytest.fixture
def mexico(tmp_path):
    path = tmp_path / "vault"
    result = run("init", "--vault", path, "--state", "mx")
    assert "Mexico (MX)" in result.out
    return path


def test_init_records_the_state_and_state_prints_and_changes_it(mexico):
    assert run("state", "--vault", mexico).out.strip() == "Mexico (MX)"
    assert json.loads(run("state", "--vault", mexico, "--json").out) == {"code": "MX", "name": "Mexico"}
    assert "Guatemala (GT)" in run("state", "GT", "--vault", mexico).out
    assert run("state", "--vault", mexico).out.strip() == "Guatemala (GT)"


def test_a_vault_without_a_state_says_how_to_set_it(tmp_path):
    path = tmp_path / "vault"
    run("init", "--vault", path)
    assert "npmdesk state CC" in run("state", "--vault", path).out
    assert json.loads(run("state", "--vault", path, "--json").out) == {"code": None, "name": None}
    visit = run("add", "visit", "--vault", path, "--subject", "Visit").out.strip()
    assert json.loads(run("show", visit, "--vault", path, "--json").out)["country"] is None


@pytest.mark.parametrize("code", ["XX", "Mexico", "US"])  # not a code, a name, not a State party
def test_init_with_an_unknown_state_creates_nothing(tmp_path, code):
    path = tmp_path / "vault"
    result = npmdesk("init", "--vault", path, "--state", code, env=ENV)
    one_line_error(result, "not the two-letter code of a State party")
    assert "'npmdesk states' lists them" in result.errors[0]
    assert not path.exists()


def test_setting_an_unknown_state_changes_nothing(mexico):
    one_line_error(npmdesk("state", "ZZ", "--vault", mexico, env=ENV), "ZZ is not the two-letter code")
    assert run("state", "--vault", mexico).out.strip() == "Mexico (MX)"


def test_states_lists_every_state_party_with_code_region_and_year():
    listed = json.loads(run("states", "--json").out)
    assert len(listed) == len(reference.states_parties())
    assert [s["name"] for s in listed] == sorted(s["name"] for s in listed)
    by_code = {s["code"]: s for s in listed}
    assert by_code["MX"] == {"code": "MX", "name": "Mexico", "region": "Americas", "ratification_year": 2005}
    text = run("states").out
    assert any(line.startswith("MX  Mexico") and "Americas" in line and "2005" in line for line in text.splitlines())


def test_new_records_about_the_state_start_with_it(mexico):
    def country(*args):
        record_id = run("add", *args, "--vault", mexico).out.strip()
        return json.loads(run("show", record_id, "--vault", mexico, "--json").out)["country"]

    assert country("visit", "--subject", "SPT visit") == "MX"
    assert country("report", "--subject", "Report", "--field", "report_type=report_to_npm") == "MX"
    assert country("recommendation", "--subject", "R1", "--field", "addressee=state") == "MX"
    assert country("place", "--subject", "Prison", "--field", "place_type=prison") == "MX"
    assert country("special_fund", "--subject", "Grant", "--field", "purpose=education") == "MX"
    assert country("annual_report", "--subject", "Annual report", "--field", "year=2025") == "MX"
    assert country("visit", "--subject", "Elsewhere", "--country", "gt") == "GT"  # given: kept, in capitals
    assert country("communication", "--subject", "Letter") is None  # as before
    assert country("contact", "--subject", "SPT member", "--field", "role=member") is None
