"""Puts `ui/`, `resources/` and the user guide (`docs/guide/`, `docs/screenshots/`) into the wheel as
`npmdesk/_data/` (all other settings are in pyproject.toml).

The repository keeps them at its root, beside the package, where Qt Designer and the PyInstaller
spec expect them; `npmdesk.paths.data_root()` looks in `npmdesk/_data/` first and falls back to
the repository root. An editable install reads them in place, so nothing is copied then.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA_FOLDERS = ("ui", "resources", "docs/guide", "docs/screenshots")  # Help → User Guide reads docs/


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for folder in DATA_FOLDERS:
            target = Path(self.build_lib) / "npmdesk" / "_data" / folder
            shutil.rmtree(target, ignore_errors=True)  # no stale file from an earlier build
            shutil.copytree(folder, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithData})
