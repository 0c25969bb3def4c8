"""The names of a vault's files in its folder: the one list that the vault, its backups and the
emergency erase (destroy.py) all use, so that a file added here is created, backed up and erased alike.

A leaf module: it imports nothing of npmdesk.
"""

from __future__ import annotations

DB_NAME = "vault.db"  # the SQLCipher database
SLOTS_NAME = "keyslots.json"  # the key slots (the vault key, wrapped)
NEXT_SLOTS_NAME = "keyslots.next.json"  # the key slots being replaced (a key rotation, a new recovery code)
LOCK_NAME = "npmdesk.lock"  # one npmdesk at a time (lockfile.py)
ATTACHMENTS_DIR = "attachments"  # the attachments' sealed files (attachment_files.py: backed up, erased with the rest)

# What an open vault's folder may hold: the database with SQLite's WAL and shared-memory files,
# both key-slot files and the lock file.
VAULT_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SLOTS_NAME, NEXT_SLOTS_NAME, LOCK_NAME)
# Everything that holds the key (erased first), including half-written replacements.
SLOT_FILES = (SLOTS_NAME, NEXT_SLOTS_NAME, SLOTS_NAME + ".tmp", NEXT_SLOTS_NAME + ".tmp")
# Everything else of the vault's (erased once the keys are gone), including an old rollback journal.
DATA_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", LOCK_NAME)
