"""Record text, names, attachment bytes and file names, and search terms never reach the disk in clear."""

from __future__ import annotations

import io
from pathlib import Path

from npmdesk.records import Link, Record, RecordStore, attachments
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.plaintext import files_containing

MARKERS = {
    "title": "QXTITLE-Гражданин-7781",
    "body": "QXBODY-السجين-5521",
    "name": "QXNAME-Zhōu-监狱-1193",
    "file": "QXFILE-annexe-4420.txt",
    "content": "QXCONTENT-détenu-8832",
    "query": "QXQUERY-8467",
}


def scan(folders: list[Path]) -> list[str]:
    return files_containing(folders, MARKERS.values())


def test_a_working_session_leaves_no_plaintext(tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(temp))
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, Secret.from_passphrase(PASSPHRASE), user_name=MARKERS["name"],
                            argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    store = RecordStore(vault, clock=FakeClock())
    contact = store.add(Record(kind="contact", title=MARKERS["name"], status="active", fields={"role": "member"}))
    record = store.add(Record(kind="communication", title=MARKERS["title"], body=MARKERS["body"] * 50,
                              counterpart=contact.id, fields={"direction": "received", "channel": "email"},
                              links=[Link(contact.id, "related")]))
    content = (MARKERS["content"] + " ") * 20_000  # several pages of attachment text
    attachments.add(store, record.id, MARKERS["file"], io.BytesIO(content.encode()))
    assert store.search(MARKERS["content"].split("-")[0])
    store.search(MARKERS["query"])
    store.update(store.get(record.id))
    assert scan([path, temp]) == []  # while open: database, WAL, shared memory
    store.delete(record.id)
    store.empty_bin()
    vault.close()
    assert scan([path, temp]) == []
