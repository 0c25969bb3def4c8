"""Two vaults that exchange packages (an office and a field laptop), and package builders."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.records import Record, RecordStore
from npmdesk.records import attachments as files
from npmdesk.vault import Vault
from npmdesk.vault.kdf import TEST_PARAMS
from npmdesk.vault.secret import Secret
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.record_helpers import communication as communication  # package tests import it from here

SCRYPT_LOG_N = 10  # cheap passphrase packages in tests


@dataclass
class Side:
    vault: Vault
    store: RecordStore
    identity: VaultIdentity

    def contact_for(self, other: Side, *, verified: bool = True, name: str = "") -> Record:
        """A contact in this vault carrying `other`'s keys."""
        fields: dict[str, object] = {"role": "npm_colleague", "age_recipient": other.identity.recipient.encode(),
                                     "signing_key": other.identity.signing_key.encode()}
        if verified:
            fields["keys_verified"] = True
        return self.store.add(Record(kind="contact", title=name or other.vault.meta("npm_name"),
                                     status="active", fields=fields))

    def attach(self, record_id: str, name: str, data: bytes) -> files.AttachmentInfo:
        return files.add(self.store, record_id, name, io.BytesIO(data))

    def snapshot(self) -> list[tuple[object, ...]]:
        """Everything a user could see of the records, to compare before and after."""
        db = self.vault.db
        return [
            *db.execute("SELECT id, version, title, body, fields, conflict, deleted_at FROM record ORDER BY id"),
            *db.execute("SELECT seq, version, snapshot FROM record_version ORDER BY seq, version"),
            *db.execute("SELECT id, name, size, sha256 FROM attachment ORDER BY id"),
        ]


@contextmanager
def side(folder: Path, npm_name: str, user: str) -> Iterator[Side]:
    vault, _code = Vault.create(folder, Secret.from_passphrase(PASSPHRASE), npm_name=npm_name, user_name=user,
                                argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    identity = VaultIdentity.of(vault)
    try:
        yield Side(vault, RecordStore(vault, clock=FakeClock()), identity)
    finally:
        identity.close()
        vault.close()


@contextmanager
def office_and_field(folder: Path) -> Iterator[tuple[Side, Side]]:
    """Two vaults, an office and a field laptop, each a verified contact of the other."""
    with side(folder / "office", "Office NPM", "Ana") as office, side(folder / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        field.contact_for(office)
        yield office, field
