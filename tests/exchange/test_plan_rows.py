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
               consents, f"id-{n}")
        planned = export._planned_row(store, row)  # type: ignore[arg-type]
        assert planned == export._planned_record(store, row[8], consent_view_of(row)), row  # type: ignore[arg-type]
