"""One attachment job (adding files, saving a copy) off the GUI thread, with progress and Cancel.

`AttachmentJob(vault, work)` is a VaultJob (gui/background_job.py): it opens a session of the
vault of its own and runs `work(session, progress)` on the thread pool. `progress(done, total)` is
reported to the GUI thread in thousandths; Cancel raises `Cancelled` inside the work at its next
progress call and interrupts its statements (even in parts of the core that report no progress),
and the work undoes what it did before it returns (`JobSession.unstoppable()` lets the undo run).

The job has no Qt parent: it lives until its result is delivered even if the window that
started it is gone (after a lock it is cancelled with its signals blocked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from npmdesk.gui.background_job import STEPS, Progress, VaultJob
from npmdesk.vault.session import JobSession, VaultSession

__all__ = ["STEPS", "AttachmentJob", "Progress", "Work"]

Work = Callable[[JobSession, Progress], Any]


class AttachmentJob(VaultJob):
    def __init__(self, vault: VaultSession, work: Work) -> None:
        """NpmdeskError (e.g. VaultLocked) if the job's session cannot be opened."""
        super().__init__(vault, work)
