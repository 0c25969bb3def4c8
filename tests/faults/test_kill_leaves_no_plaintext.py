"""SIGKILL while npmdesk writes a file the user asked for: no plaintext is ever left behind, and
the encrypted temporaries of export, backup and restore are gone by the next start.

A real `npmdesk` child is killed once it has written a megabyte into the output folder (seen
through /proc/PID/fd, so named and nameless files alike); then every file in that folder,
hidden ones included, is scanned for a marker that is in the plaintext. "fallback" runs force
the path used where O_TMPFILE is not available (hidden .part files in the litter journal):
there the next start of npmdesk must remove what the kill left.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from npmdesk.exchange import age
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.identity import VaultIdentity
from npmdesk.records import Record, RecordStore, attachments
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.backup import write_backup
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.kill_helpers import (
    MARKER,
    everything_under,
    files_holding,
    kill_while_writing,
    next_start,
    npmdesk_env,
)

BIG = 24 * 1024 * 1024
WAYS = ["anonymous", "fallback"]
FALLBACK_ENV = "NPMDESK_PLAIN_OUTPUT_FALLBACK"  # npmdesk/plain_output.py: never use O_TMPFILE


def big_plaintext() -> bytes:
    return (MARKER + b"\n") * (BIG // (len(MARKER) + 1))


@pytest.fixture(scope="module")
def material(tmp_path_factory):
    """A vault holding a big attachment with the marker; a package of it for a key; a backup of it."""
    root = tmp_path_factory.mktemp("material")
    key = age.generate_identity()
    (root / "spt.key").write_text(key.to_file_text())
    vault, _ = Vault.create(root / "vault", Secret.from_passphrase(PASSPHRASE), npm_name="NPM", user_name="Ana",
                            argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    with vault:
        store = RecordStore(vault)
        record = store.add(Record(kind="communication", title=f"Visit {MARKER.decode()}", date="2026-03-02",
                                  status="sent", fields={"direction": "sent", "channel": "letter"}))
        attachments.add(store, record.id, "scan.bin", io.BytesIO(big_plaintext()))
        identity = VaultIdentity.of(vault)
        try:
            write_package(store, identity, plan_export(store), root / "package.age", recipients=[key.recipient],
                          confirmed=True)
        finally:
            identity.close()
        write_backup(vault, root / "vault.npmbackup")
    sealed = root / "sealed.age"
    with open(sealed, "wb") as out:
        age.encrypt(io.BytesIO(big_plaintext()), out, recipients=[key.recipient])
    return root


def state_is_empty(state: Path) -> bool:
    pending = state / "npmdesk" / "pending"
    return not pending.exists() or not any(pending.iterdir())


@pytest.mark.parametrize(("way", "existing"), [("anonymous", False), ("anonymous", True), ("fallback", False)])
def test_kill_during_age_decrypt_leaves_no_plaintext(material, tmp_path, way, existing):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "report.txt"
    if existing:
        target.write_bytes(b"the file -o replaces\n")
    env = npmdesk_env(tmp_path / "state", **({FALLBACK_ENV: "1"} if way == "fallback" else {}))
    kill_while_writing(["age", "-d", "-i", material / "spt.key", "-o", target, material / "sealed.age"], out, env)
    if way == "fallback":
        assert files_holding(out), "the kill did not hit the fallback's .part file"
        next_start(env)
    assert files_holding(out) == []
    assert everything_under(out) == (["report.txt"] if existing else [])
    if existing:
        assert target.read_bytes() == b"the file -o replaces\n"
    assert state_is_empty(tmp_path / "state")


@pytest.mark.parametrize("way", WAYS)
def test_kill_during_package_open_leaves_no_plaintext(material, tmp_path, way):
    out = tmp_path / "opened"
    env = npmdesk_env(tmp_path / "state", **({FALLBACK_ENV: "1"} if way == "fallback" else {}))
    kill_while_writing(["package", "open", material / "package.age", "-i", material / "spt.key", "--out", out],
                       out, env)
    if way == "fallback":
        assert files_holding(out), "the kill did not hit the fallback's .part file"
        next_start(env)
    assert files_holding(out) == []
    assert everything_under(out) == []  # no staging folder, no half-named file
    done = subprocess.run([sys.executable, "-m", "npmdesk", "package", "open", material / "package.age",
                           "-i", material / "spt.key", "--out", out], env=env, capture_output=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr  # a retry into the same folder works
    assert (out / "records.json").read_bytes().count(MARKER) == 1
    assert state_is_empty(tmp_path / "state")


def test_kill_during_export_leaves_no_encrypted_part_after_the_next_start(material, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    key = age.generate_identity()
    env = npmdesk_env(tmp_path / "state", NPMDESK_PASSPHRASE=PASSPHRASE)
    kill_while_writing(["export", "--all", "--confirm-sensitive", "-r", key.recipient.encode(), "-o", out / "p.age",
                        "--vault", material / "vault"], out, env, named=True)
    assert everything_under(out), "the kill did not hit the export's temporary file"
    next_start(env)
    assert everything_under(out) == []
    assert state_is_empty(tmp_path / "state")


def test_kill_during_backup_leaves_no_temporary_file_after_the_next_start(material, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    env = npmdesk_env(tmp_path / "state", NPMDESK_PASSPHRASE=PASSPHRASE)
    kill_while_writing(["backup", "-o", out / "b.npmbackup", "--vault", material / "vault"], out, env, named=True)
    assert everything_under(out), "the kill did not hit the backup's temporary files"
    next_start(env)
    assert everything_under(out) == []
    assert state_is_empty(tmp_path / "state")


def test_kill_during_restore_leaves_no_half_vault_and_the_retry_works(material, tmp_path):
    """Killed mid-restore, `restore` is simply run again: no folder with only vault.db, no
    "the vault exists" refusal, no "damaged" from check."""
    place = tmp_path / "restored"
    place.mkdir()
    target = place / "vault"
    env = npmdesk_env(tmp_path / "state", NPMDESK_PASSPHRASE=PASSPHRASE)
    kill_while_writing(["restore", material / "vault.npmbackup", "--vault", target], place, env)
    assert not target.exists()
    again = subprocess.run([sys.executable, "-m", "npmdesk", "restore", material / "vault.npmbackup",
                            "--vault", target], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert again.returncode == 0, again.stderr
    assert everything_under(place)[0] == "vault" and all(
        not name.startswith(".") for name in everything_under(place))
    with Vault.unlock(target, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        assert vault.check().healthy
        attachment_id = vault.db.execute("SELECT id FROM attachment").fetchone()[0]
        assert attachments.verify(RecordStore(vault), attachment_id)
    assert state_is_empty(tmp_path / "state")


def test_next_start_leaves_the_temporary_files_of_a_running_npmdesk_alone(tmp_path, monkeypatch):
    """Two npmdesk at once: the one starting must not delete what the other is still writing."""
    from npmdesk import litter

    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    part = tmp_path / ".report.pdf.1234abcd.part"
    with litter.guarded(part):
        part.write_bytes(b"still being written")
        next_start(npmdesk_env(state))
        assert part.exists()
    assert not part.exists() and state_is_empty(state)


def test_the_journal_never_removes_a_name_that_is_not_a_temporary_one(tmp_path):
    """Even a journal entry naming the user's own file (damage, or a hand edit) removes nothing."""
    state = tmp_path / "state"
    mine = tmp_path / "notes.txt"
    hidden = tmp_path / ".profile"
    for path in (mine, hidden):
        path.write_text("keep me\n")
    temporary = tmp_path / ".p.age.1234abcd.part"
    temporary.write_bytes(b"ciphertext")
    script = ("import os, signal, sys; from pathlib import Path; from npmdesk import litter; "
              "litter.Guard([Path(p) for p in sys.argv[1:]]); os.kill(os.getpid(), signal.SIGKILL)")
    killed = subprocess.run([sys.executable, "-c", script, mine, hidden, temporary], env=npmdesk_env(state),
                            timeout=60, check=False)
    assert killed.returncode == -9
    next_start(npmdesk_env(state))
    assert mine.read_text() == hidden.read_text() == "keep me\n"
    assert not temporary.exists() and state_is_empty(state)
