"""Parent side of the crash tests: start crash_child.py, SIGKILL it at a random moment, verify.

`CrashRun` keeps one vault per mode and a model of what the child acknowledged. Each round:
start the child on the vault, let it write for a random short time (or kill it while it is
still unlocking), kill it with SIGKILL, then open the vault here and check

- it opens with the passphrase in force (the acknowledged one, or the one being set when a
  change was in flight) and with no other;
- both integrity checks pass;
- every acknowledged record is there with exactly its acknowledged content, version and bin
  state, its history holds every earlier version, and the search index matches it;
- the one change in flight is either wholly there or wholly absent; nothing else is there;
- every acknowledged attachment is there with its SHA-256 (and its bytes match it), removed
  ones are gone, and a half-stored attachment is never visible;
- after a key rotation in flight, tried before the passphrase (as a user who forgot it would):
  the recovery code the user last saw opens the vault, never "damaged": the acknowledged one
  if the new one was not shown yet, else the one shown.

Everything random comes from one seed, printed with any failure.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from npmdesk.errors import DamagedVault, WrongPassphrase, WrongRecoveryCode
from npmdesk.records import RecordStore, attachments
from npmdesk.records.text import index_form
from npmdesk.vault import Credential, Secret, Vault, attachment_files
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.crash_child import PASSPHRASES, content_hash, search_token
from tests.support.doubles import MemoryKeyring

CHILD = Path(__file__).resolve().with_name("crash_child.py")
START_TIMEOUT = 60.0
# How long the child may write before the kill, per mode (seconds, drawn uniformly).
MAX_DELAY = {"records": 0.25, "attachments": 0.6, "passphrase": 0.15, "rotate": 0.3}
KILL_WHILE_UNLOCKING = 0.12  # share of rounds killed during Vault.unlock itself
FULL_VERIFY_EVERY = 10  # in long runs: re-read every record and re-hash every attachment every N rounds
FULL_VERIFY_RECORDS = 2000  # up to this many records, every record is re-read every round
PR_SET_PDEATHSIG = 1  # prctl(2)


class CrashTestFailure(AssertionError):
    pass


def die_with_parent() -> None:
    """Pre-exec hook: the child gets SIGKILL if the test process dies (no writer left behind)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


@dataclass
class RecordState:
    hash: str
    version: int
    deleted: bool


@dataclass
class AttachmentState:
    record: str
    name: str
    sha: str
    size: int


@dataclass
class Model:
    """What the child acknowledged, and the change it had started when it was killed."""

    passphrase: int = 0
    recovery_code: str | None = None
    slots_hash: str = ""
    records: dict[str, RecordState] = field(default_factory=dict)
    attachments: dict[str, AttachmentState] = field(default_factory=dict)
    removed_attachments: set[str] = field(default_factory=set)
    in_flight: dict[str, Any] | None = None
    touched_records: set[str] = field(default_factory=set)
    new_attachments: set[str] = field(default_factory=set)
    acks: int = 0

    def apply(self, line: dict[str, Any]) -> None:
        kind = line["t"]
        if kind == "intent":
            self.in_flight = line
            return
        if kind == "shown" and self.in_flight is not None:
            self.in_flight["shown"] = line["code"]
            return
        if kind != "ack":
            return
        intent, self.in_flight = self.in_flight, None
        if intent is None or intent["op"] != line["op"]:
            raise CrashTestFailure(f"acknowledgement without its intent: {line}")
        self.acks += 1
        op = line["op"]
        if op in ("add", "update"):
            if line["hash"] != intent["hash"] or line["version"] != intent["version"]:
                raise CrashTestFailure(f"the store did not keep what was given: {intent} -> {line}")
            self.records[line["id"]] = RecordState(line["hash"], line["version"], False)
            self.touched_records.add(line["id"])
        elif op == "delete":
            self.records[line["id"]].deleted = True
            self.touched_records.add(line["id"])
        elif op == "attach":
            if line["sha"] != intent["sha"] or line["size"] != intent["size"]:
                raise CrashTestFailure(f"the attachment was not stored as given: {intent} -> {line}")
            self.attachments[line["id"]] = AttachmentState(line["record"], line["name"], line["sha"], line["size"])
            self.new_attachments.add(line["id"])
        elif op == "detach":
            del self.attachments[line["id"]]
            self.removed_attachments.add(line["id"])
        elif op == "passphrase":
            self.passphrase = line["to"]
        elif op == "rotate":
            self.recovery_code = line["code"]
            self.slots_hash = line["slots"]


@dataclass
class Round:
    number: int
    killed_while_unlocking: bool
    delay: float
    lines: list[dict[str, Any]]


class CrashRun:
    """One vault, one mode, many kills."""

    def __init__(self, folder: Path, mode: str, seed: int) -> None:
        self.folder = folder
        self.mode = mode
        self.seed = seed
        self.rng = random.Random(seed)  # noqa: S311 - test data, not secrets
        self.model = Model()
        self.rounds = 0
        self.last: Round | None = None
        # (operation in flight at the kill, "done" or "undone"): shows the kills hit mid-change
        self.outcomes: Counter[tuple[str, str]] = Counter()
        self._flight_done = False
        keyring = MemoryKeyring()
        vault, code = Vault.create(folder, Secret.from_passphrase(PASSPHRASES[0]), user_name="Ana",
                                   argon2=TEST_PARAMS, device_keyring=keyring)
        vault.close()
        self.model.recovery_code = code
        self.model.slots_hash = self._slots_hash()

    # ------------------------------------------------------------------------------ rounds

    def where(self) -> str:
        last = ""
        if self.last is not None:
            tail = self.last.lines[-3:]
            moment = "while unlocking " if self.last.killed_while_unlocking else ""
            last = (f"; round {self.last.number}: killed {moment}after {self.last.delay:.3f}s,"
                    f" {len(self.last.lines)} lines, last {tail}")
        return f"[crash test mode={self.mode} seed={self.seed} (NPMDESK_CRASH_SEED){last}]"

    def fail(self, message: str) -> CrashTestFailure:
        return CrashTestFailure(f"{message} {self.where()}")

    def kill_once(self) -> Round:
        """Start the child, kill it at a random moment, feed its acknowledgements to the model."""
        self.rounds += 1
        child_seed = self.rng.randrange(2**32)
        while_unlocking = self.rng.random() < KILL_WHILE_UNLOCKING
        delay = self.rng.uniform(0, 0.02 if while_unlocking else MAX_DELAY[self.mode])
        env = dict(os.environ)
        env.pop("NPMDESK_PASSPHRASE", None)
        proc = subprocess.Popen(
            [sys.executable, str(CHILD), str(self.folder), self.mode, str(child_seed), str(self.model.passphrase)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            preexec_fn=die_with_parent,
        )
        raw: list[bytes] = []
        seen = threading.Condition()

        def read() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                with seen:
                    raw.append(line)
                    seen.notify_all()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        wanted = b'"opening"' if while_unlocking else b'"ready"'
        try:
            with seen:
                seen.wait_for(lambda: any(wanted in line for line in raw) or proc.poll() is not None,
                              timeout=START_TIMEOUT)
            time.sleep(delay)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        reader.join(timeout=30)
        assert proc.stderr is not None
        err = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
        lines = [json.loads(line) for line in raw if line.endswith(b"\n")]
        self.last = Round(self.rounds, while_unlocking, delay, lines)
        if proc.returncode != -signal.SIGKILL:
            raise self.fail(f"the child ended by itself (status {proc.returncode}):\n{err}")
        if not any(line["t"] == wanted.strip(b'"').decode() for line in lines):
            raise self.fail(f"the child did not start in {START_TIMEOUT}s:\n{err}")
        for line in lines:
            try:
                self.model.apply(line)
            except CrashTestFailure as failure:
                raise self.fail(str(failure)) from None
        return self.last

    # ------------------------------------------------------------------------ verifying

    def _slots_hash(self) -> str:
        return hashlib.sha256((self.folder / "keyslots.json").read_bytes()).hexdigest()

    def _unlock(self, credential: Credential) -> Vault | None:
        try:
            return Vault.unlock(self.folder, credential, device_keyring=MemoryKeyring())
        except (WrongPassphrase, WrongRecoveryCode):
            return None

    def verify(self) -> None:
        model = self.model
        flight = model.in_flight
        self._flight_done = False
        if self.mode == "rotate":
            self._verify_code_first()
        changing = flight is not None and flight["op"] == "passphrase"
        allowed = {model.passphrase, flight["to"]} if changing else {model.passphrase}
        opened = [i for i in (0, 1) if self._opens_with_passphrase(i)]
        if len(opened) != 1 or opened[0] not in allowed:
            raise self.fail(f"passphrases that open the vault: {opened}, expected one of {sorted(allowed)}")
        vault = self._unlock(Credential.passphrase(PASSPHRASES[opened[0]]))
        assert vault is not None
        try:
            for leftover in ("keyslots.json.tmp", "keyslots.next.json"):
                if (self.folder / leftover).exists():
                    raise self.fail(f"{leftover} is still there after unlocking")
            report = vault.check()
            if not report.healthy:
                raise self.fail(f"integrity check failed: {report.problems}")
            store = RecordStore(vault)
            self._verify_records(store)
            self._verify_attachments(store)
        finally:
            vault.close()
        self._verify_rotation()
        if changing:
            self._flight_done = opened[0] != model.passphrase
            model.passphrase = opened[0]
        if flight is not None:
            self.outcomes[flight["op"], "done" if self._flight_done else "undone"] += 1
        model.in_flight = None
        model.touched_records.clear()
        model.new_attachments.clear()

    def _opens_with_passphrase(self, index: int) -> bool:
        vault = self._unlock(Credential.passphrase(PASSPHRASES[index]))
        if vault is None:
            return False
        vault.close()
        return True

    def _verify_records(self, store: RecordStore) -> None:
        """Every record's version and bin state always; every record's content too up to
        FULL_VERIFY_RECORDS records, beyond that (long runs) when touched, sampled or on every
        FULL_VERIFY_EVERY-th round."""
        model, flight = self.model, self.model.in_flight
        db = store.db
        rows = {
            row[0]: (int(row[1]), int(row[2]), row[3] is not None)
            for row in db.execute("SELECT id, seq, version, deleted_at FROM record")
        }
        extra = set(rows) - set(model.records)
        missing = set(model.records) - set(rows)
        if missing:
            raise self.fail(f"acknowledged records are gone: {sorted(missing)}")
        if extra and not (flight and flight["op"] == "add" and extra == {flight["id"]}):
            raise self.fail(f"records nobody acknowledged or started: {sorted(extra)}")
        indexed = {int(row[0]): (row[1], row[2]) for row in db.execute("SELECT rowid, title, body FROM search_index")}
        live_seqs = {seq for seq, _, deleted in rows.values() if not deleted}
        if set(indexed) != live_seqs:
            raise self.fail(f"search index rows {len(indexed)} != live records {len(live_seqs)}")
        flight_id = flight["id"] if flight is not None and flight["op"] in ("add", "update", "delete") else None
        full = self.rounds % FULL_VERIFY_EVERY == 0 or len(rows) <= FULL_VERIFY_RECORDS
        sample = set(self.rng.sample(sorted(rows), min(20, len(rows))))
        for record_id, (seq, version, deleted) in rows.items():
            before = model.records.get(record_id)
            allowed = [before] if before is not None else []
            if record_id == flight_id:
                assert flight is not None
                allowed.append(self._after(flight, before))
            if (version, deleted) not in [(a.version, a.deleted) for a in allowed]:
                raise self.fail(f"record {record_id} is v{version} (in bin: {deleted}), expected one of {allowed}")
            touched = record_id in model.touched_records or record_id == flight_id
            if not (touched or full or record_id in sample):
                continue
            record = store.get(record_id, include_deleted=True)
            actual = RecordState(content_hash(record), record.version, record.deleted_at is not None)
            if actual not in allowed:
                raise self.fail(f"record {record_id} is {actual}, expected one of {allowed}")
            history = store.history(record_id)
            if [old.version for old in history] != list(range(record.version - 1, 0, -1)):
                raise self.fail(f"record {record_id} v{record.version} has history {[h.version for h in history]}")
            if not deleted and indexed[seq] != (index_form(record.title), index_form(record.body)):
                raise self.fail(f"the search index is out of step with record {record_id}")
            if touched:
                hits = {hit.record.id for hit in store.search(search_token(record_id))}
                if (record_id in hits) == deleted:
                    raise self.fail(f"search for record {record_id} (in bin: {deleted}) found {hits}")
            if record_id == flight_id:  # whichever state it is in is now the committed one
                self._flight_done = actual != before
                model.records[record_id] = actual
        db.execute("INSERT INTO search_index(search_index) VALUES ('integrity-check')")

    @staticmethod
    def _after(flight: dict[str, Any], before: RecordState | None) -> RecordState:
        if flight["op"] in ("add", "update"):
            return RecordState(flight["hash"], flight["version"], False)
        if flight["op"] == "delete" and before is not None:
            return RecordState(before.hash, before.version, True)
        return RecordState("", -1, False)

    def _verify_attachments(self, store: RecordStore) -> None:
        model, flight = self.model, self.model.in_flight
        db = store.db
        rows = {
            row[0]: row[1:]
            for row in db.execute(
                "SELECT a.id, r.id, a.name, a.sha256, a.size, a.blob"
                " FROM attachment a JOIN record r ON r.seq = a.record_seq"
            )
        }
        orphans = db.execute(
            "SELECT count(*) FROM attachment_chunk WHERE attachment_seq NOT IN (SELECT seq FROM attachment)"
        ).fetchone()[0]
        if orphans:
            raise self.fail(f"{orphans} attachment chunks belong to no attachment")
        # A kill may leave an orphan file (written, never committed; or removed, not yet deleted):
        # its key is in no committed row. Every row's file must be there, whole in size.
        folder = attachment_files.folder_of(store.vault.folder)
        on_disk = {p.name: p.stat().st_size for p in folder.iterdir()} if folder.is_dir() else {}
        full = self.rounds % FULL_VERIFY_EVERY == 0
        for attachment_id, (record_id, name, sha, size, blob) in rows.items():
            known = model.attachments.get(attachment_id)
            if known is None:
                in_flight = flight is not None and flight["op"] == "attach" and (
                    record_id, name, sha, size) == (flight["record"], flight["name"], flight["sha"], flight["size"])
                if not in_flight or attachment_id in model.removed_attachments:
                    raise self.fail(f"attachment {attachment_id} ({name}) was never acknowledged")
                model.attachments[attachment_id] = AttachmentState(record_id, name, sha, size)
                model.new_attachments.add(attachment_id)
                self._flight_done = True
            elif (record_id, name, sha, size) != (known.record, known.name, known.sha, known.size):
                raise self.fail(f"attachment {attachment_id} is {(record_id, name, sha, size)}, expected {known}")
            if on_disk.get(blob) != attachment_files.sealed_size(size):
                raise self.fail(f"attachment {attachment_id}: its file holds {on_disk.get(blob)} bytes for {size}")
            if full or attachment_id in model.new_attachments:
                if not attachments.verify(store, attachment_id):
                    raise self.fail(f"attachment {attachment_id} does not match its SHA-256")
                token = name.split(".")[0]
                if record_id not in {hit.record.id for hit in store.search(token)}:
                    raise self.fail(f"search does not find attachment {name}")
        missing = set(model.attachments) - set(rows)
        if flight is not None and flight["op"] == "detach":
            missing.discard(flight["id"])
            if flight["id"] not in rows:
                self._flight_done = True
                model.attachments.pop(flight["id"], None)
                model.removed_attachments.add(flight["id"])
        if missing:
            raise self.fail(f"acknowledged attachments are gone: {sorted(missing)}")
        back = model.removed_attachments & set(rows)
        if back:
            raise self.fail(f"removed attachments came back: {sorted(back)}")

    def _opens_with_code(self, code: str) -> bool:
        try:
            vault = self._unlock(Credential.recovery_code(code))
        except DamagedVault:
            raise self.fail("a recovery code got 'the vault is damaged'") from None
        if vault is None:
            return False
        vault.close()
        return True

    def _verify_code_first(self) -> None:
        """The recovery code the user last saw opens the vault, before anything else touched it."""
        flight = self.model.in_flight
        shown = flight.get("shown") if flight is not None and flight["op"] == "rotate" else None
        code = shown or self.model.recovery_code
        if code is not None and not self._opens_with_code(code):
            raise self.fail(f"the recovery code the user last saw ({'new' if shown else 'acknowledged'}) "
                            "does not open the vault")

    def _verify_rotation(self) -> None:
        if self.mode != "rotate":
            return
        model, flight = self.model, self.model.in_flight
        now = self._slots_hash()
        rotating = flight is not None and flight["op"] == "rotate"
        if now != model.slots_hash and not rotating:
            raise self.fail("the key-slot file changed with no key rotation under way")
        shown = flight.get("shown") if rotating and flight is not None else None
        code = shown or model.recovery_code
        if code is not None and not self._opens_with_code(code):
            raise self.fail("the recovery code the user last saw no longer opens the vault")
        if now != model.slots_hash:  # the rotation in flight was completed (or is pending)
            self._flight_done = True
            model.slots_hash = now
        if shown is not None:
            model.recovery_code = shown
