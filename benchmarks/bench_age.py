"""`npmdesk age` beside Go `age` on the same file: wall time, CPU time (user + sys of the child,
from wait4) per GiB with its system (kernel) part, peak memory, and the ratios npmdesk/age
(below 1.0: npmdesk is faster or cheaper), with the other core idle and with it busy.

    .venv/bin/python benchmarks/bench_age.py [--size-mb 1024] [--repeat 5] [--armor]
                                             [--modes idle,busy] [--dir DIR]

Both tools run as commands (`python -m npmdesk age` and `age`), so npmdesk's figures include its
start-up. Runs are interleaved (npmdesk, age, age, npmdesk, ...) so both see the same machine,
and each figure is the median of --repeat runs. "busy" starts a busy loop in another process for
the duration of the mode (on a 2-core machine: the other core). The load average is printed with
each mode: on a shared machine wall times move with it, CPU times much less. Every output is
checked against the input's SHA-256, and age decrypts one file npmdesk encrypted. Not part of
the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
GIB = 1024 * MIB
BUSY_LOOP = "while True: pass"

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import Figure, load_range  # noqa: E402 - beside this script


@dataclass
class Measure:
    seconds: float  # wall
    cpu: float  # user + sys of the child and its children
    peak_rss_mb: float
    sys: float = 0.0  # the kernel's part of `cpu` (page-cache copies: see npmdesk/exchange/age/pipeline.py)


def run_measured(cmd: list[str]) -> Measure:
    """Run `cmd` under GNU time: wall time, CPU time from wait4, peak resident memory.

    (wait4's ru_maxrss would be wrong for `cmd` itself: a child forked from this Python process
    starts with this process's high-water mark, which exec does not reset; GNU time's %M is the
    grandchild's own. Its CPU figures are the same as wait4's, which also count GNU time itself,
    a few milliseconds.)
    """
    gnu_time = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        full = [gnu_time, "-f", "%M", "-o", rss.name, *cmd] if Path(gnu_time).exists() else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        stderr = proc.stderr.read().decode() if proc.stderr else ""
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {stderr}")
        text = rss.read().strip().splitlines()
    peak = float(text[-1]) / 1024 if text and text[-1].isdigit() else float("nan")
    return Measure(seconds, usage.ru_utime + usage.ru_stime, peak, usage.ru_stime)  # GNU time's %M is in KiB


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(MIB):
            h.update(block)
    return h.hexdigest()


def make_input(path: Path, size_mb: int) -> str:
    h = hashlib.sha256()
    with open(path, "wb") as f:
        for _ in range(size_mb):
            block = os.urandom(MIB)
            h.update(block)
            f.write(block)
    return h.hexdigest()


def measure(cmd: list[str], output: Path) -> Measure:
    output.unlink(missing_ok=True)
    os.sync()  # start each run with no dirty pages left by the previous one
    return run_measured(cmd)


@contextmanager
def other_core(mode: str) -> Iterator[None]:
    """Nothing for "idle"; for "busy", a busy loop in another process while the block runs."""
    if mode != "busy":
        yield
        return
    busy = subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
    try:
        time.sleep(0.5)  # let it take its core
        yield
    finally:
        busy.kill()
        busy.wait()


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def median(runs: list[Measure], what: str) -> float:
    return statistics.median(getattr(m, what) for m in runs)


def figures(size_mb: int = 1024, repeat: int = 5, modes: tuple[str, ...] = ("idle", "busy"), armor: bool = False,
            parent: Path | None = None) -> list[Figure]:
    """`npmdesk age` beside Go `age`, printed as it goes; the speed table's rows (wall time and CPU
    time per operation and mode)."""
    age_tool = shutil.which("age")
    if age_tool is None:
        raise SystemExit("the age tool is missing: run `make test` (or install the Debian package 'age')")
    version = subprocess.run([age_tool, "--version"], capture_output=True, text=True, check=True).stdout.strip()

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from npmdesk.exchange import age

    rows: list[Figure] = []
    workdir = Path(tempfile.mkdtemp(prefix="bench-age-", dir=parent))
    try:
        identity = age.generate_identity()
        key_file = workdir / "key.txt"
        key_file.write_text(identity.to_file_text())
        recipient = str(identity.recipient)
        plain = workdir / "plain.bin"
        print(f"Writing a {size_mb} MiB input file in {workdir} ...", flush=True)
        expected = make_input(plain, size_mb)
        armored = ["-a"] if armor else []
        ours_base = [sys.executable, "-m", "npmdesk", "age"]
        commands = {
            ("encrypt", "npmdesk"): [*ours_base, *armored, "-r", recipient, "-o", str(workdir / "n.age"), str(plain)],
            ("encrypt", "age"): [age_tool, *armored, "-r", recipient, "-o", str(workdir / "a.age"), str(plain)],
            ("decrypt", "npmdesk"): [*ours_base, "-d", "-i", str(key_file), "-o", str(workdir / "n.out"),
                                     str(workdir / "n.age")],
            ("decrypt", "age"): [age_tool, "-d", "-i", str(key_file), "-o", str(workdir / "a.out"),
                                 str(workdir / "a.age")],
        }
        outputs = {("encrypt", "npmdesk"): "n.age", ("encrypt", "age"): "a.age",
                   ("decrypt", "npmdesk"): "n.out", ("decrypt", "age"): "a.out"}

        size = size_mb * MIB
        what = f"{size_mb / 1024:g} GiB" if size_mb % 1024 == 0 else f"{size_mb} MiB"
        print(f"\n{size_mb} MiB, {'armored' if armor else 'binary'}, X25519; median of "
              f"{repeat} interleaved runs; npmdesk as `python -m npmdesk age` (start-up included); "
              f"{version} at {age_tool}")
        for mode in modes:
            with other_core(mode):
                loads = [os.getloadavg()[0]]
                print(f"\n== {mode}: {'a busy loop on the other core' if mode == 'busy' else 'nothing else started'}; "
                      f"before: {load()}", flush=True)
                print(f"{'':9} {'tool':8} {'wall s':>8} {'MB/s':>8} {'CPU s':>7} {'CPU s/GiB':>10} "
                      f"{'of it sys':>10} {'peak RSS MB':>12}")
                for op in ("encrypt", "decrypt"):
                    runs: dict[str, list[Measure]] = {"npmdesk": [], "age": []}
                    for i in range(repeat):  # npmdesk, age, age, npmdesk, ...: neither always first
                        for tool in (("npmdesk", "age") if i % 2 == 0 else ("age", "npmdesk")):
                            runs[tool].append(measure(commands[op, tool], workdir / outputs[op, tool]))
                            loads.append(os.getloadavg()[0])
                    for tool in ("npmdesk", "age"):
                        wall, cpu = median(runs[tool], "seconds"), median(runs[tool], "cpu")
                        peak = max(m.peak_rss_mb for m in runs[tool])
                        kernel = median(runs[tool], "sys")
                        print(f"{op:9} {tool:8} {wall:8.2f} {size / wall / 1e6:8.0f} {cpu:7.2f} "
                              f"{cpu * GIB / size:10.2f} {kernel * GIB / size:10.2f} {peak:12.1f}")
                    walls = {tool: median(runs[tool], "seconds") for tool in runs}
                    cpus = {tool: median(runs[tool], "cpu") for tool in runs}
                    wall_ratio, cpu_ratio = walls["npmdesk"] / walls["age"], cpus["npmdesk"] / cpus["age"]
                    print(f"{op:9} ratio npmdesk/age: wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f}")
                    other = "the other core busy" if mode == "busy" else "idle"
                    peak = max(m.peak_rss_mb for m in runs["npmdesk"])
                    rows.append(Figure(
                        f"`npmdesk age` {op}, {what} binary, {other}: time",
                        f"{walls['npmdesk']:.2f} s, {peak:.0f} MB peak", f"{version} {walls['age']:.2f} s",
                        wall_ratio, "≤ 1.0x", wall_ratio <= 1.0, load_range(loads), "bench_age.py"))
                    rows.append(Figure(
                        f"`npmdesk age` {op}, {what} binary, {other}: CPU",
                        f"{cpus['npmdesk'] * GIB / size:.2f} s per GiB",
                        f"{version} {cpus['age'] * GIB / size:.2f} s per GiB",
                        cpu_ratio, "≤ 1.3x", cpu_ratio <= 1.3, load_range(loads), "bench_age.py"))
                print(f"after: {load()}", flush=True)

        for name in ("n.out", "a.out"):
            if sha256_of(workdir / name) != expected:
                raise SystemExit(f"{name}: the decrypted output does not match the input")
        crossed = hashlib.sha256()
        with subprocess.Popen([age_tool, "-d", "-i", str(key_file), str(workdir / "n.age")],
                              stdout=subprocess.PIPE) as check:
            assert check.stdout is not None
            while block := check.stdout.read(MIB):
                crossed.update(block)
        if check.returncode != 0 or crossed.hexdigest() != expected:
            raise SystemExit("age did not give back the input from npmdesk's file")
        print("\nAll outputs match the input; age opens npmdesk's file.")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="file size in MiB (default 1024)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per tool and figure, median kept (5)")
    parser.add_argument("--armor", action="store_true", help="measure armored (PEM) files instead")
    parser.add_argument("--modes", default="idle,busy",
                        help="comma-separated: idle (the other core left alone), busy (a busy loop on it)")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the files (default: a temp dir)")
    args = parser.parse_args()
    modes = tuple(m for m in args.modes.split(",") if m)
    if not set(modes) <= {"idle", "busy"}:
        parser.error("--modes takes idle and/or busy")
    figures(args.size_mb, args.repeat, modes, args.armor, args.dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
