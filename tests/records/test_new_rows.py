"""New records written a batch at a time (records/new_rows.py) are stored exactly as records
inserted one by one: the same rows, tags, articles, links and pseudonyms, row numbers in the order
they came (after the vault's own), their search entries, and their tombstones gone."""

from __future__ import annotations

import pytest

from npmdesk.records import Link, RecordStore
from npmdesk.records.model import new_id
from npmdesk.records.new_rows import NewRows
from tests.support.record_helpers import communication

STAMP = {"version": 1, "created_at": "2026-01-02T03:04:05Z", "created_by": "Ana",
         "updated_at": "2026-01-02T03:04:05Z", "updated_by": "Ana"}


def test_batched_new_records_are_stored_as_records_added_one_by_one(store: RecordStore,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(NewRows, "BATCH", 3)  # several batches, and a last one flushed by hand
    first = store.add(communication("Already here"))
    other = store.add(communication("Linked to"))
    store.delete(other.id)
    store.purge(other.id)  # leaves a tombstone: a record brought back from a package takes it away
    assert store.tombstone(other.id) is not None
    records = [communication(f"Letter number {n} about detención", id=new_id(), tags=sorted(["visit", f"t{n}"]),
                             articles=["11(1)(b)", "19"], links=[Link(first.id, "related")],
                             country="KH", **STAMP) for n in range(7)]
    records.append(communication("Brought back", id=other.id, **STAMP))
    with store.transaction() as db:
        rows = NewRows(db)
        for record in records:
            store.import_new(db, record, rows)
        rows.flush()
    for record in records:
        assert store.get(record.id) == record
    assert store.tombstone(other.id) is None
    seqs = [store.db.execute("SELECT seq FROM record WHERE id=?", (r.id,)).fetchone()[0] for r in records]
    assert seqs == sorted(seqs) and seqs[0] > store.db.execute(
        "SELECT seq FROM record WHERE id=?", (first.id,)).fetchone()[0]
    assert len(store.search("detencion")) == 7
    assert len(store.search("Cambodge")) == 7  # the country's names in every language
    assert {hit.record.id for hit in store.search("Brought")} == {other.id}


def test_a_rollback_drops_what_is_pending(store: RecordStore) -> None:
    record = communication("Never written", id=new_id(), **STAMP)
    with pytest.raises(RuntimeError), store.transaction() as db:
        store.import_new(db, record, NewRows(db))
        raise RuntimeError
    assert store.list() == []
    assert store.search("written") == []
