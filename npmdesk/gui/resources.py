"""Where the GUI's files live, and loading Designer forms at runtime.

`ui/` (Designer forms) and `resources/` (icons, translations) sit at the repository root
beside the `npmdesk` package; `npmdesk.paths.data_root()` also finds them in an installed
wheel (`npmdesk/_data/`) and in a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from npmdesk.paths import data_root

_loader: QUiLoader | None = None


def base_path() -> Path:
    """The folder that holds `ui/` and `resources/`."""
    return data_root()


def resource_path(*parts: str) -> Path:
    """`resource_path("ui", "unlock.ui")`, `resource_path("resources", "icons", "npmdesk.svg")`."""
    return base_path().joinpath(*parts)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget built from `ui/<name>.ui`, as a child of `parent`.

    Raises FileNotFoundError if the form is missing and RuntimeError if Qt cannot build it
    (both are installation bugs, not user errors).
    """
    global _loader
    path = resource_path("ui", f"{name}.ui")
    if not path.is_file():
        raise FileNotFoundError(path)
    if _loader is None:
        _loader = QUiLoader()
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"cannot read {path}: {file.errorString()}")
    try:
        widget = _loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot build {path}: {_loader.errorString()}")
    return widget


def icon(name: str, theme_name: str | None = None) -> QIcon:
    """`resources/icons/<name>.svg`, or the desktop theme's `theme_name` icon if it has one."""
    fallback = QIcon(str(resource_path("resources", "icons", f"{name}.svg")))
    if theme_name:
        return QIcon.fromTheme(theme_name, fallback)
    return fallback
