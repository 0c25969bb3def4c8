"""Start-up time of the command line against the interpreter's own: `python -c pass` beside
`npmdesk --version` (the installed entry point) and `python -m npmdesk --version`, and, for what a
real command costs to start, `npmdesk kinds --json` (no vault).

    .venv/bin/python benchmarks/bench_startup.py [--runs 41]

The runs are interleaved (pass, version, -m version, kinds, pass, …), so that a change of load
hits every command alike; each figure is the median of --runs runs, and the ratio is that median
over the median of `python -c pass`. The machine's load (1-minute average) is printed before and
after. Goal (issue 17): `npmdesk --version` within 1.5x of `python -c pass`. Not part of the test
suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import Figure, load_range

GOAL = 1.5


def commands() -> dict[str, list[str]]:
    """The commands measured, by label; the entry point is the one beside this interpreter."""
    script = Path(sys.executable).with_name("npmdesk")
    entry = [str(script)] if script.exists() else [shutil.which("npmdesk") or "npmdesk"]
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "npmdesk --version": [*entry, "--version"],
        "python -m npmdesk --version": [sys.executable, "-m", "npmdesk", "--version"],
        "npmdesk kinds --json": [*entry, "kinds", "--json"],
    }


def once(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def measure(runs: int) -> dict[str, list[float]]:
    cmds = commands()
    for cmd in cmds.values():  # warm the file cache and .pyc files; not counted
        once(cmd)
    times: dict[str, list[float]] = {label: [] for label in cmds}
    for _ in range(runs):
        for label, cmd in cmds.items():
            times[label].append(once(cmd))
    return times


def figures(runs: int = 41) -> list[Figure]:
    """`npmdesk --version` beside `python -c pass`, printed as it goes; the speed table's row."""
    load_before = os.getloadavg()[0]
    times = measure(runs)
    load_after = os.getloadavg()[0]
    base = statistics.median(times["python -c pass"])
    print(f"Start-up, median of {runs} interleaved runs; load {load_before:.2f} before, "
          f"{load_after:.2f} after, {os.cpu_count()} CPUs; Python {sys.version.split()[0]}")
    for label, values in times.items():
        median = statistics.median(values)
        print(f"  {label:30} {median * 1000:7.1f} ms   {median / base:5.2f}x python -c pass")
    ratio = statistics.median(times["npmdesk --version"]) / base
    verdict = "meets" if ratio <= GOAL else "misses"
    print(f"`npmdesk --version` {verdict} the goal of {GOAL}x `python -c pass` ({ratio:.2f}x).")
    version = statistics.median(times["npmdesk --version"])
    return [Figure("`npmdesk --version`", f"{version * 1000:.0f} ms", f"`python -c pass` {base * 1000:.0f} ms",
                   ratio, f"≤ {GOAL}x", ratio <= GOAL, load_range([load_before, load_after]), "bench_startup.py")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=41, help="interleaved runs of each command (41)")
    figures(parser.parse_args().runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
