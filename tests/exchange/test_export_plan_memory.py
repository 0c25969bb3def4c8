"""An export's plan of every record costs a few bytes a record, not a Python object per record.

The plan lists what will leave (the dialog shows it, the export follows its order), so it used
to keep each record's id, kind, title and date as objects: some 300 bytes a record, 30 MB per
100,000. It now keeps them compressed a page at a time (exchange/planned.py), and reads them back
the same, in the same order.
"""

from __future__ import annotations

import gc
import tracemalloc

from npmdesk.exchange.export import plan_export
from npmdesk.records import Record

COUNT = 3_000


def _fill(store) -> None:
    store.add_many([Record(kind="communication", title=f"Letter {n:04d} about the visit to the detention centre",
                           date=f"2026-{1 + n % 12:02d}-{1 + n % 28:02d}", status="sent",
                           fields={"direction": "sent", "channel": "letter"}) for n in range(COUNT)])
    store.add(Record(kind="contact", title="Rapporteur", status="active", fields={"role": "other"}))


def test_a_plan_of_every_record_keeps_a_few_bytes_per_record(store):
    _fill(store)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        plan = plan_export(store, None)
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(plan.records) == COUNT + 1
    assert held < COUNT * 80, held  # as objects: over 250 bytes a record


def test_the_compact_plan_lists_every_record_in_export_order(store):
    _fill(store)
    plan = plan_export(store, None)
    listed = list(plan.records)
    assert listed[0].title == "Rapporteur" and listed[0].kind == "contact"  # contacts first
    # then in the order they were stored (not by date: the export reads the table in its order)
    assert [r.title for r in listed[1:]] == [f"Letter {n:04d} about the visit to the detention centre"
                                             for n in range(COUNT)]
    assert len({r.id for r in listed}) == COUNT + 1
    assert plan.records[1] == listed[1] and plan.records[-1] == listed[-1]
    assert plan.records[250:260] == listed[250:260]  # across a page's end
    assert [f.id for f in plan.flagged] == [r.id for r in listed if r.reason]
    assert plan.leaving == listed


def test_the_pass_over_every_record_sorts_nothing_in_memory(store):
    """The plan reads the records in the table's order: no statement of it needs SQLite to sort
    the rows (a temporary B-tree holds every row sorted: tens of MB at 300,000 records)."""
    _fill(store)
    statements: list[str] = []
    store.db.set_trace_callback(statements.append)
    try:
        plan_export(store, None)
    finally:
        store.db.set_trace_callback(None)
    reads = [sql for sql in statements if sql.lstrip().upper().startswith("SELECT") and " FROM record" in sql]
    assert reads
    for sql in reads:
        plan = " ".join(str(step[-1]) for step in store.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "TEMP B-TREE FOR ORDER BY" not in plan, (sql, plan)
