"""Run the real `npmdesk` command in a child process (sockets blocked there too)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Result:
    status: int
    out: str
    err: str

    @property
    def errors(self) -> list[str]:
        """stderr lines that are not the test-only KDF warning."""
        return [line for line in self.err.splitlines() if "NPMDESK_KDF_PROFILE" not in line]


def npmdesk(*args: str | Path, env: dict[str, str] | None = None, stdin: str | None = None) -> Result:
    full_env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    full_env["NPMDESK_LANG"] = "en"  # English unless a test asks for a language (npmdesk/translation.py)
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "npmdesk", *map(str, args)],
        capture_output=True, text=True, env=full_env, input=stdin, timeout=120, check=False,
        start_new_session=True,  # no controlling terminal, even when the tests run in one: never a prompt
    )
    assert proc.returncode != 97, f"network access attempted: {proc.stderr}"
    return Result(proc.returncode, proc.stdout, proc.stderr)


def recovery_code_in(output: str) -> str:
    lines = [line.strip() for line in output.splitlines()]
    return next(line for line in lines if line.count("-") == 7 and len(line) == 39)
