"""The window of a backup made by hand: the job progress window (gui/job_progress.py) with the
backup's words. The user may go on working while the backup is written (the backup is the vault
as of one moment); the outcome is shown in the window itself."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from npmdesk.gui.job_progress import JobProgressDialog, ProgressTexts

CONTEXT = "BackupProgressDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class BackupProgressDialog(JobProgressDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        texts = ProgressTexts(
            title=_tr("Back up the vault"), running=_tr("Writing the backup and checking it…"),
            cancel_name=_tr("Cancel the backup"), cancelled=_tr("The backup was cancelled. Nothing was written."),
            progress_name=_tr("Backup progress"))
        super().__init__(texts, "backup", parent)
