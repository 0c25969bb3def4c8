"""Peak memory (RSS) and time of `npmdesk export --all` at large record counts.

    .venv/bin/python benchmarks/export_memory.py [--records 10000,20000,100000] [--body 2000] [--dir DIR]

For each count a vault is filled through the record store (bulk inserts, bodies of --body
characters of varied text: faster than `npmdesk demo`), then the real command exports it in a
child process, whose peak resident memory is read from wait4(). The product's promise: memory
far under 300 MB whatever the number of records, and not growing with it beyond each record's id
and hash in the manifest. Not part of the test suite (it takes minutes at 100,000 records).

Measured on a 2-core machine with 2,000-character bodies (every record, no attachments), peak RSS:
10,000 records 120 MB, 20,000 records 120 MB, 100,000 records 158 MB (61 s, an 80 MB package);
before streaming, export held every record, its JSON and the gzip in memory (1.25 GB at 100,000).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase for export memory"  # noqa: S105 - a throwaway vault
WORDS = ("visita", "prisión", "recomendación", "informe", "detención", "seguimiento", "artículo",
         "mecanismo", "entrevista", "condiciones", "celda", "salud", "abogado", "familia", "visit",
         "prison", "report", "interview", "detention", "follow-up", "recommendation", "health")


def fill(path: Path, count: int, body_chars: int) -> str:
    """A new vault at `path` with `count` communications; returns its age recipient."""
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.records import Record, RecordStore
    from npmdesk.vault import Secret, Vault
    from npmdesk.vault.kdf import TEST_PARAMS

    rng = random.Random(count)
    vault, _ = Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name="Benchmark NPM",
                            user_name="Ana", argon2=TEST_PARAMS)
    with vault, VaultIdentity.of(vault) as identity:
        store = RecordStore(vault)
        for start in range(0, count, 1000):
            batch = []
            for n in range(start, min(count, start + 1000)):
                words = " ".join(f"{rng.choice(WORDS)}{rng.randrange(1000)}" for _ in range(body_chars // 9))
                batch.append(Record(kind="communication", title=f"Letter {n} to the SPT", body=words[:body_chars],
                                    date=f"20{10 + n % 16}-0{1 + n % 9}-1{n % 10}", status="sent",
                                    fields={"direction": "sent", "channel": "letter"}))
            store.add_many(batch)
        return identity.recipient.encode()


def export(vault: Path, out: Path, recipient: str) -> tuple[float, int]:
    """(seconds, peak RSS in bytes) of the export child."""
    env = {**os.environ, "NPMDESK_PASSPHRASE": PASSPHRASE, "NPMDESK_KDF_PROFILE": "test"}
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "npmdesk", "export", "--all", "-r", recipient, "-o", str(out),
                             "--vault", str(vault)], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"export failed: {err.decode(errors='replace')}")
    return time.perf_counter() - started, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", default="10000,20000,100000")
    parser.add_argument("--body", type=int, default=2000, help="characters of body per record")
    parser.add_argument("--dir", type=Path, default=None, help="where to build the vaults (default: a temp folder)")
    args = parser.parse_args()
    os.environ["NPMDESK_KDF_PROFILE"] = "test"
    with tempfile.TemporaryDirectory(dir=args.dir) as temp:
        folder = Path(temp)
        print(f"{'records':>9} {'fill s':>8} {'export s':>9} {'package MB':>11} {'peak RSS MB':>12}")
        for count in (int(c) for c in args.records.split(",")):
            vault, out = folder / f"vault-{count}", folder / f"export-{count}.age"
            started = time.perf_counter()
            recipient = fill(vault, count, args.body)
            filled = time.perf_counter() - started
            seconds, peak = export(vault, out, recipient)
            print(f"{count:>9} {filled:>8.1f} {seconds:>9.1f} {out.stat().st_size / 1e6:>11.1f} {peak / 1e6:>12.1f}",
                  flush=True)


if __name__ == "__main__":
    main()
