"""Encrypt and decrypt one file with npmdesk's age implementation and with the `age` tool, in the
same run, and compare: wall time, throughput, peak memory (RSS) of each process, and the ratio
npmdesk/age (below 1.0: npmdesk is faster).

    .venv/bin/python benchmarks/bench_age.py [--size-mb 1024] [--repeat 3] [--armor] [--dir DIR]

npmdesk runs as `python -m npmdesk age` when that command exists, else through the library
(`npmdesk.exchange.age`) in a child process; the output says which. Each measurement is the best
of --repeat runs; every output is checked against the input's SHA-256. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024

LIBRARY_SNIPPET = """
import sys
from pathlib import Path
from npmdesk.exchange import age
mode, key_or_recipient, armor, src, dst = sys.argv[1:6]
with open(src, "rb") as inp:
    if mode == "encrypt":
        with open(dst, "wb") as out:
            age.encrypt(inp, out, recipients=[key_or_recipient], armor=armor == "1")
    else:
        identities = age.parse_identities(Path(key_or_recipient).read_text())
        age.decrypt_to_path(inp, dst, identities=identities)
"""


@dataclass
class Measure:
    seconds: float
    peak_rss_mb: float


def run_measured(cmd: list[str]) -> Measure:
    """Run `cmd`: wall time, and its peak resident memory as GNU time reports it.

    (wait4's rusage would be wrong here: a child forked from this Python process starts with
    this process's high-water mark, which exec does not reset.)
    """
    gnu_time = shutil.which("time") or "/usr/bin/time"
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        full = [gnu_time, "-f", "%M", "-o", rss.name, *cmd] if Path(gnu_time).exists() else cmd
        start = time.perf_counter()
        proc = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()}")
        text = rss.read().strip().splitlines()
    peak = float(text[-1]) / 1024 if text and text[-1].isdigit() else float("nan")
    return Measure(seconds, peak)  # GNU time's %M is in KiB


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


def npmdesk_cli_available() -> bool:
    probe = subprocess.run([sys.executable, "-m", "npmdesk", "age", "--help"], capture_output=True,
                           timeout=60, check=False)
    return probe.returncode == 0


def measure(cmd: list[str], output: Path) -> Measure:
    output.unlink(missing_ok=True)
    os.sync()  # start each run with no dirty pages left by the previous one
    return run_measured(cmd)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024, help="file size in MiB (default 1024)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement, best kept (3)")
    parser.add_argument("--armor", action="store_true", help="measure armored (PEM) files instead")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the files (default: a temp dir)")
    args = parser.parse_args()

    age_tool = shutil.which("age")
    if age_tool is None:
        raise SystemExit("the age tool is missing: run `make test` (or install the Debian package 'age')")
    version = subprocess.run([age_tool, "--version"], capture_output=True, text=True, check=True).stdout.strip()

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from npmdesk.exchange import age

    workdir = Path(tempfile.mkdtemp(prefix="bench-age-", dir=args.dir))
    try:
        identity = age.generate_identity()
        key_file = workdir / "key.txt"
        key_file.write_text(identity.to_file_text())
        recipient = str(identity.recipient)
        plain = workdir / "plain.bin"
        print(f"Writing a {args.size_mb} MiB input file in {workdir} ...", flush=True)
        expected = make_input(plain, args.size_mb)
        armor = ["-a"] if args.armor else []

        cli = npmdesk_cli_available()
        if cli:
            base = [sys.executable, "-m", "npmdesk", "age"]
            ours = {
                "encrypt": [*base, *armor, "-r", recipient, "-o", str(workdir / "n.age"), str(plain)],
                "decrypt": [*base, "-d", "-i", str(key_file), "-o", str(workdir / "n.out"),
                            str(workdir / "n.age")],
            }
        else:
            base = [sys.executable, "-c", LIBRARY_SNIPPET]
            flag = "1" if args.armor else "0"
            ours = {
                "encrypt": [*base, "encrypt", recipient, flag, str(plain), str(workdir / "n.age")],
                "decrypt": [*base, "decrypt", str(key_file), flag, str(workdir / "n.age"),
                            str(workdir / "n.out")],
            }
        theirs = {
            "encrypt": [age_tool, *armor, "-r", recipient, "-o", str(workdir / "a.age"), str(plain)],
            "decrypt": [age_tool, "-d", "-i", str(key_file), "-o", str(workdir / "a.out"),
                        str(workdir / "a.age")],
        }
        outputs = {"encrypt": ("n.age", "a.age"), "decrypt": ("n.out", "a.out")}

        rows = []
        for op in ("encrypt", "decrypt"):
            mine_out, age_out = (workdir / name for name in outputs[op])
            mine_runs, age_runs = [], []
            for _ in range(args.repeat):  # alternate, so both see the same conditions
                mine_runs.append(measure(ours[op], mine_out))
                age_runs.append(measure(theirs[op], age_out))
            rows.append((op, min(mine_runs, key=lambda m: m.seconds), min(age_runs, key=lambda m: m.seconds)))
        for name in ("n.out", "a.out"):
            if sha256_of(workdir / name) != expected:
                raise SystemExit(f"{name}: the decrypted output does not match the input")

        size = args.size_mb * MIB
        how = "`python -m npmdesk age`" if cli else "the npmdesk.exchange.age library (child process)"
        print(f"\n{args.size_mb} MiB, {'armored' if args.armor else 'binary'}, X25519; best of "
              f"{args.repeat}; npmdesk via {how}; {version} at {age_tool}\n")
        print(f"{'':9} {'tool':8} {'wall s':>8} {'MB/s':>8} {'peak RSS MB':>12}")
        for op, mine, other in rows:
            for tool, m in (("npmdesk", mine), ("age", other)):
                print(f"{op:9} {tool:8} {m.seconds:8.2f} {size / m.seconds / 1e6:8.0f} {m.peak_rss_mb:12.1f}")
            print(f"{op:9} {'ratio npmdesk/age (time)':>27}: {mine.seconds / other.seconds:.2f}\n")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
