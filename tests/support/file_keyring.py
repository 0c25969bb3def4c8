"""A `keyring` backend for CLI child processes: entries in a JSON file, lockable by a flag file.

Select it with PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring (tests/support on PYTHONPATH)
and NPMDESK_TEST_KEYRING=/path/to/entries.json. While `<that path>.locked` exists, every call
fails as a locked desktop keyring does (keyring.errors.KeyringLocked). For tests only: the
entries are stored in the clear.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["NPMDESK_TEST_KEYRING"])

    def _entries(self) -> dict[str, str]:
        path = self._path()
        if Path(str(path) + ".locked").exists():
            raise KeyringLocked("the keyring is locked")
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, entries: dict[str, str]) -> None:
        self._path().write_text(json.dumps(entries))

    def get_password(self, service: str, username: str) -> str | None:
        return self._entries().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        entries = self._entries()
        entries[f"{service}/{username}"] = password
        self._save(entries)

    def delete_password(self, service: str, username: str) -> None:
        entries = self._entries()
        if entries.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(entries)
