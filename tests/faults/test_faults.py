"""Faults from outside npmdesk: each gives one clear message and loses no committed data.

Where a command is the natural path the real `npmdesk` runs in a child process, handicapped
before exec (a file-size limit for a full disk, root's file powers dropped for a read-only
folder); the rest drives the core in-process. Each test says what the user sees.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys

import pytest

from npmdesk.errors import KeyringUnavailable, NotRemembered, NpmdeskError, VaultInUse
from npmdesk.records import RecordStore, attachments
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.crash_child import content_hash
from tests.support.crash_harness import die_with_parent
from tests.support.doubles import Crash, FaultyStorage, MemoryKeyring
from tests.support.fault_helpers import (
    ENV,
    FAULTS,
    assert_clear_error,
    chmod_can_stop_writes,
    contents,
    file_size_limit,
    letter,
    make_vault,
    npmdesk_child,
    opened,
    set_modes,
    without_root_file_powers,
)

OTHER = "a second passphrase for field visits"
SEED = int(os.environ.get("NPMDESK_FAULT_SEED", "20261129"))


# ------------------------------------------------------------------------------ disk full


@pytest.mark.parametrize(
    "limit",
    [
        pytest.param(16_000, id="full-before-the-vault-opens"),  # the 32 KiB -shm cannot be made
        pytest.param(36_000, id="full-while-saving-the-record"),
        pytest.param(1_000_000, id="full-while-saving-the-attachment"),
    ],
)
def test_disk_full_is_one_clear_error_and_keeps_every_record(tmp_path, limit):
    """The user sees: 'npmdesk: … the disk is full …' (exit 2); the vault is as it was.

    Not "Unexpected internal error (OperationalError)", and never "The vault is damaged",
    which would send the user to restore a backup of a healthy vault.
    """
    vault = tmp_path / "vault"
    before = make_vault(vault)
    scan = tmp_path / "scan.bin"
    scan.write_bytes(random.Random(SEED).randbytes(4 * 1024 * 1024))  # noqa: S311 - test data
    result = npmdesk_child("add", "communication", "--subject", "Informe de visita", "--attach", scan,
                           "--vault", vault, env=ENV, preexec_fn=file_size_limit(limit))
    line = assert_clear_error(result, 2, "disk")
    assert "damaged" not in line.lower()
    assert result.out == ""
    assert contents(vault) == before


# ------------------------------------------------------------------------- read-only vault

READ_ONLY = {  # (folder mode, file mode, npmdesk.lock mode)
    "folder-and-files": (0o500, 0o400, 0o400),
    "folder-only": (0o500, 0o600, 0o600),  # the files are writable, but -wal and -shm cannot be made
    "files-only": (0o700, 0o400, 0o600),  # the lock can be taken, the database cannot be written
}


@pytest.mark.parametrize("command", ["add", "list"])
@pytest.mark.parametrize("layout", READ_ONLY)
def test_read_only_vault_is_said_clearly_and_changes_nothing(tmp_path, layout, command):
    """The user sees: 'npmdesk: npmdesk cannot write to <vault>: check that the folder exists
    and is writable.' (exit 2). `list` may instead work read-only; either way nothing changes.

    Not "Permission denied: <vault>/npmdesk.lock", not "The vault is damaged", not
    "Unexpected internal error (OperationalError)". Tests run as root here, where chmod does
    not stop writes: the child drops CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH/CAP_FOWNER first.
    """
    assert chmod_can_stop_writes(tmp_path), "cannot make a folder read-only for a child here (root without CAP_SETPCAP)"
    vault = tmp_path / "vault"
    before = make_vault(vault)
    args = ["add", "communication", "--subject", "Nota"] if command == "add" else ["list", "--json"]
    folder_mode, file_mode, lock_mode = READ_ONLY[layout]
    set_modes(vault, folder_mode, file_mode, lock_mode=lock_mode)
    try:
        result = npmdesk_child(*args, "--vault", vault, env=ENV, preexec_fn=without_root_file_powers)
    finally:
        set_modes(vault, 0o700, 0o600)
    if command == "list" and result.status == 0:
        assert sorted(item["id"] for item in json.loads(result.out)) == sorted(before)
    else:
        assert_clear_error(result, 2, "cannot write", str(vault))
    assert contents(vault) == before


# ------------------------------------------------------------- vault folder moved while open


def test_record_saved_after_the_vault_folder_was_moved_away_is_refused(tmp_path):
    """The user sees a clear error naming the folder that went away; the moved vault keeps
    every earlier record and not the refused one. Today the write goes on silently."""
    vault, moved = tmp_path / "vault", tmp_path / "moved"
    before = make_vault(vault)
    with opened(vault) as store:
        vault.rename(moved)
        with pytest.raises(NpmdeskError) as err:
            store.add(letter("Written after the move"))
        assert str(vault) in str(err.value)
    assert contents(moved) == before


def test_passphrase_change_after_the_vault_folder_was_moved_away_is_refused(tmp_path):
    """Today: a raw FileNotFoundError (keyslots.json.tmp). Wanted: the same clear error."""
    vault, moved = tmp_path / "vault", tmp_path / "moved"
    before = make_vault(vault)
    with opened(vault) as store:
        vault.rename(moved)
        with pytest.raises(NpmdeskError):
            store.vault.change_passphrase(Secret.from_passphrase(OTHER), TEST_PARAMS)
    assert contents(moved) == before  # still the old passphrase


def test_record_saved_after_the_vault_folder_was_deleted_is_not_reported_as_saved(tmp_path):
    """Today store.add returns normally into deleted files: the user is told it is saved and
    it is gone at the next lock. Wanted: the clear error, before anything is acknowledged."""
    vault = tmp_path / "vault"
    make_vault(vault)
    with opened(vault) as store:
        shutil.rmtree(vault)
        with pytest.raises(NpmdeskError):
            store.add(letter("Written after the folder was deleted"))


# ------------------------------------------------------------------ keyring locked or gone


def test_keyring_gone_after_remembering_keeps_every_write_and_the_passphrase_works(vault_path):
    """The user sees 'This device has no working keyring … Use your passphrase.'; with the
    passphrase, records, a passphrase change and a key rotation all work; nothing is lost."""
    keyring = MemoryKeyring()
    vault, _ = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), user_name="Ana",
                            argon2=TEST_PARAMS, device_keyring=keyring)
    with vault:
        vault.remember_on_device()
        first = RecordStore(vault).add(letter("Before the keyring went away"))
    keyring.available = False  # locked, or the OS keyring service is gone
    with pytest.raises(KeyringUnavailable) as err:
        Vault.unlock(vault_path, Credential.keyring(), device_keyring=keyring)
    assert "Use your passphrase" in str(err.value)
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring) as vault:
        second = RecordStore(vault).add(letter("While the keyring is away"))
        vault.change_passphrase(Secret.from_passphrase(OTHER), TEST_PARAMS)
        vault.rotate_key(Secret.from_passphrase(OTHER))
        assert not vault.remembered  # the rotated key could not be remembered here
    keyring.available = True
    with pytest.raises(NotRemembered):
        Vault.unlock(vault_path, Credential.keyring(), device_keyring=keyring)
    assert contents(vault_path, OTHER) == {r.id: content_hash(r) for r in (first, second)}


def _keyring_env(tmp_path, backend="file_keyring.FileKeyring"):
    return {
        "PYTHON_KEYRING_BACKEND": backend,
        "NPMDESK_TEST_KEYRING": str(tmp_path / "keyring.json"),
        "PYTHONPATH": os.pathsep.join(p for p in (os.environ.get("PYTHONPATH"), str(FAULTS)) if p),
    }


def _remembered_cli_vault(tmp_path):
    vault = tmp_path / "vault"
    keyring = _keyring_env(tmp_path)
    result = npmdesk_child("init", "--vault", vault, "--user-name", "Ana", "--remember", env={**ENV, **keyring})
    assert result.status == 0 and "remembered" in result.out, result.err
    listed = npmdesk_child("list", "--json", "--vault", vault, env=keyring)  # no passphrase: the keyring
    assert listed.status == 0, listed.err
    added = npmdesk_child("add", "communication", "--subject", "Antes", "--vault", vault, env=ENV)
    assert added.status == 0, added.err
    return vault, added.out.strip()


def _ids(vault):
    return {item["id"] for item in json.loads(npmdesk_child("list", "--json", "--vault", vault, env=ENV).out)}


def test_cli_with_the_keyring_locked(tmp_path):
    """The user sees 'npmdesk: No passphrase given: run in a terminal, or use
    --passphrase-file FILE or the NPMDESK_PASSPHRASE environment variable.' (a terminal
    would be asked for the passphrase); with it, writes and a passphrase change work."""
    vault, first = _remembered_cli_vault(tmp_path)
    keyring = _keyring_env(tmp_path)
    (tmp_path / "keyring.json.locked").touch()
    assert_clear_error(npmdesk_child("list", "--vault", vault, env=keyring), 2, "passphrase")
    added = npmdesk_child("add", "communication", "--subject", "Durante", "--vault", vault, env={**ENV, **keyring})
    assert added.status == 0, added.err
    new_file = tmp_path / "new.txt"
    new_file.write_text(OTHER)
    changed = npmdesk_child("passwd", "--new-passphrase-file", new_file, "--vault", vault, env={**ENV, **keyring})
    assert changed.status == 0, changed.err
    (tmp_path / "keyring.json.locked").unlink()
    listed = npmdesk_child("list", "--json", "--vault", vault, env=keyring)  # remembered still
    assert listed.status == 0, listed.err
    assert {item["id"] for item in json.loads(listed.out)} == {first, added.out.strip()}


def test_cli_with_no_keyring_at_all(tmp_path):
    """With the `keyring` library's fail backend: the passphrase is asked for (one line
    without a terminal), 'remember' says 'This device has no working keyring …', 'forget'
    works, and every record is kept."""
    vault, first = _remembered_cli_vault(tmp_path)
    none = _keyring_env(tmp_path, "keyring.backends.fail.Keyring")
    assert_clear_error(npmdesk_child("list", "--vault", vault, env=none), 2, "passphrase")
    added = npmdesk_child("add", "communication", "--subject", "Sin llavero", "--vault", vault, env={**ENV, **none})
    assert added.status == 0, added.err
    assert_clear_error(npmdesk_child("remember", "--vault", vault, env={**ENV, **none}), 2, "no working keyring")
    forgot = npmdesk_child("forget", "--vault", vault, env={**ENV, **none})
    assert forgot.status == 0, forgot.err
    assert _ids(vault) == {first, added.out.strip()}


# -------------------------------------------------------------------- a second npmdesk


def test_second_npmdesk_is_told_the_vault_is_in_use_and_a_killed_holder_frees_it(tmp_path):
    """The user sees 'npmdesk: This vault is already open in another npmdesk window or
    command. Close it there first.' (exit 2), and no file changes; when the first process
    dies (even by SIGKILL) the vault opens again with everything it saved."""
    vault = tmp_path / "vault"
    before = make_vault(vault)
    holder = subprocess.Popen([sys.executable, str(FAULTS / "crash_child.py"), str(vault), "hold", "1", "0"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              preexec_fn=die_with_parent)
    try:
        assert holder.stdout is not None
        acks = []
        while len(acks) < 3:
            line = holder.stdout.readline()
            assert line, holder.stderr.read() if holder.stderr else ""
            if b'"ack"' in line:
                acks.append(json.loads(line))
        files = {p.name: p.read_bytes() for p in vault.iterdir()}
        result = npmdesk_child("add", "communication", "--subject", "Segundo", "--vault", vault, env=ENV)
        assert_clear_error(result, 2, "already open")
        with pytest.raises(VaultInUse):
            Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())
        assert {p.name: p.read_bytes() for p in vault.iterdir()} == files
    finally:
        holder.kill()
        holder.wait()
        for stream in (holder.stdin, holder.stdout, holder.stderr):
            if stream is not None:
                stream.close()
    after = npmdesk_child("add", "communication", "--subject", "Tercero", "--vault", vault, env=ENV)
    assert after.status == 0, after.err
    stored = contents(vault)
    assert {a["id"]: a["hash"] for a in acks}.items() <= stored.items()
    assert before.items() <= stored.items() and after.out.strip() in stored


# ------------------------------------------------------------------ damaged page in the DB


def _page_that_holds_records(vault, scratch):
    """A page near the middle of vault.db whose damage lets the vault open but breaks the list."""
    pages = (vault / "vault.db").stat().st_size // 4096
    for page in sorted(range(2, pages - 1), key=lambda p: abs(p - pages // 2))[:60]:
        probe = scratch / f"probe-{page}"
        shutil.copytree(vault, probe)
        _flip(probe / "vault.db", page)
        try:
            with opened(probe) as store:
                try:
                    store.list()
                except Exception:  # noqa: BLE001 - whatever reading fails with: this page holds records
                    return page
        except NpmdeskError:
            pass  # the damage stops the unlock itself: not the case under test
        finally:
            shutil.rmtree(probe)
    pytest.fail("no page in the middle of the vault holds the record list")


def _flip(path, page, offset=2000):
    with open(path, "r+b") as f:
        f.seek(page * 4096 + offset)
        byte = f.read(1)
        f.seek(page * 4096 + offset)
        f.write(bytes([byte[0] ^ 0x10]))


def test_damaged_page_in_the_middle_is_reported_by_check_and_by_reads(tmp_path):
    """`check` prints '- HMAC verification failed for page N' and 'npmdesk: The vault is
    damaged (1 problem found). Restore your latest backup …' (exit 1). Reading the records
    should say 'The vault is damaged …' too (exit 1); today `list` says 'Unexpected internal
    error (DatabaseError)' (exit 2)."""
    vault = tmp_path / "vault"
    make_vault(vault, count=150, body="Observaciones de la visita al centro. " * 70)
    page = _page_that_holds_records(vault, tmp_path)
    _flip(vault / "vault.db", page)
    checked = npmdesk_child("check", "--vault", vault, env=ENV)
    assert_clear_error(checked, 1, "damaged", "restore")
    assert f"page {page + 1}" in checked.out
    assert_clear_error(npmdesk_child("list", "--json", "--vault", vault, env=ENV), 1, "damaged")


# --------------------------------------------------------------------------- truncated WAL


def test_truncated_wal_keeps_every_transaction_committed_before_the_cut(tmp_path):
    """A copy of an open vault whose -wal is cut at any offset opens, passes both checks and
    holds exactly the transactions whose commit frame is wholly before the cut."""
    rng = random.Random(SEED)  # noqa: S311 - test data, not secrets
    vault = tmp_path / "vault"
    make_vault(vault, count=0)
    commits: list[tuple[int, str, str]] = []  # (WAL size after the commit, what, its id)
    hashes: dict[str, str] = {}
    with opened(vault) as store:
        wal = vault / "vault.db-wal"
        for n in range(24):
            record = store.add(letter(f"Registro {n}", body="palabra " * rng.randint(0, 900)))
            hashes[record.id] = content_hash(record)
            commits.append((wal.stat().st_size, "record", record.id))
            if n in (8, 17):
                data = rng.randbytes(rng.randint(200_000, 400_000))
                info = attachments.add(store, record.id, f"scan{n}.bin", io.BytesIO(data))
                commits.append((wal.stat().st_size, "attachment", info.id))
        sizes = [end for end, _, _ in commits]
        assert sizes == sorted(set(sizes)), "the WAL was reset: the test needs one growing WAL"
        copy = tmp_path / "copy"
        copy.mkdir(mode=0o700)
        for name in ("vault.db", "vault.db-wal", "keyslots.json"):
            shutil.copy2(vault / name, copy / name)
        shutil.copytree(vault / "attachments", copy / "attachments")  # files of rows lost with the cut: orphans
    total = sizes[-1]
    cuts = {0, 31, 32, 33, total} | {rng.randrange(total) for _ in range(20)}
    for end in sizes:
        cuts |= {end - 1, end}  # the last byte of a commit frame missing, or just there
    for end in sizes[::5]:
        cuts |= {end + 24, end + 1000}  # the next frame's header only, or part of its page
    for cut in sorted(c for c in cuts if 0 <= c <= total):
        folder = tmp_path / f"cut-{cut}"
        shutil.copytree(copy, folder)
        with open(folder / "vault.db-wal", "r+b") as f:
            f.truncate(cut)
        kept = {what_id for end, _, what_id in commits if end <= cut}
        with opened(folder) as store:
            report = store.vault.check()
            assert report.healthy, (cut, report.problems)
            records = {row[0] for row in store.db.execute("SELECT id FROM record")}
            assert records == {rid for rid in hashes if rid in kept}, f"cut at {cut} of {total}"
            assert all(content_hash(store.get(rid)) == hashes[rid] for rid in records)
            present = {row[0] for row in store.db.execute("SELECT id FROM attachment")}
            assert present == {i for end, what, i in commits if what == "attachment" and end <= cut}
            assert all(attachments.verify(store, i) for i in present)
        shutil.rmtree(folder)


# ------------------------------------------------------- stray key-slot copies after a crash


@pytest.mark.parametrize("step", ["write-temp", "fsync-temp", "rename"])
@pytest.mark.parametrize("change", ["passphrase", "rotation"])
def test_key_change_crashed_while_writing_leaves_no_key_slot_copy_after_unlock(vault_path, change, step):
    """A crash while a key-slot file is written leaves `<name>.tmp` (a copy of key slots).
    The next unlock must remove it: today it removes keyslots.json.tmp but leaves
    keyslots.next.json.tmp (a rotation's) in the folder for ever."""
    make_vault(vault_path, count=1)
    storage = FaultyStorage(step, crash=True)
    vault = Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), storage=storage,
                         device_keyring=MemoryKeyring())
    with pytest.raises(Crash):
        if change == "passphrase":
            vault.change_passphrase(Secret.from_passphrase(OTHER), TEST_PARAMS)
        else:
            vault.rotate_key(Secret.from_passphrase(PASSPHRASE))
    vault.close()  # touches only the database, as the process's death would
    assert any(p.name.endswith(".tmp") for p in vault_path.iterdir())
    Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()).close()
    assert sorted(p.name for p in vault_path.iterdir() if p.name.endswith(".tmp")) == []
