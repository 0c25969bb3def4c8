"""'Remember on this device' against the real OS keyring (gnome-keyring's Secret Service).

`make test` runs the suite inside `scripts/with-keyring` (a private D-Bus session with an
unlocked gnome-keyring), so these tests talk to a real Secret Service, never a mock.
"""

from __future__ import annotations

import uuid

import keyring
import pytest
from keyring.backends import fail

from npmdesk.errors import KeyringUnavailable, NotRemembered
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.device_keyring import SystemKeyring
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE


@pytest.fixture
def system_keyring():
    backend = keyring.get_keyring()
    assert "SecretService" in type(backend).__module__ + type(backend).__name__, (
        f"no Secret Service keyring ({backend!r}): run the tests with `make test`, "
        "which starts gnome-keyring under dbus-run-session"
    )
    store = SystemKeyring(service=f"npmdesk-test-{uuid.uuid4().hex}")
    yield store


def test_remembered_vault_opens_from_the_secret_service(system_keyring, vault_path):
    vault, _ = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                            device_keyring=system_keyring)
    vault.remember_on_device()
    vault.close()
    entry = f"{vault.vault_id}:"
    stored = [e for e in [keyring.get_credential(system_keyring.service, None)] if e]
    assert stored and stored[0].username.startswith(entry)
    assert PASSPHRASE not in stored[0].password  # only a random device secret is kept there
    with Vault.unlock(vault_path, Credential.keyring(), device_keyring=system_keyring) as reopened:
        reopened.forget_on_device()
    assert keyring.get_credential(system_keyring.service, None) is None
    with pytest.raises(NotRemembered):
        Vault.unlock(vault_path, Credential.keyring(), device_keyring=system_keyring)
    Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=system_keyring).close()


def test_without_a_keyring_backend_npmdesk_says_so_and_the_passphrase_still_works(vault_path):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        store = SystemKeyring(service="npmdesk-test-none")
        vault, _ = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), argon2=TEST_PARAMS,
                                device_keyring=store)
        with pytest.raises(KeyringUnavailable):
            vault.remember_on_device()
        vault.close()
        with pytest.raises(NotRemembered):  # nothing was remembered, so the keyring is not even asked
            Vault.unlock(vault_path, Credential.keyring(), device_keyring=store)
        with pytest.raises(KeyringUnavailable):
            store.get("anything")
        Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=store).close()
    finally:
        keyring.set_keyring(previous)
