"""BENCHMARK HELPER, NOT A TEST. One figure of the speed table (issue 17): what npmdesk did, its
anchor measured in the same run (interleaved or in the same process), the ratio between them, the
goal, and the machine's load while it was measured. Each benchmark's `figures(...)` returns a list
of them; run_all.py gathers them into one JSON file and speed_table.py turns that into Markdown.
"""

from __future__ import annotations

import os
import platform
import sys
import time
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Figure:
    """One row of the speed table.

    `ratio` is npmdesk over the anchor (below 1.0: npmdesk is faster or smaller), or None where the
    figure has no anchor to divide by (memory against a fixed bound, a count); `met` says whether
    the goal is reached, None where there is no goal.
    """

    measurement: str  # "export, 10,000 records + 500 MB attachments"
    npmdesk: str  # "12.3 s, 189 MB peak"
    anchor: str  # "`tar -c | age -r` 2.3 s"
    ratio: float | None
    goal: str  # "≤ 1.5x"
    met: bool | None
    load: str  # the 1-minute load average while it ran: "1.9" or "1.6-2.4"
    bench: str = ""  # the script that measured it
    cpu_ratio: float | None = None  # npmdesk's CPU time over the anchor's, where both were measured

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def load_now() -> float:
    """The 1-minute load average."""
    return os.getloadavg()[0]


def load_range(loads: list[float]) -> str:
    """'1.9' or '1.6-2.4': the load averages seen while a figure was measured."""
    low, high = min(loads), max(loads)
    return f"{low:.1f}" if f"{low:.1f}" == f"{high:.1f}" else f"{low:.1f}-{high:.1f}"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), model)
    except OSError:
        pass
    memory = 0
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        pass
    return {"cpu": model, "cpus": os.cpu_count(), "memory_gib": round(memory / 2**30, 1),
            "system": f"{platform.system()} {platform.release()}", "python": sys.version.split()[0],
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def show(figures: list[Figure]) -> None:
    """Print figures as the lines of the speed table."""
    for f in figures:
        ratio = "" if f.ratio is None else f"{f.ratio:.2f}x"
        ratio += "" if f.cpu_ratio is None else f" (CPU {f.cpu_ratio:.2f}x)"
        verdict = {True: "meets", False: "MISSES", None: ""}[f.met]
        print(f"  {f.measurement}: npmdesk {f.npmdesk} | anchor {f.anchor} | {ratio} | goal {f.goal} {verdict}"
              f" | load {f.load}", flush=True)
