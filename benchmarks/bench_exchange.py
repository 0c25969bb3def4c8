"""BENCHMARK, NOT A TEST. Export and import packages with npmdesk, each beside its floor measured
in the same run, interleaved (benchmarks/floor.py says what a floor is):

    .venv/bin/python benchmarks/bench_exchange.py [--sets 10000:0,100000:0,10000:500,200:500] [--repeat 3] [--dir DIR]

Each set is RECORDS:ATTACHMENT_MB[:REPEAT] (REPEAT overrides --repeat for that set): a field
vault gets that many demo records of every kind and that many MB of incompressible attachments
(5 MiB files), and is exported whole for an office vault.
Each repeat then runs, in turn: `npmdesk export --all` (its own process: start-up, unlock,
read, pseudonymise, sign, tar, encrypt), `npmdesk import` into an empty copy of the office vault
(decrypt, verify, validate, merge, index, store the attachments, one transaction), the import's
floors (`age -d | tar -x`, then raw sqlcipher3 inserting the rows that import wrote) and the
export's floors (raw sqlcipher3 reading those rows back, JSON and gzip, then `tar -c | age -r`).
Printed: medians of the repeats, npmdesk's peak RSS (GNU time), the ratios to the rows' floor
(the target for record packages: within 2x) and to the bytes' floor (the target for a package
that is mostly attachments: within 1.5x; a package with attachments is also held to its bytes and
its records' rows together), and the 1-minute load average during each measurement.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import floor
from bench_age import Measure, run_measured
from results import Figure, load_range

MIB = 1024 * 1024
PASSPHRASE = "benchmark passphrase 2026"  # noqa: S105 - a throwaway benchmark vault
ENV = {**os.environ, "NPMDESK_PASSPHRASE": PASSPHRASE, "NPMDESK_KDF_PROFILE": "test"}


def npmdesk(*args: str | Path, measured: bool = False) -> tuple[str, Measure | None]:
    cmd = [sys.executable, "-m", "npmdesk", *map(str, args)]
    if measured:
        old = dict(os.environ)
        os.environ.update(ENV)
        try:
            return "", run_measured(cmd)
        finally:
            os.environ.clear()
            os.environ.update(old)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=ENV, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"npmdesk {' '.join(map(str, args))} failed: {proc.stderr}")
    return proc.stdout, None


def fill(vault: Path, records: int, attachments_mb: int) -> None:
    """Demo records of every kind, and attachments of 5 MiB (random bytes: no compression helps)."""
    from npmdesk.demo.fill import generate
    from npmdesk.records import RecordStore
    from npmdesk.records import attachments as files
    from npmdesk.vault import Credential, Vault

    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE)) as opened:
        store = RecordStore(opened)
        generate(store, records, seed=7)
        ids = [s.id for s in store.list()][: max(1, attachments_mb // 5)]
        left = attachments_mb * MIB
        n = 0
        while left > 0:
            size = min(5 * MIB, left)
            files.add(store, ids[n % len(ids)], f"annex-{n}.bin", io.BytesIO(os.urandom(size)))
            left -= size
            n += 1


def write_key(vault: Path, out: Path) -> None:
    """The vault's age identity, for the `age` tool."""
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.vault import Credential, Vault

    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE)) as opened, VaultIdentity.of(opened) as identity:
        out.write_text(identity.age.to_file_text())


@dataclass
class Samples:
    seconds: list[float] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)
    rss: list[float] = field(default_factory=list)
    cpus: list[float] = field(default_factory=list)

    def add(self, seconds: float, rss: float = float("nan"), cpu: float = float("nan")) -> None:
        self.seconds.append(seconds)
        self.loads.append(floor.load())
        self.rss.append(rss)
        self.cpus.append(cpu)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def cpu(self) -> float:
        """The median CPU time (user + system): on a loaded machine it moves much less than the wall time."""
        return statistics.median(self.cpus)

    @property
    def load(self) -> str:
        return f"{min(self.loads):.1f}-{max(self.loads):.1f}"


def floors_of_import(package: Path, key: Path, office: Path, work: Path
                     ) -> tuple[tuple[float, float], tuple[float, float], Any]:
    """(bytes' floor, rows' insert time, the open floor database) for the package `office` imported;
    each time as (wall, CPU) seconds."""
    from npmdesk.vault import Credential, Vault

    members = work / "members"
    shutil.rmtree(members, ignore_errors=True)
    untar = floor.untar(package, key, members)
    for stale in work.glob("floor.db*"):
        stale.unlink()
    target = floor.empty_database(work / "floor.db")
    with Vault.unlock(office, Credential.passphrase(PASSPHRASE)) as opened:
        insert = floor.insert_rows(opened.db, target)
    return untar, insert, target


def run_set(records: int, attachments_mb: int, repeat: int, parent: Path | None) -> tuple[list[str], list[Figure]]:
    work = Path(tempfile.mkdtemp(prefix="bench-exchange-", dir=parent))
    try:
        field_vault, office0 = work / "field", work / "office0"
        for vault in (field_vault, office0):
            npmdesk("init", "--vault", vault, "--npm-name", vault.name, "--user-name", "bench")
        print(f"Filling a vault with {records:,} records and {attachments_mb} MB of attachments ...", flush=True)
        fill(field_vault, records, attachments_mb)
        recipient = npmdesk("identity", "--vault", office0)[0].splitlines()[1].strip()
        key = work / "office.key"
        write_key(office0, key)
        ours = {"export": Samples(), "import": Samples()}
        bytes_floor = {"export": Samples(), "import": Samples()}
        rows_floor = {"export": Samples(), "import": Samples()}
        package = work / "package.age"
        size = 0
        for _ in range(repeat):
            package.unlink(missing_ok=True)
            _, measured = npmdesk("export", "--vault", field_vault, "--all", "--confirm-sensitive", "-r", recipient,
                                  "-o", package, measured=True)
            assert measured is not None
            ours["export"].add(measured.seconds, measured.peak_rss_mb, measured.cpu)
            size = package.stat().st_size
            office = work / "office"
            shutil.rmtree(office, ignore_errors=True)
            shutil.copytree(office0, office)
            _, measured = npmdesk("import", "--vault", office, package, "--accept-unverified", measured=True)
            assert measured is not None
            ours["import"].add(measured.seconds, measured.peak_rss_mb, measured.cpu)
            untar, insert, floor_db = floors_of_import(package, key, office, work)
            bytes_floor["import"].add(untar[0], cpu=untar[1])
            rows_floor["import"].add(untar[0] + insert[0], cpu=untar[1] + insert[1])
            try:
                read = floor.read_rows(floor_db, work / "rows.jsonl.gz")
            finally:
                floor_db.close()
            tar_time = floor.tar(work / "members", recipient, work / "floor.age")
            bytes_floor["export"].add(tar_time[0], cpu=tar_time[1])
            rows_floor["export"].add(read[0] + tar_time[0], cpu=read[1] + tar_time[1])
        lines, rows = [], []
        median_of = f"median of {repeat}" if repeat > 1 else "one run"
        for step in ("export", "import"):
            mine = ours[step]
            what = (f"{step}, {records:,} records" + (f" + {attachments_mb} MB attachments" if attachments_mb else "")
                    + f" ({median_of})")
            # A package that is mostly attachments is held to the bytes' floor, a record package to the rows'.
            anchor = bytes_floor[step] if attachments_mb else rows_floor[step]
            tool = ("`tar -c | age -r`" if step == "export" else "`age -d | tar -x`") if attachments_mb else \
                ("rows' floor (read, JSON, gzip + `tar -c | age -r`)" if step == "export"
                 else "rows' floor (`age -d | tar -x` + raw sqlcipher3 inserts)")
            goal = 1.5 if attachments_mb else 2.0
            ratio = mine.median / anchor.median
            rows.append(Figure(what, f"{mine.median:.1f} s (CPU {mine.cpu:.1f} s), {max(mine.rss):.0f} MB peak",
                               f"{tool} {anchor.median:.1f} s (CPU {anchor.cpu:.1f} s)", ratio, f"≤ {goal}x",
                               ratio <= goal, load_range(mine.loads + anchor.loads), "bench_exchange.py",
                               cpu_ratio=mine.cpu / anchor.cpu))
            if attachments_mb:
                # The same package against everything it holds: its bytes (tar and age) and its records'
                # rows. With thousands of records the rows alone can cost more than half the bytes' floor,
                # so the bytes' floor alone cannot be reached by any import that stores the records.
                whole = rows_floor[step]
                ratio = mine.median / whole.median
                rows.append(Figure(
                    what.replace(" (", ", against bytes and rows (", 1),
                    f"{mine.median:.1f} s (CPU {mine.cpu:.1f} s)",
                    f"{tool} + the records' rows {whole.median:.1f} s (CPU {whole.cpu:.1f} s)", ratio,
                    f"≤ {goal}x", ratio <= goal, load_range(mine.loads + whole.loads), "bench_exchange.py",
                    cpu_ratio=mine.cpu / whole.cpu))
            lines.append(
                f"| {records:,} + {attachments_mb} MB ({size / MIB:,.0f} MiB) | {step} | {mine.median:.2f} s, "
                f"{max(mine.rss):.0f} MB | {rows_floor[step].median:.2f} s | {bytes_floor[step].median:.2f} s | "
                f"{mine.median / rows_floor[step].median:.2f}x | {mine.median / bytes_floor[step].median:.2f}x | "
                f"{mine.load} / {rows_floor[step].load} |")
        for text in lines:
            print(text, flush=True)
        return lines, rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _plain_file(path: Path, block: bytes, size: int) -> float:
    """Seconds to write `size` bytes of `block` to a new plain file and fsync it (one file's bytes' floor)."""
    source = floor.Repeating(block, size)
    start = time.perf_counter()
    with path.open("wb") as out:
        while data := source.read(1024 * 1024):
            out.write(data)
        out.flush()
        os.fsync(out.fileno())
    seconds = time.perf_counter() - start
    path.unlink()
    return seconds


def attachment_writes(megabytes: int, repeat: int, parent: Path | None) -> tuple[str, list[Figure]]:
    """npmdesk's attachment writes (`attachments.add`, one file of `megabytes`, into the attachment
    store: sealed files beside the database) against raw sqlcipher3 writing the same bytes in the
    same chunks into the database's chunk table with the same settings (floor.write_blobs: how
    attachments were stored before the attachment store, and how an older vault's still are), and
    against the same bytes written to a plain file and fsynced (one file's bytes' floor),
    alternating, in this process: the best run of each."""
    from npmdesk.records import Record, RecordStore
    from npmdesk.records import attachments as files
    from npmdesk.vault import Secret, Vault
    from npmdesk.vault.kdf import TEST_PARAMS

    work = Path(tempfile.mkdtemp(prefix="bench-attachments-", dir=parent))
    try:
        vault, _ = Vault.create(work / "vault", Secret.from_passphrase(PASSPHRASE), user_name="bench",
                                argon2=TEST_PARAMS)
        store = RecordStore(vault)
        record = store.add(Record(kind="visit", title="Scans"))
        raw = floor.empty_database(work / "raw.db")
        raw.execute("INSERT INTO record(id, kind, title, created_at, created_by, updated_at, updated_by)"
                    " VALUES ('r', 'visit', 'Scans', '', '', '', '')")
        block, size = os.urandom(8 * MIB + 12_345), megabytes * MIB
        ours, theirs, plain = Samples(), Samples(), Samples()
        for n in range(repeat):
            start = time.perf_counter()
            files.add(store, record.id, f"scan-{n}.bin", floor.Repeating(block, size))  # type: ignore[arg-type]
            ours.add(time.perf_counter() - start)
            theirs.add(floor.write_blobs(raw, block, size, files.CHUNK_SIZE))
            plain.add(_plain_file(work / "plain.bin", block, size))
        vault.close()
        raw.close()
        best, floor_best, plain_best = min(ours.seconds), min(theirs.seconds), min(plain.seconds)
        bytes_row = Figure(f"attachment writes, {megabytes} MB in one file, against a plain file (speed)",
                           f"{megabytes / best:,.0f} MB/s",
                           f"the same bytes written to a plain file and fsynced {megabytes / plain_best:,.0f} MB/s",
                           plain_best / best, "", None, load_range(ours.loads + plain.loads), "bench_exchange.py")
        row = Figure(f"attachment writes, {megabytes} MB in one file (speed)", f"{megabytes / best:,.0f} MB/s",
                     f"raw sqlcipher3 blob writes, same tables and settings {megabytes / floor_best:,.0f} MB/s",
                     floor_best / best, "≥ 0.85x", floor_best / best >= 0.85, load_range(ours.loads + theirs.loads),
                     "bench_exchange.py")
        return (f"attachment writes, {megabytes} MB in one file: npmdesk {megabytes / best:,.0f} MB/s, raw sqlcipher3 "
                f"{megabytes / floor_best:,.0f} MB/s (same tables and settings): npmdesk at "
                f"{floor_best / best:.2f}x the raw speed; a plain file {megabytes / plain_best:,.0f} MB/s "
                f"(best of {repeat}, load {ours.load})"), [row, bytes_row]
    finally:
        shutil.rmtree(work, ignore_errors=True)


HEADER = ("| package | step | npmdesk (median, peak RSS) | rows' floor | bytes' floor | ÷ rows' floor"
          " | ÷ bytes' floor | load: npmdesk / floor |\n|---|---|---|---|---|---|---|---|")


def figures(sets: str = "10000:0,100000:0,10000:500,200:500", repeat: int = 3, parent: Path | None = None,
            attachment_mb: int = 256) -> list[Figure]:
    """The benchmark, printed as it goes (the table at the end again); the speed table's rows."""
    if shutil.which("age") is None:
        raise SystemExit("the age tool is missing: run `make test` (or install the Debian package 'age')")
    print(subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip(), flush=True)
    rows: list[Figure] = []
    writes = ""
    if attachment_mb:
        writes, more_rows = attachment_writes(attachment_mb, repeat, parent)
        rows += more_rows
    print(writes, flush=True)
    print(HEADER, flush=True)
    lines = []
    for spec in filter(None, sets.split(",")):
        records, megabytes, *times = (int(part) for part in spec.split(":"))
        more, measured = run_set(records, megabytes, times[0] if times else repeat, parent)
        lines += more
        rows += measured
    print(f"\nMedians of {repeat} interleaved runs; {os.cpu_count()} CPUs.")
    print(HEADER)
    print("\n".join(lines))
    print(writes)
    print(subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip())
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default="10000:0,100000:0,10000:500,200:500",
                        help="RECORDS:ATTACHMENT_MB[:REPEAT], comma-separated"
                             " (default 10000:0,100000:0,10000:500,200:500)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--attachment-mb", type=int, default=256,
                        help="size of the file for the attachment-write comparison (0: skip it)")
    args = parser.parse_args()
    figures(args.sets, args.repeat, args.dir, args.attachment_mb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
