"""The terminal side of `npmdesk.display` for the CLI: one-line values, quoted short values, and
the guard on stdout and stderr. Light on imports: every command loads it.

`guarded_streams` is the last guard: whatever the CLI writes to stdout and stderr loses any
control, bidi or invisible character that still got through (its own newlines and tabs are kept).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from npmdesk import display


def line(value: object) -> str:
    """A one-line value from outside, neutralised (see npmdesk.display.one_line)."""
    return display.one_line(value)


def short(value: object, columns: int = 50) -> str:
    """A one-line value from outside, quoted and cut to `columns` terminal columns (see
    npmdesk.display.quoted): for lines printed beside npmdesk's own verdicts."""
    return display.quoted(value, columns)


class _Guarded:
    """A text stream whose writes lose any control, bidi or invisible character (newline and tab
    kept); everything else (buffer, fileno, isatty, …) is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(display.terminal(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_streams() -> Iterator[None]:
    """Within: sys.stdout and sys.stderr are guarded (see `_Guarded`); binary output through
    `sys.stdout.buffer` (age -d) is untouched."""
    saved = sys.stdout, sys.stderr
    if sys.stdout is not None:
        sys.stdout = _Guarded(sys.stdout)
    if sys.stderr is not None:
        sys.stderr = _Guarded(sys.stderr)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
