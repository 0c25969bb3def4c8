"""Where the GUI's files live, and loading Designer forms at runtime.

`ui/` (Designer forms) and `resources/` (icons, translations) sit at the repository root
beside the `npmdesk` package; `npmdesk.paths.data_root()` also finds them in an installed
wheel (`npmdesk/_data/`) and in a PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QFile, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
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


# The stroke colour the line icons are drawn in (resources/icons/*.svg); replaced when painting.
ICON_INK = "#202020"
# Icons that point along the reading direction: drawn mirrored in a right-to-left layout.
MIRRORED_RIGHT_TO_LEFT = frozenset({"reply", "follow-up", "question"})


class _InkedSvgEngine(QIconEngine):
    """Paints a line icon with the palette's text colour of the moment (so it follows dark mode,
    and disabled or selected items), by replacing ICON_INK in the SVG text."""

    def __init__(self, svg: str, mirror: bool = False) -> None:
        super().__init__()
        self._svg = svg
        self._mirror = mirror
        self._renderers: dict[str, QSvgRenderer] = {}

    def _ink(self, mode: QIcon.Mode) -> str:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
        if mode == QIcon.Mode.Selected:
            return palette.color(QPalette.ColorRole.HighlightedText).name()
        return palette.color(QPalette.ColorRole.WindowText).name()

    def renderer(self, mode: QIcon.Mode = QIcon.Mode.Normal) -> QSvgRenderer:
        ink = self._ink(mode)
        if ink not in self._renderers:
            self._renderers[ink] = QSvgRenderer(QByteArray(self._svg.replace(ICON_INK, ink).encode("utf-8")))
        return self._renderers[ink]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if self._mirror and QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            painter.save()
            painter.translate(rect.x() * 2 + rect.width(), 0)
            painter.scale(-1, 1)
            self.renderer(mode).render(painter, rect)
            painter.restore()
        else:
            self.renderer(mode).render(painter, rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _InkedSvgEngine(self._svg, self._mirror)


def icon(name: str, theme_name: str | None = None) -> QIcon:
    """`resources/icons/<name>.svg`, or the desktop theme's `theme_name` icon if it has one.

    Line icons (drawn in ICON_INK) take the palette's text colour when painted, and those in
    MIRRORED_RIGHT_TO_LEFT turn round in a right-to-left layout; others show as drawn.
    A missing file gives a null icon.
    """
    path = resource_path("resources", "icons", f"{name}.svg")
    svg = path.read_text(encoding="utf-8") if path.is_file() else ""
    if ICON_INK in svg:
        fallback = QIcon(_InkedSvgEngine(svg, name in MIRRORED_RIGHT_TO_LEFT))
    else:
        fallback = QIcon(str(path)) if svg else QIcon()
    if theme_name:
        return QIcon.fromTheme(theme_name, fallback)
    return fallback
