"""Every age-testkit vector (C2SP/CCTV) except the post-quantum ones gives exactly its expected
result: the plaintext's hash on success, the right error class otherwise, and for a payload
failure the plaintext released before the error hashes to the expected value."""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from npmdesk.exchange import age
from npmdesk.vault.secret import Secret

TESTKIT = Path(__file__).resolve().parent / "testkit" / "testdata"  # C2SP/CCTV, see testkit/README.md

EXPECTED_ERRORS: dict[str, type[age.AgeError]] = {
    "no match": age.NoMatchingIdentity,
    "HMAC failure": age.HmacFailure,
    "header failure": age.HeaderError,
    "payload failure": age.PayloadError,
    "armor failure": age.ArmorError,
}
OUTCOME_CLASSES = tuple(EXPECTED_ERRORS.values())


@dataclass
class Vector:
    name: str
    expect: str
    payload: str | None = None
    identities: list[str] = field(default_factory=list)
    passphrases: list[str] = field(default_factory=list)
    armored: bool = False
    body: bytes = b""

    @property
    def post_quantum_only(self) -> bool:
        """Out of scope: no identity or passphrase that is not post-quantum."""
        classic = [i for i in self.identities if not i.startswith("AGE-SECRET-KEY-PQ-")]
        return not classic and not self.passphrases


def load(path: Path) -> Vector:
    raw = path.read_bytes()
    head, _, body = raw.partition(b"\n\n")
    vector = Vector(path.name, expect="")
    compressed = False
    for line in head.decode().splitlines():
        key, _, value = line.partition(": ")
        if key == "expect":
            vector.expect = value
        elif key == "payload":
            vector.payload = value
        elif key == "identity":
            vector.identities.append(value)
        elif key == "passphrase":
            vector.passphrases.append(value)
        elif key == "armored":
            vector.armored = value == "yes"
        elif key == "compressed":
            assert value == "zlib", f"{path.name}: unknown compression {value}"
            compressed = True
        elif key not in ("file key", "comment"):
            raise AssertionError(f"{path.name}: unknown header line {line!r}")
    vector.body = zlib.decompress(body) if compressed else body
    assert vector.expect in ("success", *EXPECTED_ERRORS), f"{path.name}: expect {vector.expect!r}"
    return vector


def _vectors() -> list[Vector]:
    assert TESTKIT.is_dir(), f"the age test vectors are missing: {TESTKIT}"
    return [v for v in map(load, sorted(TESTKIT.iterdir())) if not v.post_quantum_only]


VECTORS = _vectors()


def test_the_vectors_are_all_there():
    assert len(VECTORS) >= 120
    assert {v.expect for v in VECTORS} == {"success", *EXPECTED_ERRORS}


@pytest.mark.parametrize("vector", VECTORS, ids=[v.name for v in VECTORS])
def test_vector(vector: Vector) -> None:
    identities = [
        age.X25519Identity.parse(i) for i in vector.identities if not i.startswith("AGE-SECRET-KEY-PQ-")
    ]
    # A vector may list several passphrases (scrypt_double); any one must give the same outcome.
    passphrase = Secret(vector.passphrases[0].encode()) if vector.passphrases else None
    released = hashlib.sha256()

    class Sink:
        def write(self, data: bytes | bytearray | memoryview) -> int:
            released.update(data)
            return len(data)

    error: BaseException | None = None
    try:
        age.decrypt(
            io.BytesIO(vector.body), Sink(), identities=identities, passphrase=passphrase,
            armor=True if vector.armored else None,
        )
    except OUTCOME_CLASSES as err:
        error = err

    if vector.expect == "success":
        assert error is None, f"expected success, got {type(error).__name__}"
        assert released.hexdigest() == vector.payload
        return
    expected = EXPECTED_ERRORS[vector.expect]
    assert error is not None, f"expected {expected.__name__}, but decryption succeeded"
    others = [cls for cls in OUTCOME_CLASSES if cls is not expected and isinstance(error, cls)]
    assert isinstance(error, expected) and not others, (
        f"expected {expected.__name__}, got {type(error).__name__}"
    )
    if vector.expect == "payload failure":
        assert released.hexdigest() == vector.payload
