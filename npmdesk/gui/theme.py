"""Light and dark palettes that follow the system.

`apply_theme(app)` (called by `app.configure`) sets the Fusion style, which draws every widget
from the palette on every platform, and a light or dark palette chosen from the system's colour
scheme (`QStyleHints.colorScheme()`); when the system switches, the palette follows
(`colorSchemeChanged`). NPMDESK_COLOR_SCHEME=dark or light forces one. A scheme chosen in
Preferences ("light" or "dark", `apply_theme(app, scheme)`) stays when the system switches;
choosing "" (follow the system) again follows it, at once.

Colours the code picks itself go through here so that they stay readable on both:
`tone("error")` and friends for text that signals something, `readable(colour)` to adjust any
colour to the current background, `notice_style(selector)` for a tinted notice box. Icons are
recoloured with the palette's text colour (resources.icon).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

COLOR_SCHEME_VARIABLE = "NPMDESK_COLOR_SCHEME"
LIGHT, DARK = "light", "dark"

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

# role: (light, dark); the disabled group is derived below.
_ROLES: dict[QPalette.ColorRole, tuple[str, str]] = {
    _R.Window: ("#f3f3f3", "#202124"),
    _R.WindowText: ("#1b1b1b", "#e8eaed"),
    _R.Base: ("#ffffff", "#17181a"),
    _R.AlternateBase: ("#f6f7f9", "#25272b"),
    _R.ToolTipBase: ("#fffbe6", "#303134"),
    _R.ToolTipText: ("#1b1b1b", "#e8eaed"),
    _R.PlaceholderText: ("#6b6b6b", "#9aa0a6"),
    _R.Text: ("#1b1b1b", "#e8eaed"),
    _R.Button: ("#ececec", "#2d2f33"),
    _R.ButtonText: ("#1b1b1b", "#e8eaed"),
    _R.BrightText: ("#ffffff", "#ffffff"),
    _R.Light: ("#ffffff", "#3c4043"),
    _R.Midlight: ("#e3e3e3", "#33363a"),
    _R.Mid: ("#b8b8b8", "#505357"),
    _R.Dark: ("#9a9a9a", "#0f1011"),
    _R.Shadow: ("#5c5c5c", "#000000"),
    _R.Highlight: ("#1a5fb4", "#4f8fdc"),
    _R.HighlightedText: ("#ffffff", "#0b0c0d"),
    _R.Link: ("#1a5fb4", "#8ab4f8"),
    _R.LinkVisited: ("#6a3fa0", "#c58af9"),
    _R.Accent: ("#1a5fb4", "#4f8fdc"),
}
_DISABLED_TEXT = ("#8c8c8c", "#6f7378")

# Text that signals something, legible (at least 4.5:1) on Window and Base of each palette.
TONES: dict[str, tuple[str, str]] = {
    "error": ("#b71c1c", "#ff8a80"),
    "warning": ("#a63d00", "#ffb74d"),
    "success": ("#1b5e20", "#81c995"),
    "info": ("#0d47a1", "#8ab4f8"),
    "muted": ("#5f6368", "#a5aab0"),
}
# A tinted box (background, border) for notices such as the backup reminder.
NOTICE = {LIGHT: ("#fff4e5", "#e0a040"), DARK: ("#3a2a12", "#b07a26")}


def palette(scheme: str) -> QPalette:
    """The light or dark palette (any other value: light)."""
    index = 1 if scheme == DARK else 0
    made = QPalette()
    for role, colours in _ROLES.items():
        made.setColor(role, QColor(colours[index]))
    for role in (_R.WindowText, _R.Text, _R.ButtonText, _R.ToolTipText):
        made.setColor(_G.Disabled, role, QColor(_DISABLED_TEXT[index]))
    made.setColor(_G.Disabled, _R.Highlight, QColor(_ROLES[_R.Mid][index]))
    made.setColor(_G.Disabled, _R.HighlightedText, QColor(_DISABLED_TEXT[index]))
    made.setColor(_G.Disabled, _R.Base, QColor(_ROLES[_R.Window][index]))
    return made


def forced_scheme() -> str | None:
    value = os.environ.get(COLOR_SCHEME_VARIABLE, "").strip().lower()
    return value if value in (LIGHT, DARK) else None


def system_scheme() -> str:
    """"dark" if the system asks for dark colours, else "light" (also when it does not say)."""
    hints = QGuiApplication.styleHints()
    return DARK if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def wanted_scheme() -> str:
    return forced_scheme() or system_scheme()


def current_scheme() -> str:
    """"dark" if the application's palette is dark (its window darker than its text)."""
    colours = QGuiApplication.palette()
    return DARK if colours.color(_R.Window).lightness() < colours.color(_R.WindowText).lightness() else LIGHT


def tone(name: str) -> str:
    """"#rrggbb" of the tone `name` ("error", "warning", "success", "info", "muted") for the palette now."""
    light, dark = TONES.get(name, TONES["muted"])
    return dark if current_scheme() == DARK else light


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor | str, background: QColor | None = None, ratio: float = 4.5) -> QColor:
    """`colour`, lightened on a dark background or darkened on a light one until text in it
    reaches `ratio` against `background` (default: the palette's Base)."""
    wanted = QColor(colour)
    behind = background if background is not None else QGuiApplication.palette().color(_R.Base)
    dark_behind = behind.lightness() < 128
    for _step in range(20):
        if contrast(wanted, behind) >= ratio:
            break
        wanted = wanted.lighter(115) if dark_behind else wanted.darker(115)
        if dark_behind and wanted.lightness() >= 250:
            wanted = QColor("#ffffff")
    return wanted


def notice_style(selector: str) -> str:
    """Style sheet for a tinted notice box `selector` ("#backupReminder") in the palette now."""
    background, border = NOTICE[current_scheme()]
    return f"{selector} {{ background: {background}; border: 1px solid {border}; border-radius: 4px; }}"


class Theme(QObject):
    """Keeps the application's palette in step with the system; `changed(scheme)` after a switch."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.scheme = ""
        self.chosen: str | None = None  # "light"/"dark" chosen in Preferences, else None (the system's)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._system_changed)

    def apply(self, scheme: str | None = None) -> str:
        """Use `scheme` (default: NPMDESK_COLOR_SCHEME, else the system's); the scheme used."""
        self.chosen = scheme if scheme in (LIGHT, DARK) else None
        self.scheme = self.chosen or wanted_scheme()
        self._app.setPalette(palette(self.scheme))
        return self.scheme

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.chosen is None and forced_scheme() is None and wanted_scheme() != self.scheme:
            self.changed.emit(self.apply())


_theme: Theme | None = None


def apply_theme(app: QApplication, scheme: str | None = None) -> Theme:
    """Fusion style and the palette for `scheme` (default: forced or the system's); one Theme per app."""
    global _theme
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    if _theme is None or _theme.parent() is not app:
        _theme = Theme(app)
    _theme.apply(scheme)
    return _theme
