"""The Linux menu entry and software-centre metadata pass the freedesktop validators, and every
platform's packaging names the application the same way."""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import npmdesk

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "org.npmdesk.npmdesk"


def validator(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: run scripts/install-system-deps"
    return path


def test_desktop_entry_is_valid() -> None:
    entry = PACKAGING / "linux" / f"{APP_ID}.desktop"
    proc = subprocess.run([validator("desktop-file-validate"), str(entry)], capture_output=True, text=True,
                          check=False, timeout=30)
    assert (proc.returncode, proc.stdout.strip()) == (0, ""), proc.stdout + proc.stderr
    text = entry.read_text()
    assert f"Icon={APP_ID}\n" in text
    assert "Exec=npmdesk\n" in text  # install.sh rewrites it to the installed program


def test_appstream_metainfo_is_valid_and_lists_this_version() -> None:
    metainfo = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
    proc = subprocess.run([validator("appstreamcli"), "validate", "--no-net", "--pedantic", str(metainfo)],
                          capture_output=True, text=True, check=False, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    text = metainfo.read_text()
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert f'<release version="{npmdesk.__version__}"' in text


def test_windows_and_macos_configuration_use_the_same_identity() -> None:
    spec = (PACKAGING / "npmdesk.spec").read_text()
    assert f'BUNDLE_ID = "{APP_ID}"' in spec
    installer = (PACKAGING / "windows" / "npmdesk.iss").read_text()
    assert re.search(r'#define AppExe "npmdesk-gui\.exe"', installer)
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert not any("network" in key for key in entitlements)
