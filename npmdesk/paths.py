"""Where things live: vaults in the platform's user-data folder (via platformdirs), and the
files npmdesk ships (`ui/`, `resources/`) wherever this copy of npmdesk was installed."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "npmdesk"


def default_vault_path() -> Path:
    """`~/.local/share/npmdesk/vault` on Linux, the equivalents on macOS and Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"


def data_root() -> Path:
    """The folder that holds `ui/` and `resources/`.

    A PyInstaller bundle has them under `sys._MEIPASS`; an installed wheel in `npmdesk/_data/`
    (setup.py copies them there); a checkout or an editable install at the repository root.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    installed = package / "_data"
    return installed if installed.is_dir() else package.parent
