"""Package JSON is read strictly: what the standard library lets through is refused here, as a
damaged package with one clear sentence, and nothing changes."""

from __future__ import annotations

import gzip

import pytest

from npmdesk.exchange.errors import DamagedPackage, PackageError
from npmdesk.exchange.importer import import_package
from tests.support.hostile_packages import (
    edit_manifest,
    edit_records,
    encrypt_for,
    refresh_file,
    resign,
    tar_bytes,
    verified_sides,
)

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("strict")
    with verified_sides(tmp) as (office, field, members):
        yield office, field, members, tmp


def refused(world, members, match):
    office, field, _members, tmp = world
    path = encrypt_for(tar_bytes(resign(members, field.identity)), office.identity.recipient, tmp / "strict.age")
    before = office.snapshot()
    with pytest.raises(PackageError, match=match) as caught:
        import_package(office.store, office.identity, path)
    assert office.snapshot() == before and "\n" not in str(caught.value)
    return caught.value


def with_manifest_text(members, old: bytes, new: bytes):
    manifest = dict(members)["manifest.json"]
    assert old in manifest
    return [(n, manifest.replace(old, new, 1) if n == "manifest.json" else d) for n, d in members]


@pytest.mark.parametrize(("old", "new", "match"), [
    (b'"format_version": 1,', b'"format_version": 1, "format_version": 1,', "same key twice"),
    (b'"format_version": 1,', b'"format_version": 1.0,', "format version"),
    (b'"format_version": 1,', b'"format_version": true,', "format version"),
    (b'"passphrase": false', b'"passphrase": false, "count": 123456789012345678901234567890', "out of range"),
    (b'"npm_name": "', b'"npm_name": "\\ud800', "lone surrogate"),
])
def test_manifest_json_is_strict(world, old, new, match):
    error = refused(world, with_manifest_text(world[2], old, new), match)
    assert isinstance(error, DamagedPackage)


def test_an_impossible_creation_time_is_refused(world):
    def change(doc):
        doc["created_at"] = "2026-02-30T12:00:00+00:00"

    refused(world, edit_manifest(world[2], change), "creation time")


@pytest.mark.parametrize(("key", "value", "match"), [
    ("created_at", "2026-02-30T12:00:00+00:00", "not a real date and time"),
    ("updated_at", "2026-13-01T25:61:00Z", "not a real date and time"),
    ("title", "\ud800", "lone surrogate"),
])
def test_record_values_are_strict(world, key, value, match):
    def change(doc):
        next(r for r in doc["records"] if r["kind"] == "communication")[key] = value

    refused(world, edit_records(world[2], change), match)  # json.dumps writes a surrogate as \ud800


@pytest.mark.parametrize("version", [b"1.0", b"true", b"1e0"])
def test_the_records_schema_version_is_the_integer_1(world, version):
    data = gzip.decompress(dict(world[2])["records.json.gz"])
    data = data.replace(b'"schema_version": 1', b'"schema_version": ' + version)
    refused(world, refresh_file(world[2], "records.json.gz", gzip.compress(data)), "schema version")


@pytest.mark.parametrize("tail", [gzip.compress(b""), gzip.compress(b" "), b"trailing bytes"],
                         ids=["empty-gzip-member", "gzip-member", "trailing-bytes"])  # not the gzip times: xdist
def test_a_second_gzip_member_or_trailing_data_is_refused(world, tail):
    records = dict(world[2])["records.json.gz"] + tail
    refused(world, refresh_file(world[2], "records.json.gz", records), "data after its end")
