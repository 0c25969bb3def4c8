"""Crafting broken and hostile packages: a valid package from `field` to `office`, taken apart into
its members, changed, and put back together (re-signed with field's key when asked, so the reader's
checks beyond the signature are what is tested)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from npmdesk.exchange import age, sshsig, tarball
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.manifest import SIGNED_PREFIX, SSH_SIGNATURE
from npmdesk.exchange.schema import content_sha256
from npmdesk.records.model import Record
from tests.support.cli_helpers import Result
from tests.support.common import PASSPHRASE
from tests.support.package_helpers import Side, communication, side

Members = list[tuple[str, bytes]]
HEAD = b'{"schema": "npmdesk-records", "schema_version": 1, "records": ['

_WRAPPER = (
    "import json, resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == 'darwin' else 1024)\n"
    "print(json.dumps([p.returncode, p.stdout, p.stderr, mb, usage.ru_utime + usage.ru_stime]))\n"
)


def npmdesk_usage(*args) -> tuple[Result, float, float]:
    """Run `npmdesk ARGS` and return its result, its peak resident memory in MB and the CPU
    seconds it used (user and system: what the work costs, whatever else the machine runs)."""
    env = {**os.environ, "NPMDESK_PASSPHRASE": PASSPHRASE}
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "npmdesk", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=600, check=True)
    status, out, err, peak, cpu = json.loads(proc.stdout)
    assert status != 97, f"network access attempted: {err}"
    return Result(status, out, err), peak, cpu


def npmdesk_peak(*args) -> tuple[Result, float]:
    """Run `npmdesk ARGS` and return its result and its peak resident memory in MB."""
    result, peak, _cpu = npmdesk_usage(*args)
    return result, peak


def members_of(path: Path, identity) -> Members:
    buffer = io.BytesIO()
    with open(path, "rb") as src:
        age.decrypt(src, buffer, identities=[identity.age])
    buffer.seek(0)
    with tarfile.open(fileobj=buffer) as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]


def tar_bytes(members: Members) -> bytes:
    out = bytearray()
    for name, data in members:
        out += b"".join(tarball.member(name, data, 0))
    return bytes(out + tarball.END)


def encrypt_for(plain: bytes, recipient, path: Path) -> Path:
    with open(path, "wb") as dst:
        age.encrypt(io.BytesIO(plain), dst, recipients=[recipient])
    return path


def resign(members: Members, signer) -> Members:
    """Re-sign the (changed) manifest with `signer`'s key, as a malicious but known sender could."""
    manifest = dict(members)["manifest.json"]
    doc = json.loads(dict(members)["manifest.sig"])
    doc["signature"] = __import__("base64").b64encode(signer.sign(SIGNED_PREFIX + manifest)).decode()
    ssh = sshsig.sign(manifest, signer.signing_key.raw, signer.sign).encode()
    return [(n, json.dumps(doc).encode() if n == "manifest.sig" else ssh if n == SSH_SIGNATURE else d)
            for n, d in members]


def edit_manifest(members: Members, change) -> Members:
    doc = json.loads(dict(members)["manifest.json"])
    change(doc)
    data = json.dumps(doc).encode()
    return [(n, data if n == "manifest.json" else d) for n, d in members]


def refresh_file(members: Members, path: str, data: bytes) -> Members:
    """Replace a member and update its size and hash in the manifest (a consistent forgery)."""
    def change(doc):
        for entry in doc["files"]:
            if entry["path"] == path:
                entry["size"], entry["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    members = [(n, data if n == path else d) for n, d in members]
    return edit_manifest(members, change)


def edit_records(members: Members, change) -> Members:
    """Change records.json and keep the manifest consistent (sizes, hashes, record list)."""
    doc = json.loads(gzip.decompress(dict(members)["records.json.gz"]))
    change(doc)
    data = gzip.compress(json.dumps(doc).encode())
    members = refresh_file(members, "records.json.gz", data)
    return members


@contextmanager
def verified_sides(tmp: Path) -> Iterator[tuple[Side, Side, Members]]:
    """An office vault that verified the field laptop's key, and the members of a valid package
    of one letter from the field to the office."""
    with side(tmp / "office", "Office NPM", "Ana") as office, side(tmp / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.store.add(communication("Field letter", body="from the field"))
        valid = tmp / "valid.age"
        write_package(field.store, field.identity, plan_export(field.store), valid,
                      recipients=[office.identity.recipient], confirmed=True)
        yield office, field, members_of(valid, office.identity)


def replace_attachment(members: Members, path: str, data: bytes) -> Members:
    """Attachment `path` holding `data` instead, its manifest entry and its record's entry updated
    to match (a consistent forgery; re-sign it to pass the signature check)."""
    def change(doc):
        for record in doc["records"]:
            for attachment in record["attachments"]:
                if attachment["path"] == path:
                    attachment.update(size=len(data), sha256=hashlib.sha256(data).hexdigest())
    return edit_records(refresh_file(members, path, data), change)


def clone_records(members, count, files=0, body=None):
    """`count` copies of one valid record under new ids (content hashes do not cover the id),
    listed in the manifest (re-sign it: every check passes), with `files` more attachments listed
    in the manifest that no record names (refused once the records end)."""
    doc = json.loads(gzip.decompress(dict(members)["records.json.gz"]))
    base = {**next(r for r in doc["records"] if r["kind"] == "communication"), "attachments": []}
    if body is not None:
        base["body"] = body
        base["content_sha256"] = content_sha256(Record.from_json(
            {k: v for k, v in base.items() if k not in ("content_sha256", "lineage", "attachments")}
            | {"pseudonyms": {}, "deleted_at": None}))
    ids = [str(uuid.uuid4()) for _ in range(count)]
    records = ",".join(json.dumps({**base, "id": rid}) for rid in ids)
    data = gzip.compress(HEAD + records.encode() + b"]}", 6)

    def listing(manifest):
        manifest["records"] = [{"id": rid, "content_sha256": base["content_sha256"]} for rid in ids]
        manifest["files"] = manifest["files"][:2] + [
            {"path": f"attachments/{uuid.uuid4()}/{'n' * 50}", "size": 2**49, "sha256": "0" * 64} for _ in range(files)]

    members = [m for m in members if not m[0].startswith("attachments/")]
    return edit_manifest(refresh_file(members, "records.json.gz", data), listing)
