"""The vault: key slots, key derivation, the SQLCipher connection and schema migrations."""

from npmdesk.vault.database import IntegrityReport
from npmdesk.vault.kdf import Argon2Params
from npmdesk.vault.secret import Secret
from npmdesk.vault.vault import Credential, SecurityEvent, Vault, is_vault, require_strong

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
