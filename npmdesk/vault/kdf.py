"""Argon2id for the passphrase slot: parameters, calibration and bounds.

Calibration picks the number of passes that makes one derivation take about
`target_seconds` on this machine, with at least `MIN_MEMORY_KIB` of memory. Parameters
read from a key-slot file are checked against hard bounds first, so a hostile file cannot
make npmdesk allocate gigabytes or loop for hours.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from npmdesk.errors import DamagedVault
from npmdesk.vault.secret import Secret

MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 1000
MAX_LANES = 64
KEY_LENGTH = 32
SALT_LENGTH = 16
DEFAULT_TARGET_SECONDS = 1.0

# Tests and benchmarks set NPMDESK_KDF_PROFILE=test to make new slots cheap. A slot made
# this way is weak; the CLI warns when the variable is set.
TEST_PROFILE_ENV = "NPMDESK_KDF_PROFILE"


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters as stored in a key slot (memory in KiB)."""

    iterations: int
    lanes: int
    memory_kib: int

    def validate(self) -> None:
        """Raise DamagedVault if the parameters are outside what npmdesk ever writes."""
        if not (1 <= self.iterations <= MAX_ITERATIONS):
            raise DamagedVault()
        if not (1 <= self.lanes <= MAX_LANES):
            raise DamagedVault()
        if not (8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB):
            raise DamagedVault()


TEST_PARAMS = Argon2Params(iterations=1, lanes=1, memory_kib=8)


def derive(passphrase: Secret, salt: bytes, params: Argon2Params) -> Secret:
    """The 256-bit key-encryption key for `passphrase`."""
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # The stub says bytes; any buffer works, and a bytearray is one we can wipe.
    return Secret(kdf.derive(passphrase.buffer))  # type: ignore[arg-type]


def calibrate(
    target_seconds: float = DEFAULT_TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> Argon2Params:
    """Parameters that take about `target_seconds` here, never below 64 MiB of memory.

    With NPMDESK_KDF_PROFILE=test in the environment, returns the minimal test parameters.
    """
    if os.environ.get(TEST_PROFILE_ENV) == "test":
        return TEST_PARAMS
    memory_kib = max(memory_kib, MIN_MEMORY_KIB)
    lanes = max(1, min(4, os.cpu_count() or 1))
    probe = Argon2Params(iterations=1, lanes=lanes, memory_kib=memory_kib)
    salt = bytes(SALT_LENGTH)
    with Secret(b"calibration") as dummy:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            derive(dummy, salt, probe).wipe()
            best = min(best, time.perf_counter() - start)
    iterations = max(2, min(MAX_ITERATIONS, round(target_seconds / max(best, 1e-6))))
    return Argon2Params(iterations=iterations, lanes=lanes, memory_kib=memory_kib)
