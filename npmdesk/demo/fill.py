"""A demo vault: realistic synthetic records of every kind, the same for the same seed and State.

The records are about one State, the vault's own (vault_meta `npm_state`; when none is set, a
default State picked from the seed, see base.default_state): its places, people, one to three
SPT visits (none before its ratification), their reports and recommendations, the NPM's own reports,
advice requests, reprisal cases with consent per person, annual reports and Special Fund
applications. Only a few records are about other States, where that is natural (a regional NPM
network's statement, advice from another NPM, contacts in other NPMs).

Records are made in dependency order (contacts and places first, then visits, their reports
and recommendations, …) so links always point at records that exist, and are stored in
batches with `RecordStore.add_many`. Every id, text and date comes from `random.Random(seed)`
and the fixed BASE_DATE, never from the clock: only the store's created/updated stamps differ
between two runs. Kinds that cannot grow with the vault (visits, annual reports, Special Fund
calls) are capped, and their share goes to communications, so a vault has exactly the records asked.
"""

from __future__ import annotations

import io
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from npmdesk.demo import files as demo_files
from npmdesk.demo.base import BASE_DATE
from npmdesk.demo.kinds import KindMakers
from npmdesk.errors import NpmdeskError
from npmdesk.records import attachments as attachment_store
from npmdesk.records import extract_worker
from npmdesk.records.model import Record, RecordNotFound
from npmdesk.records.npm_state import npm_state
from npmdesk.records.store import RecordStore

__all__ = ["BASE_DATE", "WEIGHTS", "DemoData", "DemoSummary", "allocate", "generate", "vault_state"]

BATCH = 2000
Progress = Callable[[int, int], None]

# Records per kind, out of sum(WEIGHTS.values()); also the order in which kinds are made.
WEIGHTS = {
    "contact": 2, "place": 6, "visit": 2, "report": 4, "recommendation": 16, "reprisal_case": 1,
    "reprisal_check": 3, "special_fund": 2, "annual_report": 1, "interpretation_request": 2, "update": 8,
    "statement": 1, "communication": 48, "reminder": 6,
}
OVERFLOW = "communication"  # takes what capped kinds cannot


def allocate(total: int, caps: dict[str, int] | None = None) -> dict[str, int]:
    """How many records of each kind make `total` (at least one of each when total >= 14, and no
    more of a kind than its cap in `caps`; caps are at least 1)."""
    weight_sum = sum(WEIGHTS.values())
    counts = {kind: total * w // weight_sum for kind, w in WEIGHTS.items()}
    order = list(WEIGHTS)
    by_remainder = sorted(order, key=lambda k: (-(total * WEIGHTS[k] % weight_sum), order.index(k)))
    for kind in by_remainder[: total - sum(counts.values())]:
        counts[kind] += 1
    if total >= len(WEIGHTS):
        for kind in order:
            if counts[kind] == 0:
                counts[max(order, key=lambda k: counts[k])] -= 1
                counts[kind] = 1
    for kind, cap in (caps or {}).items():
        if counts[kind] > cap:
            counts[OVERFLOW] += counts[kind] - cap
            counts[kind] = cap
    return counts


def vault_state(store: RecordStore) -> str | None:
    """The vault's own State (ISO alpha-2), None if none is set."""
    return npm_state(store.vault)


@dataclass(frozen=True)
class DemoSummary:
    records: int
    by_kind: dict[str, int]
    attachments: int
    attachment_bytes: int
    seconds: float
    seed: int
    state: str = ""  # ISO alpha-2 of the State the records are about
    state_is_default: bool = False  # the vault has no State: the demo picked one from the seed


class DemoData(KindMakers):
    """The demo records for (records, seed, State), made lazily, batch by batch."""

    def __init__(self, records: int, seed: int = 0, state: str | None = None) -> None:
        super().__init__(seed, state)
        self.counts = allocate(max(0, records), self.caps())

    def caps(self) -> dict[str, int]:
        """Kinds that cannot grow with the vault: the planned visits, one annual report per year
        since the NPM's first, one Special Fund application per call since a report could be published."""
        first_report = max((self.home.ratification_year or BASE_DATE.year - 2) + 1, BASE_DATE.year - 15)
        publishable = [plan.end.year for plan in self.plans if plan.state_report == "requested_by_state"]
        calls = min(6, BASE_DATE.year - min(publishable)) if publishable else 1
        return {"visit": len(self.plans), "annual_report": max(1, BASE_DATE.year - first_report),
                "special_fund": max(1, calls)}

    def records(self) -> Iterator[Record]:
        for kind in WEIGHTS:
            if kind == "communication":
                dossiers = list(self.visit_dossiers(self.counts[kind] // 5))
                yield from dossiers
                yield from self.communications(self.counts[kind] - len(dossiers))
                continue
            maker = getattr(self, kind)
            for i in range(self.counts[kind]):
                yield maker(i)

    def batches(self, size: int = BATCH) -> Iterator[list[Record]]:
        batch: list[Record] = []
        for record in self.records():
            batch.append(record)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch

    def attachment_files(self, count: int) -> Iterator[tuple[str, str, bytes]]:
        """(record id, file name, content) for `count` attachments; call after `records()`."""
        if not self.attachable:
            return
        for n in range(count):
            record_id, kind, lang, title = self.rng.choice(self.attachable)
            yield record_id, *self._file(n, kind, lang, title)

    def _file(self, n: int, kind: str, lang: str, title: str) -> tuple[str, bytes]:
        rng = self.rng
        ref = f"Ref. NPMDOC{n:06d}"
        paragraphs = [title, ref] + [self.body(lang, rng.randint(3, 8)) for _ in range(rng.randint(2, 40))]
        roll = rng.random()
        if kind in ("annual_report", "report") or (kind == "communication" and roll < 0.5):
            size = rng.choice((0, 0, 0, 0, 0, 0, 0, 20_000, 80_000, 200_000, 600_000, 1_500_000))
            stem = _slug(title)[:40] or "document"
            return f"{stem}-{n}.pdf", demo_files.pdf(paragraphs, rng.randbytes(size // 2).hex().encode())
        paragraphs.append(rng.choice(self.other_sentences))
        if kind == "visit" or roll > 0.8:
            items = [self.place_name(lang) for _ in range(rng.randint(2, 8))]
            return f"notes-{n}.md", demo_files.markdown(title, paragraphs, items)
        return f"message-{n}.txt", demo_files.plain_text(title, paragraphs)


class DemoSeedUsed(NpmdeskError):
    """Demo records are the same for the same seed (their ids too): a seed already used in this
    vault would collide with what it wrote. Nothing is added."""

    def __init__(self, seed: int) -> None:
        super().__init__("This vault already holds the demo data of seed {seed}: choose another seed. "
                         "Nothing was added.", seed=seed)


def _already_there(store: RecordStore, batch: list[Record]) -> bool:
    for record in batch:
        try:
            store.get(record.id, include_deleted=True)
        except RecordNotFound:
            continue
        return True
    return False


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text).split())


def generate(store: RecordStore, records: int, attachments: int = 0, seed: int = 0,
             progress: Progress | None = None, state: str | None = None) -> DemoSummary:
    """Add `records` demo records and `attachments` attachments to the vault of `store`, about
    `state` (default: the vault's own State, or one picked from the seed if it has none).

    `progress(done, total)` is called after each batch of records and each attachment.
    """
    started = time.perf_counter()
    data = DemoData(records, seed, state or vault_state(store))
    total = sum(data.counts.values()) + attachments
    done = 0
    for number, batch in enumerate(data.batches()):
        if number == 0 and _already_there(store, batch):  # the same seed again: the same ids
            raise DemoSeedUsed(seed)
        store.add_many(batch)
        done += len(batch)
        if progress is not None:
            progress(done, total)
    added = size = 0
    with extract_worker.Extractor() as extractor:  # one text-extraction child for the whole run
        for record_id, name, content in data.attachment_files(attachments):
            attachment_store.add(store, record_id, name, io.BytesIO(content), extractor=extractor)
            added += 1
            size += len(content)
            if progress is not None:
                progress(done + added, total)
    return DemoSummary(
        records=sum(data.counts.values()), by_kind=dict(data.counts), attachments=added,
        attachment_bytes=size, seconds=time.perf_counter() - started, seed=seed,
        state=data.home.iso2, state_is_default=data.state_is_default,
    )
