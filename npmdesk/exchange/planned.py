"""What an export plan keeps of each record it will send, in the order it sends them.

`PlannedRecords` is a read-only sequence of `PlannedRecord` whose memory does not hold a Python
object per record: the records are kept a page (PAGE_RECORDS) at a time as one compressed
bytes object (their id, kind, title, date and reason, about 30 bytes a record instead of some
300 as objects), and each page is decoded when it is read. A record left out (`excluded`, a
refusal: rare) keeps its `Excluded` beside the pages. Reading it in order (iterating, or slices
of a page, as an export does) decodes each page once; `ids()` reads only the ids (no object per
record); `without_excluded()` is a view of the same pages that skips the excluded records.
"""

from __future__ import annotations

import bisect
import json
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, overload

PAGE_RECORDS = 256
_DECODE = json.JSONDecoder().decode
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(frozen=True)
class Excluded:
    """A record left out of a package because consent to its transmission was refused (or
    withdrawn). `title` is the record's title with people named by their aliases only, and
    `people` the aliases of those who refused (empty when the record's own consent, without
    per-person consents, says refused)."""

    id: str
    title: str
    people: tuple[str, ...]

    def describe(self) -> str:
        """One line in English (the CLI's; the GUI words its own)."""
        if self.people:
            who = ", ".join(self.people)
            return f"{self.title}: {who} refused transmission to the SPT"
        return f"{self.title}: consent to transmission was refused"


@dataclass(frozen=True, slots=True)
class PlannedRecord:
    """What the plan keeps of a record: enough to list and order it, never its content. `reason`
    and `excluded` say what it needs for a package beyond the NPM's own devices: a confirmation
    (why), or to be left out (refused consent)."""

    id: str
    kind: str
    title: str
    date: str | None
    reason: str | None = None
    excluded: Excluded | None = None
    seq: int | None = None  # its row number when planned (RecordStore.get_page_at reads it there)


class PlannedRecords(Sequence[PlannedRecord]):
    """The plan's records, in order, compressed a page at a time (module docstring)."""

    def __init__(self, records: Iterable[PlannedRecord] = ()) -> None:
        self._pages: list[tuple[bytes, bytes]] = []  # each page's ids, and the rest of its records
        self._excluded: dict[str, Excluded] = {}
        self._excluded_at: list[int] = []  # the excluded records' positions, ascending
        self._skipped: list[int] = []  # positions in the pages this sequence leaves out, ascending
        self._total = 0  # records in the pages, with those left out
        self._count = 0
        self._cached: tuple[int, list[PlannedRecord]] | None = None  # the page decoded last
        self._kept: PlannedRecords | None = None  # without_excluded()
        page: list[PlannedRecord] = []
        for record in records:
            page.append(record)
            if len(page) == PAGE_RECORDS:
                self._add_page(page)
                page = []
        if page:
            self._add_page(page)

    def _add_page(self, page: list[PlannedRecord]) -> None:
        ids = [r.id for r in page]
        rows = [[r.kind, r.title, r.date, r.reason, r.seq] for r in page]
        self._pages.append((zlib.compress(_ENCODE(ids).encode("utf-8"), 1),
                            zlib.compress(_ENCODE(rows).encode("utf-8"), 1)))
        for n, r in enumerate(page, self._total):
            if r.excluded is not None:
                self._excluded[r.id] = r.excluded
                self._excluded_at.append(n)
        self._total += len(page)
        self._count += len(page)

    def _ids(self, number: int) -> list[str]:
        ids: list[str] = _DECODE(zlib.decompress(self._pages[number][0]).decode("utf-8"))
        return ids

    def _rows(self, number: int) -> list[list[Any]]:
        rows: list[list[Any]] = _DECODE(zlib.decompress(self._pages[number][1]).decode("utf-8"))
        return rows

    def _page(self, number: int) -> list[PlannedRecord]:
        cached = self._cached  # read once: the window's list and an export's thread may both read pages
        if cached is not None and cached[0] == number:
            return cached[1]
        kinds: dict[str, str] = {}
        excluded = self._excluded
        page = [PlannedRecord(rid, kinds.setdefault(kind, kind), title, date, reason, excluded.get(rid), seq)
                for rid, (kind, title, date, reason, seq) in zip(self._ids(number), self._rows(number), strict=True)]
        self._cached = (number, page)
        return page

    @property
    def any_excluded(self) -> bool:
        return bool(self._excluded)

    @property
    def excluded(self) -> list[Excluded]:
        """The records left out beyond the NPM's own devices, in the plan's order."""
        return list(self._excluded.values())  # (kept in the plan's order)

    def excluded_ids(self) -> set[str]:
        return set(self._excluded)

    def without_excluded(self) -> PlannedRecords:
        """The records that are not excluded (itself if none is), made once and kept: a view of
        the same pages that skips the excluded records' places (nothing compressed again)."""
        if not self._excluded:
            return self
        if self._kept is None:
            kept = PlannedRecords()
            kept._pages, kept._total = self._pages, self._total
            kept._skipped = self._excluded_at
            kept._count = self._total - len(kept._skipped)
            self._kept = kept
        return self._kept

    def ids(self) -> Iterator[str]:
        """The records' ids, in order: cheaper than reading the records (no object per record)."""
        skipped, at = self._skipped, 0
        for number in range(len(self._pages)):
            ids = self._ids(number)  # (the ids alone: the page's smaller part)
            if not skipped:
                yield from ids
                continue
            start, left_out = number * PAGE_RECORDS, set()
            while at < len(skipped) and skipped[at] < start + len(ids):
                left_out.add(skipped[at] - start)
                at += 1
            yield from (rid for n, rid in enumerate(ids) if n not in left_out)

    def _position(self, index: int) -> int:
        """The place in the pages of the record at `index` (0 <= index < len(self))."""
        skipped = self._skipped
        if not skipped:
            return index
        before = bisect.bisect_right(skipped, index)
        while True:  # every place left out at or before index + before shifts it one further
            more = bisect.bisect_right(skipped, index + before)
            if more == before:
                return index + before
            before = more

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[PlannedRecord]:
        skipped, at = self._skipped, 0
        for number in range(len(self._pages)):
            page = self._page(number)
            start = number * PAGE_RECORDS
            if at == len(skipped) or skipped[at] >= start + len(page):
                yield from page
                continue
            for n, record in enumerate(page, start):
                if at < len(skipped) and skipped[at] == n:
                    at += 1
                else:
                    yield record

    def _slice(self, start: int, stop: int) -> list[PlannedRecord]:
        """The records from `start` to `stop` (0 <= start, stop <= len(self))."""
        out: list[PlannedRecord] = []
        wanted = stop - start
        if wanted <= 0:
            return out
        skipped = self._skipped
        place = self._position(start)
        at = bisect.bisect_left(skipped, place)  # the next place left out
        while len(out) < wanted:
            number, first = divmod(place, PAGE_RECORDS)
            page = self._page(number)
            start_of_page = number * PAGE_RECORDS
            if at == len(skipped) or skipped[at] >= start_of_page + len(page):  # none left out in this page
                taken = page[first:first + wanted - len(out)]
                out += taken
                place += len(taken)
                continue
            for n in range(first, len(page)):
                if at < len(skipped) and skipped[at] == start_of_page + n:
                    at += 1
                    continue
                out.append(page[n])
                if len(out) == wanted:
                    break
            place = start_of_page + len(page)
        return out

    @overload
    def __getitem__(self, index: int) -> PlannedRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[PlannedRecord]: ...

    def __getitem__(self, index: int | slice) -> PlannedRecord | list[PlannedRecord]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self._slice(start, stop)
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        number, at = divmod(self._position(index), PAGE_RECORDS)
        return self._page(number)[at]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PlannedRecords({self._count} records)"


def as_planned(records: Sequence[PlannedRecord]) -> PlannedRecords:
    """`records` as PlannedRecords (itself if it already is)."""
    return records if isinstance(records, PlannedRecords) else PlannedRecords(records)


class RecordHashes(Mapping[str, str]):
    """Record id -> content hash (hex) of the records written, in the order written: what a
    version 1 manifest lists. The ids are the plan's (`records`, read again page by page), the
    hashes 32 bytes each in one buffer: no string or dict entry per record."""

    def __init__(self, records: Sequence[PlannedRecord]) -> None:
        self._records = records
        self._digests = bytearray()

    def add(self, digest: str) -> None:
        """The hash of the next record of `records` (in their order)."""
        self._digests += bytes.fromhex(digest)

    def __len__(self) -> int:
        return len(self._digests) // 32

    def __iter__(self) -> Iterator[str]:
        records = self._records
        ids = records.ids() if isinstance(records, PlannedRecords) else (record.id for record in records)
        for _, record_id in zip(range(len(self)), ids, strict=False):
            yield record_id

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        view = memoryview(self._digests)
        for n, record_id in enumerate(self):
            yield record_id, view[32 * n:32 * n + 32].hex()

    def __getitem__(self, record_id: str) -> str:
        for found, digest in self.items():
            if found == record_id:
                return digest
        raise KeyError(record_id)
