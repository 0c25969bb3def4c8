"""One backup run off the GUI thread, with progress and a real Cancel (gui/background_job.py).

`BackupJob(work)` runs `work(progress)`; `work` calls `write_backup(..., progress)`. Cancel works
through the progress callback: it raises `Cancelled` inside write_backup, which then deletes
every temporary file (no half-written or unverified backup is ever left). Once the backup is
fully checked (progress at its total) a cancel is ignored: the backup is finished and reported
as made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from npmdesk.errors import NpmdeskError
from npmdesk.gui.background_job import STEPS, BackgroundJob, Progress
from npmdesk.phrase import Phrase

__all__ = ["STEPS", "BackupJob", "Progress"]


class BackupWriteFailed(NpmdeskError):
    """The backup file could not be written (`reason`: the disk's answer, in a few words)."""

    def __init__(self, reason: Phrase) -> None:
        super().__init__("npmdesk could not write the backup: {reason}.", reason=reason)


class BackupJob(BackgroundJob):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__(work, write_error=BackupWriteFailed)

    def stops_at(self, done: int, total: int) -> bool:
        return self.stop.is_set() and done < total
