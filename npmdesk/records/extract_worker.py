"""Text extraction with a time and memory budget per file, in a child process that can be killed.

pypdf and html.parser are pure Python: a small hostile file (many PDF pages sharing one big
content stream, a decompression bomb, a deeply nested document) can keep them busy for
minutes or make them allocate gigabytes, and no check between pages can stop one page that
is itself the bomb. So PDF and HTML text is got by a long-lived child process (one for the
whole import or demo, started on first use and stopped when the caller closes the extractor,
so no process holding document text outlives the job):

- the document's bytes go to the child through a pipe, never a file; the child sends back
  the text page by page, so what it got before a budget ran out is kept;
- the child limits its own address space (RLIMIT_AS, POSIX) and makes itself non-dumpable
  (no core file; on Linux no ptrace or /proc/PID/mem by the same user), before reading;
- the parent waits at most `seconds` for a document, then kills the child (a new one is
  started for the next document) and reports the text as not complete.

On Windows there is no address-space limit (the time budget still applies). The child's
environment lacks NPMDESK_PASSPHRASE and it writes nothing to the terminal.
"""

from __future__ import annotations

import os
import queue
import struct
import sys
import threading
import time
from typing import IO, BinaryIO

from npmdesk.records import extract
from npmdesk.records.extract import Extracted

SECONDS = 20.0  # per document
MEMORY_BYTES = 768 * 1024 * 1024  # the child's whole address space
WORKER_FLAG = "--npmdesk-extract-worker"  # how a frozen (PyInstaller) build starts the child
CHUNK = 1024 * 1024
MAX_FRAME = 16 * 1024 * 1024

_REQUEST = struct.Struct(">HQ")  # media type length, document length; then both
_FRAME = struct.Struct(">cI")  # kind, payload length; then the payload
TEXT, DONE, PARTIAL = b"T", b"D", b"P"
_EOF = b""


class Extractor:
    """Gets the searchable text of attachments within a budget; safe to share between threads.

    `seconds` and `memory_bytes` default to the module's SECONDS and MEMORY_BYTES (read at
    each call). Close it (or use it as a context manager) to stop the child process.
    """

    def __init__(self, seconds: float | None = None, memory_bytes: int | None = None) -> None:
        self._seconds = seconds
        self._memory = memory_bytes
        self._lock = threading.Lock()
        self._child: _Child | None = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def extract(self, media_type: str, stream: BinaryIO, size: int) -> Extracted:
        """The text of a document of `size` bytes read from `stream` (never raises for bad input)."""
        if media_type in extract.TEXT_TYPES:
            try:
                return extract.plain_text(media_type, stream, size)
            except (OSError, ValueError):
                return Extracted("", complete=False)
        if media_type not in extract.WORKER_TYPES:
            return Extracted("")
        if media_type in extract.PDF_TYPES and size > extract.MAX_PDF_BYTES:
            return Extracted("", complete=False)
        if media_type in extract.HTML_TYPES and size > extract.MAX_TEXT_FILE_BYTES:
            return Extracted("", complete=False)
        with self._lock:
            return self._in_child(media_type, stream, size)

    def close(self) -> None:
        with self._lock:
            if self._child is not None:
                self._child.kill()
                self._child = None

    def _in_child(self, media_type: str, stream: BinaryIO, size: int) -> Extracted:
        memory = self._memory if self._memory is not None else MEMORY_BYTES
        seconds = self._seconds if self._seconds is not None else SECONDS
        if self._child is not None and (not self._child.alive() or self._child.memory != memory):
            self._child.kill()
            self._child = None
        if self._child is None:
            try:
                self._child = _Child(memory)
            except OSError:  # no process could be started: stored without text, said so
                return Extracted("", complete=False)
        child = self._child
        deadline = time.monotonic() + seconds
        parts: list[str] = []
        got = 0
        try:
            child.send(media_type, stream, size)
            while True:
                kind, payload = child.frame(deadline - time.monotonic())
                if kind == TEXT and got < extract.MAX_TEXT:
                    text = payload.decode("utf-8", errors="replace")
                    parts.append(text)
                    got += len(text)
                elif kind in (DONE, PARTIAL):
                    return Extracted("".join(parts), complete=kind == DONE and got <= extract.MAX_TEXT)
                elif kind != TEXT:  # the child died (memory limit) or sent nonsense
                    raise _Stopped()
        except (_Stopped, OSError, ValueError):  # past the budget, or the child is gone
            child.kill()
            self._child = None
            return Extracted("".join(parts), complete=False)
        except BaseException:  # Ctrl-C, or the stream failed: the child's state is unknown
            child.kill()
            self._child = None
            raise


class _Stopped(Exception):
    pass


class _Child:
    """One worker process and the thread that reads its answers."""

    def __init__(self, memory: int) -> None:
        import subprocess  # here: a package import whose attachments are plain text (or none) starts no child

        self.memory = memory
        if getattr(sys, "frozen", False):
            command = [sys.executable, WORKER_FLAG, str(memory)]
        else:
            command = [sys.executable, "-m", "npmdesk.records.extract_worker", str(memory)]
        env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
        self._proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=env, creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self._frames: queue.Queue[tuple[bytes, bytes]] = queue.Queue()
        reader = threading.Thread(target=self._read, args=(self._proc.stdout,), daemon=True,
                                  name="npmdesk-extract-reader")
        reader.start()

    def alive(self) -> bool:
        return self._proc.poll() is None

    def send(self, media_type: str, stream: BinaryIO, size: int) -> None:
        pipe = self._proc.stdin
        if pipe is None:
            raise _Stopped()
        kind = media_type.encode("utf-8")
        pipe.write(_REQUEST.pack(len(kind), size) + kind)
        left = size
        while left:
            chunk = stream.read(min(CHUNK, left))
            if not chunk:
                raise _Stopped()  # shorter than its recorded size
            pipe.write(chunk)
            left -= len(chunk)
        pipe.flush()

    def frame(self, timeout: float) -> tuple[bytes, bytes]:
        try:
            return self._frames.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            raise _Stopped() from None

    def kill(self) -> None:
        import subprocess  # (already loaded: __init__ started the child)

        if self._proc.poll() is None:
            self._proc.kill()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for pipe in (self._proc.stdin, self._proc.stdout):
            try:
                if pipe is not None:
                    pipe.close()
            except OSError:
                pass

    def _read(self, pipe: IO[bytes] | None) -> None:
        try:
            while pipe is not None:
                head = _read_exact(pipe, _FRAME.size)
                kind, length = _FRAME.unpack(head)
                if length > MAX_FRAME:
                    break
                self._frames.put((kind, _read_exact(pipe, length)))
        except (OSError, ValueError, EOFError):
            pass
        self._frames.put((_EOF, b""))


def _read_exact(pipe: IO[bytes], size: int) -> bytes:
    data = pipe.read(size)  # a buffered pipe reads until `size` bytes or the end
    if len(data) != size:
        raise EOFError()
    return data


# ----------------------------------------------------------------------------- the child


def _serve(requests: IO[bytes], answers: IO[bytes]) -> None:
    def send(kind: bytes, payload: bytes = b"") -> None:
        answers.write(_FRAME.pack(kind, len(payload)) + payload)
        answers.flush()

    while True:
        try:
            head = _read_exact(requests, _REQUEST.size)
        except EOFError:
            return
        type_length, size = _REQUEST.unpack(head)
        media_type = _read_exact(requests, type_length).decode("utf-8")
        data = _read_exact(requests, size)
        got, outcome = 0, DONE
        try:
            for piece in extract.pieces(media_type, data):
                piece = extract.clean(piece)[: extract.MAX_TEXT - got]
                send(TEXT, piece.encode("utf-8", errors="replace"))
                got += len(piece)
                if got >= extract.MAX_TEXT:
                    outcome = PARTIAL
                    break
        except MemoryError:
            del data
            send(PARTIAL)
            return  # start afresh: the heap may be in pieces
        except Exception:  # noqa: BLE001 - damaged, encrypted, too large: what was got is kept
            outcome = PARTIAL
        del data
        send(outcome)


def main(argv: list[str] | None = None) -> int:
    """The child's entry point: `python -m npmdesk.records.extract_worker MEMORY_BYTES`."""
    args = sys.argv[1:] if argv is None else argv
    from npmdesk.process_guard import harden_child

    harden_child(int(args[0]) if args else MEMORY_BYTES)
    requests, answers = sys.stdin.buffer, os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot break the protocol
    try:
        _serve(requests, answers)
    except (OSError, EOFError, ValueError):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
