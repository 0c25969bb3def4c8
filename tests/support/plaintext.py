"""Scan files for marker strings, as an attacker with the disk would (UTF-8 and UTF-16)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def files_containing(folders: Iterable[Path], markers: Iterable[str]) -> list[str]:
    """'path: marker (encoding)' for every marker found in any file under the folders."""
    needles = [(marker, enc, marker.encode(enc)) for marker in markers for enc in ENCODINGS]
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found += [f"{path}: {marker} ({enc})" for marker, enc, needle in needles if needle in data]
    return found
