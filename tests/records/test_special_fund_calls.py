"""The Special Fund's call windows: dated reference data with a default rule, which a vault can
override per year; the calendar shows the call the vault uses; asking for more than the
largest grant is a warning, not a refusal."""

from __future__ import annotations

import datetime as dt

import pytest

from npmdesk.records import Record
from npmdesk.records.calendar import events_of_year, upcoming_for
from npmdesk.records.special_fund_calls import (
    DEFAULT_RULE,
    FROM_VAULT,
    LISTED,
    META_KEY,
    FundCallDatesReversed,
    FundCallDateUnreadable,
    FundGrantNotPositive,
    call_for,
    clear_call,
    over_max_grant,
    reference_call,
    set_call,
    set_call_text,
)

D = dt.date


def test_recent_calls_come_from_the_reference_data_and_other_years_from_its_rule() -> None:
    listed = reference_call(2026)
    assert (listed.opens, listed.closes, listed.max_grant_usd, listed.source) == (
        D(2026, 1, 1), D(2026, 3, 1), 30000, LISTED)
    assert not listed.approximate and listed.is_open(D(2026, 2, 15)) and not listed.is_open(D(2026, 3, 2))
    ruled = reference_call(2031)
    assert (ruled.opens, ruled.closes, ruled.source, ruled.approximate) == (
        D(2031, 1, 1), D(2031, 3, 1), DEFAULT_RULE, True)
    fund = next(e for e in events_of_year(2026) if e.kind == "special_fund_call")
    assert (fund.start, fund.end, fund.approximate) == (D(2026, 1, 1), D(2026, 3, 1), False)


def test_a_vault_overrides_a_years_call_and_can_go_back_to_the_reference(store) -> None:
    vault = store.vault
    assert call_for(vault, 2027) == reference_call(2027)
    mine = set_call(vault, 2027, D(2027, 1, 15), D(2027, 3, 15), 35000)
    assert (mine.opens, mine.closes, mine.max_grant_usd, mine.source) == (D(2027, 1, 15), D(2027, 3, 15), 35000,
                                                                           FROM_VAULT)
    assert call_for(vault, 2027) == mine and call_for(vault, 2026).source == LISTED
    events = [e for e in upcoming_for(store, D(2027, 1, 1), 60) if e.kind == "special_fund_call"]
    assert [(e.start, e.end, e.approximate) for e in events] == [(D(2027, 1, 15), D(2027, 3, 15), False)]
    assert clear_call(vault, 2027) == reference_call(2027)
    assert call_for(vault, 2027).source == DEFAULT_RULE


def test_impossible_calls_are_refused_and_change_nothing(store) -> None:
    vault = store.vault
    with pytest.raises(FundCallDatesReversed):
        set_call(vault, 2027, D(2027, 3, 1), D(2027, 1, 1), 30000)
    with pytest.raises(FundCallDatesReversed):
        set_call(vault, 2027, D(2026, 12, 1), D(2027, 3, 1), 30000)
    for bad in (0, -5, True):
        with pytest.raises(FundGrantNotPositive):
            set_call(vault, 2027, D(2027, 1, 1), D(2027, 3, 1), bad)
    assert vault.meta(META_KEY) == "" and call_for(vault, 2027) == reference_call(2027)
    vault.db.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)", (META_KEY, '{"2027": {"opens": 1}}'))
    assert call_for(vault, 2027) == reference_call(2027)  # a damaged override reads as none


def test_more_than_the_largest_grant_is_warned_about_but_saved(store) -> None:
    call = reference_call(2026)
    assert over_max_grant(call, 30001, "USD") and over_max_grant(call, 45000.5, None)
    assert not over_max_grant(call, 30000, "usd") and not over_max_grant(call, 90000, "EUR")
    assert not over_max_grant(call, None, "USD")
    saved = store.add(Record(kind="special_fund", title="Big project", status="draft", fields={
        "purpose": "education", "call_year": 2026, "amount": 45000, "currency": "USD"}))
    assert store.get(saved.id).fields["amount"] == 45000


def test_a_call_typed_as_text_is_read_or_refused_with_one_sentence(store) -> None:
    vault = store.vault
    call = set_call_text(vault, 2028, " 2028-01-05", "2028-03-05 ", "32,500")
    assert (call.opens, call.closes, call.max_grant_usd, call.source) == (D(2028, 1, 5), D(2028, 3, 5), 32500,
                                                                          FROM_VAULT)
    for opens, closes, grant, error in (("5 January", "2028-03-05", "30000", FundCallDateUnreadable),
                                        ("2028-01-05", "2028-03-05", "a lot", FundGrantNotPositive),
                                        ("2028-01-05", "2028-03-05", "nan", FundGrantNotPositive)):
        with pytest.raises(error) as refused:
            set_call_text(vault, 2028, opens, closes, grant)
        assert str(refused.value).count(". ") == 0 and str(refused.value).endswith(".")
    assert call_for(vault, 2028) == call
