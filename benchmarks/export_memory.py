"""Peak memory (RSS) and time of `npmdesk export --all` and of importing that package back, at
large record counts: packages of any size, in bounded memory.

    .venv/bin/python benchmarks/export_memory.py [--records 10000,100000,300000] [--data demo|plain]
                                                 [--body 2000] [--dir DIR] [--where]

For each count, a "field" vault is filled (`--data demo`: the demo generator behind `npmdesk demo`,
every kind of record with contacts, visits, pseudonyms and consents; `--data plain`: communications
with --body characters of varied text, faster), and an empty "office" vault is made; each knows
the other as a verified contact marked as one of the NPM's own devices. Then the real commands
run in child processes, whose peak resident memory is read from wait4():

    npmdesk export --all -r <office> -o package.age --vault field --confirm-sensitive
    npmdesk import package.age --vault office          (the round trip: every record comes back)

The product's promise: under 300 MB whatever the number of records. Beyond format 1's limits
(100,000 records) the package is format 2 (docs/package-format.md), whose manifest does not grow
with the records. `--where` also runs both in this process under tracemalloc and prints where
the memory still held at their end goes (the lines that allocated most). Not part of the test
suite: it takes minutes (the 300,000-record fill alone takes a long while).

run_all.py runs it at 100,000 and 300,000 records for the speed table (docs/speed.md).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import Figure, load_now, load_range

GNU_TIME = "/usr/bin/time"
LIMIT = 300 * 10**6  # the product's promise: under 300 MB whatever the number of records
PASSPHRASE = "benchmark passphrase for export memory"  # noqa: S105 - a throwaway vault
WORDS = ("visita", "prisión", "recomendación", "informe", "detención", "seguimiento", "artículo",
         "mecanismo", "entrevista", "condiciones", "celda", "salud", "abogado", "familia", "visit",
         "prison", "report", "interview", "detention", "follow-up", "recommendation", "health")


def _plain(store, count: int, body_chars: int) -> None:
    from npmdesk.records import Record

    rng = random.Random(count)
    for start in range(0, count, 1000):
        batch = []
        for n in range(start, min(count, start + 1000)):
            words = " ".join(f"{rng.choice(WORDS)}{rng.randrange(1000)}" for _ in range(body_chars // 9))
            batch.append(Record(kind="communication", title=f"Letter {n} to the SPT", body=words[:body_chars],
                                date=f"20{10 + n % 16}-0{1 + n % 9}-1{n % 10}", status="sent",
                                fields={"direction": "sent", "channel": "letter"}))
        store.add_many(batch)


def make_pair(folder: Path, count: int, data: str, body_chars: int) -> tuple[Path, Path, str]:
    """The field vault (filled) and the office vault (empty), each knowing the other as a verified
    own device; returns their paths and the office's age recipient."""
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.records import Record, RecordStore
    from npmdesk.vault import Secret, Vault
    from npmdesk.vault.kdf import TEST_PARAMS

    paths = {name: folder / f"{name}-{count}" for name in ("field", "office")}
    opened = {}
    for name, path in paths.items():
        vault, _ = Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name=f"Benchmark NPM {name}",
                                user_name="Ana", argon2=TEST_PARAMS)
        opened[name] = (vault, VaultIdentity.of(vault))
    for name, (vault, _identity) in opened.items():
        other = opened["office" if name == "field" else "field"][1]
        RecordStore(vault).add(Record(kind="contact", title=f"Our {name} twin", status="active", fields={
            "role": "npm_colleague", "age_recipient": other.recipient.encode(),
            "signing_key": other.signing_key.encode(), "keys_verified": True, "own_device": True}))
    store = RecordStore(opened["field"][0])
    if data == "demo":
        from npmdesk.demo.fill import generate

        generate(store, count - 1, seed=count)
    else:
        _plain(store, count - 1, body_chars)
    recipient = opened["office"][1].recipient.encode()
    for vault, identity in opened.values():
        identity.close()
        vault.close()
    return paths["field"], paths["office"], recipient


def run(*args: str | Path) -> tuple[float, int, str]:
    """(seconds, peak RSS in bytes, stdout) of `npmdesk ARGS` in a child process. The peak is GNU
    time's: wait4's would start from this process's own high-water mark (the fill), which exec
    does not reset."""
    env = {**os.environ, "NPMDESK_PASSPHRASE": PASSPHRASE, "NPMDESK_KDF_PROFILE": "test"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        started = time.perf_counter()
        proc = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", rss.name, sys.executable, "-m", "npmdesk",
                                 *map(str, args)], env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        proc.wait()
        seconds = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        if proc.returncode:
            raise SystemExit(f"npmdesk {args[0]} failed: {err.read().decode(errors='replace')}")
        return seconds, int(rss.read().split()[-1]) * 1024, out.read().decode()


def live_ids(path: Path) -> set[str]:
    """The ids of the records of the vault at `path` that are not in the bin."""
    from npmdesk.vault import Credential, Vault

    with Vault.unlock(path, Credential.passphrase(PASSPHRASE)) as vault:
        return {row[0] for row in vault.db.execute("SELECT id FROM record WHERE deleted_at IS NULL")}


def where(field: Path, office: Path, recipient: str, out: Path) -> None:
    """Export, and a dry run of its import, in this process under tracemalloc: the peak, and the
    lines holding most at the end (what grows with the records is held until then)."""
    from npmdesk.exchange.export import plan_export, write_package
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.exchange.importer import preview_package
    from npmdesk.records import RecordStore
    from npmdesk.vault import Credential, Vault

    for title, path in (("export", field), ("import (dry run)", office)):
        tracemalloc.start(1)
        with Vault.unlock(path, Credential.passphrase(PASSPHRASE)) as vault, VaultIdentity.of(vault) as identity:
            store = RecordStore(vault)
            held: object
            if title == "export":
                held = plan_export(store)
                write_package(store, identity, held, out, recipients=[recipient], confirmed=True, overwrite=True)
            else:
                held = preview_package(store, identity, out)
            snapshot = tracemalloc.take_snapshot()
            _current, peak = tracemalloc.get_traced_memory()
            del held
        tracemalloc.stop()
        print(f"  {title}: tracemalloc peak {peak / 1e6:.1f} MB; held at the end, by line:")
        for stat in snapshot.statistics("lineno")[:6]:
            print(f"    {stat.size / 1e6:8.1f} MB {stat.count:>9,} blocks  {stat.traceback[0]}")


def figures(counts: list[int], data: str = "demo", body: int = 2000, parent: Path | None = None,
            show_where: bool = False) -> list[Figure]:
    """Export and import back at each count, printed as it goes; the speed table's rows: time and
    peak memory of each (goal: under 300 MB), and whether every record came back."""
    os.environ["NPMDESK_KDF_PROFILE"] = "test"
    rows: list[Figure] = []
    with tempfile.TemporaryDirectory(dir=parent) as temp:
        folder = Path(temp)
        print(f"load: {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f} "
              f"on {os.cpu_count()} cores; data: {data}")
        print(f"{'records':>9} {'fill s':>8} {'export s':>9} {'export MB':>10} {'package MB':>11} "
              f"{'import s':>9} {'import MB':>10} {'load':>5}  imported")
        for count in counts:
            started = time.perf_counter()
            field, office, recipient = make_pair(folder, count, data, body)
            filled = time.perf_counter() - started
            out = folder / f"export-{count}.age"
            export_load = load_now()
            export_s, export_peak, _ = run("export", "--all", "-r", recipient, "-o", out, "--vault", field,
                                           "--confirm-sensitive")
            export_load = load_range([export_load, load_now()])
            if show_where:  # before the import: the dry run then adds every record (and rolls back)
                where(field, office, recipient, folder / f"where-{count}.age")
            import_load = load_now()
            import_s, import_peak, said = run("import", out, "--vault", office)
            import_load = load_range([import_load, load_now()])
            imported = next((line.strip() for line in said.splitlines() if line.startswith("Imported")), said[:80])
            sent = live_ids(field)
            missing = len(sent - live_ids(office))
            size = out.stat().st_size
            print(f"{count:>9} {filled:>8.1f} {export_s:>9.1f} {export_peak / 1e6:>10.1f} "
                  f"{size / 1e6:>11.1f} {import_s:>9.1f} {import_peak / 1e6:>10.1f} "
                  f"{os.getloadavg()[0]:>5.1f}  {imported}; {missing} of {len(sent):,} records missing", flush=True)
            out.unlink()
            rows.append(Figure(f"export of {count:,} records ({size / 1e6:,.0f} MB package)",
                               f"{export_s:,.0f} s, {export_peak / 1e6:,.0f} MB peak", "memory bound 300 MB",
                               None, "< 300 MB", export_peak < LIMIT, export_load, "export_memory.py"))
            rows.append(Figure(f"import of its own {count:,}-record export",
                               f"{import_s:,.0f} s, {import_peak / 1e6:,.0f} MB peak, {len(sent) - missing:,} of "
                               f"{len(sent):,} records back", "memory bound 300 MB", None, "all back, < 300 MB",
                               missing == 0 and import_peak < LIMIT, import_load, "export_memory.py"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", default="10000,100000,300000")
    parser.add_argument("--data", choices=("demo", "plain"), default="demo")
    parser.add_argument("--body", type=int, default=2000, help="with --data plain: characters of body per record")
    parser.add_argument("--dir", type=Path, default=None, help="where to build the vaults (default: a temp folder)")
    parser.add_argument("--where", action="store_true", help="also show where memory goes (tracemalloc)")
    args = parser.parse_args()
    figures([int(c) for c in args.records.split(",")], args.data, args.body, args.dir, args.where)


if __name__ == "__main__":
    main()
