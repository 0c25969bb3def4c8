"""An export never writes a package that an import refuses: a selection beyond a package's limits
(documents, recipients) or a record too large to travel is refused in one sentence that says
what to do, and nothing is written (no package, no spool beside it). The number of records and
attachments is not limited (test_streamed_packages.py).

The limits are module constants; the tests lower them (they bind the reader and the writer alike)
so that a few records are enough, except for the record whose text is over the real 12 MiB.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from npmdesk.exchange import manifest as manifest_module
from npmdesk.exchange import schema
from npmdesk.exchange.errors import TooLargeToExport
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from tests.support.package_helpers import communication, side


@pytest.fixture
def pair(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        yield office, field


def refused_export(field, office, out, match, plan=None):
    """`write_package` refuses with `match` and leaves the output folder as it was."""
    out.mkdir(exist_ok=True)
    before = sorted(out.iterdir())
    with pytest.raises(TooLargeToExport, match=match) as caught:
        write_package(field.store, field.identity, plan or plan_export(field.store), out / "p.age",
                      recipients=[office.identity.recipient], confirmed=True)
    assert sorted(out.iterdir()) == before
    assert str(caught.value).endswith("Nothing was written.") and "\n" not in str(caught.value)


def test_more_documents_than_a_package_holds_are_refused_before_anything_is_written(pair, tmp_path, monkeypatch):
    """Records and attachments are not limited (beyond format 1's limits a package is format 2:
    test_streamed_packages.py); the documents, listed in the manifest itself, are."""
    office, field = pair
    field.store.add(communication("Cover letter"))
    monkeypatch.setattr(manifest_module, "MAX_FILES", 2)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(TooLargeToExport, match=r"3 documents; a package holds at most 2: export them in several"):
        write_package(field.store, field.identity, plan_export(field.store), out / "p.age",
                      recipients=[office.identity.recipient], confirmed=True,
                      documents=[(f"report {n}.pdf", b"%PDF") for n in range(3)])
    assert list(out.iterdir()) == []


def test_a_record_too_large_to_travel_is_refused_and_nothing_is_written(pair, tmp_path):
    """A body of 3,500,000 characters is a valid record (up to 5,000,000), but outside Latin-1 its
    package text is 14 MB, over what a reader accepts for one record (12 MiB): the export names it."""
    office, field = pair
    field.store.add(communication("Small"))
    big = field.store.add(communication("Huge", body="\U0001F600" * 3_500_000))
    refused_export(field, office, tmp_path / "out", f"Record {big.id} is too large to travel in a package")


def test_a_record_with_too_many_values_is_refused(pair, tmp_path, monkeypatch):
    office, field = pair
    field.store.add(communication("Many tags", tags=[f"tag{n}" for n in range(60)], body="x" * 70_000))
    monkeypatch.setattr(schema, "MAX_RECORD_ITEMS", 50)
    refused_export(field, office, tmp_path / "out", "too large to travel")


def test_what_an_export_writes_at_the_limits_imports(pair, tmp_path, monkeypatch):
    """At the limits exactly (and with a history longer than a package carries: the latest
    versions travel), the package imports."""
    office, field = pair
    letter = field.store.add(communication("Edited often"))
    for n in range(4):
        letter = field.store.update(replace(letter, body=f"version {n}"))
    field.store.add(communication("Second"))
    monkeypatch.setattr(manifest_module, "MAX_RECORDS", 2)
    monkeypatch.setattr(schema, "MAX_LINEAGE", 2)
    write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                  recipients=[office.identity.recipient], confirmed=True)
    done = import_package(office.store, office.identity, tmp_path / "p.age")
    assert done.plan.count("added") == 2 and office.store.get(letter.id).body == "version 3"


def test_a_summary_that_escaping_makes_long_still_fits(pair, tmp_path, monkeypatch):
    """summary.html shows fewer records when their text, escaped (control characters shown as
    <U+0001>), would make it longer than a reader accepts: the package imports."""
    from npmdesk.exchange import reader

    office, field = pair
    field.store.add_many([communication(f"Carta {n}", body="\x01<&" * 2_000) for n in range(30)])
    monkeypatch.setattr(reader, "MAX_SUMMARY", 400_000)
    write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                  recipients=[office.identity.recipient], confirmed=True)
    assert import_package(office.store, office.identity, tmp_path / "p.age").plan.count("added") == 30


def test_an_npm_name_longer_than_a_manifest_carries_travels_shortened(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Mecanismo " * 150, "Bo") as field:
        office.contact_for(field, name="Field laptop")
        field.store.add(communication("Carta"))
        write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                      recipients=[office.identity.recipient], confirmed=True)
        done = import_package(office.store, office.identity, tmp_path / "p.age")
    assert done.plan.count("added") == 1 and done.manifest.npm_name == ("Mecanismo " * 100)[:1000]
