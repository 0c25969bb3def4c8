"""Argon2id for the passphrase slot: parameters, calibration and bounds.

Calibration picks the number of passes that makes one derivation take about
`target_seconds` on this machine, with at least `MIN_MEMORY_KIB` of memory, and never more
work than `MAX_CALIBRATED_COST` (32 passes over 64 MiB: about a second on a fast laptop).

Parameters read from a key-slot file or a backup are checked before any work against bounds
of `COST_HEADROOM` (4) times the strongest parameters calibration ever picks: memory at most
1 GiB, at most 16 lanes and at most 128 passes, and memory x passes (the joint cost that sets
the time) at most 4 x 32 passes over 64 MiB. The headroom lets a slot calibrated on a fast
machine, or by an older npmdesk that calibrated up to 1000 passes, still open on a machine a
few times slower (a few seconds, not an hour); anything beyond it comes from a damaged or
hostile file and is refused with KdfTooCostly. The derivation itself runs so that Ctrl-C
interrupts it at once (see interruptible.py).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from npmdesk.errors import DamagedVault, KdfTooCostly
from npmdesk.vault.interruptible import derive_key
from npmdesk.vault.secret import Secret

MIN_MEMORY_KIB = 64 * 1024
KEY_LENGTH = 32
SALT_LENGTH = 16
DEFAULT_TARGET_SECONDS = 1.0

# The strongest parameters calibrate() ever picks (memory x passes in KiB; memory; lanes).
MAX_CALIBRATED_COST = 32 * MIN_MEMORY_KIB
MAX_CALIBRATED_MEMORY_KIB = 256 * 1024
MAX_CALIBRATED_LANES = 4
# What a key slot may ask for: a small multiple of that, decided before any work.
COST_HEADROOM = 4
MAX_COST = COST_HEADROOM * MAX_CALIBRATED_COST
MAX_MEMORY_KIB = COST_HEADROOM * MAX_CALIBRATED_MEMORY_KIB
MAX_LANES = COST_HEADROOM * MAX_CALIBRATED_LANES
MAX_ITERATIONS = MAX_COST // MIN_MEMORY_KIB

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
        """DamagedVault if the parameters are malformed; KdfTooCostly if they ask for more
        work than the bounds above (a damaged or hostile slot). Checks only, no work."""
        if self.iterations < 1 or self.lanes < 1 or self.memory_kib < 8 * self.lanes:
            raise DamagedVault()
        if (
            self.iterations > MAX_ITERATIONS
            or self.lanes > MAX_LANES
            or self.memory_kib > MAX_MEMORY_KIB
            or self.iterations * self.memory_kib > MAX_COST
        ):
            raise KdfTooCostly()


TEST_PARAMS = Argon2Params(iterations=1, lanes=1, memory_kib=8)


def derive(passphrase: Secret, salt: bytes, params: Argon2Params) -> Secret:
    """The 256-bit key-encryption key for `passphrase`; Ctrl-C interrupts it at once.

    The parameters are validated first (DamagedVault, KdfTooCostly); a machine that cannot
    allocate the memory gets KdfTooCostly too, never a MemoryError.
    """
    params.validate()
    kdf = Argon2id(
        salt=salt,
        length=KEY_LENGTH,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    try:
        # The stub says bytes; any buffer works, and a bytearray is one we can wipe.
        return derive_key(kdf.derive, passphrase)  # type: ignore[arg-type]
    except MemoryError:
        raise KdfTooCostly() from None


def calibrate(
    target_seconds: float = DEFAULT_TARGET_SECONDS, memory_kib: int = MIN_MEMORY_KIB
) -> Argon2Params:
    """Parameters that take about `target_seconds` here, never below 64 MiB of memory, and
    never above 256 MiB nor MAX_CALIBRATED_COST (a fast machine gets 32 passes over 64 MiB).

    With NPMDESK_KDF_PROFILE=test in the environment, returns the minimal test parameters.
    """
    if os.environ.get(TEST_PROFILE_ENV) == "test":
        return TEST_PARAMS
    memory_kib = min(max(memory_kib, MIN_MEMORY_KIB), MAX_CALIBRATED_MEMORY_KIB)
    lanes = max(1, min(MAX_CALIBRATED_LANES, os.cpu_count() or 1))
    probe = Argon2Params(iterations=1, lanes=lanes, memory_kib=memory_kib)
    salt = bytes(SALT_LENGTH)
    with Secret(b"calibration") as dummy:
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            derive(dummy, salt, probe).wipe()
            best = min(best, time.perf_counter() - start)
    most = MAX_CALIBRATED_COST // memory_kib
    iterations = max(2, min(most, round(target_seconds / max(best, 1e-6))))
    return Argon2Params(iterations=iterations, lanes=lanes, memory_kib=memory_kib)
