"""Export and import a package of 10,000 records with 500 MB of attachments, and compare with the
`age` tool encrypting and decrypting the same plaintext (the package's tar) in the same run.

    .venv/bin/python benchmarks/bench_exchange.py [--records 10000] [--attachments-mb 500] [--dir DIR]

Each step runs as a whole `npmdesk` command (`export`, `import`) in its own process; wall time and
peak memory (RSS, from GNU time) are reported, with the ratio to the `age` tool on the same bytes
(export = read the vault + pseudonymise + sign + build the tar + encrypt; import = decrypt + verify
+ validate + merge + store the attachments, all in one transaction). Not part of the test suite.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_age import Measure, run_measured

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


def plaintext_of(package: Path, vault: Path, out: Path) -> None:
    from npmdesk.exchange import age
    from npmdesk.exchange.identity import VaultIdentity
    from npmdesk.vault import Credential, Vault

    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE)) as opened, VaultIdentity.of(opened) as identity:
        with open(package, "rb") as src, open(out, "wb") as dst:
            age.decrypt(src, dst, identities=[identity.age])
        key = out.with_suffix(".key")
        key.write_text(identity.age.to_file_text())


def line(name: str, ours: Measure, theirs: Measure) -> str:
    return (f"| {name} | {ours.seconds:.1f} s, {ours.peak_rss_mb:.0f} MB peak RSS | "
            f"{theirs.seconds:.1f} s, {theirs.peak_rss_mb:.0f} MB | {ours.seconds / theirs.seconds:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--attachments-mb", type=int, default=500)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    age_tool = shutil.which("age")
    if age_tool is None:
        raise SystemExit("the age tool is missing: run `make test` (or install the Debian package 'age')")
    work = Path(tempfile.mkdtemp(prefix="bench-exchange-", dir=args.dir))
    try:
        field, office = work / "field", work / "office"
        for vault in (field, office):
            npmdesk("init", "--vault", vault, "--npm-name", vault.name, "--user-name", "bench")
        print(f"Filling {field} with {args.records} records and {args.attachments_mb} MB of attachments ...",
              flush=True)
        fill(field, args.records, args.attachments_mb)
        recipient = npmdesk("identity", "--vault", office)[0].splitlines()[1].strip()
        package = work / "package.age"
        _, export = npmdesk("export", "--vault", field, "--all", "--confirm-sensitive", "-r", recipient,
                            "-o", package, measured=True)
        _, imported = npmdesk("import", "--vault", office, package, "--accept-unverified", measured=True)
        plain = work / "plain.tar"
        plaintext_of(package, office, plain)
        key = plain.with_suffix(".key")
        age_encrypt = run_measured([age_tool, "-r", recipient, "-o", str(work / "baseline.age"), str(plain)])
        age_decrypt = run_measured([age_tool, "-d", "-i", str(key), "-o", str(work / "baseline.out"),
                                    str(work / "baseline.age")])
        assert export is not None and imported is not None
        print(f"\nPackage: {package.stat().st_size / MIB:.0f} MiB ({args.records} records, "
              f"{args.attachments_mb} MB of attachments)\n")
        print("| step | npmdesk | age tool on the same plaintext | ratio (time) |")
        print("|---|---|---|---|")
        print(line("export (`npmdesk export --all`)", export, age_encrypt))
        print(line("import (`npmdesk import`, into an empty vault)", imported, age_decrypt))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
