"""SIGKILL `npmdesk rotate-key` and `npmdesk new-recovery-code` at every step: the user always has
a recovery code that works (the old one until the new one has been shown), the passphrase
always works, and nothing is ever called damage.

After each kill the old recovery code is tried first (as a user who forgot the passphrase
would), then the passphrase, then the code that was shown, if any.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from npmdesk.vault import Credential, Vault
from tests.support.cli_helpers import npmdesk, recovery_code_in
from tests.support.common import PASSPHRASE
from tests.support.crash_harness import die_with_parent
from tests.support.doubles import MemoryKeyring
from tests.support.fault_helpers import make_vault

CHILD = Path(__file__).resolve().with_name("rotation_child.py")
ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
# (step, occurrence): the new key-slot file, the rekey, the promotion, then retiring the old code.
# (The steps before a rename are alike: the kill leaves the old file in place.)
ROTATION_KILLS = [("fsync-temp", 1), ("fsync-dir", 1), ("rekey", 1), ("promote", 1),
                  ("create-temp", 2), ("rename", 2), ("fsync-dir", 2)]
NEW_CODE_KILLS = [("fsync-temp", 1), ("fsync-dir", 1), ("create-temp", 2), ("fsync-dir", 2)]


def killed_at(step: str, nth: int, *args: str | Path) -> str:
    """Run npmdesk ARGS in a child killed at the nth `step`; returns what it printed."""
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"} | ENV
    proc = subprocess.run([sys.executable, str(CHILD), step, str(nth), *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=120, check=False, preexec_fn=die_with_parent)
    assert proc.returncode == -signal.SIGKILL, f"not killed at {step} #{nth}: {proc.returncode} {proc.stderr}"
    return proc.stdout


def shown_code(output: str) -> str | None:
    try:
        return recovery_code_in(output)
    except StopIteration:
        return None


def opens_with_code(vault: Path, code: str, tmp_path: Path) -> tuple[bool, str]:
    code_file = tmp_path / "code.txt"
    code_file.write_text(code + "\n")
    result = npmdesk("check", "--vault", vault, "--recovery-code-file", code_file)
    assert "damaged" not in result.err.lower(), result.err
    assert result.status in (0, 2), result.err
    return result.status == 0, result.err


def assert_codes_after_kill(vault: Path, old: str, output: str, tmp_path: Path) -> None:
    new = shown_code(output)
    old_works, err = opens_with_code(vault, old, tmp_path)
    if new is None:  # never shown: the old code must still open the vault, whatever was written
        assert old_works, err
        if "previous recovery code still opens" not in err:
            assert not (vault / "keyslots.next.json").exists()  # nothing pending: it was rolled back
    check = npmdesk("check", "--vault", vault, env=ENV)
    assert check.status == 0 and "healthy" in check.out, check.err
    if new is None:
        assert opens_with_code(vault, old, tmp_path)[0]  # still, after the passphrase settled things
    else:
        assert opens_with_code(vault, new, tmp_path)[0]  # the code the user was shown works


@pytest.fixture
def vault(tmp_path):
    path = tmp_path / "vault"
    make_vault(path, 1)
    with Vault.unlock(path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as opened:
        code = opened.new_recovery_code()
    return path, code


@pytest.mark.parametrize(("step", "nth"), ROTATION_KILLS, ids=[f"{s}-{n}" for s, n in ROTATION_KILLS])
def test_kill_during_rotate_key_never_leaves_the_user_without_a_working_code(vault, tmp_path, step, nth):
    path, old = vault
    output = killed_at(step, nth, "rotate-key", "--vault", path)
    assert_codes_after_kill(path, old, output, tmp_path)
    assert "Carta 0 al SPT" in npmdesk("list", "--vault", path, env=ENV).out


@pytest.mark.parametrize(("step", "nth"), NEW_CODE_KILLS, ids=[f"{s}-{n}" for s, n in NEW_CODE_KILLS])
def test_kill_during_new_recovery_code_never_leaves_the_user_without_a_working_code(vault, tmp_path, step, nth):
    path, old = vault
    output = killed_at(step, nth, "new-recovery-code", "--vault", path)
    assert_codes_after_kill(path, old, output, tmp_path)


def test_old_code_after_an_unshown_rotation_is_told_to_make_a_new_code(vault, tmp_path):
    """Killed after the re-encryption, before the new code was shown: the old code opens the
    vault (not "damaged"), the user is told, and `new-recovery-code` settles it."""
    path, old = vault
    assert shown_code(killed_at("promote", 1, "rotate-key", "--vault", path)) is None
    works, err = opens_with_code(path, old, tmp_path)
    assert works and "previous recovery code still opens the vault" in err and "new-recovery-code" in err
    made = npmdesk("new-recovery-code", "--vault", path, env=ENV)
    assert made.status == 0, made.err
    assert not opens_with_code(path, old, tmp_path)[0]
    new = recovery_code_in(made.out)
    works, err = opens_with_code(path, new, tmp_path)
    assert works and "previous" not in err


def test_two_interrupted_rotations_keep_every_code_the_user_may_know(vault, tmp_path):
    """The first rotation showed its code and was killed before retiring the old one; the second
    was killed before showing its own: both codes the user may have written down still work."""
    path, old = vault
    first = shown_code(killed_at("create-temp", 2, "rotate-key", "--vault", path))
    assert first is not None
    assert shown_code(killed_at("promote", 1, "rotate-key", "--vault", path)) is None
    for code in (first, old):
        assert opens_with_code(path, code, tmp_path)[0]
    check = npmdesk("check", "--vault", path, env=ENV)
    assert check.status == 0 and "previous recovery code still opens" in check.err
