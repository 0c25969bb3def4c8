"""An import's records parsed in a child process while this one writes them to the vault.

An import of many records spends about as long parsing and checking them (strict JSON, the
schema, validation, the content hash, the search text) as the database spends writing them, and
one Python process cannot do both at once: SQLite's inserts and the parsing take turns on one
interpreter (docs/speed.md, "Threads cannot overlap the inserts"). So the records text of a large
package goes, decompressed, through a pipe to a child process that parses and checks each record
exactly as the import would (exchange/schema.py, record_lines.py) and sends back, record by
record and in order: its id, content hash, attachments and JSON text, and, for a record that the
import can only add (no attachments, not a contact, no real names), the rows the store would
write for it (`RecordStore.imported_form`, `new_rows.made`). The import then looks up whether the
record is new here and writes those rows (`merge.Merge.take_made`); every record is still matched
with the signed listing here (exchange/reader.py). Any other record (one this vault has or had,
one to restore, a contact, one with attachments or real names, one whose rows the child could not
make) is parsed again here from its text by the import's usual path, so every outcome, error and
message is what it would be without the child.

The child is this program started again (`python -m npmdesk.exchange.parse_worker`, or the frozen
program with WORKER_FLAG; packaging/launcher.py), without NPMDESK_PASSPHRASE in its environment:
it holds no key, never opens the vault, and only ever sees text that the package's signature
already vouched for (the records file comes after the manifest is verified and the signer judged).
It makes itself non-dumpable and limits its address space (MEMORY_BYTES) before reading, and holds
at most one record beyond the text it was sent. An error in the package comes back as the same
PackageError the import would raise (its phrase, exchange/errors.py); a child that stops
answering for STALL_SECONDS, dies, or fails otherwise is an internal error (RuntimeError), never a
verdict on the package.

Only on POSIX, and only for a package of MIN_PACKAGE_BYTES or more whose records file is at least
MIN_RECORDS_BYTES (the child is started with the import, and stopped as soon as the manifest says
the records are few: a package of large attachments): below that, a process costs more than it
saves, and the records are parsed here. (Windows would need the child
started and hardened its own way: not done yet.)
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from npmdesk.exchange.age.errors import UserFacingError
from npmdesk.exchange.errors import DamagedPackage, InvalidPackageRecord, PackageTooLarge, UnsupportedPackageVersion
from npmdesk.exchange.schema import MAX_RECORD_BYTES, IncomingRecord, load_record
from npmdesk.freed_memory import give_back
from npmdesk.phrase import Phrase
from npmdesk.records.model import InvalidRecord
from npmdesk.records.new_rows import Made, made, made_from_json
from npmdesk.records.store import RecordStore

MIN_PACKAGE_BYTES = 1024 * 1024  # the child is started for a package this large…
MIN_RECORDS_BYTES = 512 * 1024  # …and used if its records file (compressed) is this large too
MEMORY_BYTES = 1024 * 1024 * 1024  # the child's whole address space
STALL_SECONDS = 60.0
IN_FLIGHT = 4 * 1024 * 1024  # text sent that the child has not read yet
_ANSWERS_HELD = 4  # pieces of answers (each at most _READ bytes) read from the child and not yet taken
WORKER_FLAG = "--npmdesk-parse-worker"  # how a frozen (PyInstaller) build starts the child

_FRAME = struct.Struct(">II")  # the length of its JSON, then of the record's text
_MAX_META = 4 * MAX_RECORD_BYTES + 65536  # a record's rows and search text: a few times its JSON at most
_READ = 1024 * 1024
_GIVE_BACK_EVERY = 16 * 1024 * 1024  # bytes of answers taken
# The errors a package's records can meet in the child: raised here as the child said them.
_ERRORS = {cls.__name__: cls for cls in (DamagedPackage, InvalidPackageRecord, PackageTooLarge,
                                          UnsupportedPackageVersion)}


@dataclass(frozen=True, slots=True)
class Parsed:
    """One record as the child parsed and checked it: what the listing is checked with (id,
    content hash, attachments, whether it carries real names), its rows if the import may add it
    as they are (`made`), and its JSON text, parsed again here (`incoming`) for any other use."""

    id: str
    content_sha256: str
    attachments: list[dict[str, Any]]
    names: bool
    made: Made | None
    text: bytes

    def incoming(self) -> IncomingRecord:
        """The record parsed here from its text, as the import reads it without the child; it
        must be the record the child described."""
        incoming = load_record(self.text)
        if (incoming.record.id, incoming.content_sha256, incoming.attachments, bool(incoming.record.pseudonyms)) != (
                self.id, self.content_sha256, self.attachments, self.names):
            raise RuntimeError("the records' reader described a record otherwise than its text")
        return incoming


class RecordParser:
    """The child process, its pipes, and the two threads that write to it and read from it (so
    that it parses without waiting while this process writes rows). `start(streamed)` once the
    records file begins, `feed()` its decompressed text, `end()` when it ends; each parsed record
    goes to `take`. Memory is bounded whatever the package holds: at most IN_FLIGHT bytes of text
    the child has not read (beyond, `feed` takes answers first), and _ANSWERS_HELD pieces of its
    answers not yet taken (beyond, the reader thread waits, and so does the child). `close()` (or
    the context manager `for_package`) stops the child."""

    def __init__(self, memory: int | None = None) -> None:
        import subprocess

        env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
        self._proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            _command(memory if memory is not None else MEMORY_BYTES), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env)
        _big_pipes(self._proc.stdin, self._proc.stdout)
        self._to_child: queue.Queue[bytes | None] = queue.Queue()
        self._from_child: queue.Queue[bytes] = queue.Queue(maxsize=_ANSWERS_HELD)
        self._sent = 0  # bytes of text given to `feed`
        self._read_by_child = 0  # what the child says it has read of them
        self._buf = bytearray()
        self._taken = 0  # bytes of answers taken since freed memory was last given back
        self._ready = False  # the child said it is ready (started, hardened, its code loaded)
        self._ended = False
        self._eof = False
        self._threads = [threading.Thread(target=self._write, daemon=True, name="npmdesk-parse-writer"),
                         threading.Thread(target=self._read, daemon=True, name="npmdesk-parse-reader")]
        for thread in self._threads:
            thread.start()

    @staticmethod
    def wanted(records_bytes: int) -> bool:
        """Whether a records file of this size (compressed, as the manifest lists it) is worth the
        child (MIN_RECORDS_BYTES): a few records are parsed here sooner than sent."""
        return records_bytes >= MIN_RECORDS_BYTES

    def start(self, streamed: bool) -> bool:
        """The records file begins: version 2's JSON Lines (`streamed`), or version 1's document.
        False if the child did not start (it is stopped; parse the records here)."""
        try:
            while not self._ready:
                self._take_next(_no_records)
        except RuntimeError:
            self.close()
            return False
        self._to_child.put(b"2" if streamed else b"1")
        return True

    def feed(self, text: bytes, take: Callable[[Parsed], None]) -> None:
        """Send `text`; while too much is in flight, take the records the child sent meanwhile."""
        self._to_child.put(text)
        self._sent += len(text)
        while self._sent - self._read_by_child > IN_FLIGHT:
            self._take_next(take)

    def settle(self, take: Callable[[Parsed], None]) -> None:
        """Take every record of the text sent so far, raising the first error in it (the child
        says how much it has read after the records and errors of each piece of text)."""
        while self._read_by_child < self._sent:
            self._take_next(take)

    def end(self, take: Callable[[Parsed], None]) -> None:
        """The text is all sent: every record still to come goes to `take`, then the child ends."""
        self._to_child.put(None)
        while not self._ended:
            self._take_next(take)

    def close(self) -> None:
        import subprocess

        self._to_child.put(None)
        if self._proc.poll() is None:
            self._proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._proc.wait(timeout=5)
        for thread in self._threads:  # the reader may wait to hand on answers nobody takes now
            while thread.is_alive():
                with contextlib.suppress(queue.Empty):
                    while True:
                        self._from_child.get_nowait()
                thread.join(timeout=0.05)
        for pipe in (self._proc.stdin, self._proc.stdout):
            if pipe is not None:
                with contextlib.suppress(OSError):
                    pipe.close()

    def _write(self) -> None:
        """The writer thread: the text, as `feed` gave it, into the child (then its end)."""
        pipe = self._proc.stdin
        assert pipe is not None  # noqa: S101 - PIPE
        try:
            while (text := self._to_child.get()) is not None:
                pipe.write(text)
                pipe.flush()
        except OSError:  # it stopped reading: what it said last (an error in the package) is read meanwhile
            pass
        with contextlib.suppress(OSError):
            pipe.close()

    def _read(self) -> None:
        """The reader thread: what the child sends, as it comes (then b"": its end)."""
        pipe = self._proc.stdout
        assert pipe is not None  # noqa: S101 - PIPE
        try:
            while chunk := os.read(pipe.fileno(), _READ):
                self._from_child.put(chunk)  # (waits while _ANSWERS_HELD are not taken: the child then waits too)
        except (OSError, ValueError):
            pass
        self._from_child.put(b"")

    def _take_next(self, take: Callable[[Parsed], None]) -> None:
        """Wait for the child's next answers (at most STALL_SECONDS) and take the whole ones."""
        if self._eof:
            raise RuntimeError("the records' reader ended without finishing")
        try:
            chunk = self._from_child.get(timeout=STALL_SECONDS)
        except queue.Empty:
            raise RuntimeError("the records' reader stopped answering") from None
        if not chunk:
            self._eof = True
            if not self._ended:
                raise RuntimeError("the records' reader ended without finishing")
            return
        self._buf += chunk
        self._frames(take)
        self._taken += len(chunk)
        if self._taken >= _GIVE_BACK_EVERY:  # (see npmdesk/freed_memory.py)
            self._taken = 0
            give_back()

    def _frames(self, take: Callable[[Parsed], None]) -> None:
        buf, at = self._buf, 0
        try:
            while len(buf) - at >= _FRAME.size:
                meta_size, text_size = _FRAME.unpack_from(buf, at)
                if meta_size > _MAX_META or text_size > MAX_RECORD_BYTES:
                    raise RuntimeError("the records' reader sent a record beyond the limits")
                start = at + _FRAME.size
                end = start + meta_size + text_size
                if len(buf) < end:
                    break
                try:
                    meta = json.loads(bytes(buf[start:start + meta_size]))
                except ValueError:
                    raise RuntimeError("the records' reader sent something else than a record") from None
                text = bytes(buf[start + meta_size:end])
                at = end
                self._take(meta, text, take)
        finally:
            del buf[:at]

    def _take(self, meta: Any, text: bytes, take: Callable[[Parsed], None]) -> None:
        if not isinstance(meta, dict):
            raise RuntimeError("the records' reader sent something else than a record")
        if "error" in meta:
            cls = _ERRORS.get(str(meta["error"]))
            if cls is None:
                raise RuntimeError("the records' reader failed")
            phrase = Phrase.from_json(meta.get("phrase"))
            error = cls.__new__(cls)  # the very sentence the child's error had, translated as ever
            UserFacingError.__init__(error, phrase.template, count=phrase.count, **phrase.values)
            raise error
        if "end" in meta:
            self._ended = True
            return
        if "ready" in meta:
            self._ready = True
            return
        if "read" in meta:
            if type(meta["read"]) is not int:
                raise RuntimeError("the records' reader sent something else than a record")
            self._read_by_child = meta["read"]
            return
        record_id, content, attachments, names = meta.get("id"), meta.get("sha"), meta.get("att"), meta.get("names")
        if not (isinstance(record_id, str) and isinstance(content, str) and isinstance(attachments, list)
                and isinstance(names, bool)):
            raise RuntimeError("the records' reader sent a record without its id")
        try:
            made = made_from_json(meta.get("rows"), record_id)
        except ValueError:
            raise RuntimeError("the records' reader sent a record's rows malformed") from None
        take(Parsed(record_id, content, attachments, names, made, text))


def _command(memory: int) -> list[str]:
    """How the child is started: this program again, as the child."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_FLAG, str(memory)]
    return [sys.executable, "-m", "npmdesk.exchange.parse_worker", str(memory)]


def _big_pipes(*pipes: IO[bytes] | None) -> None:
    """Pipes of _READ bytes instead of the usual 64 KiB (Linux; elsewhere, or beyond the system's
    pipe-max-size, they stay as they are): the child and the threads then wake a sixteenth as often."""
    try:
        import fcntl
    except ImportError:
        return
    for pipe in pipes:
        if pipe is not None:
            with contextlib.suppress(OSError, AttributeError):
                fcntl.fcntl(pipe.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), _READ)


def _no_records(parsed: Parsed) -> None:
    raise RuntimeError("the records' reader sent a record before it was given any text")


@contextlib.contextmanager
def for_package(path: Path) -> Iterator[RecordParser | None]:
    """A parser for the records of the package at `path`, started now (while the package is
    decrypted and its signature checked), or None where parsing here is better (see the module's
    docstring). The child is stopped when the block ends, whatever happened."""
    parser = None
    try:
        if os.name == "posix" and path.stat().st_size >= MIN_PACKAGE_BYTES:
            parser = RecordParser()
    except OSError:
        parser = None  # no process could be started (or no such file: the reader says so)
    try:
        yield parser
    finally:
        if parser is not None:
            parser.close()


# ----------------------------------------------------------------------------- the child


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def made_for_import(incoming: IncomingRecord) -> list[Any] | None:
    """The rows an import would write for `incoming` if it adds it (RecordStore.import_new), as
    JSON for the child to send; None for a record an import must look at whole (a contact, one
    with attachments or real names) or that the store would refuse (the import then refuses it
    where it is read again)."""
    record = incoming.record
    if record.kind == "contact" or incoming.attachments or record.pseudonyms:
        return None
    try:
        final = RecordStore.imported_form(incoming.to_write(record))
    except (InvalidRecord, TypeError, ValueError, KeyError):
        return None
    rows = made(RecordStore._row(final), final)  # the store's own row, made where it is sent from
    return [list(rows.row), rows.tags, rows.articles, rows.links, rows.pseudonyms, rows.entry]


def _serve(requests: int, answers: IO[bytes]) -> None:
    """Parse what comes on the file descriptor `requests` (its first byte the format), answering
    each record."""
    from npmdesk.exchange.record_lines import RecordLines
    from npmdesk.exchange.schema import RecordStream

    def send(meta: dict[str, Any], text: bytes = b"") -> None:
        data = _ENCODE.encode(meta).encode("utf-8")
        answers.write(_FRAME.pack(len(data), len(text)))
        answers.write(data)
        answers.write(text)

    def answer(incoming: IncomingRecord, text: bytes) -> None:
        send({"id": incoming.record.id, "sha": incoming.content_sha256, "att": incoming.attachments,
              "names": bool(incoming.record.pseudonyms), "rows": made_for_import(incoming)}, text)

    send({"ready": True})
    answers.flush()
    kind = os.read(requests, 1)
    if not kind:
        return  # the package had no records file for us after all
    read = 0
    try:
        lines, stream = (RecordLines(), None) if kind == b"2" else (None, RecordStream())
        while chunk := os.read(requests, _READ):
            read += len(chunk)
            if lines is not None:
                for line in lines.lines(chunk):
                    answer(load_record(line), line)
            else:
                assert stream is not None  # noqa: S101 - one or the other
                for incoming, text in stream.feed(chunk):
                    answer(incoming, text)
            send({"read": read})  # what it read is no longer on its way here
            answers.flush()
        if lines is not None:
            lines.end()
        else:
            assert stream is not None  # noqa: S101 - one or the other
            for incoming, text in stream.end():
                answer(incoming, text)
    except tuple(_ERRORS.values()) as err:
        send({"error": type(err).__name__, "phrase": Phrase.of(err).as_json()})
    except Exception:  # noqa: BLE001 - any other failure is the child's own: said as such, never as the package's
        send({"error": ""})
    else:
        send({"end": True})
    answers.flush()


def main(argv: list[str] | None = None) -> int:
    """The child's entry point: `python -m npmdesk.exchange.parse_worker MEMORY_BYTES`."""
    args = sys.argv[1:] if argv is None else argv
    from npmdesk.process_guard import harden_child

    harden_child(int(args[0]) if args else MEMORY_BYTES)
    requests, answers = sys.stdin.fileno(), os.fdopen(os.dup(sys.stdout.fileno()), "wb", buffering=_READ)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot break the protocol
    try:
        _serve(requests, answers)
    except (OSError, ValueError):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
