"""Adding, changing, linking, binning and purging records through the public API."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npmdesk.records import EditConflict, InvalidRecord, Link, ListQuery, Record, RecordNotFound, RecordStore
from npmdesk.records.kinds import KINDS
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.record_helpers import communication


def test_added_record_survives_lock_and_unlock(store, vault_path):
    contact = store.add(Record(kind="contact", title="María Pérez", status="active",
                               fields={"role": "country_rapporteur", "regional_team": "Americas",
                                       "countries": ["MX", "GT"]}))
    letter = store.add(communication(counterpart=contact.id, country="MX", tags=["Interaction with the SPT"],
                                     articles=[11, 20], body="Request for a meeting in Geneva.",
                                     personal_data=True, consent="given", sensitivity="confidential",
                                     pseudonyms={"Juan López": "person A"}))
    store.vault.close()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        again = RecordStore(vault).get(letter.id)
    assert again == letter
    assert again.created_by == "Ana" and again.version == 1


def test_every_kind_can_be_stored(store):
    for name, spec in KINDS.items():
        fields = {}
        for fs in spec.fields:
            if fs.required:
                fields[fs.name] = fs.choices[0] if fs.choices else (2025 if fs.type == "int" else "text")
        stored = store.add(Record(kind=name, title=f"A {name}", status=spec.statuses[0], fields=fields))
        assert store.get(stored.id).kind == name
    assert store.count() == len(KINDS)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"title": "  "}, "title"),
        ({"date": "02/03/2026"}, "date"),
        ({"date": "2026-02-30"}, "date"),
        ({"status": "lost"}, "status"),
        ({"country": "France"}, "country"),
        ({"sensitivity": "secret"}, "sensitivity"),
        ({"articles": [38]}, "articles"),
        ({"links": [Link("not-a-uuid")]}, "links"),
        ({"fields": {"direction": "sideways", "channel": "letter"}}, "direction"),
        ({"fields": {"channel": "letter"}}, "direction"),
        ({"fields": {"direction": "sent", "channel": "letter", "colour": "red"}}, "colour"),
        ({"kind": "spaceship"}, "kind"),
        ({"title": "x\x00y"}, "title"),
    ],
)
def test_invalid_values_name_the_field_and_store_nothing(store, changes, field):
    with pytest.raises(InvalidRecord) as err:
        store.add(communication(**changes))
    assert err.value.field == field
    assert str(err.value)
    assert store.count() == 0


def test_update_keeps_the_previous_version_with_who_and_when(store):
    first = store.add(communication("Draft letter", status="draft"))
    second = store.update(dataclasses.replace(first, title="Final letter", status="sent"))
    third = store.update(dataclasses.replace(second, body="Signed."))
    assert third.version == 3 and store.get(first.id).title == "Final letter"
    history = store.history(first.id)
    assert [(h.version, h.title, h.status) for h in history] == [(2, "Final letter", "sent"),
                                                                  (1, "Draft letter", "draft")]
    assert all(h.updated_by == "Ana" for h in history)
    assert history[0].updated_at < third.updated_at


def test_stale_edit_is_refused(store):
    record = store.add(communication())
    store.update(dataclasses.replace(record, title="Changed in another window"))
    with pytest.raises(EditConflict):
        store.update(dataclasses.replace(record, title="Stale edit"))
    assert store.get(record.id).title == "Changed in another window"


def test_bin_restore_and_purge(store):
    keep = store.add(communication("Keep me"))
    gone = store.add(communication("Bin me", body="Confidential detail about cell 12"))
    store.update(dataclasses.replace(gone, title="Bin me now"))
    store.delete(gone.id)
    assert [s.id for s in store.list()] == [keep.id]
    assert [s.id for s in store.list(ListQuery(in_bin=True))] == [gone.id]
    assert store.search("cell") == []
    with pytest.raises(RecordNotFound):
        store.get(gone.id)
    store.restore(gone.id)
    assert [h.record.id for h in store.search("cell")] == [gone.id]
    store.delete(gone.id)
    assert store.empty_bin() == 1
    with pytest.raises(RecordNotFound):
        store.get(gone.id, include_deleted=True)
    db = store.db
    assert db.execute("SELECT count(*) FROM record_version").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM search_index").fetchone()[0] == 1
    assert store.count() == 1


def test_threads_and_replies(store):
    contact = store.add(Record(kind="contact", title="SPT Secretariat", status="active",
                               fields={"role": "secretariat"}))
    first = store.add(communication("Question on article 20", counterpart=contact.id, date="2026-01-10",
                                    fields={"direction": "sent", "channel": "email"}))
    answer = store.reply_to(first.id, date="2026-01-20", status="answered")
    assert answer.fields["direction"] == "received" and answer.title == "Re: Question on article 20"
    follow_up = store.reply_to(answer.id, date="2026-02-01")
    assert follow_up.title == "Re: Question on article 20"
    assert [s.id for s in store.thread(follow_up.id)] == [first.id, answer.id, follow_up.id]
    assert ("reply_to", store.get(first.id).id) in [(rel, s.id) for rel, s in store.linked(answer.id)]
    assert len(store.list(ListQuery(counterpart=contact.id))) == 3


def test_filters_sorting_and_paging(store):
    for i in range(30):
        store.add(communication(f"Letter {i:02}", date=f"2026-01-{i + 1:02}", country="FR" if i % 2 else "ES",
                                tags=["Annual Reports"] if i % 3 == 0 else [],
                                status="awaiting_reply" if i < 5 else "sent"))
    assert store.count(ListQuery(country="FR")) == 15
    assert store.count(ListQuery(tag="Annual Reports")) == 10
    assert store.count(ListQuery(status="awaiting_reply")) == 5
    assert store.count(ListQuery(date_from="2026-01-10", date_to="2026-01-19")) == 10
    page = store.list(ListQuery(order_by="date", descending=True, offset=5, limit=5))
    assert [s.title for s in page] == [f"Letter {i:02}" for i in range(24, 19, -1)]
    by_title = store.list(ListQuery(order_by="title", descending=False, limit=3))
    assert [s.title for s in by_title] == ["Letter 00", "Letter 01", "Letter 02"]


titles = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(titles, st.booleans()), min_size=1, max_size=6))
def test_history_bin_and_purge_keep_their_promises(store, edits):
    """Any sequence of edits and bin round-trips keeps every version; purging leaves nothing."""
    record = store.add(communication("Original"))
    seen = ["Original"]
    for title, bin_round_trip in edits:
        record = store.update(dataclasses.replace(record, title=title))
        seen.append(title)
        if bin_round_trip:
            store.delete(record.id)
            assert store.count(ListQuery(ids=(record.id,))) == 0
            record = store.restore(record.id)
    assert [h.title for h in store.history(record.id)] == list(reversed(seen[:-1]))
    assert store.get(record.id).title == seen[-1]
    store.delete(record.id)
    store.empty_bin()
    for table in ("record", "record_version", "record_tag", "search_index"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0  # noqa: S608


def test_a_page_of_records_reads_the_live_ones_whole(store):
    tagged = store.add(dataclasses.replace(communication("Tagged"), tags=["visit", "follow-up"],
                                                 articles=["11(1)(b)", "19"]))
    plain = store.add(communication("Plain"))
    binned = store.add(communication("Binned"))
    store.delete(binned.id)
    page = store.get_page([plain.id, tagged.id, binned.id, "00000000-0000-4000-8000-000000000000"])
    assert set(page) == {tagged.id, plain.id}
    assert page[tagged.id] == store.get(tagged.id)
    assert page[plain.id] == store.get(plain.id)


def test_consent_views_and_history_of_a_page(store):
    edited = store.add(communication("Edited"))
    store.update(dataclasses.replace(edited, title="Edited again"))
    fresh = store.add(communication("Fresh"))
    binned = store.add(communication("Binned"))
    store.delete(binned.id)
    ids = [edited.id, fresh.id, binned.id]
    views = store.consent_views(ids)
    assert set(views) == {edited.id, fresh.id}
    assert views[edited.id] == store.consent_view(edited.id)
    assert store.with_history(ids) == {edited.id}
