"""Fixtures for the workspace tests: one demo vault per test session, opened per test.

A test module imports the three `*_fixture` functions (they register as `demo_vault_path`,
`demo_vault` and `demo_store`; the other names keep ruff from seeing test arguments as
redefinitions). The vault is generated once per session (the cache below), whichever module
asks first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from npmdesk.demo import fill
from npmdesk.records import RecordStore
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring

DEMO_RECORDS = 3000
DEMO_ATTACHMENTS = 6
DEMO_STATE = "CR"  # the vault's own State: the demo is about it (Spanish places, like the NPM's name)


_made: dict[str, Path] = {}


@pytest.fixture(scope="session", name="demo_vault_path")
def demo_vault_path_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A locked vault of Costa Rica's NPM with 3,000 demo records (seed 1) and a few attachments; tests only read it."""
    if "demo" in _made:
        return _made["demo"]
    path = tmp_path_factory.mktemp("demo") / "vault"
    vault, _code = Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name="Mecanismo Nacional",
                                user_name="Ana", argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    try:
        fill.generate(RecordStore(vault, clock=FakeClock()), records=DEMO_RECORDS, attachments=DEMO_ATTACHMENTS,
                      seed=1, state=DEMO_STATE)
    finally:
        vault.close()
    _made["demo"] = path
    return path


@pytest.fixture(name="demo_vault")
def demo_vault_fixture(demo_vault_path: Path) -> Iterator[Vault]:
    vault = Vault.unlock(demo_vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())
    yield vault
    vault.close()


@pytest.fixture(name="demo_store")
def demo_store_fixture(demo_vault: Vault) -> RecordStore:
    return RecordStore(demo_vault)
