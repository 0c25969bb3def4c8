"""`state.json` in a device's subfolder: how far that device applied every other device's
changesets, signed with its key, so that authors can remove what every member has applied.

    {"signed": {"format": "npmdesk-team-state", "format_version": 1, "device": "<fingerprint>",
                "applied": {"<fingerprint>": 12, …}, "sequence": 7,
                "wants_snapshot": {"<fingerprint>": 81723}, "answered": {"<fingerprint>": 4102}},
     "signature": "<base64 Ed25519 signature>"}

`sequence` (since schema 10's release; older files lack it, older readers ignore it) is the last
changeset this device had written: a vault restored from an older backup finds there how far it
had already numbered (npmdesk/team/restore.py). `wants_snapshot` (only while not empty) names
the members from which such a vault still needs a new snapshot, each with its request (a random
number); `answered` the requests this device answered with the snapshot now in its
subfolder.

The signature covers `npmdesk-team-state-v1\\n` followed by the canonical JSON of `signed`
(keys sorted, no spaces, UTF-8). A reader checks it with the signing key of the member whose
subfolder holds the file (never a key the file names), and that `device` is that subfolder.
It holds fingerprints and numbers only: nothing of the records.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Mapping
from pathlib import Path

from npmdesk import strict_json
from npmdesk.exchange.identity import SigningKey, VaultIdentity
from npmdesk.team import layout

FORMAT = "npmdesk-team-state"
PREFIX = b"npmdesk-team-state-v1\n"
MAX_BYTES = 256 * 1024  # 1,000 devices


def _canonical(signed: dict[str, object]) -> bytes:
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def encode(identity: VaultIdentity, applied: dict[str, int], sequence: int | None = None,
           wants_snapshot: Mapping[str, int] | None = None, answered: Mapping[str, int] | None = None) -> bytes:
    signed: dict[str, object] = {"format": FORMAT, "format_version": 1, "device": identity.fingerprint,
                                 "applied": dict(sorted(applied.items()))}
    if sequence is not None:
        signed["sequence"] = sequence
    if wants_snapshot:
        signed["wants_snapshot"] = dict(sorted(wants_snapshot.items()))
    if answered:
        signed["answered"] = dict(sorted(answered.items()))
    signature = identity.sign(PREFIX + _canonical(signed))
    return json.dumps({"signed": signed, "signature": base64.b64encode(signature).decode("ascii")},
                      sort_keys=True, indent=1).encode("utf-8") + b"\n"


def publish(identity: VaultIdentity, own: Path, applied: dict[str, int], sequence: int | None = None,
            wants_snapshot: Mapping[str, int] | None = None, answered: Mapping[str, int] | None = None) -> bool:
    """Write this device's state file if it says something new; True if it was written."""
    data = encode(identity, applied, sequence, wants_snapshot, answered)
    path = own / layout.STATE_FILE
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    layout.write_small(path, data)
    return True


def read(path: Path, key: SigningKey) -> dict[str, int] | None:
    """The applied numbers a member's state file says, None if it is missing, malformed, or not
    signed by `key` for the subfolder it is in."""
    signed = _read_signed(path, key)
    if signed is None:
        return None
    applied = signed.get("applied")
    if not isinstance(applied, dict):
        return None
    return {k: v for k, v in applied.items() if isinstance(k, str) and strict_json.exact_int(v) and v >= 0}


def number_for(path: Path, key: SigningKey, name: str, fingerprint: str) -> int | None:
    """In the state file signed by `key`, the number its table `name` ("wants_snapshot",
    "answered") gives the device `fingerprint`; None if it gives none."""
    signed = _read_signed(path, key)
    table = None if signed is None else signed.get(name)
    number = table.get(fingerprint) if isinstance(table, dict) else None
    return number if strict_json.exact_int(number) and number >= 0 else None


def read_sequence(path: Path, key: SigningKey) -> int:
    """The last changeset number a state file signed by `key` says its device wrote (0 if it is
    missing, malformed, or does not say)."""
    signed = _read_signed(path, key)
    sequence = None if signed is None else signed.get("sequence")
    return sequence if strict_json.exact_int(sequence) and sequence > 0 else 0


def _read_signed(path: Path, key: SigningKey) -> dict[str, object] | None:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
        doc = strict_json.loads(data, max_bytes=MAX_BYTES, max_depth=4, max_items=10_000)
        signed, signature = doc["signed"], base64.b64decode(doc["signature"], validate=True)
    except (OSError, strict_json.JSONRefused, KeyError, TypeError, binascii.Error, ValueError):
        return None
    if (not isinstance(signed, dict) or signed.get("format") != FORMAT or signed.get("device") != key.fingerprint
            or path.parent.name != key.fingerprint or not key.verify(signature, PREFIX + _canonical(signed))):
        return None
    return signed
