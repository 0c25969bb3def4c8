"""A plan of every record makes a record only for rows that hold personal data or per-person
consents (export._planned_row); for every other row its reason to confirm (or none) must be the
one the whole consent view gives."""

from __future__ import annotations

import itertools
import json

from npmdesk.exchange import export
from npmdesk.records.kinds import KINDS, SENSITIVITIES
from npmdesk.records.store import consent_view_of

PEOPLE = [[], [{"person": "Ahmed Benali", "consents": [{"purpose": "spt_transmission", "state": "refused"}]}],
          [{"person": "Sara", "consents": [{"purpose": "spt_transmission", "state": "given"}]}],
          [{"person": "Sara", "consents": []}]]


class _Store:
    def pseudonyms_of(self, record_id: str) -> dict[str, str]:
        return {"Ahmed Benali": "person A"}


def test_each_row_is_planned_as_its_consent_view() -> None:
    store = _Store()
    combos = itertools.product(sorted(KINDS), SENSITIVITIES, (0, 1), ("not_applicable", "pending", "given", "refused"),
                               PEOPLE)
    for n, (kind, sensitivity, personal_data, consent, people) in enumerate(combos):
        consents = json.dumps(people) if people else "[]"
        row = (kind, f"Title {n} about Ahmed Benali", "2026-01-02", None, sensitivity, personal_data, consent,
               consents, f"id-{n}", n, None)
        planned = export._planned_row(store, row)  # type: ignore[arg-type]
        assert planned == export._planned_record(store, row[8], consent_view_of(row), n), row  # type: ignore[arg-type]


def test_a_plan_of_every_record_notes_each_row_number(store) -> None:
    """The write reads each record where the plan saw it (RecordStore.get_page_at)."""
    from npmdesk.records import Record

    store.add_many([Record(kind="contact", title=f"Contact {n}", status="active", fields={"role": "other"})
                    for n in range(20)])
    seqs = {row[8]: row[9] for row in store.every_consent_row()}
    plan = export.plan_export(store)
    assert len(plan.records) == 20 and all(r.seq == seqs[r.id] for r in plan.records)


def test_a_record_no_longer_where_the_plan_saw_it_is_read_by_its_id(store) -> None:
    """The write reads each page by the row numbers the plan noted, and which of them have earlier
    versions; a record no longer at its row number (another one there, or none) is read by its
    id, its history too."""
    from dataclasses import replace

    from npmdesk.exchange.planned import PlannedRecords
    from npmdesk.records import Record

    added = store.add_many([Record(kind="contact", title=f"Contact {n}", status="active",
                                   fields={"role": "other"}) for n in range(6)])
    edited = {added[n].id for n in (1, 2, 5)}
    for rid in edited:
        store.update(replace(store.get(rid), title="Edited"))
    plan = export.plan_export(store)
    seqs = [r.seq or 0 for r in plan.records]
    for moved in (lambda n, r: r, lambda n, r: replace(r, seq=seqs[(n + 1) % len(seqs)] if n % 2 else 999_999)):
        wrong = PlannedRecords([moved(n, r) for n, r in enumerate(plan.records)])
        spooled = export._Spooled(store, export.ExportPlan(wrong), None, None)  # type: ignore[arg-type]
        read, history = {}, set()
        for _, planned, record in spooled._records(wrong):
            read[planned.id] = record.id
            history |= spooled._with_history
        assert read == {r.id: r.id for r in added} and history == edited
