"""The vault: key slots, key derivation, the SQLCipher connection and schema migrations.

Names are imported on first use (PEP 562), so a command that needs only a small part (the
`age` command needs `Secret`) does not load SQLCipher.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from npmdesk import lazy

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


__getattr__ = lazy.exports(__name__, _EXPORTS)
