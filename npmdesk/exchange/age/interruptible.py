"""Running a long key derivation so that Ctrl-C still stops the program at once.

OpenSSL's Argon2id and scrypt each run as one C call. It releases the GIL but does not return
to Python until it is done, and Python runs its SIGINT handler only on the main thread between
bytecodes: called directly, a derivation of a minute ignores Ctrl-C for that minute.
`derive_key` runs the derivation on a daemon thread, over a private copy of the secret, while
the calling thread waits in short, interruptible steps. KeyboardInterrupt (or any exception)
reaches the caller at once; the abandoned thread finishes on its own, wipes its copy of the
secret and the key it made, and ends with the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from npmdesk.exchange.age.secret import Secret, wipe

POLL_SECONDS = 0.05


class _Job:
    __slots__ = ("_abandoned", "_derive", "_error", "_lock", "_result", "done", "input")

    def __init__(self, derive: Callable[[bytearray], bytes], secret: bytearray) -> None:
        self._derive = derive
        self.input = secret
        self._lock = threading.Lock()
        self._abandoned = False
        self._result: Secret | None = None
        self._error: BaseException | None = None
        self.done = threading.Event()

    def run(self) -> None:
        result: Secret | None = None
        error: BaseException | None = None
        try:
            result = Secret(self._derive(self.input))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            error = exc
        finally:
            wipe(self.input)
        with self._lock:
            if self._abandoned:
                if result is not None:
                    result.wipe()
            else:
                self._result, self._error = result, error
        self.done.set()

    def abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            if self._result is not None:
                self._result.wipe()
                self._result = None

    def outcome(self) -> Secret:
        with self._lock:
            if self._error is not None or self._result is None:
                raise self._error or RuntimeError("key derivation gave no result")
            result, self._result = self._result, None
            return result


def derive_key(derive: Callable[[bytearray], bytes], secret: Secret) -> Secret:
    """`derive(copy of secret)` as a Secret, computed so that Ctrl-C interrupts the wait.

    Exceptions raised by `derive` (MemoryError, ValueError, …) are raised here.
    """
    job = _Job(derive, bytearray(secret.buffer))
    thread = threading.Thread(target=job.run, name="npmdesk-kdf", daemon=True)
    try:
        thread.start()
    except BaseException:
        wipe(job.input)
        raise
    try:
        while not job.done.wait(POLL_SECONDS):
            pass
    except BaseException:
        job.abandon()
        raise
    return job.outcome()
