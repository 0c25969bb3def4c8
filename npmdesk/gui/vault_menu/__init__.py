"""The Vault menu: change the passphrase, check integrity, restore a backup (as the CLI's passwd, check, restore)."""
