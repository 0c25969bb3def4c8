"""One-line text fields keep to the layout's start in a right-to-left window.

Qt aligns a QLineEdit by its text's own direction: in an Arabic window a title typed or shown in
French ("Re: Invitation…") sits at the left edge, an Arabic one at the right, and an empty field
puts its caret where the keyboard's direction says. A right-to-left application keeps every field
to the layout's start (the right) whatever it holds, while the text keeps its own direction
inside it (Android's `textAlignment="viewStart"` with `textDirection="firstStrong"`): a Latin
title still reads and moves its caret left to right, its punctuation where it belongs (the
field's paragraph direction stays Qt's automatic one, from the first strong letter). So while
the layout runs right to left, every QLineEdit left at Qt's default alignment (leading) is
aligned to the absolute right; fields given another alignment on purpose keep it.

Multi-line fields (a letter's body) are not changed: each paragraph aligns by its own direction,
as mail clients and browsers (`dir="auto"`) show a French letter in an Arabic window; a
paragraph right-aligned but written left to right would start every line at a ragged edge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

_MARK = "npmdeskStartAligned"  # a field this module aligned (so it can be put back)
_LEADING = Qt.AlignmentFlag.AlignLeft
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute


def align(field: QLineEdit, right_to_left: bool) -> None:
    """Align `field` to the right edge in a right-to-left layout (if it has Qt's default leading
    alignment), or put back the alignment this module changed."""
    alignment = field.alignment()
    vertical = alignment & Qt.AlignmentFlag.AlignVertical_Mask
    horizontal = alignment & (Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignAbsolute)
    if right_to_left and horizontal == _LEADING:
        field.setAlignment(_RIGHT | vertical)
        field.setProperty(_MARK, True)
    elif not right_to_left and field.property(_MARK):
        field.setAlignment(_LEADING | vertical)
        field.setProperty(_MARK, False)


class _StartAligner(QObject):
    """Aligns each QLineEdit as it is polished (once, before it is first shown) and again when its
    layout direction changes (Qt walks the widgets itself when the application's direction
    changes: no widget list is read from Python, where a widget being torn down could be met)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (kind == QEvent.Type.Polish or kind == QEvent.Type.LayoutDirectionChange) and isinstance(watched, QLineEdit):
            align(watched, watched.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        return False


_aligner: _StartAligner | None = None


def keep_fields_to_the_start(app: QCoreApplication | None = None) -> None:
    """From now on, keep every one-line field to the right edge while its layout runs right to
    left, and put back what this module changed when it runs left to right again. Call it before
    the application's layout direction changes: the change reaches the fields through Qt's own
    LayoutDirectionChange events. Idempotent; it lasts as long as the application."""
    global _aligner
    app = app or QCoreApplication.instance()
    if not isinstance(app, QApplication) or _aligner is not None:
        return
    _aligner = _StartAligner(app)
    app.installEventFilter(_aligner)
    _aligner.destroyed.connect(_forget)


def _forget() -> None:
    global _aligner
    _aligner = None
