"""The one place where locking wipes the main window: every part of it that holds vault content or
runs a job registers its `discard` when it is made; the window's `discard()` (on lock, on quit, when
the window is rebuilt in another language) runs them all, in stage order, each once.

    LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)

Stages: JOBS first (background jobs cancelled, so their write lock goes and nothing reaches a
window that is gone), then FORMS (open forms keep their drafts while the vault is still open),
then WINDOWS (lists, panes and dialogs close and drop their text). Within a stage, in the order
registered. One wipe that fails does not stop the others (the first error is raised at the end).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QObject, Qt


class Stage(IntEnum):
    JOBS = 0
    FORMS = 1
    WINDOWS = 2


class LockTeardown(QObject):
    """The wipes registered for one top-level window (a child of it: `LockTeardown.of(window)`)."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self.setObjectName("lockTeardown")
        self._order = itertools.count()
        self._wipes: dict[int, tuple[Stage, Callable[[], None]]] = {}

    @classmethod
    def of(cls, window: QObject) -> LockTeardown:
        """The registry of the top-level object `window` belongs to (made on first use)."""
        root = window
        while (parent := root.parent()) is not None:
            root = parent
        found = root.findChild(LockTeardown, "lockTeardown", Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(root)

    def on_lock(self, wipe: Callable[[], None], stage: Stage = Stage.WINDOWS) -> None:
        """Run `wipe` when the window is discarded."""
        self._wipes[next(self._order)] = (stage, wipe)

    @property
    def pending(self) -> int:
        """How many wipes are registered and not yet run."""
        return len(self._wipes)

    def run(self) -> None:
        """Run every registered wipe once, JOBS, then FORMS, then WINDOWS; then none is left."""
        wipes = sorted(self._wipes.items(), key=lambda item: (item[1][0], item[0]))
        self._wipes.clear()
        first: BaseException | None = None
        for _order, (_stage, wipe) in wipes:
            try:
                wipe()
            except Exception as error:  # noqa: BLE001 - the other windows must be wiped all the same
                first = first or error
        if first is not None:
            raise first
