"""The key-slot file: the vault key wrapped under each way of unlocking.

Format (`keyslots.json`, version 1), UTF-8 JSON:

    {"format": "npmdesk-keyslots", "version": 1, "vault_id": "<32 hex>",
     "slots": [<slot>, ...]}

Every slot has `id` (16 hex), `type`, `salt`, `nonce` and `wrapped` (base64). `wrapped` is
AES-256-GCM(kek, nonce, vault key), with the slot's public fields bound as associated data,
so no parameter can be changed without the unwrap failing. The key-encryption key (kek):

- `passphrase`: Argon2id(NFC UTF-8 passphrase, salt, `iterations`, `lanes`, `memory_kib`);
- `recovery`: HKDF-SHA256(the 140-bit recovery code, salt) (the code is random, so a slow
  KDF adds nothing);
- `keyring`: HKDF-SHA256(32 random bytes kept in the OS keyring under the entry
  "<vault_id>:<slot id>", salt).

Exactly one passphrase slot; at most one recovery and one keyring slot. Anything else is a
damaged file; a version above 1 is a newer vault format.

While a new recovery code has not yet been confirmed as shown to the user (a rotation or a
change of code interrupted by a kill between writing it and showing it), the file also holds
`"previous_recovery": [{"slot": <an earlier recovery slot>, "bridges": [{"nonce", "wrapped"}, …]}, …]`:
every code the user may know still opens the vault. An earlier slot gives the key of its
time; each bridge is AES-256-GCM(HKDF-SHA256(that key), nonce, the next vault key), so key
rotations are bridged from the old key to the current one. `SlotFile.without_previous()` drops
them once the new code has been shown; until then the old key still leads to the new one (see
Vault.rotate_key).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from npmdesk import strict_json
from npmdesk.errors import DamagedVault, NewerVaultFormat, NotAVault
from npmdesk.vault import kdf
from npmdesk.vault.secret import Secret

FORMAT = "npmdesk-keyslots"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024
VAULT_KEY_BYTES = 32
NONCE_BYTES = 12
SLOT_TYPES = ("passphrase", "recovery", "keyring")
PREVIOUS = "previous_recovery"
MAX_PREVIOUS = 8
MAX_BRIDGES = 16


class UnwrapFailed(Exception):
    """The credential does not open this slot (internal; mapped to a user error by the caller)."""


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the vault key."""

    id: str
    type: str
    salt: bytes
    nonce: bytes
    wrapped: bytes
    argon2: kdf.Argon2Params | None = None

    def public_fields(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"id": self.id, "type": self.type, "salt": _b64(self.salt)}
        if self.argon2 is not None:
            fields.update(
                kdf="argon2id",
                iterations=self.argon2.iterations,
                lanes=self.argon2.lanes,
                memory_kib=self.argon2.memory_kib,
            )
        else:
            fields["kdf"] = "hkdf-sha256"
        return fields

    def to_json(self) -> dict[str, Any]:
        return {**self.public_fields(), "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


@dataclass(frozen=True)
class Bridge:
    """The next vault key, wrapped under a key derived from the one before it."""

    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


@dataclass(frozen=True)
class Previous:
    """The recovery code in force before a change the user has not yet been shown."""

    recovery: Slot
    bridges: tuple[Bridge, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"slot": self.recovery.to_json(), "bridges": [b.to_json() for b in self.bridges]}


@dataclass
class SlotFile:
    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    previous: tuple[Previous, ...] = ()

    def slot(self, type_: str) -> Slot | None:
        return next((s for s in self.slots if s.type == type_), None)

    def replacing(self, new: Slot) -> SlotFile:
        """A copy with `new` instead of any slot of the same type."""
        kept = [s for s in self.slots if s.type != new.type]
        return SlotFile(self.vault_id, sorted([*kept, new], key=lambda s: SLOT_TYPES.index(s.type)), self.previous)

    def without(self, type_: str) -> SlotFile:
        return SlotFile(self.vault_id, [s for s in self.slots if s.type != type_], self.previous)

    def with_previous(self, previous: tuple[Previous, ...]) -> SlotFile:
        return SlotFile(self.vault_id, list(self.slots), previous[-MAX_PREVIOUS:])

    def without_previous(self) -> SlotFile:
        return self.with_previous(())

    def to_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.previous:
            doc[PREVIOUS] = [p.to_json() for p in self.previous]
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8") + b"\n"


def keyring_entry(vault_id: str, slot: Slot) -> str:
    """The name of the OS keyring entry that holds a keyring slot's secret."""
    return f"{vault_id}:{slot.id}"


def new_slot_id() -> str:
    with Secret.random(8) as raw:
        return bytes(raw.buffer).hex()


def kek_for(slot: Slot, credential: Secret) -> Secret:
    """The key-encryption key a credential gives for this slot."""
    if slot.argon2 is not None:
        return kdf.derive(credential, slot.salt, slot.argon2)
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=VAULT_KEY_BYTES,
        salt=slot.salt,
        info=b"npmdesk keyslot " + slot.type.encode("ascii"),
    )
    return Secret(hkdf.derive(bytes(credential.buffer)))


def make_slot(
    vault_id: str,
    type_: str,
    vault_key: Secret,
    credential: Secret,
    argon2: kdf.Argon2Params | None = None,
) -> Slot:
    """Wrap `vault_key` under `credential` in a new slot of `type_`."""
    with Secret.random(kdf.SALT_LENGTH) as salt, Secret.random(NONCE_BYTES) as nonce:
        draft = Slot(
            id=new_slot_id(),
            type=type_,
            salt=bytes(salt.buffer),
            nonce=bytes(nonce.buffer),
            wrapped=b"",
            argon2=argon2 if type_ == "passphrase" else None,
        )
    with kek_for(draft, credential) as kek:
        wrapped = AESGCM(kek.buffer).encrypt(draft.nonce, vault_key.buffer, _aad(vault_id, draft))
    return Slot(draft.id, draft.type, draft.salt, draft.nonce, wrapped, draft.argon2)


def unwrap(vault_id: str, slot: Slot, credential: Secret) -> Secret:
    """The vault key from `slot`; UnwrapFailed if the credential is not the right one."""
    with kek_for(slot, credential) as kek:
        try:
            key = AESGCM(kek.buffer).decrypt(slot.nonce, slot.wrapped, _aad(vault_id, slot))
        except InvalidTag:
            raise UnwrapFailed() from None
    return Secret(key)


def make_bridge(vault_id: str, previous: Slot, index: int, older: Secret, newer: Secret) -> Bridge:
    """Wrap the `newer` vault key under the `older` one (the `index`-th step after `previous`)."""
    with Secret.random(NONCE_BYTES) as nonce_secret:
        nonce = bytes(nonce_secret.buffer)
    with _bridge_key(older) as kek:
        wrapped = AESGCM(kek.buffer).encrypt(nonce, newer.buffer, _bridge_aad(vault_id, previous, index))
    return Bridge(nonce, wrapped)


def unwrap_previous(vault_id: str, previous: tuple[Previous, ...], code: Secret) -> Secret:
    """The current vault key from an earlier recovery code; UnwrapFailed if it is none of them."""
    for earlier in previous:
        with contextlib.suppress(UnwrapFailed):
            return _unwrap_earlier(vault_id, earlier, code)
    raise UnwrapFailed()


def _unwrap_earlier(vault_id: str, previous: Previous, code: Secret) -> Secret:
    key = unwrap(vault_id, previous.recovery, code)
    for index, bridge in enumerate(previous.bridges):
        try:
            with key, _bridge_key(key) as kek:
                plain = AESGCM(kek.buffer).decrypt(bridge.nonce, bridge.wrapped,
                                                   _bridge_aad(vault_id, previous.recovery, index))
        except InvalidTag:
            raise UnwrapFailed() from None
        key = Secret(plain)
    return key


def _bridge_key(vault_key: Secret) -> Secret:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=VAULT_KEY_BYTES, salt=None, info=b"npmdesk key rotation bridge")
    return Secret(hkdf.derive(bytes(vault_key.buffer)))


def _bridge_aad(vault_id: str, previous: Slot, index: int) -> bytes:
    header = {"format": FORMAT, "version": VERSION, "vault_id": vault_id, "bridge": index, "after": previous.id}
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def parse(data: bytes, *, where: Any) -> SlotFile:
    """Read a key-slot file strictly.

    NotAVault if it is not a key-slot file at all, NewerVaultFormat for a later version,
    DamagedVault for anything malformed.
    """
    try:
        # depth 5 and 2,000 values: an unconfirmed change of code (previous_recovery: a list of
        # {slot, bridges: [{…}]}) at its largest; still tiny.
        doc = strict_json.loads(data, max_bytes=MAX_FILE_BYTES, max_depth=5, max_items=2000)
    except strict_json.JSONRefused:
        if data.lstrip().startswith(b"{") and b'"' + FORMAT.encode() + b'"' in data:
            raise DamagedVault() from None  # a key-slot file, damaged (a duplicate key, a huge number…)
        raise NotAVault(where) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAVault(where)
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DamagedVault()
    if version > VERSION:
        raise NewerVaultFormat()
    if set(doc) - {PREVIOUS} != {"format", "version", "vault_id", "slots"}:
        raise DamagedVault()
    vault_id = doc["vault_id"]
    if not _is_hex(vault_id, 32) or not isinstance(doc["slots"], list):
        raise DamagedVault()
    slots = [_parse_slot(s) for s in doc["slots"]]
    types = [s.type for s in slots]
    if types.count("passphrase") != 1 or any(types.count(t) > 1 for t in SLOT_TYPES):
        raise DamagedVault()
    previous: tuple[Previous, ...] = ()
    if PREVIOUS in doc:
        raw = doc[PREVIOUS]
        if not isinstance(raw, list) or not 0 < len(raw) <= MAX_PREVIOUS:
            raise DamagedVault()
        previous = tuple(_parse_previous(item) for item in raw)
    return SlotFile(vault_id, slots, previous)


def _parse_previous(raw: Any) -> Previous:
    if not isinstance(raw, dict) or set(raw) != {"slot", "bridges"} or not isinstance(raw["bridges"], list):
        raise DamagedVault()
    slot = _parse_slot(raw["slot"])
    if slot.type != "recovery" or len(raw["bridges"]) > MAX_BRIDGES:
        raise DamagedVault()
    bridges = []
    for item in raw["bridges"]:
        if not isinstance(item, dict) or set(item) != {"nonce", "wrapped"}:
            raise DamagedVault()
        nonce, wrapped = _unb64(item["nonce"]), _unb64(item["wrapped"])
        if len(nonce) != NONCE_BYTES or len(wrapped) != VAULT_KEY_BYTES + 16:
            raise DamagedVault()
        bridges.append(Bridge(nonce, wrapped))
    return Previous(slot, tuple(bridges))


def _parse_slot(raw: Any) -> Slot:
    if not isinstance(raw, dict):
        raise DamagedVault()
    common = {"id", "type", "kdf", "salt", "nonce", "wrapped"}
    argon_keys = {"iterations", "lanes", "memory_kib"}
    type_ = raw.get("type")
    if type_ not in SLOT_TYPES:
        raise DamagedVault()
    expected = common | argon_keys if type_ == "passphrase" else common
    if set(raw) != expected or not _is_hex(raw["id"], 16):
        raise DamagedVault()
    argon2 = None
    if type_ == "passphrase":
        if raw["kdf"] != "argon2id":
            raise DamagedVault()
        values = [raw[k] for k in ("iterations", "lanes", "memory_kib")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise DamagedVault()
        argon2 = kdf.Argon2Params(*values)
        argon2.validate()
    elif raw["kdf"] != "hkdf-sha256":
        raise DamagedVault()
    salt, nonce, wrapped = (_unb64(raw[k]) for k in ("salt", "nonce", "wrapped"))
    if len(salt) != kdf.SALT_LENGTH or len(nonce) != NONCE_BYTES or len(wrapped) != VAULT_KEY_BYTES + 16:
        raise DamagedVault()
    return Slot(raw["id"], type_, salt, nonce, wrapped, argon2)


def _aad(vault_id: str, slot: Slot) -> bytes:
    header = {"format": FORMAT, "version": VERSION, "vault_id": vault_id, "slot": slot.public_fields()}
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise DamagedVault()
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise DamagedVault() from None


def _is_hex(value: Any, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )
