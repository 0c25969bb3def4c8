"""The vault: a folder holding a SQLCipher database and the key slots that open it.

    <vault>/vault.db            SQLCipher database (+ vault.db-wal, vault.db-shm)
    <vault>/keyslots.json       the key-slot file (see keyslots.py)
    <vault>/keyslots.next.json  only while a key rotation is under way
    <vault>/npmdesk.lock        held by the one process that has the vault open
    <vault>/attachments/        the attachments' bytes, one sealed file each (attachment_files.py)

Promises:
- a failed unlock (wrong passphrase, damaged file, newer format, vault in use) changes no
  file;
- the key-slot file is only ever replaced atomically, so after a crash at any moment the
  old or the new passphrase opens the vault;
- a key rotation interrupted at any point is finished or rolled back at the next unlock;
- the user is never left without a recovery code they know: a new code (from a rotation, or
  `new_recovery_code`) is written beside the old one, which keeps opening the vault until the
  new one has been shown (`show`, or `confirm_recovery_code()`); an unlock that finds a code
  not yet shown says so (`recovery_code_pending`) and never calls that damage;
- every file is created owner-only (0600, folder 0700).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from npmdesk import __version__
from npmdesk.errors import (
    DamagedVault,
    DiskFull,
    KeyringUnavailable,
    NotAVault,
    NotRemembered,
    ReadOnlyForNow,
    VaultExists,
    VaultFolderUnwritable,
    VaultLocked,
    VaultMoved,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from npmdesk.vault import attachment_files, database, kdf, keyslots, migrations, recovery
from npmdesk.vault.database import Connection, IntegrityReport
from npmdesk.vault.destroy import destroy as erase
from npmdesk.vault.device_keyring import DeviceKeyring, SystemKeyring
from npmdesk.vault.files import DB_NAME, NEXT_SLOTS_NAME, SLOTS_NAME, VAULT_FILES
from npmdesk.vault.keyslots import SlotFile, UnwrapFailed
from npmdesk.vault.lockfile import VaultLock
from npmdesk.vault.secret import Secret
from npmdesk.vault.session import JobSession, OpenConnection, exchange_keys
from npmdesk.vault.storage import Storage

MIN_PASSPHRASE_CHARS = 10


@dataclass(frozen=True)
class Credential:
    """How the user unlocks: `kind` is 'passphrase', 'recovery' or 'keyring'."""

    kind: str
    secret: Secret | None = None

    @classmethod
    def passphrase(cls, text: str) -> Credential:
        return cls("passphrase", Secret.from_passphrase(text))

    @classmethod
    def recovery_code(cls, typed: str) -> Credential:
        """MistypedRecoveryCode at once if the code's checksum is wrong."""
        return cls("recovery", recovery.normalise(typed))

    @classmethod
    def keyring(cls) -> Credential:
        return cls("keyring")

    def wipe(self) -> None:
        if self.secret is not None:
            self.secret.wipe()


@dataclass(frozen=True)
class SecurityEvent:
    at: str
    kind: str
    method: str | None


def require_strong(passphrase: Secret) -> None:
    """WeakPassphrase unless the passphrase has at least MIN_PASSPHRASE_CHARS characters."""
    chars = sum(1 for b in passphrase.buffer if b & 0xC0 != 0x80)
    if chars < MIN_PASSPHRASE_CHARS:
        raise WeakPassphrase()


def is_vault(folder: Path) -> bool:
    """True if `folder` looks like a vault (it has a key-slot file)."""
    return (folder / SLOTS_NAME).is_file()


# The vault's exchange keys (see npmdesk/exchange/identity.py): 32 random bytes each, in vault_meta.
def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Vault(OpenConnection):
    """An unlocked vault. Use `Vault.create` or `Vault.unlock`; `close()` locks it again."""

    def __init__(
        self,
        folder: Path,
        db: Connection,
        key: Secret,
        slots: SlotFile,
        lock: VaultLock,
        storage: Storage,
        device_keyring: DeviceKeyring,
    ) -> None:
        self.folder = folder
        self._db: Connection | None = db
        self._key = key
        self._slots = slots
        self._lock = lock
        self._storage = storage
        self._keyring = device_keyring
        self.unlocked_with = "created"
        self.used_previous_code = False  # unlocked with the code from before an unshown change
        st = (folder / DB_NAME).stat()
        self._identity = (st.st_dev, st.st_ino)

    def ensure_in_place(self) -> None:
        """VaultMoved if the vault's folder is no longer where it was opened."""
        try:
            st = (self.folder / DB_NAME).stat()
        except OSError:
            raise VaultMoved(self.folder) from None
        if (st.st_dev, st.st_ino) != self._identity:
            raise VaultMoved(self.folder)

    # ----------------------------------------------------------------- creating and opening

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: Secret,
        *,
        npm_name: str = "",
        user_name: str = "",
        argon2: kdf.Argon2Params | None = None,
        storage: Storage | None = None,
        device_keyring: DeviceKeyring | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault in `folder` (which must not exist, or be empty).

        Returns the open vault and the recovery code, to be shown to the user once.
        """
        require_strong(passphrase)
        storage = storage or Storage()
        folder = Path(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise VaultExists(folder)
        params = argon2 or kdf.calibrate()
        created_folder = not folder.exists()
        db: Connection | None = None
        try:
            if created_folder:
                storage.make_private_dir(folder)
            storage.create_private_file(folder / DB_NAME)
            lock = VaultLock(folder)
        except OSError:
            if created_folder:
                with contextlib.suppress(OSError):
                    (folder / DB_NAME).unlink()
                    folder.rmdir()
            raise VaultFolderUnwritable(folder) from None
        key = Secret.random(keyslots.VAULT_KEY_BYTES)
        code = recovery.generate()
        try:
            with Secret.random(16) as raw_id:
                vault_id = bytes(raw_id.buffer).hex()
            db = database.connect(folder / DB_NAME, key, create=True)
            migrations.migrate(db)
            now = _now()
            meta = {
                "vault_id": vault_id,
                "npm_name": npm_name,
                "user_name": user_name,
                "created_at": now,
                "created_by_version": __version__,
                **exchange_keys(),
            }
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT INTO vault_meta(key, value) VALUES (?, ?)", meta.items())
            db.execute("INSERT INTO security_event(at, kind) VALUES (?, 'created')", (now,))
            db.execute("COMMIT")
            with recovery.normalise(code) as code_secret:
                slots = SlotFile(
                    vault_id,
                    [
                        keyslots.make_slot(vault_id, "passphrase", key, passphrase, params),
                        keyslots.make_slot(vault_id, "recovery", key, code_secret),
                    ],
                )
            storage.replace_atomically(folder / SLOTS_NAME, slots.to_bytes())
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            key.wipe()
            for name in VAULT_FILES:
                storage.remove(folder / name)
            if created_folder:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise
        vault = cls(folder, db, key, slots, lock, storage, device_keyring or SystemKeyring())
        return vault, code

    @classmethod
    def unlock(
        cls,
        folder: Path,
        credential: Credential,
        *,
        storage: Storage | None = None,
        device_keyring: DeviceKeyring | None = None,
    ) -> Vault:
        """Open the vault at `folder` with a passphrase, recovery code or the device keyring.

        Raises VaultNotFound, NotAVault, VaultInUse, WrongPassphrase, WrongRecoveryCode,
        NotRemembered, KeyringUnavailable, DamagedVault or NewerVaultFormat; none of them
        leaves any file changed.
        """
        storage = storage or Storage()
        device_keyring = device_keyring or SystemKeyring()
        folder = Path(folder)
        if not folder.exists():
            raise VaultNotFound(folder)
        if not folder.is_dir():
            raise NotAVault(folder)
        if not is_vault(folder):
            if (folder / DB_NAME).exists():
                raise DamagedVault()
            raise NotAVault(folder)
        candidates = [_read_slots(storage, folder / SLOTS_NAME, folder)]
        if (folder / NEXT_SLOTS_NAME).is_file():
            with contextlib.suppress(NotAVault, DamagedVault):
                candidates.append(_read_slots(storage, folder / NEXT_SLOTS_NAME, folder))
        if not os.access(folder, os.W_OK) or any(not os.access(p, os.W_OK) for p in vault_files(folder)) or (
                attachment_files.folder_of(folder).is_dir()
                and not os.access(attachment_files.folder_of(folder), os.W_OK)):
            raise VaultFolderUnwritable(folder)
        lock = VaultLock(folder)
        try:
            return cls._open_first(folder, credential, candidates, lock, storage, device_keyring)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_first(
        cls,
        folder: Path,
        credential: Credential,
        candidates: list[SlotFile],
        lock: VaultLock,
        storage: Storage,
        device_keyring: DeviceKeyring,
    ) -> Vault:
        """Try each key-slot file in turn (current, then a pending rotation's)."""
        unwrapped_any = False
        for index, slots in enumerate(candidates):
            try:
                key, previous_code = _unwrap(slots, credential, device_keyring)
            except (UnwrapFailed, NotRemembered):
                continue
            unwrapped_any = True
            try:
                db = database.connect(folder / DB_NAME, key, full_disk_fallback=True)
            except DamagedVault:
                key.wipe()
                continue
            try:
                migrations.pending(db)  # NewerVaultFormat before anything is written
                migrations.migrate(db)
            except BaseException:
                db.close()
                key.wipe()
                raise
            vault = cls(folder, db, key, slots, lock, storage, device_keyring)
            vault.unlocked_with = credential.kind
            vault.used_previous_code = previous_code
            try:
                vault._settle_rotation(finished=index == 1, others=candidates)
                if not database.reading_only(db):  # on a full disk nothing is written at open
                    with contextlib.suppress(DiskFull):
                        vault._record("recovery-used" if credential.kind == "recovery" else "unlocked",
                                      credential.kind)
                storage.remove(folder / (SLOTS_NAME + ".tmp"))
                storage.remove(folder / (NEXT_SLOTS_NAME + ".tmp"))
                with contextlib.suppress(OSError, database.DatabaseError):  # a file it cannot judge stays
                    attachment_files.sweep(db, folder)  # what a kill left: under the lock, no one else writes
            except BaseException:
                db.close()
                key.wipe()
                raise
            return vault
        if unwrapped_any:
            raise DamagedVault()
        if credential.kind == "passphrase":
            raise WrongPassphrase()
        if credential.kind == "recovery":
            raise WrongRecoveryCode()
        raise NotRemembered()

    def _settle_rotation(self, *, finished: bool, others: list[SlotFile]) -> None:
        """After an interrupted rotation: promote the new slot file or drop it."""
        if len(others) < 2:
            return
        if finished:
            self._storage.rename(self.folder / NEXT_SLOTS_NAME, self.folder / SLOTS_NAME)
            stale = others[0]
        else:
            self._storage.remove(self.folder / NEXT_SLOTS_NAME)
            stale = others[1]
        _forget_keyring_entry(self._keyring, stale, keep=self._slots)

    # ------------------------------------------------------------------------ open vault

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def recovery_code_pending(self) -> bool:
        """True if a new recovery code was made but not confirmed as shown: the previous code
        still opens the vault. Tell the user, and offer a new code (`new_recovery_code`)."""
        return bool(self._slots.previous)

    @property
    def remembered(self) -> bool:
        """True if this vault has a 'remember on this device' slot."""
        return self._slots.slot("keyring") is not None

    def second_connection(self) -> Connection:
        """Another connection to this open vault, for work on another thread (a backup, an
        attachment or exchange job): WAL lets this one go on reading meanwhile. The caller closes it."""
        if self._db is None:
            raise VaultLocked()
        if database.reading_only(self._db):
            raise ReadOnlyForNow()
        with Secret(self._key.buffer) as key:
            return database.connect(self.folder / DB_NAME, key)

    def job_session(self, stop: threading.Event | None) -> JobSession:
        """A session of its own for one job on another thread (session.py): its statements are
        interrupted once `stop` is set (never, with None). VaultLocked or ReadOnlyForNow as
        `second_connection`; the caller closes it."""
        return JobSession(self.second_connection(), self.folder, self.ensure_in_place, self.job_session, stop)

    def security_events(self, limit: int = 20) -> list[SecurityEvent]:
        """The most recent unlocks and key changes, newest first."""
        rows = self.db.execute(
            "SELECT at, kind, method FROM security_event ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [SecurityEvent(*row) for row in rows]

    def check(self) -> IntegrityReport:
        """SQLCipher's page authentication plus SQLite's integrity check, then every attachment
        file read and authenticated (a missing or damaged one is a line of its own)."""
        report = database.integrity_check(self.db)
        try:
            files = attachment_files.check(self.db, self.folder)
        except database.DatabaseError as exc:  # the database itself is damaged: its checks said so
            files = [] if not report.healthy else [f"integrity check stopped: {exc}"]
        return replace(report, attachment_problems=files)

    def close(self) -> None:
        """Lock: close the database, wipe the key, release the lock. Idempotent."""
        if self._db is not None:
            db, self._db = self._db, None
            with contextlib.suppress(database.DatabaseError):
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
        self._key.wipe()
        self._lock.release()

    def destroy(self) -> None:
        """Emergency erase (see destroy.py): the key slots go first, then this vault is
        locked, then every file and the keyring entry. Raises like `destroy.destroy`."""
        try:
            erase(self.folder, self._keyring, after_keys=self.close)
        finally:
            self.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------------- key changes

    def verify(self, credential: Credential) -> None:
        """Prove the user knows a way in (before a change of passphrase in the window): raises
        WrongPassphrase, WrongRecoveryCode or NotRemembered unless `credential` opens this vault
        (a recovery code not yet replaced counts, as at unlock). Changes nothing."""
        try:
            key, _previous = _unwrap(self._slots, credential, self._keyring)
        except (UnwrapFailed, NotRemembered):
            if credential.kind == "recovery":
                raise WrongRecoveryCode() from None
            if credential.kind == "passphrase":
                raise WrongPassphrase() from None
            raise NotRemembered() from None
        key.wipe()

    def change_passphrase(self, new: Secret, argon2: kdf.Argon2Params | None = None) -> None:
        """Rewrap the vault key under a new passphrase (the data is not re-encrypted).

        Safe to run on another thread while the window may lock: it wraps its own copy of the
        key and writes nothing (VaultLocked) if the vault was closed meanwhile."""
        require_strong(new)
        params = argon2 or kdf.calibrate()
        if self._db is None:
            raise VaultLocked()
        with Secret(self._key.buffer) as key:
            if self._db is None:  # closed while copying: the copy may be wiped
                raise VaultLocked()
            slot = keyslots.make_slot(self.vault_id, "passphrase", key, new, params)
        if self._db is None:
            raise VaultLocked()
        self._write_slots(self._slots.replacing(slot))
        self._record("passphrase-changed", None)

    def new_recovery_code(self, show: Callable[[str], None] | None = None, *, confirm: bool = True) -> str:
        """Replace the recovery code; returns the new one.

        The new code is written beside the old one, `show(code)` is called, and only then
        (with `confirm`) does the old code stop working: a crash before that leaves the old
        code working, never no code the user knows. With `confirm=False` the caller calls
        `confirm_recovery_code()` once the user has seen the code.
        """
        code = recovery.generate()
        with recovery.normalise(code) as secret:
            slot = keyslots.make_slot(self.vault_id, "recovery", self._key, secret)
        self._write_slots(self._slots.replacing(slot).with_previous(self._previous_for(None)))
        self._record("recovery-code-replaced", None)
        self._shown(code, show, confirm)
        return code

    def confirm_recovery_code(self) -> None:
        """The new recovery code has been shown: the previous one stops working now."""
        if self._slots.previous:
            self._write_slots(self._slots.without_previous())

    def _previous_for(self, new_key: Secret | None) -> tuple[keyslots.Previous, ...]:
        """What keeps every code the user may know working across a change (to `new_key`, in a
        rotation): the earlier unconfirmed ones, and the current one (it may have been shown)."""
        current = self._slots.slot("recovery")
        earlier = [*self._slots.previous, *([keyslots.Previous(current)] if current is not None else [])]
        if new_key is None:
            return tuple(earlier)
        return tuple(
            keyslots.Previous(p.recovery, (*p.bridges, keyslots.make_bridge(
                self.vault_id, p.recovery, len(p.bridges), self._key, new_key)))
            for p in earlier if len(p.bridges) < keyslots.MAX_BRIDGES
        )

    def _shown(self, code: str, show: Callable[[str], None] | None, confirm: bool) -> None:
        if show is not None:
            show(code)
        if confirm:
            self.confirm_recovery_code()

    def remember_on_device(self) -> None:
        """Add a keyring slot; KeyringUnavailable (and nothing changed) without a keyring."""
        old = self._slots
        with Secret.random(32) as device_secret:
            slot = keyslots.make_slot(self.vault_id, "keyring", self._key, device_secret)
            self._keyring.set(keyslots.keyring_entry(self.vault_id, slot), device_secret)
        new = old.replacing(slot)
        try:
            self._write_slots(new)
        except BaseException:
            with contextlib.suppress(KeyringUnavailable):
                self._keyring.delete(keyslots.keyring_entry(self.vault_id, slot))
            raise
        _forget_keyring_entry(self._keyring, old, keep=new)
        self._record("remembered", None)

    def forget_on_device(self) -> None:
        """Remove the keyring slot, then the keyring entry (if the keyring answers)."""
        old = self._slots
        if old.slot("keyring") is None:
            return
        self._write_slots(old.without("keyring"))
        _forget_keyring_entry(self._keyring, old, keep=self._slots)
        self._record("forgotten", None)

    def rotate_key(self, passphrase: Secret, show: Callable[[str], None] | None = None, *,
                   confirm: bool = True) -> str:
        """Re-encrypt the whole vault under a new random key; returns the new recovery code.

        `passphrase` must be the current one (WrongPassphrase otherwise). Every slot is
        remade, and a remembered device is remembered again under a new keyring entry.
        Crash-safe: the new slot file is written beside the old one before `PRAGMA rekey`,
        and promoted after it. The old recovery code keeps opening the vault (its slot and a
        bridge from the old key to the new one stay in the file) until `show(code)` has
        returned; then (with `confirm`) it stops working. A kill anywhere leaves a code the
        user knows working; see `new_recovery_code` for `confirm=False`.
        """
        current = self._slots.slot("passphrase")
        if current is None or current.argon2 is None:
            raise DamagedVault()
        try:
            keyslots.unwrap(self.vault_id, current, passphrase).wipe()
        except UnwrapFailed:
            raise WrongPassphrase() from None
        new_key = Secret.random(keyslots.VAULT_KEY_BYTES)
        code = recovery.generate()
        slots = [keyslots.make_slot(self.vault_id, "passphrase", new_key, passphrase, current.argon2)]
        with recovery.normalise(code) as code_secret:
            slots.append(keyslots.make_slot(self.vault_id, "recovery", new_key, code_secret))
        next_path = self.folder / NEXT_SLOTS_NAME
        if self.remembered:
            with Secret.random(32) as device_secret:
                slot = keyslots.make_slot(self.vault_id, "keyring", new_key, device_secret)
                try:
                    self._keyring.set(keyslots.keyring_entry(self.vault_id, slot), device_secret)
                    slots.append(slot)
                except KeyringUnavailable:
                    pass  # the rotated vault is simply no longer remembered here
        new = SlotFile(self.vault_id, slots, self._previous_for(new_key))
        try:
            self._storage.replace_atomically(next_path, new.to_bytes())
            self._storage.step("rekey")
            database.rekey(self.db, new_key)
            # Move the re-encrypted pages from the WAL into the database file now: until then
            # the file itself still holds pages under the old key.
            with contextlib.suppress(database.DatabaseError):
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except BaseException:
            self._storage.remove(next_path)
            _forget_keyring_entry(self._keyring, new, keep=self._slots)
            new_key.wipe()
            raise
        old = self._slots
        self._key.wipe()
        self._key, self._slots = new_key, new
        # From here the database needs the new key; an interruption is finished at next unlock.
        self._storage.step("promote")
        self._storage.rename(next_path, self.folder / SLOTS_NAME)
        _forget_keyring_entry(self._keyring, old, keep=new)
        self._record("key-rotated", None)
        self._shown(code, show, confirm)
        return code

    # --------------------------------------------------------------------------- helpers

    def _write_slots(self, new: SlotFile) -> None:
        self.ensure_in_place()
        self._storage.replace_atomically(self.folder / SLOTS_NAME, new.to_bytes())
        self._slots = new

    def _record(self, kind: str, method: str | None) -> None:
        try:
            self.db.execute(
                "INSERT INTO security_event(at, kind, method) VALUES (?, ?, ?)", (_now(), kind, method)
            )
        except database.DatabaseError as exc:
            raise database.user_error(exc, self.folder) or exc from None


def _read_slots(storage: Storage, path: Path, folder: Path) -> SlotFile:
    try:
        data = storage.read_small(path, keyslots.MAX_FILE_BYTES)
    except ValueError:
        raise DamagedVault() from None
    except OSError:
        raise NotAVault(folder) from None
    return keyslots.parse(data, where=folder)


def _unwrap(slots: SlotFile, credential: Credential, device_keyring: DeviceKeyring) -> tuple[Secret, bool]:
    """The vault key, and whether it came from the previous (not yet replaced) recovery code."""
    if credential.kind == "recovery" and credential.secret is not None and slots.previous:
        try:
            return _unwrap_slot(slots, credential, device_keyring), False
        except UnwrapFailed:
            return keyslots.unwrap_previous(slots.vault_id, slots.previous, credential.secret), True
    return _unwrap_slot(slots, credential, device_keyring), False


def _unwrap_slot(slots: SlotFile, credential: Credential, device_keyring: DeviceKeyring) -> Secret:
    slot = slots.slot(credential.kind)
    if slot is None:
        if credential.kind == "keyring":
            raise NotRemembered()
        raise UnwrapFailed()
    if credential.kind == "keyring":
        secret = device_keyring.get(keyslots.keyring_entry(slots.vault_id, slot))
        if secret is None:
            raise NotRemembered()
        with secret:
            return keyslots.unwrap(slots.vault_id, slot, secret)
    if credential.secret is None:
        raise UnwrapFailed()
    return keyslots.unwrap(slots.vault_id, slot, credential.secret)


def _forget_keyring_entry(device_keyring: DeviceKeyring, old: SlotFile, *, keep: SlotFile) -> None:
    """Delete `old`'s keyring entry unless `keep` still uses it; a silent keyring is fine."""
    slot = old.slot("keyring")
    kept = keep.slot("keyring")
    if slot is None or (kept is not None and kept.id == slot.id):
        return
    with contextlib.suppress(KeyringUnavailable):
        device_keyring.delete(keyslots.keyring_entry(old.vault_id, slot))


def vault_files(folder: Path) -> Iterator[Path]:
    """The vault's own files that exist now (for audits and emergency erase)."""
    for name in VAULT_FILES:
        path = folder / name
        if path.exists():
            yield path
