"""'Remember on this device': secrets kept in the operating system's keyring.

`DeviceKeyring` is the interface the vault uses; `SystemKeyring` talks to the OS through
the `keyring` library (Secret Service on Linux, Keychain on macOS, Credential Manager on
Windows). Any failure of the backend becomes KeyringUnavailable, with no detail that could
hold a secret. Tests use the in-memory double in `tests/`.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Protocol

from npmdesk.errors import KeyringUnavailable
from npmdesk.vault.secret import Secret

SERVICE = "npmdesk"


class DeviceKeyring(Protocol):
    def get(self, entry: str) -> Secret | None:
        """The secret stored under `entry`, None if there is none; KeyringUnavailable on failure."""

    def set(self, entry: str, secret: Secret) -> None:
        """Store `secret` under `entry`; KeyringUnavailable on failure."""

    def delete(self, entry: str) -> None:
        """Remove `entry` if present; KeyringUnavailable on failure."""


class SystemKeyring:
    """The OS keyring via the `keyring` library, under one service name."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _backend(self) -> Any:
        import keyring
        from keyring.backends import fail

        try:
            backend = keyring.get_keyring()
        except Exception:  # noqa: BLE001 - any backend failure means "no keyring"
            raise KeyringUnavailable() from None
        if isinstance(backend, fail.Keyring) or backend.priority <= 0:
            raise KeyringUnavailable()
        return backend

    def get(self, entry: str) -> Secret | None:
        backend = self._backend()
        try:
            value = backend.get_password(self.service, entry)
        except Exception:  # noqa: BLE001
            raise KeyringUnavailable() from None
        if value is None:
            return None
        try:
            return Secret(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            return None

    def set(self, entry: str, secret: Secret) -> None:
        backend = self._backend()
        try:
            backend.set_password(self.service, entry, base64.b64encode(secret.buffer).decode("ascii"))
        except Exception:  # noqa: BLE001
            raise KeyringUnavailable() from None

    def delete(self, entry: str) -> None:
        import keyring.errors

        backend = self._backend()
        try:
            backend.delete_password(self.service, entry)
        except keyring.errors.PasswordDeleteError:
            return
        except Exception:  # noqa: BLE001
            raise KeyringUnavailable() from None
