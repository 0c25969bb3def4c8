"""Importing or opening a large package: memory does not grow with the number of records.

The reader hands each record over as soon as it is checked; the import merges it inside its one
transaction and lets it go, keeping its id, its outcome, a short title and the manifest's listing
(under a kilobyte in all, mostly the manifest's own parse), with a small database page cache (an
import mostly writes); `package open` writes it to records.json and keeps only the first ones
for the summary. The real commands run in child processes whose peak resident memory is
measured for N and 2N records: the N more records (each over 5 KB held as a record object with
its JSON) add under 1.5 KB each, and every run stays under half the 300 MB any package must stay
within. (The old reader held the records together and refused the larger package.) Its speed is
the child's CPU time (user and system), not the wall clock a loaded machine stretches.
"""

from __future__ import annotations

import pytest

from npmdesk.exchange.export import plan_export, write_package
from tests.support.hostile_packages import (
    clone_records,
    encrypt_for,
    members_of,
    npmdesk_peak,
    npmdesk_usage,
    resign,
    tar_bytes,
)
from tests.support.package_helpers import communication, side

N = 15_000
BODY = "Informe de seguimiento de la visita, condiciones de detención y recomendaciones. " * 20  # 1.6 KB
PEAK_LIMIT_MB = 300
PER_RECORD_MB = 1.5 / 1024
PER_RECORD_CPU_RATIO = 2  # an imported record's CPU time at most twice a dry-run record's (measured: 1.0)


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    """An office vault that verified the field laptop's key, and packages of N and 2N records
    (copies of one letter under new ids, signed by the field laptop)."""
    tmp = tmp_path_factory.mktemp("import-memory")
    made = {}
    with side(tmp / "office", "Office NPM", "Ana") as office, side(tmp / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.store.add(communication("Carta de seguimiento", body=BODY))
        valid = tmp / "valid.age"
        write_package(field.store, field.identity, plan_export(field.store), valid,
                      recipients=[office.identity.recipient], confirmed=True)
        members = members_of(valid, office.identity)
        for count in (N, 2 * N):
            made[count] = encrypt_for(tar_bytes(resign(clone_records(members, count), field.identity)),
                                      office.identity.recipient, tmp / f"{count}.age")
        key = tmp / "office.key"
        key.write_text(office.identity.age.encode() + "\n")
    return made, tmp / "office", key


def test_import_memory_does_not_grow_with_the_number_of_records(packages):
    made, office, _key = packages
    dry, peak_n, cpu_n = npmdesk_usage("import", "--dry-run", made[N], "--vault", office)
    assert dry.status == 0 and f"Would import: {N} new" in dry.out, dry.err
    done, peak_2n, cpu_2n = npmdesk_usage("import", made[2 * N], "--vault", office)
    assert done.status == 0 and f"Imported: {2 * N} new" in done.out, done.err
    # Its speed, whatever the machine and its load: CPU time, compared with the dry run's on the
    # same machine. Reading and checking N records costs cpu_n; importing 2N (the same reading,
    # then merging) stays within twice that per record: no step grows with what was imported.
    assert cpu_2n < 2 * PER_RECORD_CPU_RATIO * cpu_n, (cpu_n, cpu_2n)
    assert max(peak_n, peak_2n) < PEAK_LIMIT_MB / 2, (peak_n, peak_2n)
    assert peak_2n - peak_n < N * PER_RECORD_MB, (peak_n, peak_2n)


def test_package_open_writes_every_record_without_holding_them(packages, tmp_path):
    """`npmdesk package open` writes records.json a record at a time and builds summary.html from
    the first records only (saying so): the same memory for N and 2N records."""
    made, _office, key = packages
    peaks = {}
    for count, package in made.items():
        out = tmp_path / f"open-{count}"
        opened, peaks[count] = npmdesk_peak("package", "open", package, "-i", key, "--out", out)
        assert opened.status == 0 and f"{count} records and 0 files unpacked" in opened.out, opened.err
        assert (out / "records.json").read_bytes().count(b'\n  {\n   "id": ') == count
        assert f"This summary shows the first 2,000 of {count:,} records" in (out / "summary.html").read_text()
    assert max(peaks.values()) < PEAK_LIMIT_MB / 2 and peaks[2 * N] - peaks[N] < N * PER_RECORD_MB, peaks
