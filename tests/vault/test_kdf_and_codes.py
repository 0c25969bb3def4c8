"""Argon2id calibration and recovery codes."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from npmdesk.errors import MistypedRecoveryCode
from npmdesk.vault import Secret, kdf, recovery


def test_calibration_targets_about_a_second_with_at_least_64_mib(monkeypatch):
    monkeypatch.delenv(kdf.TEST_PROFILE_ENV, raising=False)
    params = kdf.calibrate(target_seconds=1.0)
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 2
    started = time.perf_counter()
    kdf.derive(Secret(b"passphrase"), bytes(16), params).wipe()
    elapsed = time.perf_counter() - started
    assert 0.3 < elapsed < 4.0, elapsed  # about a second, with room for a busy CI machine


def test_calibration_never_goes_below_64_mib(monkeypatch):
    monkeypatch.delenv(kdf.TEST_PROFILE_ENV, raising=False)
    assert kdf.calibrate(target_seconds=0.05, memory_kib=1024).memory_kib == 64 * 1024


def test_derivation_depends_on_every_input():
    params = kdf.TEST_PARAMS
    base = bytes(kdf.derive(Secret(b"pass"), bytes(16), params).buffer)
    assert bytes(kdf.derive(Secret(b"pass"), bytes(16), params).buffer) == base
    assert bytes(kdf.derive(Secret(b"pasS"), bytes(16), params).buffer) != base
    assert bytes(kdf.derive(Secret(b"pass"), b"\x01" + bytes(15), params).buffer) != base
    other = kdf.Argon2Params(iterations=2, lanes=1, memory_kib=8)
    assert bytes(kdf.derive(Secret(b"pass"), bytes(16), other).buffer) != base


def test_secrets_are_wiped():
    secret = Secret.random(32)
    buffer = secret.buffer
    assert any(buffer)
    secret.wipe()
    assert not any(buffer) and len(secret) == 0
    assert "hidden" in repr(Secret(b"x"))


def test_recovery_codes_are_random_and_well_formed():
    codes = {recovery.generate() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert len(groups) == 8 and all(len(g) == 4 for g in groups)
        assert set(code.replace("-", "")) <= set(recovery.ALPHABET)
        recovery.normalise(code).wipe()


def test_recovery_code_reading_is_forgiving_about_form():
    code = recovery.generate()
    canonical = bytes(recovery.normalise(code).buffer)
    loose = "  " + code.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert bytes(recovery.normalise(loose).buffer) == canonical


@given(position=st.integers(0, 31), replacement=st.sampled_from(recovery.ALPHABET))
def test_a_single_wrong_character_is_caught_as_a_typo(position, replacement):
    code = "7K3Q" + "ABCD" * 6  # fixed data, 28 characters
    full = code + recovery._checksum(code)
    if full[position] == replacement:
        return
    typo = full[:position] + replacement + full[position + 1 :]
    with pytest.raises(MistypedRecoveryCode):
        recovery.normalise(typo)


@pytest.mark.parametrize("typed", ["", "1234", "Ä" * 32, "-" * 39, "x" * 1000])
def test_malformed_recovery_codes(typed):
    with pytest.raises(MistypedRecoveryCode):
        recovery.normalise(typed)
