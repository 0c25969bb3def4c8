"""Opening a package without a vault (`npmdesk package open`): verify, decrypt, extract.

For recipients who only have an age identity: everything is checked exactly as an import checks
it, written into a hidden folder inside the target, and moved into place only once the whole
package verified. A failure leaves the target folder as it was. The files written are
plaintext, by the user's choice: that is what unpacking means.

The sender's own summary.html is never written: `summary.html` is rebuilt from the validated
records (npmdesk.exchange.summary: strict Content-Security-Policy, every value escaped and
isolated) with npmdesk's own verdict on the signer. File names on disk are safe on every system
(`manifest.disk_path`).

Records come one at a time and are written to `records.json` as they come; only the first ones
are kept, for the summary and the listing (summary.FirstRecords), so memory does not grow with
the number of records.
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
from npmdesk.records.model import Record
from npmdesk.vault.secret import Secret


@dataclass
class Unpacked:
    """What was unpacked: `contents.records` records in all, `first` the first of them (at most
    summary.SUMMARY_RECORDS, the ones summary.html shows)."""

    folder: Path
    contents: Contents
    first: list[Record]


class _FileSink:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._file: BinaryIO = open(path, "xb")

    def write(self, data: bytes) -> None:
        self._file.write(data)

    def close(self) -> None:
        self._file.close()


class _RecordsJson:
    """records.json, written a record at a time: the same bytes as `display.json_dumps` of the
    whole document with `indent=1`, never holding more than one record."""

    def __init__(self, path: Path) -> None:
        self.sink = _FileSink(path)
        empty = display.json_dumps(document([]), indent=1)
        self._head, self._tail = empty.split('"records": []')
        self._count = 0

    def add(self, doc: dict[str, object]) -> None:
        text = "\n".join("  " + line for line in display.json_dumps(doc, indent=1).split("\n"))
        start = self._head + '"records": [\n' if self._count == 0 else ",\n"
        self.sink.write((start + text).encode("utf-8"))
        self._count += 1

    def finish(self) -> None:
        end = '"records": []' if self._count == 0 else "\n ]"
        self.sink.write(((self._head if self._count == 0 else "") + end + self._tail).encode("utf-8"))
        self.sink.close()


class _Unpacker:
    def __init__(self, staging: Path, expect_signer: SigningKey | None) -> None:
        self._staging = staging
        self._expect = expect_signer
        self.contents: Contents | None = None
        self._sinks: list[_FileSink] = []
        self._records: _RecordsJson | None = None
        self.first = summary.FirstRecords()

    def on_signer(self, signer: SigningKey) -> None:
        if self._expect is not None and signer != self._expect:
            raise BadSignature("This package was not signed by the key you expected. Nothing was written.")

    def _records_json(self) -> _RecordsJson:
        if self._records is None:
            self._records = _RecordsJson(self._staging / "records.json")
            self._sinks.append(self._records.sink)
        return self._records

    def on_record(self, incoming: IncomingRecord) -> None:
        self._records_json().add(encode_record(incoming.record, incoming.lineage, incoming.attachments))
        self.first.offer(incoming.record, [{**a, "path": disk_path(str(a["path"]))} for a in incoming.attachments])

    def on_contents(self, contents: Contents) -> None:
        self.contents = contents
        self._records_json().finish()
        (self._staging / MANIFEST).write_bytes(contents.manifest_bytes)
        (self._staging / SUMMARY).write_bytes(rebuilt_summary(contents, self.first, expected=self._expect is not None))

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
    return Unpacked(out, unpacker.contents, unpacker.first.records)


def rebuilt_summary(contents: Contents, first: summary.FirstRecords, *, expected: bool = False) -> bytes:
    """summary.html made from the validated records (the first ones, `first`; a line says when
    there are more), with npmdesk's verdict on the signer (the signature verified; who holds the
    key is for the user to confirm by the fingerprint)."""
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
    return first.build(about, verdict=verdict, total=contents.records, where="records.json")
