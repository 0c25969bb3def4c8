"""Bounded work before trust: a hostile package, however it is built, costs a bounded amount of
memory and is judged (signature, then signer) before its contents are parsed.

The memory tests run the real `npmdesk import --dry-run` (the preview parses everything a signed
package holds, whoever signed it) in a child process and read that child's peak resident
memory from getrusage(RUSAGE_CHILDREN) in a fresh wrapper process, so nothing else counts.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import time
import uuid

import pytest

from npmdesk.exchange import manifest as manifest_module
from npmdesk.exchange import reader
from npmdesk.exchange.errors import BadSignature, DamagedPackage, PackageTooLarge, SignerNotTrusted
from npmdesk.exchange.importer import import_package, preview_package
from tests.support.hostile_packages import (
    HEAD,
    clone_records,
    edit_manifest,
    encrypt_for,
    npmdesk_peak,
    refresh_file,
    resign,
    tar_bytes,
    verified_sides,
)
from tests.support.package_helpers import side

PEAK_LIMIT_MB = 300

def _mixed(unit: bytes, size: int) -> bytes:
    """`unit` repeated to about `size` bytes, with random text every 4 KiB so that it compresses
    about 50:1, under the reader's 100:1 bomb limit (the reader must really parse it)."""
    block = unit * (4096 // len(unit))
    parts = []
    for _ in range(size // len(block)):
        parts.append(block)
        parts.append(b'"' + os.urandom(40).hex().encode() + b'",')
    return b"".join(parts)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The office, the field and the valid package's members, open."""
    tmp = tmp_path_factory.mktemp("bounded")
    with verified_sides(tmp) as (office, field, members):
        yield office, field, members, tmp


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """Hostile packages for the office (closed, for the CLI), by name, and the office's folder."""
    tmp = tmp_path_factory.mktemp("hostile")
    packages = {}
    with verified_sides(tmp) as (office, field, members):
        signed = resign  # signed by the field laptop's key: every signature check passes
        rest = members[2:]

        def package(name, hostile):
            packages[name] = encrypt_for(tar_bytes(hostile), office.identity.recipient, tmp / f"{name}.age")

        # The example: 24 MiB of [],[],… as the manifest, with a garbage signature.
        package("garbage_manifest", [("manifest.json", b"[" + b"[]," * (8 * 2**20) + b"[]]"),
                                     ("manifest.sig", b'{"garbage": true}'), *rest])
        # The same, validly signed (by a key anyone can make), so the manifest must be parsed.
        wide = b'{"format": "npmdesk-package", "format_version": 1, "records": [' + b"[]," * (8 * 2**20) + b"[]]}"
        package("signed_wide_manifest", signed([("manifest.json", wide), members[1], *rest], field.identity))
        # A string that never ends, made of escaped quotes: scanning it must stay linear.
        quotes = b'"' + b'\\"' * (12 * 2**20)
        package("signed_unterminated_manifest", signed([("manifest.json", quotes), members[1], *rest], field.identity))
        # Records: one record holding 36 MiB of [],[],… (the 0.35 MiB gzip), one of 11 MiB
        # (under the size cap), and one nested a million deep, all compressing under the bomb limit.
        wide_record = HEAD + b'{"tags": [' + _mixed(b"[],", 36 * 2**20) + b"[]]}]}"
        package("wide_record", signed(refresh_file(members, "records.json.gz", gzip.compress(wide_record, 9)),
                                      field.identity))
        shallow = HEAD + b'{"tags": [' + _mixed(b"[1],", 11 * 2**20) + b"[]]}]}"
        package("wide_record_under_the_size_cap",
                signed(refresh_file(members, "records.json.gz", gzip.compress(shallow, 9)), field.identity))
        escapes = b"".join(b'\\"' * 2048 + os.urandom(40).hex().encode() for _ in range(2600))  # 11 MiB
        escaped = HEAD + b'{"title": "' + escapes + b'"}]}'
        package("escaped_record", signed(refresh_file(members, "records.json.gz", gzip.compress(escaped, 9)),
                                         field.identity))
        unterminated = HEAD + b'{"title": "' + escapes * 2
        package("unterminated_record",
                signed(refresh_file(members, "records.json.gz", gzip.compress(unterminated, 9)), field.identity))
        deep = HEAD + b'{"tags": ' + b"[" * 2**20 + b"]" * 2**20 + b"}]}"
        package("deep_record", signed(refresh_file(members, "records.json.gz", gzip.compress(deep, 9)),
                                      field.identity))
        # Records at the largest body a record may have, one character outside Latin-1 making each
        # body a string of 4 bytes a character (20 MB): each is parsed, merged and let go alone.
        big_body = os.urandom(2_450_000).hex() + "\U0001F600"
        package("big_bodies", signed(clone_records(members, 12, body=big_body), field.identity))
        # The largest manifest a package may have (parsed whole once signed), with a records
        # file whose first record it does not list.
        largest = clone_records(members, manifest_module.MAX_RECORDS, manifest_module.MAX_FILES)
        largest = refresh_file(largest, "records.json.gz", dict(members)["records.json.gz"])
        package("largest_manifest", signed(largest, field.identity))
    yield packages, tmp / "office"


@pytest.mark.parametrize(("name", "says"), [
    ("garbage_manifest", "signature does not verify"),
    ("signed_wide_manifest", "manifest is not valid JSON"),
    ("signed_unterminated_manifest", "manifest is not valid JSON"),
    ("wide_record", "a record over"),
    ("wide_record_under_the_size_cap", "more values than allowed"),
    ("deep_record", "nested too deeply"),
    ("escaped_record", "a record has no valid id"),
    ("unterminated_record", "a record over"),
    ("largest_manifest", "records do not match its manifest"),
    ("big_bodies", "Would import: 12 new"),  # valid: taken one at a time, nothing held together
])
def test_hostile_packages_are_refused_within_a_bounded_amount_of_memory(hostile, name, says):
    packages, office = hostile
    started = time.monotonic()
    result, peak = npmdesk_peak("import", "--dry-run", packages[name], "--vault", office)
    assert time.monotonic() - started < 60, f"{name}: {time.monotonic() - started:.0f} s"
    assert peak < PEAK_LIMIT_MB, f"{name}: {peak:.0f} MB"
    assert "Unexpected internal error" not in result.err
    if name == "big_bodies":
        assert result.status == 0 and says in result.out, result.err
        return
    assert result.status in (1, 2) and says in result.err, result.err
    assert len(result.errors) == 1


def test_an_untrusted_signer_is_refused_before_the_records_are_read(world, monkeypatch):
    """An import (without --accept-unverified) judges the signer right after the signature: the
    records of an unknown signer's package are never decompressed."""
    _office, field, members, tmp = world
    decompressed = []
    monkeypatch.setattr(reader._Records, "write", lambda self, data: decompressed.append(data))
    with side(tmp / "third", "Third", "Di") as third:  # has no contact for the field laptop
        for_third = [third.identity.recipient.encode()]
        readdressed = edit_manifest(members, lambda doc: doc["recipients"].update(age=for_third))
        path = encrypt_for(tar_bytes(resign(readdressed, field.identity)), third.identity.recipient, tmp / "t.age")
        with pytest.raises(SignerNotTrusted):
            import_package(third.store, third.identity, path)
        assert decompressed == []
        monkeypatch.undo()
        assert preview_package(third.store, third.identity, path).signer.status == "unknown"


def test_the_manifest_must_show_its_signers_fingerprint(world):
    office, field, members, tmp = world
    before = office.snapshot()
    lying = edit_manifest(members, lambda doc: doc["exporter"].update(fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE"))
    path = encrypt_for(tar_bytes(resign(lying, field.identity)), office.identity.recipient, tmp / "fp.age")
    with pytest.raises(DamagedPackage, match="fingerprint"):
        preview_package(office.store, office.identity, path)
    assert office.snapshot() == before


def test_the_manifest_must_name_the_key_that_signed_it(world):
    office, field, members, tmp = world
    other = edit_manifest(members, lambda doc: doc["exporter"].update(signing_key=office.identity.signing_key.encode()))
    path = encrypt_for(tar_bytes(resign(other, field.identity)), office.identity.recipient, tmp / "key.age")
    with pytest.raises(BadSignature):
        preview_package(office.store, office.identity, path)


def test_the_manifest_cap_is_checked_on_the_member_header(world, monkeypatch):
    office, _field, members, tmp = world
    monkeypatch.setattr(reader, "MAX_MANIFEST", 100)
    path = encrypt_for(tar_bytes(members), office.identity.recipient, tmp / "cap.age")
    with pytest.raises(PackageTooLarge, match="manifest"):
        preview_package(office.store, office.identity, path)


def test_the_manifest_cap_fits_the_largest_real_manifest():
    """What `Manifest.to_bytes` writes for MAX_RECORDS records and MAX_FILES files at their
    longest, with the longest names and MAX_RECIPIENTS recipients, fits in MAX_MANIFEST."""
    m = manifest_module
    longest_path = "attachments/" + str(uuid.uuid4()) + "/" + "n" * 50
    digest = hashlib.sha256(b"x").hexdigest()
    one_record = m.Manifest("", "", "", "", "", [], False, {str(uuid.uuid4()): digest})
    one_file = m.Manifest("", "", "", "", "", [], False, {}, [m.FileEntry(longest_path, 2**50 - 1, digest)])
    empty = m.Manifest("", "", "", "", "", [], False, {})
    for probe in (one_record, one_file, empty):
        probe.signing_key = "npmsig1" + "q" * 58
    empty_size = len(_bytes_without_fingerprint(empty))
    per_record = len(_bytes_without_fingerprint(one_record)) - empty_size
    per_file = len(_bytes_without_fingerprint(one_file)) - empty_size
    head = m.Manifest("2026-11-29T12:00:00.123456+00:00", "\u0001" * 1000, "\U0001F600" * 1000,
                      "npmsig1" + "q" * 58, "age1" + "q" * 58, ["age1" + "q" * 58] * m.MAX_RECIPIENTS, True, {})
    largest = len(_bytes_without_fingerprint(head)) + m.MAX_RECORDS * per_record + (m.MAX_FILES + 2) * per_file
    assert per_record <= m._RECORD_ENTRY_BYTES and per_file <= m._FILE_ENTRY_BYTES
    assert largest <= m.MAX_MANIFEST < largest * 1.25


def _bytes_without_fingerprint(manifest):
    """to_bytes, with the fingerprint of a made-up key (its length is what counts)."""
    original = type(manifest).fingerprint
    try:
        type(manifest).fingerprint = property(lambda self: "XXXX-XXXX-XXXX-XXXX-XXXX")
        return manifest.to_bytes()
    finally:
        type(manifest).fingerprint = original
