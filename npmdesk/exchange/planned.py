"""What an export plan keeps of each record it will send, in the order it sends them.

`PlannedRecords` is a read-only sequence of `PlannedRecord` whose memory does not hold a Python
object per record: the records are kept a page (PAGE_RECORDS) at a time as one compressed
bytes object (their id, kind, title, date and reason, about 30 bytes a record instead of some
300 as objects), and each page is decoded when it is read. A record left out (`excluded`, a
refusal: rare) keeps its `Excluded` beside the pages. Reading it in order (iterating, or slices
of a page, as an export does) decodes each page once.
"""

from __future__ import annotations

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


class PlannedRecords(Sequence[PlannedRecord]):
    """The plan's records, in order, compressed a page at a time (module docstring)."""

    def __init__(self, records: Iterable[PlannedRecord] = ()) -> None:
        self._pages: list[bytes] = []
        self._excluded: dict[str, Excluded] = {}
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
        rows = [[r.id, r.kind, r.title, r.date, r.reason] for r in page]
        self._pages.append(zlib.compress(_ENCODE(rows).encode("utf-8"), 1))
        self._excluded.update((r.id, r.excluded) for r in page if r.excluded is not None)
        self._count += len(page)

    def _page(self, number: int) -> list[PlannedRecord]:
        cached = self._cached  # read once: the window's list and an export's thread may both read pages
        if cached is not None and cached[0] == number:
            return cached[1]
        kinds: dict[str, str] = {}
        excluded = self._excluded
        rows: list[list[Any]] = _DECODE(zlib.decompress(self._pages[number]).decode("utf-8"))
        page = [PlannedRecord(rid, kinds.setdefault(kind, kind), title, date, reason, excluded.get(rid))
                for rid, kind, title, date, reason in rows]
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
        """The records that are not excluded (itself if none is), made once and kept."""
        if not self._excluded:
            return self
        if self._kept is None:
            self._kept = PlannedRecords(r for r in self if r.excluded is None)
        return self._kept

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[PlannedRecord]:
        for number in range(len(self._pages)):
            yield from self._page(number)

    @overload
    def __getitem__(self, index: int) -> PlannedRecord: ...

    @overload
    def __getitem__(self, index: slice) -> list[PlannedRecord]: ...

    def __getitem__(self, index: int | slice) -> PlannedRecord | list[PlannedRecord]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            out: list[PlannedRecord] = []
            while start < stop:
                number, at = divmod(start, PAGE_RECORDS)
                taken = self._page(number)[at:at + stop - start]
                out += taken
                start += len(taken)
            return out
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        number, at = divmod(index, PAGE_RECORDS)
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
        for _, record in zip(range(len(self)), self._records, strict=False):
            yield record.id

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        view = memoryview(self._digests)
        for n, record_id in enumerate(self):
            yield record_id, view[32 * n:32 * n + 32].hex()

    def __getitem__(self, record_id: str) -> str:
        for found, digest in self.items():
            if found == record_id:
                return digest
        raise KeyError(record_id)
