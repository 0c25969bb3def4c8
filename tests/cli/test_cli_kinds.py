"""`kinds [--json]`, `add KIND --field NAME=VALUE` for every kind, and `update ID`: each value read by
its field's type, each mistake one sentence naming the field and what it takes, changing nothing."""

from __future__ import annotations

import json

import pytest

from npmdesk.records import kinds
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
NO_SUCH_ID = "00000000-0000-4000-8000-000000000000"
SAMPLES = {
    kinds.DATE: "2026-01-02", kinds.INT: "2025", kinds.NUMBER: "12.5", kinds.BOOL: "yes",
    kinds.TEXT_LIST: "one,two", kinds.URL: "https://example.org/report",
}


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("kinds") / "vault"
    assert npmdesk("init", "--vault", path, "--state", "FR", env=ENV).status == 0
    return path


def run(vault, *args):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert result.status == 0, result.err
    return result


def shown(vault, record_id):
    return json.loads(run(vault, "show", record_id, "--json").out)


def listed(vault):
    return json.loads(run(vault, "list", "--json", "--limit", "10000").out)


def sample(fs, place_id):
    if fs.type in (kinds.CHOICE, kinds.CHOICE_LIST):
        return fs.choices[0]
    return place_id if fs.type == kinds.ID_LIST else SAMPLES.get(fs.type, "some text")


def test_kinds_json_describes_every_kind_as_kinds_py_declares_it(vault):
    doc = json.loads(run(vault, "kinds", "--json").out)
    assert [k["kind"] for k in doc] == list(kinds.KINDS)
    for item in doc:
        spec = kinds.KINDS[item["kind"]]
        assert item["statuses"] == list(spec.statuses) and item["date_meaning"] == spec.date_meaning
        assert item["status_field"] == getattr(spec, "status_field", None)
        assert item["statuses_by"] == {k: list(v) for k, v in (getattr(spec, "statuses_by", None) or {}).items()}
        assert item["fields"] == [{"name": f.name, "type": f.type, "choices": list(f.choices), "required": f.required}
                                  for f in spec.fields]
    text = run(vault, "kinds", "report").out
    assert text.startswith("report\n") and "report_type" in text and "(required)" in text
    assert "visit_report_to_state" in text and "\ncontact" not in text


@pytest.fixture(scope="module")
def place(vault):
    return run(vault, "add", "place", "--subject", "Centro Norte", "--field", "place_type=prison").out.strip()


@pytest.mark.parametrize("kind", list(kinds.KINDS))
def test_add_works_for_every_kind_with_its_required_fields(vault, place, kind):
    spec = kinds.KINDS[kind]
    args = [arg for fs in spec.fields if fs.required and fs.name != "person"
            for arg in ("--field", f"{fs.name}={sample(fs, place)}")]
    if spec.field("person") is not None:  # a reprisal case names its person by alias (--person-name)
        args += ["--person-name", "Somebody"]
    record = shown(vault, run(vault, "add", kind, "--subject", f"A {kind}", *args).out.strip())
    assert record["kind"] == kind and record["title"] == f"A {kind}"
    assert record["status"] in spec.statuses
    assert set(record["fields"]) == {fs.name for fs in spec.fields if fs.required}


def test_field_values_are_read_by_their_type(vault, tmp_path):
    recommendation = run(vault, "add", "recommendation", "--subject", "Close block C",
                         "--field", "addressee=state").out.strip()
    body = tmp_path / "body.txt"
    body.write_text("Project to train police officers.", encoding="utf-8")
    fund = run(vault, "add", "special_fund", "--subject", "Training", "--field", "purpose=education",
               "--field", "call_year=2026", "--field", "amount=29500.50", "--field", "currency=USD",
               "--field", f"recommendations={recommendation}", "--status", "submitted", "--date", "2026-02-01",
               "--due", "2026-03-01", "--sensitivity", "confidential", "--tag", "special-fund",
               "--new-counterpart", "OHCHR Special Fund team", "--body-file", body).out.strip()
    record = shown(vault, fund)
    assert record["fields"] == {"purpose": "education", "call_year": 2026, "amount": 29500.5, "currency": "USD",
                                "recommendations": [recommendation]}
    assert (record["status"], record["date"], record["due_date"]) == ("submitted", "2026-02-01", "2026-03-01")
    assert record["sensitivity"] == "confidential" and record["tags"] == ["special-fund"]
    assert record["counterpart"] and record["body"] == "Project to train police officers."
    assert record["country"] == "FR"
    visit = run(vault, "add", "visit", "--subject", "Visit", "--field", "checklist_done=background_sent",
                "--field", "checklist_done=joint_visits,final_discussion", "--field", "themes=police, prisons").out
    assert shown(vault, visit.strip())["fields"] == {
        "checklist_done": ["background_sent", "joint_visits", "final_discussion"], "themes": ["police", "prisons"]}
    contact = run(vault, "add", "contact", "--subject", "Member", "--field", "role=member",
                  "--field", "term_start=2025-01-01").out.strip()
    assert shown(vault, contact)["fields"] == {"role": "member", "term_start": "2025-01-01"}


def test_the_communication_flags_work_as_before(vault):
    record_id = run(vault, "add", "communication", "--subject", "Letter", "--direction", "received",
                    "--channel", "letter", "--reply-by", "2026-05-01", "--field", "participants=Ana,Luis").out.strip()
    record = shown(vault, record_id)
    assert record["fields"] == {"direction": "received", "channel": "letter", "reply_by": "2026-05-01",
                                "participants": ["Ana", "Luis"]}
    assert record["status"] == "closed" and record["country"] is None
    plain = shown(vault, run(vault, "add", "communication", "--subject", "Note").out.strip())
    assert plain["fields"] == {"direction": "sent", "channel": "email"} and plain["status"] == "sent"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "minutes", "--subject", "x"], "There is no kind of record “minutes”; the kinds are: contact"),
        (["add", "visit", "--subject", "x", "--field", "colour=red"],
         "A record of kind 'visit' has no field “colour”; its fields are: "),
        (["add", "visit", "--subject", "x", "--field", "start_date"], "--field NAME=VALUE"),
        (["add", "visit", "--subject", "x", "--field", "start_date=29/11/2026"],
         "The field 'start_date' takes a date written YYYY-MM-DD"),
        (["add", "visit", "--subject", "x", "--field", "start_date=2027-04-31"],
         "2027-04-31 is not a real date: April 2027 has 30 days."),
        (["add", "annual_report", "--subject", "x", "--field", "year=last"], "The field 'year' takes a whole number"),
        (["add", "special_fund", "--subject", "x", "--field", "purpose=education", "--field", "amount=lots"],
         "The field 'amount' takes a number"),
        (["add", "reminder", "--subject", "x", "--field", "repeat_yearly=maybe"],
         "The field 'repeat_yearly' takes yes or no"),
        (["add", "report", "--subject", "x", "--field", "report_type=memo"],
         "The field 'report_type' takes one of: visit_report_to_state"),
        (["add", "visit", "--subject", "x", "--field", "checklist_done=lunch"],
         "The field 'checklist_done' takes values among: background_sent"),
        (["add", "visit", "--subject", "x", "--field", f"places={NO_SUCH_ID}"],
         f"The field 'places' lists records of this vault, and there is no record “{NO_SUCH_ID}”"),
        (["add", "annual_report", "--subject", "x"],
         "A record of kind 'annual_report' needs the field 'year': add --field year=VALUE"),
        (["add", "annual_report", "--subject", "x", "--field", "year=2024", "--field", "year=2025"],
         "The field 'year' takes one value"),
        (["add", "visit", "--subject", "x", "--status", "lost"],
         "A record of kind 'visit' has no status “lost”; its statuses are: "),
        (["add", "visit", "--subject", "x", "--direction", "sent"],
         "A record of kind 'visit' has no field “direction”"),
        (["add", "contact", "--subject", "x", "--field", "role=member", "--field", "keys_verified=yes"],
         "'npmdesk contact verify'"),
        (["add", "contact", "--subject", "x", "--field", "role=member", "--field", "signing_key=nonsense"],
         "signing key"),
        (["update", NO_SUCH_ID, "--title", "x"], "no record"),
    ],
)
def test_each_mistake_is_one_sentence_and_adds_nothing(vault, args, message):
    before = listed(vault)
    result = npmdesk(*args, "--vault", vault, env=ENV)
    assert result.status == 2
    assert len(result.errors) == 1 and message in result.errors[0], result.err
    assert "Traceback" not in result.err and "internal error" not in result.err
    assert listed(vault) == before


def test_update_changes_fields_status_title_and_date_in_one_new_version(vault):
    place = run(vault, "add", "place", "--subject", "Prison", "--field", "place_type=prison").out.strip()
    visit = run(vault, "add", "visit", "--subject", "Visit", "--field", "themes=police",
                "--field", "start_date=2026-03-01").out.strip()
    result = run(vault, "update", visit, "--field", f"places={place}", "--field", "end_date=2026-03-10",
                 "--clear-field", "themes", "--status", "during", "--title", "SPT visit", "--date", "2026-03-01")
    assert result.out.strip() == visit
    record = shown(vault, visit)
    assert record["fields"] == {"start_date": "2026-03-01", "end_date": "2026-03-10", "places": [place]}
    assert (record["title"], record["status"], record["date"], record["version"]) == (
        "SPT visit", "during", "2026-03-01", 2)
    assert record["country"] == "FR"  # untouched


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--field", "published_on=soon"], "The field 'published_on' takes a date"),
        (["--clear-field", "report_type"], "The field 'report_type' is required for a record of kind 'report'"),
        (["--clear-field", "colour"], "has no field “colour”"),
        (["--status", "lost"], "has no status “lost”; its statuses are: received"),
        (["--field", "published_on=2026-01-01", "--clear-field", "published_on"], "takes one value"),
        ([], "Nothing to change: give --field"),
    ],
)
def test_a_mistaken_update_changes_nothing(vault, args, message):
    report = run(vault, "add", "report", "--subject", "Report", "--field", "report_type=report_to_npm").out.strip()
    result = npmdesk("update", report, *args, "--vault", vault, env=ENV)
    assert result.status == 2 and len(result.errors) == 1 and message in result.errors[0], result.err
    assert shown(vault, report)["version"] == 1


def test_statuses_follow_the_kinds_status_field_when_it_has_one():
    from npmdesk.cli import field_values

    spec = kinds.KindSpec(  # a kind with statuses per report type
        "report", ("received", "replied", "transmitted"), status_field="report_type",
        statuses_by={"state_report": ("received", "replied"), "npm_report": ("received", "transmitted")})
    assert field_values.statuses_for(spec, {"report_type": "npm_report"}) == ("received", "transmitted")
    assert field_values.statuses_for(spec, {}) == spec.statuses
    field_values.check_status(spec, "replied", {"report_type": "state_report"})
    with pytest.raises(field_values.UnknownStatus, match="whose report_type is npm_report has no status “replied”; "
                       "its statuses are: received, transmitted"):
        field_values.check_status(spec, "replied", {"report_type": "npm_report"})
