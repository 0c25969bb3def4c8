"""Opening a package without a vault (`npmdesk package open`): verify, decrypt, extract.

For recipients who only have an age identity: everything is checked exactly as an import checks
it, written into a hidden folder inside the target, and moved into place only once the whole
package verified. A failure leaves the target folder as it was. The files written are
plaintext, by the user's choice: that is what unpacking means.

The sender's own summary.html is never written: `summary.html` is rebuilt from the validated
records (npmdesk.exchange.summary: strict Content-Security-Policy, every value escaped and
isolated) with npmdesk's own verdict on the signer. File names on disk are safe on every system
(`manifest.disk_path`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from npmdesk import display
from npmdesk.exchange import reader, summary
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.errors import BadSignature, UnpackFolderNotEmpty
from npmdesk.exchange.identity import SigningKey
from npmdesk.exchange.manifest import MANIFEST, SIGNATURE, SUMMARY, FileEntry, disk_path
from npmdesk.exchange.reader import Contents
from npmdesk.exchange.schema import IncomingRecord, document, encode_record
from npmdesk.vault.secret import Secret


@dataclass
class Unpacked:
    folder: Path
    contents: Contents

    @property
    def records(self) -> list[IncomingRecord]:
        return self.contents.records


class _FileSink:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file: BinaryIO = open(path, "xb")

    def write(self, data: bytes) -> None:
        self._file.write(data)

    def close(self) -> None:
        self._file.close()


class _Unpacker:
    def __init__(self, staging: Path, expect_signer: SigningKey | None) -> None:
        self._staging = staging
        self._expect = expect_signer
        self.contents: Contents | None = None
        self._sinks: list[_FileSink] = []

    def on_signer(self, signer: SigningKey) -> None:
        if self._expect is not None and signer != self._expect:
            raise BadSignature("This package was not signed by the key you expected. Nothing was written.")

    def on_contents(self, contents: Contents) -> None:
        self.contents = contents
        (self._staging / MANIFEST).write_bytes(contents.manifest_bytes)
        (self._staging / SUMMARY).write_bytes(rebuilt_summary(contents, expected=self._expect is not None))
        docs = [encode_record(r.record, r.lineage, r.attachments) for r in contents.records]
        (self._staging / "records.json").write_text(display.json_dumps(document(docs), indent=1), encoding="utf-8")

    def open_file(self, entry: FileEntry) -> _FileSink:
        sink = _FileSink(self._staging / disk_path(entry.path))
        self._sinks.append(sink)
        return sink

    def close_all(self) -> None:
        for sink in self._sinks:
            with contextlib.suppress(OSError):
                sink.close()


def open_package(path: Path, out: Path, identities: Sequence[X25519Identity], *,
                 passphrase: Secret | None = None, expect_signer: SigningKey | None = None) -> Unpacked:
    """Verify and extract the package into `out` (new or empty). Returns what it held."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UnpackFolderNotEmpty(str(out))
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    staging = Path(tempfile.mkdtemp(prefix=".npmdesk-unpack-", dir=out))
    unpacker = _Unpacker(staging, expect_signer)
    try:
        reader.read(path, unpacker, identities=identities, passphrase=passphrase)
        unpacker.close_all()
        assert unpacker.contents is not None  # noqa: S101 - read() returns only after the contents
        signer = unpacker.contents.signer
        note = f"Signed by {signer.encode()}\nFingerprint {signer.fingerprint}\n"
        (staging / (SIGNATURE + ".txt")).write_text(note, encoding="utf-8")
        for item in staging.iterdir():
            os.replace(item, out / item.name)
    except BaseException:
        unpacker.close_all()
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    shutil.rmtree(staging, ignore_errors=True)
    return Unpacked(out, unpacker.contents)


def rebuilt_summary(contents: Contents, *, expected: bool = False) -> bytes:
    """summary.html made from the validated records, with npmdesk's verdict on the signer (the
    signature verified; who holds the key is for the user to confirm by the fingerprint)."""
    manifest = contents.manifest
    verdict = (
        "npmdesk verified this package's signature"
        + (", and it is the signing key you expected" if expected else "")
        + f": it was signed with the key whose fingerprint is {contents.signer.fingerprint}. npmdesk cannot "
        "tell who holds that key: compare the fingerprint with the sender (by phone, for example). "
        "The names below are what the package states."
    )
    exporter = " ".join(part for part in (manifest.npm_name, f"({manifest.user_name})" if manifest.user_name else "")
                        if part) or "an unnamed NPM"
    about = {"exporter": exporter, "fingerprint": contents.signer.fingerprint, "created_at": manifest.created_at,
             "recipients": ", ".join(manifest.recipients) or "a passphrase"}
    files = {r.record.id: [{**a, "path": disk_path(str(a["path"]))} for a in r.attachments] for r in contents.records}
    return summary.build(about, [r.record for r in contents.records], files, verdict=verdict)
