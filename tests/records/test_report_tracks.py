"""The two reports after a visit as separate tracks (to the State, to the NPM): dates, the reply due
(by default transmission + the vault's reply period), what is next, and Special Fund eligibility."""

from __future__ import annotations

import datetime as dt

import pytest

from npmdesk.records import Link, Record, RecordStore
from npmdesk.records import report_tracks as rt
from npmdesk.records.visits import DONE, IN_PROGRESS, OVERDUE, visit_overview
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.visit_helpers import visit_report


def a_visit(store: RecordStore, country: str = "MX", visit_type: str = "country_visit") -> Record:
    return store.add(Record(kind="visit", title="SPT visit", status="follow_up", date="2026-03-02", country=country,
                            fields={"start_date": "2026-03-02", "end_date": "2026-03-11", "visit_type": visit_type}))


def test_each_track_shows_its_dates_and_the_reply_due_six_months_after_transmission(store) -> None:
    visit = a_visit(store)
    to_state = visit_report(store, visit, transmitted_on="2026-08-31", obtained_via="from_state",
                            publication="requested_by_state")
    to_npm = visit_report(store, visit, "report_to_npm", transmitted_on="2026-09-01", obtained_via="from_spt",
                          reply_due="2026-12-15")
    state, npm = rt.visit_tracks(store, visit.id, dt.date(2026, 10, 1))
    assert (state.key, state.report.id, npm.key, npm.report.id) == ("report_to_state", to_state.id,
                                                                    "report_to_npm", to_npm.id)
    assert (state.transmitted_on, state.obtained_via, state.publication) == ("2026-08-31", "from_state",
                                                                             "requested_by_state")
    assert state.reply_due == "2027-02-28" and state.reply_due_is_default  # 31 August + 6 months
    assert npm.reply_due == "2026-12-15" and not npm.reply_due_is_default  # set on the report
    assert not state.reply_overdue and not npm.reply_overdue
    assert state.next_step == rt.AWAIT_STATE_REPLY and npm.next_step == rt.SEND_NPM_REPLY
    state, npm = rt.visit_tracks(store, visit.id, dt.date(2026, 12, 16))
    assert npm.reply_overdue and not state.reply_overdue
    assert visit_overview(store, visit.id, dt.date(2026, 12, 16)).item("report_to_npm").state == OVERDUE
    assert rt.visit_tracks(store, visit.id, dt.date(2027, 3, 1))[0].reply_overdue


def test_a_visit_without_reports_waits_for_them(store) -> None:
    visit = a_visit(store)
    state, npm = rt.visit_tracks(store, visit.id, dt.date(2026, 10, 1))
    assert state.report is None and npm.report is None
    assert state.next_step == npm.next_step == rt.AWAIT_REPORT and not state.reply_overdue


def test_what_is_next_follows_the_reply_and_the_publication(store) -> None:
    visit = a_visit(store, visit_type="npm_advisory_visit")
    to_state = visit_report(store, visit, transmitted_on="2026-05-01", reply_received_on="2026-10-20")
    to_npm = visit_report(store, visit, "report_to_npm", status="npm_replied", transmitted_on="2026-05-01")
    today = dt.date(2026, 12, 1)
    state, npm = rt.visit_tracks(store, visit.id, today)
    assert state.replied and state.next_step == rt.PRESS_FOR_PUBLICATION
    assert npm.replied and not npm.reply_overdue and npm.next_step == rt.DECIDE_PUBLICATION
    overview = visit_overview(store, visit.id, today)
    assert overview.item("report_to_state").state == overview.item("report_to_npm").state == IN_PROGRESS
    store.update(Record(**{**store.get(to_npm.id).__dict__, "fields": {**to_npm.fields, "publication": "to_publish"}}))
    assert rt.visit_tracks(store, visit.id, today)[1].next_step == rt.PUBLISH
    store.update(Record(**{**store.get(to_npm.id).__dict__, "status": "kept_confidential", "fields": {
        **to_npm.fields, "reply_received_on": "2026-10-01"}}))
    store.update(Record(**{**store.get(to_state.id).__dict__, "fields": {
        **to_state.fields, "publication": "requested_by_state"}}))
    state, npm = rt.visit_tracks(store, visit.id, today)
    assert state.next_step == rt.AWAIT_PUBLICATION
    assert npm.publication == "kept_confidential" and npm.next_step == rt.NOTHING_NEXT and npm.complete
    assert visit_overview(store, visit.id, today).item("report_to_npm").state == DONE
    store.update(Record(**{**store.get(to_state.id).__dict__, "fields": {
        **store.get(to_state.id).fields, "published_on": "2026-11-30", "published_url": "https://example.org/r"}}))
    state = rt.visit_tracks(store, visit.id, today)[0]
    assert state.published and state.next_step == rt.NOTHING_NEXT and state.published_url == "https://example.org/r"
    assert visit_overview(store, visit.id, today).item("report_to_state").state == DONE


def test_the_latest_report_of_each_type_makes_the_track(store) -> None:
    visit = a_visit(store)
    visit_report(store, visit, transmitted_on="2026-05-01")
    newer = visit_report(store, visit, transmitted_on="2026-07-01")
    store.add(Record(kind="report", title="State reply", status="received", links=[Link(visit.id, "visit")],
                     fields={"report_type": "state_reply"}))
    assert rt.visit_tracks(store, visit.id, dt.date(2026, 8, 1))[0].report.id == newer.id


def test_the_reply_period_is_a_vault_setting(store, vault_path) -> None:
    vault = store.vault
    assert rt.reply_months(vault) == rt.DEFAULT_REPLY_MONTHS == 6
    rt.set_reply_months(vault, 3)
    assert rt.reply_months(vault) == 3
    visit = a_visit(store)
    visit_report(store, visit, transmitted_on="2026-05-31")
    assert rt.visit_tracks(store, visit.id, dt.date(2026, 6, 1))[0].reply_due == "2026-08-31"
    assert rt.visit_tracks(store, visit.id, dt.date(2026, 6, 1), months=12)[0].reply_due == "2027-05-31"
    for wrong in (0, 37, -1, "4", 2.5, True, None):
        with pytest.raises(rt.InvalidReplyMonths, match="whole number of months from 1 to 36"):
            rt.set_reply_months(vault, wrong)
    assert rt.reply_months(vault) == 3
    vault.close()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as again:
        assert rt.reply_months(again) == 3  # kept inside the vault


def test_a_published_report_to_the_state_makes_it_eligible_for_the_special_fund(store) -> None:
    mexico, chile = a_visit(store, "MX"), a_visit(store, "CL")
    assert rt.special_fund_eligible(store, "MX") == []
    visit_report(store, mexico, status="state_replied", transmitted_on="2026-05-01")  # not published
    visit_report(store, mexico, "report_to_npm", status="published")  # the NPM's report does not count
    visit_report(store, chile, status="published")
    assert rt.special_fund_eligible(store, "MX") == []
    by_date = visit_report(store, mexico, status="state_replied", published_on="2026-09-01")
    by_status = store.add(Record(  # no country of its own: the visit it names says which State
        kind="report", title="Report on the visit", status="published", date="2026-07-01",
        fields={"report_type": "visit_report_to_state", "visit": mexico.id, "published_on": "2026-07-01"}))
    assert [r.id for r in rt.special_fund_eligible(store, "mx")] == [by_status.id, by_date.id]
    store.delete(by_status.id)
    assert [r.id for r in rt.special_fund_eligible(store, "MX")] == [by_date.id]


def test_add_months_keeps_the_day_or_takes_the_last_of_the_month() -> None:
    assert rt.add_months(dt.date(2026, 1, 15), 6) == dt.date(2026, 7, 15)
    assert rt.add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert rt.add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert rt.add_months(dt.date(2026, 12, 1), 13) == dt.date(2028, 1, 1)
