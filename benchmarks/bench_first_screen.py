"""BENCHMARK, NOT A TEST (not collected by pytest). The first screen and scrolling on 100,000 records.

    .venv/bin/python benchmarks/bench_first_screen.py [--vault DIR] [--records 100000] [--runs 5]

Makes a demo vault with `npmdesk init` and `npmdesk demo --records N` (test KDF profile, in a
temporary folder, or in --vault DIR when it does not exist yet; an existing vault there is reused,
its passphrase read from NPMDESK_PASSPHRASE or the default below). Every measurement then runs in
a fresh Python process under QT_QPA_PLATFORM=offscreen, so no page of the database is cached:

first screen  as `npmdesk` does it: the unlock window is shown first (style, fonts, form loader),
              then from the moment `Vault.unlock` returned (the KDF and key-slot work are done) to
              the main window shown at 1280 by 800 with the Inbox's first page in its list, the
              navigator's counts and the dashboard filled, and painted (`window.grab()`); again
              after a lock in the same process. The unlock itself is printed beside it, with the
              test profile's KDF time taken out. Modules are compiled once beforehand (a warm-up
              run), as in an installed copy.
baseline      the core's own cost for the same first page: `RecordStore.list` of the Inbox's
              first 100 rows in a fresh process right after unlock (the vault is encrypted, so a
              plain-SQLite read of the same file is not possible). The ratio shows what the GUI
              adds; the navigator's 15 counts and the dashboard's queries are timed alone too.
scrolling     the Inbox and the list of all records (ListQuery(), the query without a filter;
              the navigator has no entry for it) scrolled end to end, one page of the scroll bar
              per step (every row on screen is new: a wheel step shows fewer), each step painted
              (`viewport().repaint()`) and its events processed; the worst and 95th-percentile
              step and the total.

Prints a Markdown table; --json prints the raw figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PASSPHRASE = os.environ.get("NPMDESK_PASSPHRASE", "benchmark passphrase, not a secret")
SIZE = (1280, 800)
CORE_ROWS = 100
READY_TIMEOUT = 60.0
# PySide6 6.12 on Python 3.11 loses a reference to None on some calls into a Python item model (each
# repaint of a header, each QModelIndex.data() that gets None); when the count reaches zero the
# process aborts ("Fatal Python error: none_dealloc"). Scrolling 100,000 rows gets there, so the
# scrolling process holds this many extra references to None, and reports how many were lost.
NONE_RESERVE = 10_000_000


class NoKeyring:
    """The benchmark never remembers the vault on this device."""

    def get(self, _entry: str) -> None:
        return None


# ------------------------------------------------------------------------------- child processes


def _unlock(vault_path: Path) -> tuple[Any, float, float]:
    """(open vault, seconds in Vault.unlock, seconds of the test KDF alone)."""
    from npmdesk.vault import Credential, Secret, Vault, kdf
    from npmdesk.vault.kdf import TEST_PARAMS

    started = time.perf_counter()
    vault = Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=NoKeyring())
    unlock = time.perf_counter() - started
    started = time.perf_counter()
    kdf.derive(Secret.from_passphrase(PASSPHRASE), os.urandom(16), TEST_PARAMS).wipe()
    return vault, unlock, time.perf_counter() - started


def _open_window(app: Any, vault: Any) -> tuple[Any, float]:
    """The main window, shown with its first page, counts and dashboard, painted; and the seconds it took."""
    from npmdesk.gui.main_window import MainWindow

    started = time.perf_counter()
    window = MainWindow(vault)
    window.resize(*SIZE)
    window.show()
    workspace = window.workspace
    dashboard = workspace.dashboard

    def ready() -> bool:
        return (window.isVisible() and workspace.list_model.rowCount() > 0 and workspace.list_model.pages_fetched > 0
                and dashboard.lists["calendar"].count() > 0)

    deadline = started + READY_TIMEOUT
    while not ready():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise SystemExit("the first screen did not appear")
    window.grab()  # paints the whole window now
    return window, time.perf_counter() - started


def child_first_screen(vault_path: Path) -> dict[str, Any]:
    """As `npmdesk --vault DIR` does it: the unlock window shown first (it loads the style, the fonts and
    the form loader), then, once the vault is open, the main window; then a lock and a second unlock."""
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    from npmdesk.gui.app import configure
    from npmdesk.gui.session import Session  # what gui/app.py imports before anything shows
    from npmdesk.gui.unlock.unlock_dialog import UnlockDialog

    imports = time.perf_counter() - started
    app = QApplication([sys.argv[0]])
    configure(app)
    dialog = UnlockDialog(vault_path, NoKeyring(), try_device=False)
    dialog.show()
    app.processEvents()
    dialog.grab()
    vault, unlock, kdf_seconds = _unlock(vault_path)
    dialog.hide()
    window, first_screen = _open_window(app, vault)
    rows = window.workspace.list_model.rowCount()
    window.discard()
    window.deleteLater()
    vault.close()
    vault, _unlock_seconds, _kdf = _unlock(vault_path)
    window, second_screen = _open_window(app, vault)
    window.discard()
    vault.close()
    del Session
    return {"imports": imports, "unlock": unlock, "kdf": kdf_seconds, "first_screen": first_screen,
            "second_screen": second_screen, "rows": rows}


def child_core(vault_path: Path) -> dict[str, Any]:
    import datetime as dt

    from npmdesk.gui.navigator import ENTRIES
    from npmdesk.records import RecordStore, calendar

    vault, _unlock_seconds, _kdf = _unlock(vault_path)
    store = RecordStore(vault)
    started = time.perf_counter()
    page = store.list(replace(ENTRIES[0].query, offset=0, limit=CORE_ROWS))
    first_page = time.perf_counter() - started
    started = time.perf_counter()
    for entry in ENTRIES:
        store.count(entry.query)
    counts = time.perf_counter() - started
    started = time.perf_counter()
    calendar.due_items(store, dt.date.today())
    due = time.perf_counter() - started
    vault.close()
    return {"first_page": first_page, "rows": len(page), "counts": counts, "due": due}


def _scroll(app: Any, view: Any) -> dict[str, Any]:
    bar = view.verticalScrollBar()
    bar.setValue(0)
    app.processEvents()
    model = view.model()
    fetched_before = model.pages_fetched
    steps: list[float] = []
    started = time.perf_counter()
    while bar.value() < bar.maximum():
        step_start = time.perf_counter()
        bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
        view.viewport().repaint()  # paints the rows now (fetching their page if needed)…
        app.processEvents()  # …and handles whatever else the step queued
        steps.append(time.perf_counter() - step_start)
    total = time.perf_counter() - started
    last = model.index(model.rowCount() - 1, 2)
    assert view.visualRect(last).isValid() and last.data(), "the last row is not on screen"
    steps_ms = sorted(s * 1000 for s in steps)
    return {"rows": model.rowCount(), "steps": len(steps), "total": total, "worst_ms": steps_ms[-1],
            "p95_ms": steps_ms[int(0.95 * (len(steps_ms) - 1))], "median_ms": statistics.median(steps_ms),
            "pages_read": model.pages_fetched - fetched_before}


_reserve: list[None] = []  # kept until the process ends (os._exit): freeing it would take None to zero


def child_scroll(vault_path: Path) -> dict[str, Any]:
    _reserve.extend([None] * NONE_RESERVE)
    from PySide6.QtWidgets import QApplication

    from npmdesk.gui.app import configure
    from npmdesk.records import ListQuery

    app = QApplication([sys.argv[0]])
    configure(app)
    vault, _unlock_seconds, _kdf = _unlock(vault_path)
    window, _first = _open_window(app, vault)
    workspace = window.workspace
    inbox = workspace.list_model.query
    workspace.list_model.clear()  # so that the count below is not changed by the pages it keeps
    gc.collect()
    nones = sys.getrefcount(None)
    workspace.list_model.set_source(workspace.store, inbox)
    figures: dict[str, Any] = {"inbox": _scroll(app, workspace.list_view)}
    workspace.list_model.set_source(workspace.store, ListQuery())
    figures["all"] = _scroll(app, workspace.list_view)
    workspace.list_model.clear()
    gc.collect()
    figures["none_refs_lost"] = nones - sys.getrefcount(None)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - sys.getsizeof(_reserve)
    figures["peak_rss_mb"] = peak / 2**20
    window.discard()
    vault.close()
    return figures


CHILDREN = {"first-screen": child_first_screen, "core": child_core, "scroll": child_scroll}


# ------------------------------------------------------------------------------- the parent


def run_child(kind: str, vault: Path, pycache: Path) -> dict[str, Any]:
    """Run one measurement in a fresh process. Compiled modules are kept in `pycache` (outside the
    checkout), as an installed npmdesk has them, even where PYTHONDONTWRITEBYTECODE is set."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", NPMDESK_KDF_PROFILE="test", PYTHONPYCACHEPREFIX=str(pycache))
    proc = subprocess.run([sys.executable, __file__, "--child", kind, str(vault)], env=env, capture_output=True,
                          text=True, check=False, timeout=3600)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def make_vault(vault: Path, records: int) -> float:
    env = {**os.environ, "NPMDESK_KDF_PROFILE": "test", "NPMDESK_PASSPHRASE": PASSPHRASE,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    started = time.perf_counter()
    for args in (["init", "--npm-name", "Benchmark NPM", "--user-name", "Ana"], ["demo", "--records", str(records)]):
        proc = subprocess.run([sys.executable, "-m", "npmdesk", *args, "--vault", str(vault)], env=env, cwd=ROOT,
                              capture_output=True, text=True, check=False, timeout=3600)
        if proc.returncode != 0:
            raise SystemExit(f"npmdesk {args[0]} failed: {proc.stderr.strip()}")
    return time.perf_counter() - started


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:,.1f} ms"


def report(figures: dict[str, Any]) -> str:
    runs, core = figures["runs"], figures["core"]
    first = [r["first_screen"] for r in runs]
    beyond_kdf = [r["unlock"] - r["kdf"] for r in runs]
    core_page = statistics.median(c["first_page"] for c in core)
    lines = [
        f"Vault: {figures['records']:,} demo records ({runs[0]['rows']:,} in the Inbox); "
        f"{len(runs)} fresh processes each; Python {sys.version.split()[0]}, {os.cpu_count()} cores.",
        "",
        "| measurement | median | worst | note |",
        "|---|---:|---:|---|",
        f"| unlock beyond the KDF (test profile) | {ms(statistics.median(beyond_kdf))} | {ms(max(beyond_kdf))} | "
        f"`Vault.unlock` {ms(statistics.median(r['unlock'] for r in runs))} minus the KDF "
        f"{ms(statistics.median(r['kdf'] for r in runs))} |",
        f"| **first screen after unlock** | **{ms(statistics.median(first))}** | {ms(max(first))} | "
        "main window, Inbox first page, navigator counts, dashboard, painted |",
        f"| the same after a lock and unlock | {ms(statistics.median(r['second_screen'] for r in runs))} | "
        f"{ms(max(r['second_screen'] for r in runs))} | same process: every module already loaded |",
        f"| core: first {CORE_ROWS} Inbox rows (`RecordStore.list`) | {ms(core_page)} | "
        f"{ms(max(c['first_page'] for c in core))} | baseline, fresh process |",
        f"| core: the navigator's {15} counts | {ms(statistics.median(c['counts'] for c in core))} | "
        f"{ms(max(c['counts'] for c in core))} | part of the first screen |",
        f"| core: the dashboard's due items | {ms(statistics.median(c['due'] for c in core))} | "
        f"{ms(max(c['due'] for c in core))} | part of the first screen |",
        f"| ratio first screen / core first page | {statistics.median(first) / core_page:,.1f}x | | "
        "what the window adds to the core's own read |",
        f"| imports before the unlock window (PySide6, session) | "
        f"{ms(statistics.median(r['imports'] for r in runs))} | "
        f"{ms(max(r['imports'] for r in runs))} | not counted above |",
        "",
        "| scrolling end to end | rows | steps | total | median step | p95 step | worst step | pages read |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    scroll = figures["scroll"]
    for key, name in (("inbox", "Inbox"), ("all", "All records (ListQuery())")):
        s = scroll[key]
        lines.append(f"| {name} | {s['rows']:,} | {s['steps']:,} | {s['total']:.1f} s | {s['median_ms']:.1f} ms | "
                     f"{s['p95_ms']:.1f} ms | {s['worst_ms']:.1f} ms | {s['pages_read']:,} |")
    lines += ["", f"Peak memory of the scrolling process: {scroll['peak_rss_mb']:,.0f} MB "
              f"(without the {NONE_RESERVE:,} references to None it holds).",
              f"References to None lost while scrolling: {scroll['none_refs_lost']:,} "
              "(PySide6 6.12 on Python 3.11; see NONE_RESERVE)."]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path, help="reuse this vault, or make it there if it does not exist")
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="fresh processes for the first screen and the core")
    parser.add_argument("--json", action="store_true", help="print the raw figures as JSON too")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "VAULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, vault = args.child
        print(json.dumps(CHILDREN[kind](Path(vault))), flush=True)
        os._exit(0)  # no teardown: it would free the references to None that the leak used up
    from npmdesk.vault import is_vault

    with tempfile.TemporaryDirectory(prefix="npmdesk-bench-") as folder:
        vault = args.vault or Path(folder) / "vault"
        if is_vault(vault):
            print(f"Reusing {vault}", file=sys.stderr)
        else:
            print(f"Making {args.records:,} demo records in {vault}…", file=sys.stderr)
            print(f"  done in {make_vault(vault, args.records):.0f} s", file=sys.stderr)
        pycache = Path(folder) / "pycache"
        run_child("first-screen", vault, pycache)  # compiles the modules once, as installing would
        figures: dict[str, Any] = {"records": 0, "runs": [], "core": []}
        for _ in range(args.runs):
            figures["runs"].append(run_child("first-screen", vault, pycache))
            figures["core"].append(run_child("core", vault, pycache))
        print("Scrolling…", file=sys.stderr)
        figures["scroll"] = run_child("scroll", vault, pycache)
        figures["records"] = figures["scroll"]["all"]["rows"]
        print(report(figures))
        if args.json:
            print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
