"""Packages of any size: format version 2, whose manifest stays small whatever the package holds.

Beyond format 1's limits (manifest.MAX_RECORDS records, MAX_FILES files) an export writes format
version 2: the records as JSON Lines (records.jsonl.gz), their listing (id and hash, then each
attachment's path, size and hash) in index.jsonl, which the small manifest signs. Importing it
brings back every record and attachment, with every check format 1 has; a package within format
1's limits is still written as format 1 (every version of npmdesk reads it). The tests lower the
limits (they bind the writer's choice only) so that a few records are enough.
"""

from __future__ import annotations

import gzip
import hashlib
import json

import pytest

from npmdesk.exchange import manifest as manifest_module
from npmdesk.exchange.errors import DamagedPackage, PackageError, TooLargeToExport
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package, preview_package
from npmdesk.exchange.merge import ADDED, UNCHANGED
from npmdesk.exchange.unpack import open_package
from tests.support.hostile_packages import encrypt_for, members_of, resign, tar_bytes
from tests.support.package_helpers import communication, side

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")


@pytest.fixture
def pair(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        yield office, field


def export(field, office, out, **options):
    return write_package(field.store, field.identity, plan_export(field.store), out,
                         recipients=[office.identity.recipient], confirmed=True, **options)


def fill(field, count=5):
    records = field.store.add_many([communication(f"Carta {n}", body=f"Texto {n}\nsegunda línea")
                                    for n in range(count)])
    field.attach(records[1].id, "annex one.pdf", b"%PDF first annex")
    field.attach(records[1].id, "annex two.txt", b"second annex")
    field.attach(records[3].id, "photo.jpg", b"\xff\xd8 a photo")
    return records


def test_beyond_format_1_limits_an_export_is_format_2_and_imports_whole(pair, tmp_path, monkeypatch):
    office, field = pair
    records = fill(field)
    monkeypatch.setattr(manifest_module, "MAX_RECORDS", 3)
    result = export(field, office, tmp_path / "big.age", documents=[("report.pdf", b"%PDF report")])
    assert (result.records, result.attachments) == (5, 3)
    members = dict(members_of(tmp_path / "big.age", office.identity))
    assert list(members)[:6] == ["manifest.json", "manifest.sig", "manifest.json.sshsig", "index.jsonl",
                                 "records.jsonl.gz", "summary.html"]
    manifest = json.loads(members["manifest.json"])
    assert (manifest["format_version"], manifest["records"], manifest["attachments"]) == (2, 5, 3)
    assert [f["path"] for f in manifest["files"]] == ["index.jsonl", "records.jsonl.gz", "summary.html",
                                                      "documents/report.pdf"]
    lines = gzip.decompress(members["records.jsonl.gz"]).decode().split("\n")
    assert lines[0] == '{"schema":"npmdesk-records","schema_version":1}' and lines[-1] == ""
    assert sorted(json.loads(line)["title"] for line in lines[1:-1]) == [f"Carta {n}" for n in range(5)]
    assert len(members["index.jsonl"].splitlines()) == 5 + 3

    preview = import_package(office.store, office.identity, tmp_path / "big.age")
    assert preview.plan.count(ADDED) == 5 and preview.manifest.count == 5
    assert (preview.attachments, preview.attachment_bytes) == (4, 16 + 12 + 10 + 11)
    assert office.store.get(records[0].id).body == "Texto 0\nsegunda línea"
    names = sorted(row[0] for row in office.vault.db.execute("SELECT name FROM attachment"))
    assert names == ["annex one.pdf", "annex two.txt", "photo.jpg"]
    again = import_package(office.store, office.identity, tmp_path / "big.age")
    assert again.plan.count(UNCHANGED) == 5


def test_more_attachments_than_format_1_holds_make_a_format_2_package(pair, tmp_path, monkeypatch):
    office, field = pair
    fill(field)
    monkeypatch.setattr(manifest_module, "MAX_FILES", 2)
    export(field, office, tmp_path / "p.age")
    assert json.loads(dict(members_of(tmp_path / "p.age", office.identity))["manifest.json"])["format_version"] == 2
    assert import_package(office.store, office.identity, tmp_path / "p.age").attachments == 3


def test_within_format_1_limits_an_export_is_still_format_1(pair, tmp_path):
    office, field = pair
    fill(field)
    export(field, office, tmp_path / "small.age")
    members = dict(members_of(tmp_path / "small.age", office.identity))
    assert json.loads(members["manifest.json"])["format_version"] == 1
    assert "records.json.gz" in members and "index.jsonl" not in members
    assert import_package(office.store, office.identity, tmp_path / "small.age").plan.count(ADDED) == 5


def test_format_1_cannot_be_forced_beyond_its_limits(pair, tmp_path, monkeypatch):
    office, field = pair
    fill(field)
    monkeypatch.setattr(manifest_module, "MAX_RECORDS", 3)
    with pytest.raises(TooLargeToExport, match="version 1 package"):
        export(field, office, tmp_path / "p.age", package_format=1)
    assert not (tmp_path / "p.age").exists()


def test_package_open_unpacks_a_format_2_package(pair, tmp_path):
    office, field = pair
    records = fill(field)
    export(field, office, tmp_path / "p.age", package_format=2)
    unpacked = open_package(tmp_path / "p.age", tmp_path / "out", [office.identity.age])
    assert unpacked.contents.records == 5 and unpacked.contents.files == 3
    doc = json.loads((tmp_path / "out" / "records.json").read_text())
    assert sorted(r["id"] for r in doc["records"]) == sorted(r.id for r in records)
    annexes = sorted(p.name for p in (tmp_path / "out" / "attachments").glob("*/*"))
    assert annexes == ["annex_one.pdf", "annex_two.txt", "photo.jpg"]


def _forged(tmp_path, office, field, change):
    """The format 2 package with `change(members)` applied, its manifest's entries refreshed and
    re-signed by the field laptop (a known, verified sender): only the check under test can fail."""
    members = members_of(tmp_path / "p.age", office.identity)
    members = change(dict(members))
    manifest = json.loads(members["manifest.json"])
    for entry in manifest["files"]:
        data = members[entry["path"]]
        entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    members["manifest.json"] = json.dumps(manifest, indent=1).encode()
    signed = resign(list(members.items()), field.identity)
    return encrypt_for(tar_bytes(signed), office.identity.recipient, tmp_path / "forged.age")


def _lines(members, change):
    lines = gzip.decompress(members["records.jsonl.gz"]).split(b"\n")
    members["records.jsonl.gz"] = gzip.compress(b"\n".join(change(lines)))
    return members


def _moved_attachment(lines, first=False):
    """The index with its first attachment line moved to the front, or under another record."""
    at = next(i for i, line in enumerate(lines) if line.startswith(b'{"path"'))
    moved, rest = lines[at], lines[:at] + lines[at + 1:]
    if first:
        return [moved, *rest]
    owner = max(i for i in range(at) if lines[i].startswith(b'{"id"'))
    other = 0 if owner else max(i for i, line in enumerate(rest) if line.startswith(b'{"id"'))
    return [*rest[:other + 1], moved, *rest[other + 1:]]


def _index(members, change):
    members["index.jsonl"] = b"\n".join(change(members["index.jsonl"].split(b"\n")))
    return members


FORGERIES = {
    "records in another order": lambda m: _lines(m, lambda ls: [ls[0], ls[2], ls[1], *ls[3:]]),
    "a record left out": lambda m: _lines(m, lambda ls: [ls[0], *ls[2:]]),
    "a record twice": lambda m: _lines(m, lambda ls: [ls[0], ls[1], ls[1], *ls[2:]]),
    "a record changed": lambda m: _lines(m, lambda ls: [ls[0], ls[1].replace(b'"Carta', b'"Xarta'), *ls[2:]]),
    "two records on one line": lambda m: _lines(m, lambda ls: [ls[0], ls[1] + b" " + ls[2], *ls[3:]]),
    "no line end at the end": lambda m: _lines(m, lambda ls: ls[:-1]),
    "no header": lambda m: _lines(m, lambda ls: ls[1:]),
    "an index listing a record twice": lambda m: _index(m, lambda ls: [ls[0], *ls]),
    "an index with an attachment first": lambda m: _index(m, lambda ls: _moved_attachment(ls, first=True)),
    "an index listing an attachment under another record": lambda m: _index(m, _moved_attachment),
    "an index line too long": lambda m: _index(m, lambda ls: [ls[0] + b" " * 600, *ls[1:]]),
    "an index that is not JSON Lines": lambda m: _index(m, lambda ls: [b"[1, 2]", *ls[1:]]),
}


@pytest.mark.parametrize("name", sorted(FORGERIES))
def test_a_format_2_package_that_disagrees_with_its_index_is_refused_and_changes_nothing(pair, tmp_path, name):
    office, field = pair
    fill(field)
    export(field, office, tmp_path / "p.age", package_format=2)
    forged = _forged(tmp_path, office, field, FORGERIES[name])
    before = office.snapshot()
    with pytest.raises(PackageError):
        import_package(office.store, office.identity, forged)
    assert office.snapshot() == before


def test_a_format_2_index_is_bound_by_the_signature(pair, tmp_path):
    """Changing the index without re-signing: its hash no longer matches the signed manifest."""
    office, field = pair
    fill(field)
    export(field, office, tmp_path / "p.age", package_format=2)
    members = dict(members_of(tmp_path / "p.age", office.identity))
    index = bytearray(members["index.jsonl"])
    at = index.index(b'"}') - 1  # the last hex digit of the first record's hash
    index[at] = ord("0") if index[at] != ord("0") else ord("1")
    members["index.jsonl"] = bytes(index)
    forged = encrypt_for(tar_bytes(list(members.items())), office.identity.recipient, tmp_path / "f.age")
    with pytest.raises(DamagedPackage, match="does not match its manifest"):
        preview_package(office.store, office.identity, forged)
