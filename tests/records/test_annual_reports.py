"""An NPM annual report as separate dated steps, its deadline (the national one, approximate
until set), and the calendar that uses it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from npmdesk.records import Record
from npmdesk.records.annual_reports import deadline, steps
from npmdesk.records.calendar import national_deadlines, upcoming, upcoming_for

D = dt.date


def annual(store, year: int = 2026, **fields: object) -> Record:
    return store.add(Record(kind="annual_report", title=f"Annual report {year}", status="in_preparation",
                            fields={"year": year, **fields}))


def test_the_steps_are_separate_and_dated_in_any_order(store) -> None:
    report = annual(store, tabled_on="2027-04-20", date_sent="2027-03-02", languages_sent=["en", "fr"],
                    published_url="https://www.ohchr.org/npm/2026.pdf")
    found = {s.key: s for s in steps(report)}
    assert list(found) == ["published_nationally", "tabled_in_parliament", "sent_to_spt", "acknowledged_by_spt",
                           "posted_by_ohchr"]
    assert not found["published_nationally"].done and found["published_nationally"].on is None
    assert found["tabled_in_parliament"].done and found["tabled_in_parliament"].on == "2027-04-20"
    assert found["sent_to_spt"].on == "2027-03-02" and found["sent_to_spt"].detail == ("en", "fr")
    assert not found["acknowledged_by_spt"].done
    # Posted, from a vault that recorded the link before steps had dates.
    assert found["posted_by_ohchr"].done and found["posted_by_ohchr"].on is None
    published = store.update(replace(report, fields={**report.fields, "published_nationally_on": "2027-02-10",
                                                     "national_url": "https://npm.example/2026"}))
    first = steps(published)[0]
    assert first.done and first.on == "2027-02-10" and first.detail == ("https://npm.example/2026",)


def test_the_deadline_is_approximate_until_the_national_one_is_set(store) -> None:
    report = annual(store, 2026)
    assert deadline(report) == deadline(report, 3)
    due = deadline(report)
    assert due is not None and (due.day, due.approximate) == (D(2027, 3, 31), True)
    assert deadline(report, report_month=6).day == D(2027, 6, 30)
    national = store.update(replace(report, fields={**report.fields, "national_deadline": "2027-05-15"}))
    due = deadline(national)
    assert due is not None and (due.day, due.approximate) == (D(2027, 5, 15), False)
    assert deadline(Record(kind="annual_report", title="No year", fields={})) is None


def test_the_calendar_uses_the_national_deadline_when_set(store) -> None:
    today = D(2027, 1, 1)
    report = annual(store, 2026)
    assert national_deadlines(store) == {}
    [approximate] = [e for e in upcoming_for(store, today) if e.kind == "annual_report_due"]
    assert (approximate.start, approximate.approximate) == (D(2027, 3, 31), True)
    store.update(replace(report, fields={**report.fields, "national_deadline": "2027-05-15"}))
    other = annual(store, 2026, national_deadline="2027-01-10")
    store.update(replace(other, country="FR"))  # another State's NPM report, kept for reference
    store.vault.db.execute("INSERT INTO vault_meta(key, value) VALUES ('npm_state', 'MX')")
    assert national_deadlines(store) == {2026: D(2027, 5, 15)}
    [national] = [e for e in upcoming_for(store, today) if e.kind == "annual_report_due"]
    assert (national.start, national.approximate, national.covers) == (D(2027, 5, 15), False, 2026)
    assert [e.start for e in upcoming(today, national_deadlines={2026: D(2027, 5, 15)})
            if e.kind == "annual_report_due"] == [D(2027, 5, 15)]
