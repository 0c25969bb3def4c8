"""PlannedRecords read back exactly what was planned, in order, whichever way they are read:
iterated, by index, by slices (across pages), as ids only, and without the excluded records (a
view of the same pages, not a second copy)."""

from __future__ import annotations

import random

import pytest

from npmdesk.exchange.planned import PAGE_RECORDS, Excluded, PlannedRecord, PlannedRecords, RecordHashes


def _records(rng: random.Random, count: int, share: float) -> list[PlannedRecord]:
    return [PlannedRecord(f"id-{n}", rng.choice(["contact", "visit"]), f"title {n}", None, None,
                          Excluded(f"id-{n}", f"title {n}", ()) if rng.random() < share else None)
            for n in range(count)]


@pytest.mark.parametrize("seed", range(40))
def test_every_way_of_reading_gives_the_planned_records(seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - test data
    count = rng.choice([0, 1, 7, PAGE_RECORDS - 1, PAGE_RECORDS, PAGE_RECORDS + 1, 2 * PAGE_RECORDS + 3, 1500])
    planned = _records(rng, count, rng.choice([0.0, 0.002, 0.05, 0.5, 0.95, 1.0]))
    kept = [r for r in planned if r.excluded is None]
    records = PlannedRecords(planned)
    leaving = records.without_excluded()
    assert list(records) == planned and list(records.ids()) == [r.id for r in planned]
    assert list(leaving) == kept and list(leaving.ids()) == [r.id for r in kept]
    assert len(leaving) == len(kept) and leaving == kept
    assert not leaving.any_excluded and leaving.excluded == []
    assert records.excluded == [r.excluded for r in planned if r.excluded is not None]
    for start in range(0, len(kept), PAGE_RECORDS):  # as an export reads them
        assert leaving[start:start + PAGE_RECORDS] == kept[start:start + PAGE_RECORDS]
    for _ in range(50):
        a, b = rng.randrange(-5, len(kept) + 6), rng.randrange(-5, len(kept) + 6)
        assert leaving[a:b] == kept[a:b] and leaving[a:b:3] == kept[a:b:3]
        if kept:
            n = rng.randrange(-len(kept), len(kept))
            assert leaving[n] == kept[n]
    with pytest.raises(IndexError):
        leaving[len(kept)]
    hashes = RecordHashes(leaving)
    for _ in kept:
        hashes.add("ab" * 32)
    assert list(hashes) == [r.id for r in kept]


def test_the_view_without_the_excluded_is_made_once() -> None:
    records = PlannedRecords(_records(random.Random(1), 600, 0.1))  # noqa: S311 - test data
    assert records.without_excluded() is records.without_excluded()
    assert records.without_excluded()._pages is records._pages  # the same pages, not compressed again
