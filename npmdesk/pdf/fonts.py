"""The fonts of the reports: Noto Sans (Latin, Greek, Cyrillic) and Noto Sans Arabic ship in
`resources/fonts/` (SIL Open Font License, `OFL.txt` beside them) and are registered with Qt's
font database before anything is painted, so a report never depends on the fonts of the computer
for these scripts; the wheel and the bundles carry them with the rest of `resources/`.

Noto Sans Arabic rather than Naskh: Qt writes Naskh's lam-alef ligature without its letters in the
PDF's text layer, so "المراسلات" could not be found or copied; Noto Sans Arabic's can.
The family list puts the font of the report's script first (Arabic for Arabic), then the others;
Qt shapes Arabic with HarfBuzz and falls back through the list, then the system, per character.
Chinese, Japanese and Korean need a system font (Noto Sans CJK, `fonts-noto-cjk` on Debian):
`uncovered(text)` names the characters no available font can draw, so the report can say so on
its title page instead of printing empty boxes.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from npmdesk.paths import data_root

BUNDLED = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")
LATIN = "Noto Sans"
ARABIC = "Noto Sans Arabic"
# Used when installed: DejaVu for symbols the bundled fonts lack, the CJK faces.
SYSTEM = ("DejaVu Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR")
RIGHT_TO_LEFT_FIRST = {"ar": ARABIC}
POINTS = 9.5


_registering = threading.Lock()


def register() -> tuple[str, ...]:
    """Add the bundled fonts to Qt's font database (once, from any thread: the window paints
    reports in a background job; needs a QGuiApplication) and return the families they provide.
    A missing or unreadable file is skipped: the system's fonts remain."""
    with _registering:
        return _register()


@cache
def _register() -> tuple[str, ...]:
    families: list[str] = []
    folder = data_root() / "resources" / "fonts"
    for name in BUNDLED:
        path = folder / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return tuple(families)


def families(language: str) -> list[str]:
    """The report's font families, the one for `language`'s script first."""
    register()
    first = RIGHT_TO_LEFT_FIRST.get(language, LATIN)
    return [first, *(f for f in (LATIN, ARABIC, *SYSTEM) if f != first)]


def report_font(language: str = "en") -> QFont:
    font = QFont()
    font.setFamilies(families(language))
    font.setPointSizeF(POINTS)
    return font


def _drawable(char: str) -> bool:
    """Whether a character needs a glyph (not a space, a control or a format character)."""
    return not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp")


def uncovered(text: str, language: str = "en") -> list[str]:
    """The characters of `text` that no font here can draw, sorted: neither the report's fonts nor
    any font Qt would fall back to (QFontMetrics.inFontUcs4 follows Qt's fallback fonts)."""
    metrics = QFontMetrics(report_font(language))
    return sorted(c for c in set(text) if _drawable(c) and not metrics.inFontUcs4(ord(c)))
