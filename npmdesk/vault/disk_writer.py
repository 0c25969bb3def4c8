"""Writing sealed attachment files behind the caller: the write(2) and fsync(2) calls of many
files, in order, on one thread of its own, while the caller goes on decrypting, hashing and
sealing the next chunks (an import of a package that is mostly attachments: the reader's thread
decrypts, hashes each file against its signed manifest and seals it; this thread writes it).

Every call it makes releases the GIL, so the two overlap on a second core. What waits is bounded
(DEPTH sealed chunks, about 1 MiB each). It holds ciphertext only.

Ownership of a file descriptor passes to the writer with `close()`: the writer closes it, even
after an error (it then skips the writes and the fsync, never the close), and the caller must not
touch it again. The first error is kept and raised by the caller's next `write`, `close` or
`drain`; `wait` only waits (a rollback, which deletes the files anyway).
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from types import TracebackType

DEPTH = 8  # sealed chunks waiting at most
MAX_WRITE = 128 * 1024  # bytes per write(2): see npmdesk/exchange/age/pipeline.py

_Op = tuple[int, bytes | None]  # (fd, data to write) or (fd, None): fsync and close


class DiskWriter:
    """`with DiskWriter() as disk:` … `disk.write(fd, data)`, `disk.close(fd)`, `disk.drain()`."""

    def __init__(self, depth: int = DEPTH) -> None:
        self._queue: queue.Queue[_Op | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False

    def __enter__(self) -> DiskWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    def write(self, fd: int, data: bytes) -> None:
        """Write all of `data` to `fd` (after what was queued before)."""
        self._raise()
        self._put((fd, data))

    def close(self, fd: int) -> None:
        """fsync `fd` and close it; the writer owns it from now on (closed even if this raises)."""
        if self._stopped:
            os.close(fd)
        self._put((fd, None))
        self._raise()

    def drain(self) -> None:
        """Wait until everything queued is on the disk; raise the first error."""
        self.wait()
        self._raise()

    def wait(self) -> None:
        """Wait until everything queued is done (written, or skipped after an error)."""
        if self._thread is not None:
            self._queue.join()

    def stop(self) -> None:
        """Finish what is queued and end the thread (errors are the callers' to have drained)."""
        if self._thread is not None and not self._stopped:
            self._stopped = True
            self._queue.put(None)
            self._thread.join()

    def _put(self, op: _Op) -> None:
        if self._stopped:
            raise RuntimeError("the disk writer has stopped")
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="attachment-writer", daemon=True)
            self._thread.start()
        self._queue.put(op)

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        while True:
            op = self._queue.get()
            try:
                if op is None:
                    return
                fd, data = op
                if data is None:
                    self._finish(fd)
                elif self._error is None:
                    try:
                        write_all(fd, data)
                    except BaseException as error:  # noqa: BLE001 - raised in the caller's thread
                        self._error = error
            finally:
                self._queue.task_done()

    def _finish(self, fd: int) -> None:
        try:
            if self._error is None:
                os.fsync(fd)
        except BaseException as error:  # noqa: BLE001 - raised in the caller's thread
            self._error = error
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)


def write_all(fd: int, data: bytes | memoryview) -> None:
    """Write all of `data`, MAX_WRITE bytes per call."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view[:MAX_WRITE]):]
