"""The process the crash tests kill: open a vault and write to it in a loop, saying what it did.

    python crash_child.py VAULT MODE SEED PASSPHRASE_INDEX

MODE is one of MODES. Before each write the child prints an `intent` line (what it is about
to do, with the content hash it is about to store); after the call returned, and only then,
an `ack` line. Each line is one JSON object written with a single write(2) of less than
PIPE_BUF bytes, so the parent sees whole lines or nothing. The parent kills the child with
SIGKILL at a random moment and checks that every acknowledged change is in the vault and
that the one change in flight is either complete or absent.

The functions at the top (`content_hash`, the passphrases, `search_token`) are shared with
the parent (crash_harness.py), so both sides agree on what "the same content" means.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

PASSPHRASES = ("correct horse battery staple", "a second passphrase for field visits")
MODES = ("records", "attachments", "passphrase", "rotate")
WORDS = (
    "visita", "centro", "detención", "recommendation", "суд", "لجنة", "prison", "Überprüfung",
    "rapporteur", "follow-up", "援助", "interpretación", "OPCAT", "garde à vue", "Ελλάδα", "reply",
)
TAGS = ("Visit reports", "Reprisals", "Annual report", "Follow-up", "Detention", "Urgent")
MAX_ATTACHED_BYTES = 12 * 1024 * 1024  # above this the child removes attachments first


def content_hash(record: Any) -> str:
    """SHA-256 of what the user wrote in a record (not its version, times or bin state)."""
    doc = {
        "kind": record.kind, "title": record.title, "body": record.body, "date": record.date,
        "status": record.status, "counterpart": record.counterpart, "country": record.country,
        "due_date": record.due_date, "sensitivity": record.sensitivity,
        "personal_data": record.personal_data, "consent": record.consent,
        "tags": sorted(record.tags), "articles": sorted(record.articles),
        "links": sorted([link.to, link.relation] for link in record.links),
        "pseudonyms": sorted(record.pseudonyms.items()), "fields": record.fields,
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def search_token(record_id: str) -> str:
    """A word put in each record's title so the parent can check the search index."""
    return "tok" + record_id.replace("-", "")[:12]


def attachment_token(n: int, seed: int) -> str:
    return f"att{seed % 100000}x{n}"


def emit(**fields: Any) -> None:
    line = (json.dumps(fields, ensure_ascii=True) + "\n").encode()
    if len(line) >= 4096:  # one atomic write on a pipe
        raise ValueError("acknowledgement line too long")
    os.write(1, line)


# --------------------------------------------------------------------------- the writer


class Writer:
    def __init__(self, vault: Any, store: Any, rng: random.Random, seed: int, passphrase_index: int) -> None:
        from npmdesk.records import Record

        self.Record = Record
        self.vault = vault
        self.store = store
        self.rng = rng
        self.seed = seed
        self.passphrase_index = passphrase_index
        self.live = [row[0] for row in store.db.execute("SELECT id FROM record WHERE deleted_at IS NULL")]
        self.attached = {
            row[0]: int(row[1]) for row in store.db.execute("SELECT id, size FROM attachment")
        }
        self.attach_count = 0

    # records ------------------------------------------------------------------------

    def _words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(low, high)))

    def _content(self, record_id: str) -> dict[str, Any]:
        rng = self.rng
        links = []
        if self.live and rng.random() < 0.3:
            from npmdesk.records import Link

            links = [Link(rng.choice(self.live), rng.choice(("related", "thread", "reply_to")))]
        body_words = rng.choice((0, 5, 50, 400))
        return {
            "title": f"{search_token(record_id)} {self._words(1, 6)}",
            "body": self._words(body_words, body_words),
            "date": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "status": rng.choice(("draft", "sent", "awaiting_reply", "answered", "closed")),
            "country": rng.choice((None, "GT", "FR", "UA", "TN")),
            "tags": rng.sample(TAGS, rng.randint(0, 4)),
            "articles": rng.sample(range(1, 38), rng.randint(0, 3)),
            "links": links,
            "pseudonyms": {"Real Person": "Person A"} if rng.random() < 0.2 else {},
            "fields": {"direction": rng.choice(("sent", "received")), "channel": rng.choice(("letter", "email"))},
        }

    def add_record(self) -> None:
        from npmdesk.records.model import new_id

        record_id = new_id()
        record = self.Record(kind="communication", id=record_id, **self._content(record_id))
        emit(t="intent", op="add", id=record_id, hash=content_hash(record), version=1)
        stored = self.store.add(record)
        emit(t="ack", op="add", id=stored.id, hash=content_hash(self.store.get(stored.id)), version=stored.version)
        self.live.append(record_id)

    def update_record(self) -> None:
        from dataclasses import replace

        record_id = self.rng.choice(self.live)
        current = self.store.get(record_id)
        changed = replace(current, **self._content(record_id))
        emit(t="intent", op="update", id=record_id, hash=content_hash(changed), version=current.version + 1)
        updated = self.store.update(changed)
        emit(t="ack", op="update", id=record_id, hash=content_hash(self.store.get(record_id)),
             version=updated.version)

    def delete_record(self) -> None:
        record_id = self.rng.choice(self.live)
        emit(t="intent", op="delete", id=record_id)
        self.store.delete(record_id)
        emit(t="ack", op="delete", id=record_id)
        self.live.remove(record_id)

    # attachments --------------------------------------------------------------------

    def _attachment_bytes(self, name: str) -> bytes:
        rng = self.rng
        roll = rng.random()
        if name.endswith(".txt"):
            return self._words(1, 3000).encode()
        if roll < 0.6:
            size = rng.randint(0, 64 * 1024)
        elif roll < 0.85:
            size = rng.randint(64 * 1024, 1200 * 1024)
        else:
            size = rng.randint(1200 * 1024, 3500 * 1024)
        return rng.randbytes(size)

    def attach(self) -> None:
        from npmdesk.records import attachments

        if not self.live:
            self.add_record()
            return
        record_id = self.rng.choice(self.live)
        self.attach_count += 1
        token = attachment_token(self.attach_count, self.rng.randrange(10**9))
        name = f"{token}.{self.rng.choice(('bin', 'bin', 'txt'))}"
        data = self._attachment_bytes(name)
        sha = hashlib.sha256(data).hexdigest()
        emit(t="intent", op="attach", record=record_id, name=name, sha=sha, size=len(data))
        info = attachments.add(self.store, record_id, name, io.BytesIO(data))
        emit(t="ack", op="attach", id=info.id, record=record_id, name=name, sha=info.sha256, size=info.size)
        self.attached[info.id] = info.size

    def remove_attachment(self) -> None:
        from npmdesk.records import attachments

        attachment_id = self.rng.choice(sorted(self.attached))
        emit(t="intent", op="detach", id=attachment_id)
        attachments.remove(self.store, attachment_id)
        emit(t="ack", op="detach", id=attachment_id)
        del self.attached[attachment_id]

    # key changes --------------------------------------------------------------------

    def change_passphrase(self) -> None:
        from npmdesk.vault import Secret
        from npmdesk.vault.kdf import TEST_PARAMS

        new = 1 - self.passphrase_index
        emit(t="intent", op="passphrase", to=new)
        self.vault.change_passphrase(Secret.from_passphrase(PASSPHRASES[new]), TEST_PARAMS)
        emit(t="ack", op="passphrase", to=new)
        self.passphrase_index = new

    def rotate(self) -> None:
        from npmdesk.vault import Secret

        emit(t="intent", op="rotate")
        code = self.vault.rotate_key(Secret.from_passphrase(PASSPHRASES[self.passphrase_index]),
                                     show=lambda shown: emit(t="shown", code=shown))
        slots = hashlib.sha256((self.vault.folder / "keyslots.json").read_bytes()).hexdigest()
        emit(t="ack", op="rotate", code=code, slots=slots)

    # the loops ----------------------------------------------------------------------

    def step(self, mode: str) -> None:
        roll = self.rng.random()
        if mode == "records":
            if not self.live or roll < 0.5:
                self.add_record()
            elif roll < 0.85:
                self.update_record()
            else:
                self.delete_record()
        elif mode == "attachments":
            full = sum(self.attached.values()) > MAX_ATTACHED_BYTES
            if self.attached and (full or roll < 0.15):
                self.remove_attachment()
            else:
                self.attach()
        elif mode == "passphrase":
            if roll < 0.3:
                self.add_record()
            else:
                self.change_passphrase()
        elif mode == "rotate":
            if roll < 0.4:
                self.add_record()
            else:
                self.rotate()
        else:
            raise ValueError(mode)


def main(argv: list[str]) -> int:
    folder, mode, seed, passphrase_index = Path(argv[1]), argv[2], int(argv[3]), int(argv[4])
    from npmdesk.records import RecordStore
    from npmdesk.vault import Credential, Vault
    from tests.support.doubles import MemoryKeyring  # the checkout is on PYTHONPATH (tests/conftest.py)

    rng = random.Random(seed)  # noqa: S311 - test data, not secrets
    emit(t="opening")
    vault = Vault.unlock(folder, Credential.passphrase(PASSPHRASES[passphrase_index]), device_keyring=MemoryKeyring())
    store = RecordStore(vault)
    writer = Writer(vault, store, rng, seed, passphrase_index)
    emit(t="ready")
    if mode == "hold":  # keep the vault open until stdin closes (for the "vault in use" fault)
        for _ in range(3):
            writer.add_record()
        sys.stdin.read()
        vault.close()
        return 0
    while True:
        writer.step(mode)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
