"""BENCHMARK, NOT A TEST. Every figure of the speed table (issue 17) in one run, each beside its
anchor measured in the same run, with the machine's load, written as JSON:

    .venv/bin/python benchmarks/run_all.py [--only startup,search,age,exchange,memory] [--quick]
                                           [--json benchmarks/speed.json] [--dir DIR] [--search-dir DIR]
    .venv/bin/python benchmarks/speed_table.py          # docs/speed.md from the JSON

(`make bench` runs both.) The sizes are the issue's: start-up (`npmdesk --version` beside
`python -c pass`, 41 interleaved runs); search at 300,000 records (27 fixed queries, both orders,
beside plain SQLite, and the relevance check against a true bm25 ranking); `npmdesk age` on 1 GiB
beside Go `age` with the other core idle and busy (3 interleaved runs each); export and import of
10,000 records (3 runs), 100,000 records (one run), 10,000 records + 500 MB of attachments and
200 records + 500 MB (3 runs each) beside their floors, and attachment writes beside raw SQLCipher
blob writes and a plain file; export of
100,000 and 300,000 records and import back of each, with peak memory and a check that every
record came back. Together they take more than an hour on a 2-core machine (the 300,000-record
vaults take most of it to fill); --quick runs small sizes to check the scripts in a few minutes
(its figures say nothing about the goals). A run cut short keeps what it measured: the JSON file
is written after each benchmark; speed_table.py can join runs made in parts.

With --only, the JSON file's figures from the other benchmarks are kept, so the table can be
measured in parts. --search-dir keeps the 300,000-record search vault for the next run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from results import Figure, machine, show  # noqa: E402 - beside this script

ORDER = ("startup", "search", "age", "exchange", "memory")
DEFAULT_JSON = HERE / "speed.json"


def measure(name: str, quick: bool, parent: Path | None, search_dir: Path | None) -> list[Figure]:
    """One benchmark's figures, at the issue's sizes (or small ones with `quick`)."""
    if name == "startup":
        import bench_startup

        return bench_startup.figures(runs=7 if quick else 41)
    if name == "search":
        import bench_search

        return bench_search.figures(records=3_000 if quick else 300_000, repeat=2 if quick else 5,
                                    parent=search_dir)
    if name == "age":
        import bench_age

        return bench_age.figures(size_mb=64 if quick else 1024, repeat=1 if quick else 3, parent=parent)
    if name == "exchange":
        import bench_exchange

        # Every set the median of three runs (100,000 records: about four minutes for the three; a
        # single run of it moved by a fifth from one run to the next).
        return bench_exchange.figures(sets="500:0,200:20" if quick else "10000:0,100000:0,10000:500,200:500",
                                      repeat=1 if quick else 3, parent=parent, attachment_mb=16 if quick else 256)
    if name == "memory":
        import export_memory

        return export_memory.figures([500, 1_000] if quick else [100_000, 300_000], parent=parent)
    raise ValueError(name)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--only", default=",".join(ORDER), help=f"comma-separated, of: {', '.join(ORDER)}")
    parser.add_argument("--quick", action="store_true", help="small sizes: checks the scripts, not the goals")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help=f"where to write (default {DEFAULT_JSON})")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the vaults and files (default: temp)")
    parser.add_argument("--search-dir", type=Path, default=None, help="keep the search benchmark's vault here")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n]
    if unknown := set(names) - set(ORDER):
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    os.environ["NPMDESK_KDF_PROFILE"] = "test"  # throwaway vaults: the key derivation is not measured
    compiled_as_installed(args.dir)
    kept: dict[str, Any] = {}
    if args.json.exists() and set(names) != set(ORDER):
        kept = json.loads(args.json.read_text(encoding="utf-8"))
    runs: dict[str, Any] = {run["bench"]: run for run in kept.get("runs", [])}
    for name in (n for n in ORDER if n in names):
        print(f"\n##### {name} (load {os.getloadavg()[0]:.2f}) #####", flush=True)
        started, load_before = time.time(), os.getloadavg()
        figures = measure(name, args.quick, args.dir, args.search_dir)
        runs[name] = {"bench": name, "quick": args.quick, "machine": machine(),
                      "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(started)),
                      "minutes": round((time.time() - started) / 60, 1),
                      "load_before": [round(x, 2) for x in load_before],
                      "load_after": [round(x, 2) for x in os.getloadavg()],
                      "figures": [f.as_dict() for f in figures]}
        print(f"\n##### {name}: the speed table's rows #####")
        show(figures)
        write(args.json, runs)  # after each benchmark: a long run cut short keeps what it measured
    print(f"\nWritten: {args.json}; the Markdown table: .venv/bin/python benchmarks/speed_table.py {args.json}")
    return 0


def compiled_as_installed(parent: Path | None) -> None:
    """Every process the benchmarks start reads compiled modules, as an installed npmdesk does (a
    wheel or a bundle ships them): where PYTHONDONTWRITEBYTECODE is set (as in the development
    shells here), each `npmdesk` command would otherwise compile some 85 modules again, about 0.2 s
    of CPU counted against npmdesk and not against its anchors. The cache is kept outside the
    checkout (PYTHONPYCACHEPREFIX): npmdesk's modules are compiled here first, the libraries'
    by the first command that imports them (filling the vault, before anything is measured)."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    cache = (parent or Path(tempfile.gettempdir())) / "npmdesk-bench-pycache"
    os.environ["PYTHONPYCACHEPREFIX"] = str(cache)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(__file__).resolve().parents[1] / "npmdesk")],
                   check=False, env=os.environ.copy())


def write(path: Path, runs: dict[str, Any]) -> None:
    ordered = [runs[name] for name in ORDER if name in runs]
    path.write_text(json.dumps({"machine": machine(), "runs": ordered}, indent=1, ensure_ascii=False) + "\n",
                    encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
