"""BENCHMARK, NOT A TEST (not collected by pytest). The record store at scale, against plain SQLite.

    .venv/bin/python benchmarks/bench_records.py [--records 100000] [--attachment-mb 1024] [--keep]

Builds, in a temporary folder, a demo vault (npmdesk.demo.fill) of --records records and
--attachment-mb MB of attachments and, in the same run, two unencrypted baselines with the same
schema (migration 3) holding the very same rows, written by the same RecordStore code (fixed
clock, so rows are identical) through a stub vault:
  plain  the stdlib `sqlite3` module (its SQLite version is printed and may be older);
  nokey  `sqlcipher3` without a key: the vault's own SQLite build, so npmdesk/nokey is the cost
         of encryption alone.
Prints: bulk insert times and ratios; unlock time beyond the KDF (test KDF profile) and the first
screen's queries; p50/p95 of the 27 fixed searches of search_queries.py (mixed scripts, prefixes, phrases) on each
database; attachment write/read throughput with the tracemalloc peak; the process's peak RSS.
Attachments are incompressible binary files streamed from a generator (.bin, so no text
extraction), 32 MiB each, plus 50 small demo PDFs/notes so that attachment text is searched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

os.environ["NPMDESK_KDF_PROFILE"] = "test"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlcipher3 import dbapi2 as sqlcipher

from npmdesk.demo.fill import DemoData
from npmdesk.records import ListQuery, RecordStore
from npmdesk.records import attachments as attachment_store
from npmdesk.vault import Credential, Secret, Vault, kdf, migrations
from npmdesk.vault.database import SETTINGS
from npmdesk.vault.kdf import TEST_PARAMS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_queries import QUERIES

PASSPHRASE = "benchmark passphrase, not a secret"  # noqa: S105
MIB = 1024 * 1024
FILE_MIB = 32
FIXED = dt.datetime(2026, 1, 15, 9, 0, tzinfo=dt.UTC)
REPEAT = 5
SEARCH_PAGE = ListQuery(limit=20)  # one page of results, as the search box shows them


class MemoryKeyring:
    def __init__(self) -> None:
        self.entries: dict[str, Secret] = {}

    def get(self, entry: str) -> Secret | None:
        return self.entries.get(entry)

    def set(self, entry: str, secret: Secret) -> None:
        self.entries[entry] = Secret(bytes(secret.buffer))

    def delete(self, entry: str) -> None:
        self.entries.pop(entry, None)


class PlainVault:
    """Just enough of a Vault for RecordStore and attachments: an unencrypted connection, from the
    stdlib `sqlite3` (the baseline asked for) or from `sqlcipher3` without a key (same SQLite build
    as the vault, so the difference is encryption alone)."""

    def __init__(self, path: Path, module: Any = sqlite3) -> None:
        self.db = module.connect(str(path), isolation_level=None, check_same_thread=False)
        self.error = module.OperationalError
        self.db.execute("PRAGMA journal_mode = WAL").fetchone()
        self.db.execute("PRAGMA synchronous = FULL")
        for pragma in SETTINGS:  # trusted_schema=OFF: stdlib SQLite 3.40 then refuses json_valid() in CHECKs
            if "trusted_schema" not in pragma:
                self.db.execute(pragma)

    def create_schema(self) -> None:
        """The vault's schema, every migration of it, on purpose (FTS5's 'secure-delete' needs SQLite
        >= 3.42: older stdlib builds skip that one setting)."""
        db, error = self.db, self.error

        class Tolerant:
            def execute(self, sql: str, *args: Any) -> Any:
                try:
                    return db.execute(sql, *args)
                except error:
                    if "secure-delete" not in sql:
                        raise
                    return None

            def executemany(self, sql: str, rows: Any) -> Any:
                return db.executemany(sql, rows)

        for migration in migrations.MIGRATIONS:
            migration(Tolerant())

    def meta(self, key: str) -> str:
        return "bench"

    def ensure_in_place(self) -> None:
        """The store asks before each write whether the vault's folder moved: it never does here."""


class Stream(io.RawIOBase):
    """`size` deterministic, incompressible bytes, produced chunk by chunk (never held whole)."""

    def __init__(self, size: int, seed: int) -> None:
        super().__init__()
        self.left = size
        self.rng = random.Random(seed)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.left, MIB)
        if n <= 0:
            return 0
        memoryview(buffer)[:n] = self.rng.randbytes(n)
        self.left -= n
        return n


class Discard:
    def write(self, data: bytes) -> int:
        return len(data)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn, *args):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def insert(stores: dict[str, RecordStore], records: int, seed: int) -> tuple[dict[str, float], DemoData]:
    data = DemoData(records, seed)
    spent = dict.fromkeys(stores, 0.0)
    for batch in data.batches(2000):
        for name, store in stores.items():
            spent[name] += timed(store.add_many, batch)[0]
    return spent, data


def unlock_times(folder: Path) -> tuple[float, float, float, float]:
    """Median unlock, KDF alone, count() and list(limit=100) over 5 unlocks."""
    unlocks, counts, lists, kdfs = [], [], [], []
    for _ in range(5):
        credential = Credential.passphrase(PASSPHRASE)
        t_unlock, vault = timed(lambda c=credential: Vault.unlock(folder, c, device_keyring=MemoryKeyring()))
        store = RecordStore(vault)
        counts.append(timed(store.count)[0])
        lists.append(timed(store.list, ListQuery(limit=100))[0])
        unlocks.append(t_unlock)
        vault.close()
        kdfs.append(timed(kdf.derive, Secret.from_passphrase(PASSPHRASE), bytes(16), TEST_PARAMS)[0])
    return (statistics.median(unlocks), statistics.median(kdfs), statistics.median(counts),
            statistics.median(lists))


def search_latency(store: RecordStore) -> list[float]:
    samples = []
    for _ in range(REPEAT):
        for query in QUERIES:
            samples.append(timed(store.search, query, SEARCH_PAGE)[0])
    return samples


def attachments_io(store: RecordStore, targets: list[str], total_mb: int) -> tuple[float, float, float, float]:
    """(write s, write peak bytes, read s, read peak bytes) for total_mb MB in FILE_MIB files."""
    sizes, left = [], total_mb * MIB
    while left > 0:
        sizes.append(min(left, FILE_MIB * MIB))
        left -= sizes[-1]
    ids = []
    tracemalloc.start()
    start = time.perf_counter()
    for n, size in enumerate(sizes):
        info = attachment_store.add(store, targets[n % len(targets)], f"scan-{n}.bin", Stream(size, n))
        ids.append(info.id)
    write = time.perf_counter() - start
    write_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    start = time.perf_counter()
    for attachment_id in ids:
        attachment_store.copy_to(store, attachment_id, Discard())  # type: ignore[arg-type]
    read = time.perf_counter() - start
    read_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return write, write_peak, read, read_peak


SESSION = """
import io, resource, sys
sys.path[:0] = sys.argv[2:]
from pathlib import Path
from bench_records import MemoryKeyring, PASSPHRASE, QUERIES, SEARCH_PAGE
from npmdesk.records import ListQuery, RecordStore
from npmdesk.records import attachments
from npmdesk.vault import Credential, Vault
with Vault.unlock(Path(sys.argv[1]), Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
    store = RecordStore(vault)
    store.count(); store.list(ListQuery(limit=100))
    for offset in range(0, store.count(), 5000):
        store.list(ListQuery(offset=offset, limit=100))
    for query in QUERIES:
        store.search(query, SEARCH_PAGE)
    ids = [row[0] for row in vault.db.execute("SELECT id FROM attachment ORDER BY size DESC LIMIT 3")]
    for attachment_id in ids:
        attachments.verify(store, attachment_id)
status = Path("/proc/self/status")
if status.exists():  # VmHWM starts afresh at exec; ru_maxrss would include the parent's
    print(next(line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM")))
else:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // (1024 if sys.platform == "darwin" else 1))
"""


def session_rss(folder: Path) -> float:
    """Peak RSS (MiB) of a fresh process that opens the vault, scrolls, searches and reads attachments."""
    import subprocess

    here = str(Path(__file__).resolve().parent)
    tests = str(Path(__file__).resolve().parent.parent / "tests")
    out = subprocess.run([sys.executable, "-c", SESSION, str(folder), here, tests],
                         capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--attachment-mb", type=int, default=1024)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="npmdesk-bench-"))
    started = time.perf_counter()
    try:
        vault, _ = Vault.create(root / "vault", Secret.from_passphrase(PASSPHRASE), user_name="bench",
                                argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
        plain = PlainVault(root / "plain.db")
        nokey = PlainVault(root / "nokey.db", sqlcipher)
        stores = {"npmdesk": RecordStore(vault, clock=lambda: FIXED)}
        for name, base in (("plain", plain), ("nokey", nokey)):
            base.create_schema()
            stores[name] = RecordStore(base, clock=lambda: FIXED)  # type: ignore[arg-type]
        print(f"npmdesk records benchmark: {args.records:,} records, {args.attachment_mb:,} MB of attachments;"
              f" SQLCipher's SQLite {sqlcipher.sqlite_version} vs stdlib sqlite3 {sqlite3.sqlite_version}")
        spent, data = insert(stores, args.records, args.seed)
        print("bulk insert      " + "   ".join(
            f"{name} {t:.1f} s ({args.records / t:,.0f} rec/s)" for name, t in spent.items())
            + f"   ratio npmdesk/plain {spent['npmdesk'] / spent['plain']:.2f}x"
            f", npmdesk/nokey {spent['npmdesk'] / spent['nokey']:.2f}x")
        for record_id, name, content in data.attachment_files(50):
            for store in stores.values():
                attachment_store.add(store, record_id, name, io.BytesIO(content))
        for name, store in stores.items():
            samples = search_latency(store)
            print(f"search {name:<8}  {len(QUERIES)} queries x {REPEAT}: p50 {ms(pct(samples, 0.5))}"
                  f"  p95 {ms(pct(samples, 0.95))}  max {ms(max(samples))}")
        targets = [record_id for record_id, *_ in data.attachable[:1000]] or [data.uid()]
        for name, store in stores.items():
            if args.attachment_mb and data.attachable:
                w, wpeak, r, rpeak = attachments_io(store, targets, args.attachment_mb)
                print(f"attachments {name:<8} write {args.attachment_mb / w:,.0f} MB/s ({w:.1f} s,"
                      f" tracemalloc peak {wpeak / MIB:.1f} MiB)   read+verify {args.attachment_mb / r:,.0f} MB/s"
                      f" ({r:.1f} s, peak {rpeak / MIB:.1f} MiB)")
        first = {name: (timed(stores[name].count)[0], timed(stores[name].list, ListQuery(limit=100))[0])
                 for name in ("plain", "nokey")}
        vault.close()
        plain.db.close()
        nokey.db.close()
        unlock, kdf_time, count, listing = unlock_times(root / "vault")
        print(f"unlock           {ms(unlock)} median of 5 = KDF {ms(kdf_time)} + {ms(unlock - kdf_time)} beyond the"
              f" KDF; first screen count() {ms(count)}, list(limit=100) {ms(listing)}"
              + "".join(f"   ({name}: {ms(c)}, {ms(li)})" for name, (c, li) in first.items()))
        files = [root / "vault" / "vault.db", root / "plain.db", root / "nokey.db"]
        print("files            " + ", ".join(f"{f.name} {f.stat().st_size / 1e6:,.0f} MB" for f in files))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rss_mb = rss / 1024 if sys.platform != "darwin" else rss / MIB
        print(f"peak RSS         {session_rss(root / 'vault'):,.0f} MiB for a session on the vault (unlock, scroll"
              f" the whole list, {len(QUERIES)} searches, read the 3 largest attachments);"
              f" {rss_mb:,.0f} MiB for this benchmark process (3 databases)")
        print(f"total run        {time.perf_counter() - started:.0f} s")
    finally:
        if args.keep:
            print(f"kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
