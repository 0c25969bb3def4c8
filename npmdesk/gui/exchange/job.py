"""One exchange job (planning or writing an export, previewing or importing a package) off the GUI
thread, with progress and a real Cancel.

A VaultJob (gui/background_job.py): the work gets a RecordStore over a session of the vault of its
own (`Vault.job_session`), so an import's long transaction is not visible to the window half-way
and locking can close the window's connection at any moment. Cancel raises `Cancelled` at the next
progress report and interrupts the session's statements, so the core's transaction rolls back
whole and an export's half-written file is removed by the core (it writes through an atomic
output). `cleanup` runs on the worker thread once the work is over, whatever happened (it wipes
the VaultIdentity the work used); the session closes after it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from npmdesk.errors import NpmdeskError
from npmdesk.gui.background_job import STEPS, Progress, VaultJob
from npmdesk.gui.inline_error import filled
from npmdesk.phrase import Phrase
from npmdesk.records.store import RecordStore
from npmdesk.vault.session import JobSession, VaultSession

__all__ = ["STEPS", "ExchangeJob", "JobWriteFailed", "Progress", "Work"]

Work = Callable[[RecordStore, Progress], Any]


class JobWriteFailed(NpmdeskError):
    def __init__(self, reason: Phrase) -> None:
        super().__init__(QCoreApplication.translate(
            "ExchangeJob", "npmdesk could not write the package: {reason}. Nothing was written.").format(
                reason=filled(reason)))


class ExchangeJob(VaultJob):
    def __init__(self, vault: VaultSession, work: Work, cleanup: Callable[[], None] | None = None) -> None:
        """Open the job's session now (on the GUI thread); NpmdeskError (VaultLocked…) if it cannot be."""

        def over_store(session: JobSession, progress: Progress) -> Any:
            return work(RecordStore(session), progress)

        super().__init__(vault, over_store, write_error=JobWriteFailed, cleanup=cleanup)
