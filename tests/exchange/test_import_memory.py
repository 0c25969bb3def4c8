"""Importing a large package: memory does not grow with the number of records.

The reader hands each record to the import as soon as it is checked, and the import merges it
inside its one transaction and lets it go: what is kept per record is its id, its outcome, a
short title and the manifest's listing (under a kilobyte in all, mostly the manifest's own
parse), never the record, and the database's page cache is kept small (an import mostly writes). The real `npmdesk import --dry-run` of N records and `npmdesk import`
of 2N run in child processes whose peak resident memory is measured: the N more records (each
over 5 KB held as a record object with its JSON) add under 1.5 KB each, and both stay far under
the 300 MB any package must stay within. (The old reader held the records together and refused
this package.)
"""

from __future__ import annotations

import time

import pytest
from hostile_packages import clone_records, encrypt_for, members_of, npmdesk_peak, resign, tar_bytes
from package_helpers import communication, side

from npmdesk.exchange.export import plan_export, write_package

N = 20_000
BODY = "Informe de seguimiento de la visita, condiciones de detención y recomendaciones. " * 20  # 1.6 KB
PEAK_LIMIT_MB = 300
PER_RECORD_MB = 1.5 / 1024


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
    return made, tmp / "office"


def test_import_memory_does_not_grow_with_the_number_of_records(packages):
    made, office = packages
    started = time.monotonic()
    dry, peak_n = npmdesk_peak("import", "--dry-run", made[N], "--vault", office)
    assert dry.status == 0 and f"Would import: {N} new" in dry.out, dry.err
    done, peak_2n = npmdesk_peak("import", made[2 * N], "--vault", office)
    assert done.status == 0 and f"Imported: {2 * N} new" in done.out, done.err
    assert time.monotonic() - started < 60
    assert max(peak_n, peak_2n) < PEAK_LIMIT_MB / 2, (peak_n, peak_2n)
    assert peak_2n - peak_n < N * PER_RECORD_MB, (peak_n, peak_2n)
