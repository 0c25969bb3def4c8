"""Where vaults live by default: the platform's user-data folder (via platformdirs)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "npmdesk"


def default_vault_path() -> Path:
    """`~/.local/share/npmdesk/vault` on Linux, the equivalents on macOS and Windows."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"
