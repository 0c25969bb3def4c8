"""One attachment job (adding files, saving a copy) off the GUI thread, with progress and Cancel.

`AttachmentJob(vault, work)` opens a connection of its own (job_store.py) and runs
`work(job_store, progress)` on the thread pool (worker.py). `progress(done, total)` is
reported to the GUI thread in thousandths; Cancel raises `Cancelled` inside the work at its
next statement or progress call, and the work undoes what it did before it returns.

The job has no Qt parent: it lives until its result is delivered even if the window that
started it is gone (after a lock it is cancelled with its signals blocked).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from npmdesk.gui.attachments.job_store import JobStore
from npmdesk.gui.background_job import STEPS, BackgroundJob, Progress
from npmdesk.vault import Vault

__all__ = ["STEPS", "AttachmentJob", "Progress", "Work"]

Work = Callable[[JobStore, Progress], Any]


class AttachmentJob(BackgroundJob):
    def __init__(self, vault: Vault, work: Work) -> None:
        """NpmdeskError (e.g. VaultLocked) if the job's connection cannot be opened."""
        stores = JobStore(vault)
        super().__init__(lambda progress: work(stores, progress), stop=stores.stop, cleanup=stores.close)
