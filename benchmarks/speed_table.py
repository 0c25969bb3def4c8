"""The speed table in Markdown (docs/speed.md, copied into the README) from run_all.py's JSON:

    .venv/bin/python benchmarks/speed_table.py [benchmarks/speed.json ...] [-o docs/speed.md] [--save FILE]

Several JSON files (benchmarks measured in parts) make one table: a benchmark's run in a later file
replaces its run in an earlier one; --save writes them together as one JSON file.

Each row: what was measured, npmdesk's figure, its anchor measured in the same run, the ratio
between them, the goal and whether it is met, and the 1-minute load average while it ran. Above
the table: the machine (CPU, CPU count, memory, system, Python), when each benchmark ran and the
load around it. Nothing is measured here. What follows the line `<!-- notes -->` in the page
already there (notes written by hand: why a goal is missed) is kept.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NOTES = "<!-- notes -->"
# The README holds the same table (without this page's introduction and notes) between these lines.
README_START = "<!-- speed table: written by benchmarks/speed_table.py -->"
README_END = "<!-- end of speed table -->"
INTRO = """# Speed

Measured by `make bench` (`benchmarks/run_all.py`, then `benchmarks/speed_table.py`, which writes
this page). Each figure stands beside its anchor, measured in the same run (interleaved, or in the
same process), and the ratio is npmdesk's figure over the anchor's: below 1.0, npmdesk is faster.
Absolute times move with the machine's load; ratios much less, so the load is given with each row.
Where the CPU time of both sides was measured, the ratio of CPU times follows in brackets: on a
shared machine it moves less than the wall time (a process waiting for a core uses none).
"""


def verdict(met: bool | None) -> str:
    return {True: "yes", False: "**no**", None: ""}[met]


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(data: dict[str, Any]) -> str:
    box = data["machine"]
    lines = [INTRO, f"Machine: {box['cpu']}, {box['cpus']} CPUs, {box['memory_gib']} GiB of memory, "
                    f"{box['system']}, Python {box['python']}.", ""]
    lines.append("| benchmark | run | minutes | load before → after (1, 5, 15 min) |")
    lines.append("|---|---|---|---|")
    for run in data["runs"]:
        before = " ".join(f"{x:.1f}" for x in run["load_before"])
        after = " ".join(f"{x:.1f}" for x in run["load_after"])
        quick = " (quick: small sizes)" if run.get("quick") else ""
        lines.append(f"| {run['bench']}{quick} | {run['started']} | {run['minutes']} | {before} → {after} |")
    lines += ["", "| measurement | npmdesk | anchor (same run) | ratio | goal | met | load |",
              "|---|---|---|---|---|---|---|"]
    for run in data["runs"]:
        for f in run["figures"]:
            ratio = "" if f["ratio"] is None else f"{f['ratio']:.2f}x"
            if f.get("cpu_ratio") is not None:
                ratio += f" (CPU {f['cpu_ratio']:.2f}x)"
            lines.append(f"| {cell(f['measurement'])} | {cell(f['npmdesk'])} | {cell(f['anchor'])} | {ratio} | "
                         f"{cell(f['goal'])} | {verdict(f['met'])} | {f['load']} |")
    return "\n".join(lines) + "\n"


def merged(files: list[dict[str, Any]]) -> dict[str, Any]:
    """The runs of every file, a benchmark's latest run only, in the order run_all.py runs them."""
    order = ("startup", "search", "age", "exchange", "memory")
    runs = {run["bench"]: run for data in files for run in data["runs"]}
    ranked = sorted(runs.values(), key=lambda run: order.index(run["bench"]) if run["bench"] in order else len(order))
    return {"machine": files[-1]["machine"], "runs": ranked}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("json", nargs="*", type=Path, default=[HERE / "speed.json"])
    parser.add_argument("-o", "--out", type=Path, default=HERE.parent / "docs" / "speed.md")
    parser.add_argument("--save", type=Path, help="write the runs of every file given as one JSON file")
    parser.add_argument("--readme", type=Path, default=HERE.parent / "README.md",
                        help="the file whose speed table (between its two marker lines) is replaced (README.md)")
    args = parser.parse_args()
    data = merged([json.loads(path.read_text(encoding="utf-8")) for path in args.json])
    if args.save:
        args.save.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    text = table(data)
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    if NOTES in old:
        text += "\n" + NOTES + old.split(NOTES, 1)[1]
    args.out.write_text(text, encoding="utf-8")
    _replace_readme_table(args.readme, text.split(INTRO, 1)[-1].split(NOTES, 1)[0].strip())
    print(text, end="")
    return 0


def _replace_readme_table(readme: Path, table_text: str) -> None:
    """Put `table_text` between the README's two marker lines (nothing happens without them)."""
    if not readme.exists():
        return
    old = readme.read_text(encoding="utf-8")
    if README_START not in old or README_END not in old:
        return
    before, rest = old.split(README_START, 1)
    after = rest.split(README_END, 1)[1]
    readme.write_text(f"{before}{README_START}\n{table_text}\n{README_END}{after}", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
