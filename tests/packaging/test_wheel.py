"""`pip install .` (a wheel, not editable) finds the forms, icons and reference data too.

The wheel's package folder is what setup.py's build_py leaves in its build folder; it is built
here from a copy of the sources, offline, and used from a fresh interpreter.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from npmdesk.paths import data_root

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "npmdesk", "ui", "resources", "docs")

CHECK = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
import npmdesk
from npmdesk.gui.resources import icon, load_form
from npmdesk.paths import data_root
from npmdesk.records import reference
from npmdesk.reports.strings import reports_dir

app = QApplication([])
site = Path(sys.argv[1])
assert Path(npmdesk.__file__).is_relative_to(site), npmdesk.__file__
assert data_root() == site / "npmdesk" / "_data", data_root()
assert load_form("unlock").windowTitle() == "Unlock npmdesk"
assert not icon("npmdesk").isNull()
assert reference.data_dir().is_relative_to(site) and (reference.data_dir() / "tags.json").is_file()
assert reports_dir().is_relative_to(site) and reports_dir().is_dir()
from npmdesk.pdf import fonts  # the reports' Arabic and Cyrillic fonts, from the wheel's own files
assert {"Noto Sans", "Noto Sans Arabic"} <= set(fonts.register()), fonts.register()
from npmdesk.gui.help import guide
assert guide.guide_root().is_relative_to(site), guide.guide_root()
assert len(guide.page_names()) > 5 and all(guide.page(name, "en") for name in guide.page_names())
assert guide.page("index.md", "fr").language == "fr" and guide.page("index.md", "es").language == "es"
assert all(root.is_relative_to(site) and root.is_dir() for root in guide.image_roots())
print("ok")
"""


def build_package_folder(tmp_path: Path) -> Path:
    source = tmp_path / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    site = tmp_path / "site"
    proc = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "--build-lib", str(site)], cwd=source,
                          capture_output=True, text=True, check=False, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return site


def test_wheel_contents_find_forms_icons_reference_data_and_the_user_guide(tmp_path: Path) -> None:
    site = build_package_folder(tmp_path)
    data = site / "npmdesk" / "_data"
    assert sorted(p.name for p in data.iterdir()) == ["docs", "resources", "ui"]
    # The user guide and its pictures, not the developer notes.
    assert sorted(p.name for p in (data / "docs").iterdir()) == ["guide", "screenshots"]
    for page in (ROOT / "docs" / "guide").rglob("*.md"):
        assert (data / page.relative_to(ROOT)).read_bytes() == page.read_bytes(), page
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    env["QT_QPA_PLATFORM"] = "offscreen"
    checked = subprocess.run([sys.executable, "-c", CHECK, str(site)], cwd=tmp_path, env=env,
                             capture_output=True, text=True, check=False, timeout=120)
    assert (checked.returncode, checked.stdout.strip()) == (0, "ok"), checked.stderr
    version = subprocess.run([sys.executable, "-m", "npmdesk", "--version"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, check=False, timeout=60)
    assert version.stdout.strip().startswith("npmdesk ")


def test_checkout_reads_the_repository_folders() -> None:
    assert data_root() == ROOT
    assert (data_root() / "ui" / "unlock.ui").is_file()


def test_frozen_build_reads_from_meipass(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert data_root() == tmp_path
