"""Test doubles at the boundaries of the vault: the OS keyring and the file system."""

from __future__ import annotations

from npmdesk.errors import KeyringUnavailable
from npmdesk.vault.secret import Secret
from npmdesk.vault.storage import Storage


class MemoryKeyring:
    """An OS keyring in a dict; `available=False` behaves like a machine without one."""

    def __init__(self, available: bool = True) -> None:
        self.entries: dict[str, bytes] = {}
        self.available = available

    def _check(self) -> None:
        if not self.available:
            raise KeyringUnavailable()

    def get(self, entry: str) -> Secret | None:
        self._check()
        value = self.entries.get(entry)
        return None if value is None else Secret(value)

    def set(self, entry: str, secret: Secret) -> None:
        self._check()
        self.entries[entry] = bytes(secret.buffer)

    def delete(self, entry: str) -> None:
        self._check()
        self.entries.pop(entry, None)


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so no cleanup handler catches it."""


class FaultyStorage(Storage):
    """Real storage that fails at one named step, as an error or as a crash."""

    def __init__(self, fail_at: str | None = None, *, crash: bool = False, skip: int = 0) -> None:
        self.fail_at = fail_at
        self.crash = crash
        self.skip = skip
        self.steps: list[str] = []

    def step(self, name: str) -> None:
        self.steps.append(name)
        if name == self.fail_at:
            if self.skip:
                self.skip -= 1
                return
            self.fail_at = None
            if self.crash:
                raise Crash(name)
            raise OSError(28, "No space left on device (injected)")
