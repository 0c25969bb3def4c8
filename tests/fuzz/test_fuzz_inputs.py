"""Mutation fuzzing of every reader of a file from outside: "Unexpected internal error" is unreachable.

Three readers take files a hostile party can hand the user: the package reader (import, and
`package open` without a vault), the key-slot parser (every unlock) and the backup reader (inspect
and restore). Each target below starts from a valid file and mutates it at one level, so every
layer is reached:

- packages: the age file's bytes; the tar inside it (re-encrypted); the manifest's JSON, the
  signature's JSON, the records' JSON and the records' gzip bytes, each re-signed with the
  sender's key (and, for records, with content hashes and the manifest listing brought up to
  date) so that the signature checks pass and the parsers behind them are reached;
- key slots: keyslots.json's bytes and JSON tree, unlocked through `Vault.unlock`;
- backups: the whole file's bytes, its header JSON and its key-slot member (with hashes
  recomputed so the parsers are reached), through `inspect_backup` and `restore_backup`.

Every outcome must be success or one of the documented errors (an NpmdeskError of the reader's
domain, which the CLI prints as one line with exit code 1 or 2); anything else (a KeyError, a
RecursionError, a MemoryError, ...) is what the CLI would report as "Unexpected internal error".

Budget: CI runs a fixed, derandomized set of examples (the whole file well under 60 seconds on
2 cores; the same examples every run). For a longer local run with fresh random examples:
    NPMDESK_FUZZ_EXAMPLES=2000 .venv/bin/pytest tests/fuzz
The KDF's own cost bounds are tested elsewhere; here they are shrunk (see `cheap_kdf`) so that a
mutated Argon2 parameter costs milliseconds and is refused as damage, like any value past them.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npmdesk.errors import NpmdeskError
from npmdesk.exchange import age, tarball
from npmdesk.exchange.errors import PackageError
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.exchange.schema import content_sha256
from npmdesk.exchange.unpack import open_package
from npmdesk.records.model import Record
from npmdesk.vault import Credential, Vault, kdf
from npmdesk.vault.backup import inspect_backup, restore_backup, write_backup
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.hostile_packages import resign
from tests.support.package_helpers import communication, side

_LOCAL = int(os.environ.get("NPMDESK_FUZZ_EXAMPLES", "0"))


def budget(examples: int):  # type: ignore[no-untyped-def]
    """A fixed, reproducible budget in CI; NPMDESK_FUZZ_EXAMPLES for longer, random local runs."""
    return settings(max_examples=_LOCAL or examples, derandomize=not _LOCAL, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


def documented(action, allowed=(NpmdeskError,)):  # type: ignore[no-untyped-def]
    """Run `action`; only success or an allowed error with a one-line message may come out."""
    try:
        action()
    except allowed as err:
        message = str(err)
        assert message and "\n" not in message and "Unexpected internal error" not in message
    except Exception as err:
        raise AssertionError(f"internal error {type(err).__name__}: {err}") from err


# --------------------------------------------------------------------------- mutations

TOKENS = [b"1e999", b"-1e999", b"NaN", b"Infinity", b'"\\ud800"', b'"\\udfff\\ud800"', b"9" * 30, b"1.0",
          b"true", b"null", b"-0", b"[" * 40, b"]" * 40, b"{" * 40, b'{"a":1,"a":2}', b'""', b"\xff", b"\x00",
          b'"2026-02-30T12:00:00Z"', b'"9999-99-99T99:99:99Z"', b"2", b"0", b"[]", b"{}", b",", b":", b'"',
          b"\\", b"\xef\xbb\xbf", b"1" * 5000]


def mutate_bytes(data: bytes, draw) -> bytes:  # type: ignore[no-untyped-def]
    """One to three byte-level changes: flip, cut, insert, delete, repeat, or a JSON trouble-maker."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, max(len(out) - 1, 0)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete", "repeat", "token"]))
        if action == "flip" and out:
            out[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del out[at:]
        elif action == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif action == "delete":
            del out[at : at + draw(st.integers(1, 64))]
        elif action == "repeat":
            out[at:at] = out[at : at + draw(st.integers(1, 64))] * draw(st.integers(2, 20))
        else:
            out[at:at] = draw(st.sampled_from(TOKENS))
    return bytes(out)


# Values that broke parsers elsewhere: non-ASCII where ASCII is expected, lone surrogates, NUL,
# impossible dates, numbers past 2^53 or 2^64, floats where integers belong, empty containers.
HOSTILE_VALUES = ["é", "\ud800", "\x00", "2026-02-30T12:00:00Z", "2026-02-29T00:00:00Z", 2**53 + 1, 2**64,
                  -(2**63), 1e308, -0.0, 1.0, True, [], {}, "npmdesk-package", "ed25519", "npmsig1", "age1",
                  "attachments/x/../../y", "\u202e", "A" * 5000]
json_values = st.recursive(
    st.sampled_from(HOSTILE_VALUES) | st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def mutate_tree(doc, draw):  # type: ignore[no-untyped-def]
    """Replace, delete or add one value somewhere in a parsed JSON document (returns the new one)."""
    if not isinstance(doc, dict | list) or not doc or draw(st.integers(0, 5)) == 0:
        return draw(json_values)
    keys = list(doc) if isinstance(doc, dict) else list(range(len(doc)))
    key = draw(st.sampled_from(keys))
    action = draw(st.sampled_from(["descend", "descend", "replace", "delete", "add"]))
    if action == "descend":
        doc[key] = mutate_tree(doc[key], draw)
    elif action == "replace":
        doc[key] = draw(json_values)
    elif action == "delete":
        del doc[key]
    elif isinstance(doc, dict):
        doc[draw(st.text(max_size=10))] = draw(json_values)
    else:
        doc.append(draw(json_values))
    return doc


def leaf_paths(doc, path=()):  # type: ignore[no-untyped-def]
    """Every path to a value in a JSON document (containers included)."""
    yield path
    items = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    for key, value in items:
        yield from leaf_paths(value, (*path, key))


def mutate_json(data: bytes, draw) -> bytes:  # type: ignore[no-untyped-def]
    """A hostile value at one place of the document, a random change to its tree, or to its bytes."""
    mode = draw(st.sampled_from(["leaf", "tree", "bytes"]))
    if mode == "bytes":
        return mutate_bytes(data, draw)
    doc = json.loads(data)
    if mode == "leaf":
        path = draw(st.sampled_from(sorted(leaf_paths(doc), key=len, reverse=True)))
        value = draw(st.sampled_from(HOSTILE_VALUES))
        if not path:
            doc = value
        else:
            parent = doc
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = value
    else:
        doc = mutate_tree(doc, draw)
    return json.dumps(doc, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- packages

Members = list[tuple[str, bytes]]


def tar_bytes(members: Members) -> bytes:
    return b"".join(b"".join(tarball.member(n, d, 0)) for n, d in members) + tarball.END


def replace_member(members: Members, name: str, data: bytes) -> Members:
    """Put `data` in place of member `name` and bring its size and hash in the manifest up to date."""
    manifest = json.loads(dict(members)["manifest.json"])
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    changed = {"manifest.json": json.dumps(manifest).encode(), name: data}
    return [(n, changed.get(n, d)) for n, d in members]


def rehash_records(data: bytes, members: Members) -> Members:
    """Records JSON as given; where a record is still valid, its content hash and the manifest's
    listing are recomputed, so the checks behind them (merge included) are reached."""
    try:
        doc = json.loads(data)
        listing = []
        for item in doc["records"]:
            fields = {k: v for k, v in item.items() if k not in ("content_sha256", "lineage", "attachments")}
            item["content_sha256"] = content_sha256(Record.from_json({**fields, "pseudonyms": {}, "deleted_at": None}))
            listing.append({"id": item["id"], "content_sha256": item["content_sha256"]})
        data = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
        manifest = json.loads(dict(members)["manifest.json"])
        manifest["records"] = listing
        members = [(n, json.dumps(manifest).encode() if n == "manifest.json" else d) for n, d in members]
    except Exception:  # noqa: BLE001, S110 - not a list of records any more: keep the mutation as it is
        pass
    return replace_member(members, "records.json.gz", gzip.compress(data, mtime=0))


@pytest.fixture(scope="module")
def sides(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz-packages")
    with side(tmp / "office", "Office NPM", "Ana") as office, side(tmp / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.contact_for(office)
        letter = field.store.add(communication("Field letter", body="from the field", tags=["visit"]))
        field.attach(letter.id, "notes.txt", b"visit notes " * 200)
        package = tmp / "valid.age"
        write_package(field.store, field.identity, plan_export(field.store), package,
                      recipients=[office.identity.recipient], confirmed=True)
        plain = _decrypt(package, office.identity)
        yield office, field, package, _members(plain), tmp


def _decrypt(path, identity) -> bytes:  # type: ignore[no-untyped-def]
    import io

    out = io.BytesIO()
    with open(path, "rb") as src:
        age.decrypt(src, out, identities=[identity.age])
    return out.getvalue()


def _members(plain: bytes) -> Members:
    import io
    import tarfile

    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]


def _import(sides, plain: bytes) -> None:  # type: ignore[no-untyped-def]
    import io

    office, _field, _package, _members, tmp = sides
    path = tmp / "fuzzed.age"
    with open(path, "wb") as dst:
        age.encrypt(io.BytesIO(plain), dst, recipients=[office.identity.recipient])
    documented(lambda: import_package(office.store, office.identity, path, accept_signer=lambda signer: True),
               (PackageError, age.AgeError))


@budget(60)
@given(st.data())
def test_fuzz_age_file_bytes(sides, data):
    office, _field, package, _members, tmp = sides
    path = tmp / "fuzzed-outer.age"
    path.write_bytes(mutate_bytes(package.read_bytes(), data.draw))
    documented(lambda: import_package(office.store, office.identity, path), (PackageError, age.AgeError))


@budget(60)
@given(st.data())
def test_fuzz_tar_inside_the_package(sides, data):
    _import(sides, mutate_bytes(tar_bytes(sides[3]), data.draw))


@budget(120)
@given(st.data())
def test_fuzz_signed_manifest_json(sides, data):
    _office, field, _package, members, _tmp = sides
    manifest = mutate_json(dict(members)["manifest.json"], data.draw)
    changed = [(n, manifest if n == "manifest.json" else d) for n, d in members]
    _import(sides, tar_bytes(resign(changed, field.identity)))


@budget(60)
@given(st.data())
def test_fuzz_signature_json(sides, data):
    _office, field, _package, members, _tmp = sides
    signed = resign(members, field.identity)
    signature = mutate_json(dict(signed)["manifest.sig"], data.draw)
    _import(sides, tar_bytes([(n, signature if n == "manifest.sig" else d) for n, d in signed]))


@budget(150)
@given(st.data())
def test_fuzz_signed_records_json(sides, data):
    _office, field, _package, members, _tmp = sides
    records = mutate_json(gzip.decompress(dict(members)["records.json.gz"]), data.draw)
    _import(sides, tar_bytes(resign(rehash_records(records, members), field.identity)))


@budget(40)
@given(st.data())
def test_fuzz_package_open_without_a_vault(sides, data):
    """`npmdesk package open`: the same reader, another consumer (it writes the files out)."""
    import io

    office, field, _package, members, tmp = sides
    records = mutate_json(gzip.decompress(dict(members)["records.json.gz"]), data.draw)
    plain = tar_bytes(resign(rehash_records(records, members), field.identity))
    path, out = tmp / "fuzzed-open.age", tmp / "opened"
    with open(path, "wb") as dst:
        age.encrypt(io.BytesIO(plain), dst, recipients=[office.identity.recipient])
    shutil.rmtree(out, ignore_errors=True)
    documented(lambda: open_package(path, out, [office.identity.age]), (PackageError, age.AgeError))


@budget(60)
@given(st.data())
def test_fuzz_signed_records_gzip(sides, data):
    _office, field, _package, members, _tmp = sides
    compressed = mutate_bytes(dict(members)["records.json.gz"], data.draw)
    _import(sides, tar_bytes(resign(replace_member(members, "records.json.gz", compressed), field.identity)))


# --------------------------------------------------------------------------- key slots and backups


@contextmanager
def cheap_kdf():
    """Argon2 parameters past 4 passes or 1 MiB are damage here (the real bounds are tested elsewhere)."""
    saved = kdf.MAX_ITERATIONS, kdf.MAX_MEMORY_KIB
    kdf.MAX_ITERATIONS, kdf.MAX_MEMORY_KIB = 4, 1024
    try:
        yield
    finally:
        kdf.MAX_ITERATIONS, kdf.MAX_MEMORY_KIB = saved


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory):
    """A closed vault (with a record) and a backup of it."""
    tmp = tmp_path_factory.mktemp("fuzz-vault")
    with side(tmp / "vault", "Office NPM", "Ana") as office:
        office.store.add(communication("Kept"))
        write_backup(office.vault, tmp / "backup.npmbackup")
    return tmp / "vault", tmp / "backup.npmbackup", tmp


@budget(100)
@given(st.data())
def test_fuzz_key_slots(closed_vault, data):
    vault, _backup, tmp = closed_vault
    copy = tmp / "slots-copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(vault, copy)
    slots = copy / "keyslots.json"
    slots.write_bytes(mutate_json(slots.read_bytes(), data.draw))

    def unlock() -> None:
        Vault.unlock(copy, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()).close()

    with cheap_kdf():
        documented(unlock)


def _split_backup(raw: bytes) -> tuple[bytes, bytes, bytes]:
    magic, header, _digest, rest = raw.split(b"\n", 3)
    return magic, header, rest


def _join_backup(magic: bytes, header: bytes, rest: bytes) -> bytes:
    return b"\n".join([magic, header, hashlib.sha256(header).hexdigest().encode(), rest])


@budget(80)
@given(st.data())
def test_fuzz_backups(closed_vault, data):
    _vault, backup, tmp = closed_vault
    raw = backup.read_bytes()
    magic, header, rest = _split_backup(raw)
    level = data.draw(st.sampled_from(["file", "header", "slots"]))
    if level == "file":
        fuzzed = mutate_bytes(raw, data.draw)
    elif level == "header":
        fuzzed = _join_backup(magic, mutate_json(header, data.draw), rest)
    else:
        doc = json.loads(header)
        slots = rest[: doc["members"][0]["size"]]
        new_slots = mutate_json(slots, data.draw)
        doc["members"][0].update(size=len(new_slots), sha256=hashlib.sha256(new_slots).hexdigest())
        header = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
        fuzzed = _join_backup(magic, header, new_slots + rest[len(slots):])
    path = tmp / "fuzzed.npmbackup"
    path.write_bytes(fuzzed)
    target = tmp / "restored"
    shutil.rmtree(target, ignore_errors=True)
    with cheap_kdf():
        documented(lambda: inspect_backup(path))
        documented(lambda: restore_backup(path, target, Credential.passphrase(PASSPHRASE),
                                          device_keyring=MemoryKeyring()))


# --------------------------------------------------------------------------- sweeps
# Random search can miss a value a parser chokes on; these put each of a few hostile values at
# every place of each small document, deterministically (part of the same fixed budget).

SWEEP_VALUES = ["é", "\ud800", 2**64, 1.0, True, None, [], {}, "2026-02-30T12:00:00Z", "A" * 5000]


def swept(data: bytes, limit_paths=None):  # type: ignore[no-untyped-def]
    """Every variant of the JSON `data` with one value replaced by one of SWEEP_VALUES."""
    doc = json.loads(data)
    for path in list(leaf_paths(doc))[1:limit_paths]:
        for value in SWEEP_VALUES:
            copy = json.loads(data)
            parent = copy
            for key in path[:-1]:
                parent = parent[key]
            parent[path[-1]] = value
            yield json.dumps(copy).encode()


def test_sweep_signature_and_manifest(sides):
    _office, field, _package, members, _tmp = sides
    signed = resign(members, field.identity)
    for signature in swept(dict(signed)["manifest.sig"]):
        _import(sides, tar_bytes([(n, signature if n == "manifest.sig" else d) for n, d in signed]))
    for manifest in swept(dict(members)["manifest.json"]):
        changed = [(n, manifest if n == "manifest.json" else d) for n, d in members]
        _import(sides, tar_bytes(resign(changed, field.identity)))


def test_sweep_records(sides):
    _office, field, _package, members, _tmp = sides
    for records in swept(gzip.decompress(dict(members)["records.json.gz"])):
        _import(sides, tar_bytes(resign(rehash_records(records, members), field.identity)))


def test_sweep_key_slots_and_backup_header(closed_vault):
    vault, backup, tmp = closed_vault
    copy = tmp / "sweep-copy"
    with cheap_kdf():
        for slots in swept((vault / "keyslots.json").read_bytes()):
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(vault, copy)
            (copy / "keyslots.json").write_bytes(slots)
            documented(lambda: Vault.unlock(copy, Credential.passphrase(PASSPHRASE),
                                            device_keyring=MemoryKeyring()).close())
        magic, header, rest = _split_backup(backup.read_bytes())
        path = tmp / "swept.npmbackup"
        for swept_header in swept(header):
            path.write_bytes(_join_backup(magic, swept_header, rest))
            documented(lambda: inspect_backup(path))
