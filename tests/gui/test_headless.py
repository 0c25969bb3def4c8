"""Started where no window can appear (over SSH, on a server), npmdesk says so in one sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from npmdesk.gui.headless import DisplayPluginMissing, display_problem

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES and k != "NPMDESK_PASSPHRASE"}


GUI_MAIN = "import sys; from npmdesk.gui.app import main; sys.exit(main())"


@pytest.mark.parametrize("command", [["-m", "npmdesk"], ["-c", GUI_MAIN]])
def test_without_a_display_one_sentence_suggests_the_command_line(tmp_path: Path, command: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, *command, "--vault", str(tmp_path / "vault")],
        capture_output=True, text=True, env=without_display(), timeout=60, check=False,
    )
    lines = [line for line in proc.stderr.splitlines() if "NPMDESK_KDF_PROFILE" not in line]
    assert proc.returncode == 2, proc.stderr
    assert len(lines) == 1, proc.stderr
    assert "no screen" in lines[0] and "command line" in lines[0]
    assert "xcb" not in proc.stderr and "Aborted" not in proc.stderr
    assert not (tmp_path / "vault").exists()


def test_a_plugin_that_cannot_load_names_the_missing_library(tmp_path: Path) -> None:
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    problem = display_problem({"DISPLAY": ":0"}, plugin=broken)
    assert isinstance(problem, DisplayPluginMissing)
    assert "libxcb-cursor0" in str(problem) and "command line" in str(problem)


def test_a_forced_platform_or_a_display_lets_the_window_open() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
