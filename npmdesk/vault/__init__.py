"""The vault: key slots, key derivation, the SQLCipher connection and schema migrations.

Names are imported on first use (PEP 562), so a command that needs only a small part (the
`age` command needs `Secret`) does not load SQLCipher.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from npmdesk.vault.database import IntegrityReport
    from npmdesk.vault.kdf import Argon2Params
    from npmdesk.vault.secret import Secret
    from npmdesk.vault.vault import Credential, SecurityEvent, Vault, is_vault, require_strong

_EXPORTS = {
    "IntegrityReport": "npmdesk.vault.database",
    "Argon2Params": "npmdesk.vault.kdf",
    "Secret": "npmdesk.vault.secret",
    "Credential": "npmdesk.vault.vault",
    "SecurityEvent": "npmdesk.vault.vault",
    "Vault": "npmdesk.vault.vault",
    "is_vault": "npmdesk.vault.vault",
    "require_strong": "npmdesk.vault.vault",
}

__all__ = [
    "Argon2Params",
    "Credential",
    "IntegrityReport",
    "Secret",
    "SecurityEvent",
    "Vault",
    "is_vault",
    "require_strong",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'npmdesk.vault' has no attribute {name!r}")
