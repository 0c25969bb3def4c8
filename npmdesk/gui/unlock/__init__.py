"""Unlocking: passphrase, this device's keyring, or the recovery code (then a new passphrase)."""
