"""Opening a package without a vault (`npmdesk package open`): verify, decrypt, extract.

For recipients who only have an age identity: everything is checked exactly as an import checks
it. Each file is written as a nameless file in the target folder (npmdesk/plain_output.py:
O_TMPFILE on Linux) and only once the whole package has verified do they get their names, each
one complete. A failure, or a kill at any moment, leaves the target folder as it was: there is no
staging folder with names in it. (Where nameless files are not available, hidden `.part` files
are used instead, removed on failure or, after a kill, at the next start of npmdesk.) The files
written are plaintext, by the user's choice: that is what unpacking means.

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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from npmdesk import display, litter
from npmdesk.exchange import reader, summary
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.errors import UnexpectedSigner, UnpackFolderNotEmpty
from npmdesk.exchange.identity import SigningKey
from npmdesk.exchange.manifest import MANIFEST, SIGNATURE, SSH_SIGNATURE, SUMMARY, FileEntry, disk_path
from npmdesk.exchange.reader import Contents
from npmdesk.exchange.schema import IncomingRecord, document, encode_record
from npmdesk.exchange.summary_texts import Texts
from npmdesk.plain_output import PlainOutput, open_files_budget
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
    """Where the reader streams one member: a nameless file until the whole package verified."""

    def __init__(self, output: PlainOutput) -> None:
        self._output = output

    def write(self, data: bytes) -> None:
        self._output.write(data)

    def close(self) -> None:
        self._output.finish_writing()


class _RecordsJson:
    """records.json, written a record at a time: the same bytes as `display.json_dumps` of the
    whole document with `indent=1`, never holding more than one record."""

    def __init__(self, sink: _FileSink) -> None:
        self.sink = sink
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
    def __init__(self, out: Path, expect_signer: SigningKey | None, language: str = "en") -> None:
        self._out = out
        self._expect = expect_signer
        self._language = language
        self.contents: Contents | None = None
        self._files: list[PlainOutput] = []
        self._budget = open_files_budget()  # nameless files held open at once; beyond, the fallback
        self._guard: litter.Guard | None = None  # one journal entry for every fallback file
        self._records: _RecordsJson | None = None
        self.first = summary.FirstRecords()

    def _journal(self) -> litter.Guard:
        if self._guard is None:
            self._guard = litter.Guard()
        return self._guard

    def _new(self, name: str) -> PlainOutput:
        anonymous = None if len(self._files) < self._budget else False
        output = PlainOutput(self._out / name, folder=self._out, anonymous=anonymous, journal=self._journal)
        self._files.append(output)
        return output

    def _add(self, name: str, data: bytes) -> None:
        output = self._new(name)
        output.write(data)
        output.finish_writing()

    def on_signer(self, signer: SigningKey) -> None:
        if self._expect is not None and signer != self._expect:
            raise UnexpectedSigner()

    def _records_json(self) -> _RecordsJson:
        if self._records is None:
            self._records = _RecordsJson(_FileSink(self._new("records.json")))
        return self._records

    def on_record(self, incoming: IncomingRecord) -> None:
        self._records_json().add(encode_record(incoming.record, incoming.lineage, incoming.attachments,
                                               identities=bool(incoming.record.pseudonyms)))  # as it came
        self.first.offer(incoming.record, [{**a, "path": disk_path(str(a["path"]))} for a in incoming.attachments])

    def on_contents(self, contents: Contents) -> None:
        self.contents = contents
        self._records_json().finish()
        self._add(MANIFEST, contents.manifest_bytes)
        if contents.ssh_signature is not None:  # so the folder can be checked with ssh-keygen -Y verify
            self._add(SSH_SIGNATURE, contents.ssh_signature)
        self._add(SUMMARY, rebuilt_summary(contents, self.first, expected=self._expect is not None,
                                           language=self._language))

    def open_file(self, entry: FileEntry) -> _FileSink:
        return _FileSink(self._new(disk_path(entry.path)))

    def publish_all(self) -> None:
        """Give every file its name; on any failure, take back those already named."""
        made: list[Path] = []
        try:
            for output in self._files:
                made += _make_parents(self._out, output.target.parent)
                output.publish()
                made.append(output.target)
        except BaseException:
            self.discard_all()
            for path in reversed(made):
                with contextlib.suppress(OSError):
                    path.rmdir() if path.is_dir() else path.unlink()
            raise

    def discard_all(self) -> None:
        for output in self._files:
            output.discard()
        self.release()

    def release(self) -> None:
        if self._guard is not None:
            self._guard.release()
            self._guard = None


def _make_parents(root: Path, folder: Path) -> list[Path]:
    """Create `folder` (inside `root`) and its missing parents, owner-only; returns those made."""
    missing: list[Path] = []
    while folder != root and not folder.exists():
        missing.append(folder)
        folder = folder.parent
    made: list[Path] = []
    for path in reversed(missing):
        path.mkdir(mode=0o700)
        made.append(path)
    return made


def open_package(path: Path, out: Path, identities: Sequence[X25519Identity], *,
                 passphrase: Secret | None = None, expect_signer: SigningKey | None = None,
                 language: str = "en") -> Unpacked:
    """Verify and extract the package into `out` (new or empty), its summary.html written in
    `language` (the reader's: the command line passes its own). Returns what it held."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UnpackFolderNotEmpty(str(out))
    created = not out.exists()
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    unpacker = _Unpacker(out, expect_signer, language)
    try:
        reader.read(path, unpacker, identities=identities, passphrase=passphrase)
        assert unpacker.contents is not None  # noqa: S101 - read() returns only after the contents
        signer = unpacker.contents.signer
        note = f"Signed by {signer.encode()}\nFingerprint {signer.fingerprint}\n"
        unpacker._add(SIGNATURE + ".txt", note.encode("utf-8"))
        unpacker.publish_all()
        unpacker.release()
    except BaseException:
        unpacker.discard_all()
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()
        raise
    return Unpacked(out, unpacker.contents, unpacker.first.records)


def rebuilt_summary(contents: Contents, first: summary.FirstRecords, *, expected: bool = False,
                    language: str = "en") -> bytes:
    """summary.html in `language`, made from the validated records (the first ones, `first`; a
    line says when there are more), with npmdesk's verdict on the signer (the signature verified;
    who holds the key is for the user to confirm by the fingerprint)."""
    manifest = contents.manifest
    verdict = Texts(language)("verified_expected" if expected else "verified",
                              fingerprint=contents.signer.fingerprint)
    exporter = " ".join(part for part in (manifest.npm_name, f"({manifest.user_name})" if manifest.user_name else "")
                        if part)  # none: summary.build names "an NPM" in the language
    about = {"exporter": exporter, "fingerprint": contents.signer.fingerprint, "created_at": manifest.created_at,
             "recipients": ", ".join(manifest.recipients)}
    return first.build(about, verdict=verdict, total=contents.records, where="records.json", language=language)
