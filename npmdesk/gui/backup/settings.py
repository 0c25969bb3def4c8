"""Where automatic backups go, how often, and how many to keep: this device's settings file.

Decision: these three values live in QSettings (`npmdesk/npmdesk.ini` in the user's config
folder), not in the vault. They are not confidential content: a folder path (where the USB
stick is mounted on this computer), "off"/"daily"/"weekly" and a number. Nothing from the
vault's content is ever written here; the time of the last backup is kept inside the vault
(npmdesk/vault/backup_schedule.py), and nothing is written until the user saves these settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from npmdesk.errors import NpmdeskError
from npmdesk.vault.backup_schedule import DEFAULT_KEEP, INTERVALS

ORGANIZATION = APPLICATION = "npmdesk"
MAX_KEEP = 99


@dataclass(frozen=True)
class BackupPlan:
    folder: Path | None = None
    interval: str = "off"  # a key of INTERVALS
    keep: int = DEFAULT_KEEP

    @property
    def period(self) -> timedelta | None:
        return INTERVALS[self.interval]

    @property
    def active(self) -> bool:
        return self.period is not None and self.folder is not None


class SettingsNotSaved(NpmdeskError):
    def __init__(self, path: str) -> None:
        super().__init__(QCoreApplication.translate(
            "SettingsNotSaved", "npmdesk could not save its settings in {path} (is the disk full or read-only?), "
            "so they last only until npmdesk closes: free some space, then save them again.").format(path=path))


def write_now(settings: QSettings) -> None:
    """Write the settings file now; SettingsNotSaved if the file could not be written."""
    settings.sync()
    if settings.status() != QSettings.Status.NoError:
        raise SettingsNotSaved(settings.fileName())


class BackupSettings:
    """Reads and writes the plan; tests pass their own QSettings (a file of their own)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def load(self) -> BackupPlan:
        s = self._settings
        folder = str(s.value("backup/folder", "") or "")
        interval = str(s.value("backup/interval", "off") or "off")
        stored = s.value("backup/keep", DEFAULT_KEEP)
        try:
            keep = int(stored) if isinstance(stored, int | str) else DEFAULT_KEEP
        except ValueError:
            keep = DEFAULT_KEEP
        return BackupPlan(
            folder=Path(folder) if folder and Path(folder).is_absolute() else None,
            interval=interval if interval in INTERVALS else "off",
            keep=min(max(keep, 1), MAX_KEEP),
        )

    def save(self, plan: BackupPlan) -> None:
        s = self._settings
        s.setValue("backup/folder", str(plan.folder) if plan.folder is not None else "")
        s.setValue("backup/interval", plan.interval)
        s.setValue("backup/keep", plan.keep)
        write_now(s)

    def file_name(self) -> str:
        return self._settings.fileName()
