"""Schemas 9 and 10 (team sync) on a vault made by the previous release, and the change log's contract."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.records import RecordStore
from npmdesk.records import attachments as files
from npmdesk.team import membership, writing
from npmdesk.team.sync import anything_new
from npmdesk.vault import Credential, Vault, migrations
from tests.fixtures import make_fixture_vault as fx
from tests.support.common import FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import Side, communication, side
from tests.support.team_helpers import own_device_contact, sync, titles

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_schema_8_vault_logs_changes_only_once_it_has_a_team(tmp_path):
    path = tmp_path / "vault-v8"
    shutil.copytree(FIXTURES / "vault-v8", path)
    folder = tmp_path / "team"
    folder.mkdir()
    with Vault.unlock(path, Credential.passphrase(fx.FIXTURE_PASSPHRASE), device_keyring=MemoryKeyring()) as vault, \
            VaultIdentity.of(vault) as identity, side(tmp_path / "laptop", "NPM", "Ana") as laptop:
        assert migrations.schema_version(vault.db) == migrations.LATEST >= 10
        old = Side(vault, RecordStore(vault, clock=FakeClock()), identity)
        old.store.add(communication("Written before there was a team"))
        assert not writing.has_changes(old.store)  # no team, no change log
        old.store.purge(fx.FIXTURE_RECORD_ID)  # its attachment's checksum is made up: it cannot travel
        for here, other, name in ((old, laptop, "Laptop"), (laptop, old, "Office")):
            membership.set_folder(here.store, folder)
            membership.add(here.store, here.identity, own_device_contact(here, other, name))
        assert anything_new(old.store, old.identity)  # the laptop waits for its snapshot
        sync(old)
        assert anything_new(laptop.store, laptop.identity)
        sync(laptop)
        assert "Written before there was a team" in titles(laptop)
        assert anything_new(old.store, old.identity)  # the laptop's snapshot for it
        sync(old)
        assert not anything_new(old.store, old.identity) and not anything_new(laptop.store, laptop.identity)
        laptop.store.add(communication("Made on the laptop"))
        assert anything_new(laptop.store, laptop.identity) and not anything_new(old.store, old.identity)
        sync(laptop)
        assert anything_new(old.store, old.identity)
        sync(old)
        assert "Made on the laptop" in titles(old)
        assert vault.check().healthy


def test_a_schema_9_team_vault_logs_an_attachment_removed_once_migrated(tmp_path):
    path = tmp_path / "vault-v9"
    shutil.copytree(FIXTURES / "vault-v9", path)
    with Vault.unlock(path, Credential.passphrase(fx.FIXTURE_PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        store = RecordStore(vault, clock=FakeClock())
        assert not writing.has_changes(store)
        files.remove(store, "a1a1a1a1")
        assert writing.has_changes(store)
        files.add(store, fx.FIXTURE_VISIT_ID, "agenda.txt", io.BytesIO(b"agenda"))
        store.purge(fx.FIXTURE_VISIT_ID)  # purged with its attachment: its deletion is logged, not the attachment's
        logged = vault.db.execute("SELECT record_id, attachment_id FROM team_change ORDER BY seq").fetchall()
        assert logged[0] == (fx.FIXTURE_RECORD_ID, "a1a1a1a1") and logged[-1] == (fx.FIXTURE_VISIT_ID, None)
        assert vault.check().healthy
