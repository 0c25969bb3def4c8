"""A large export imports back whole into a fresh vault, in memory that does not grow with it.

The default suite's stand-in for the 300,000-record round trip of benchmarks/export_memory.py:
format 1's record limit is lowered so that a few thousand records make a format 2 package (the
format of every export beyond 100,000 records; before it, such an export was refused and could
not have been imported back). N and then 2N records are exported and imported into fresh vaults
under tracemalloc: every record comes back, and the N more records (10 MB more text, which held
as records and JSON would cost several times that) add less than half their text to the
import's and the export's peak Python memory (what is left per record: the import plan's id and
outcome, the export plan's entry; the rest is bounded whatever the count: one decompression
step, the age pipeline's buffers, the summary's first records).
"""

from __future__ import annotations

import json
import tracemalloc

from npmdesk.exchange import manifest as manifest_module
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.exchange.merge import ADDED
from tests.support.hostile_packages import members_of
from tests.support.package_helpers import communication, side

N = 1_000
BODY = "Informe de seguimiento de la visita n.º {n}: condiciones de detención, salud y recomendaciones. " * 100


def _peak(action):
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def round_trip(folder, count):
    """Export `count` records from a new field vault and import them into a new office vault:
    (the import's preview, the export's peak, the import's peak, the package's manifest)."""
    with side(folder / "field", "Field laptop", "Bo") as field, side(folder / "office", "Office NPM", "Ana") as office:
        office.contact_for(field)
        for start in range(0, count, 500):
            field.store.add_many([communication(f"Carta {n}", body=BODY.format(n=n))
                                  for n in range(start, min(count, start + 500))])
        package = folder / "p.age"
        _, export_peak = _peak(lambda: write_package(
            field.store, field.identity, plan_export(field.store), package,
            recipients=[office.identity.recipient], confirmed=True))
        preview, import_peak = _peak(lambda: import_package(office.store, office.identity, package))
        assert office.vault.db.execute("SELECT count(*) FROM record").fetchone()[0] == count + 1  # and the contact
        manifest = json.loads(dict(members_of(package, office.identity))["manifest.json"])
        return preview, export_peak, import_peak, manifest


def test_an_export_beyond_format_1_limits_imports_back_whole_in_bounded_memory(tmp_path, monkeypatch):
    monkeypatch.setattr(manifest_module, "MAX_RECORDS", N // 2)
    runs = {count: round_trip(tmp_path / str(count), count) for count in (N, 2 * N)}
    for count, (preview, _export_peak, _import_peak, manifest) in runs.items():
        assert manifest["format_version"] == 2 and manifest["records"] == count
        assert preview.plan.count(ADDED) == count
    added_text = N * len(BODY.encode())
    export_growth = runs[2 * N][1] - runs[N][1]
    import_growth = runs[2 * N][2] - runs[N][2]
    assert import_growth < added_text / 2, (runs[N][2], runs[2 * N][2], added_text)
    assert export_growth < added_text / 2, (runs[N][1], runs[2 * N][1], added_text)
