"""Crafting broken and hostile packages: a valid package from `field` to `office`, taken apart into
its members, changed, and put back together (re-signed with field's key when asked, so the reader's
checks beyond the signature are what is tested)."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
from pathlib import Path

from npmdesk.exchange import age, tarball
from npmdesk.exchange.manifest import SIGNED_PREFIX

Members = list[tuple[str, bytes]]


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
    return [(n, json.dumps(doc).encode() if n == "manifest.sig" else d) for n, d in members]


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
