"""Automatic backups: when one is due, what it is called, and which old ones may go.

The time of the last successful backup is kept inside the vault (`vault_meta`, key
`last_backup_at`, ISO 8601 UTC), so it travels with the vault and says nothing on disk. The
caller passes the clock's reading (`now`, timezone-aware) to every function that needs it.

Automatic backups are named `npmdesk-auto-2026-11-29T090015Z.npmbackup` (UTC, no colons, so
FAT-formatted USB sticks and Windows accept the name). `prune` deletes only files with exactly
that form of name that are npmdesk backups of the given vault (it reads their header): backups
made by hand, other vaults' backups and every other file in the folder are never touched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
from pathlib import Path

from npmdesk.errors import NpmdeskError
from npmdesk.vault import backup_format
from npmdesk.vault.vault import Vault

SUFFIX = ".npmbackup"
META_KEY = "last_backup_at"
INTERVALS: dict[str, dt.timedelta | None] = {
    "off": None,
    "daily": dt.timedelta(days=1),
    "weekly": dt.timedelta(days=7),
}
DEFAULT_KEEP = 5
# A backup counts as due this much early, so that someone who opens the vault at about the
# same time every day gets one every day, not every other day.
SLACK = dt.timedelta(hours=1)
REMIND_AFTER = dt.timedelta(days=7)
_AUTO_NAME = re.compile(r"npmdesk-auto-(\d{4}-\d{2}-\d{2}T\d{6}Z)" + re.escape(SUFFIX))
_NAME_TIME = "%Y-%m-%dT%H%M%SZ"


def last_backup_at(vault: Vault) -> dt.datetime | None:
    """When the last successful backup of this vault was made (UTC), or None if never."""
    text = vault.meta(META_KEY)
    try:
        when = dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if when is None or when.tzinfo is None:
        return None
    return when.astimezone(dt.UTC)


def record_backup(vault: Vault, when: dt.datetime) -> None:
    """Remember (inside the vault) that a backup was made at `when` (timezone-aware)."""
    value = _utc(when).isoformat(timespec="seconds")
    vault.db.execute(
        "INSERT INTO vault_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (META_KEY, value),
    )


def due(last: dt.datetime | None, interval: dt.timedelta | None, now: dt.datetime) -> bool:
    """True if an automatic backup should be made now (`interval` None: automatic backups are off).

    A last backup in the future (the clock was put back) counts as old.
    """
    if interval is None:
        return False
    if last is None:
        return True
    now, last = _utc(now), _utc(last)
    return last > now or now - last + SLACK >= interval


def reminder_needed(last: dt.datetime | None, now: dt.datetime) -> bool:
    """True if the user should be reminded to back up: never, or more than REMIND_AFTER ago."""
    return last is None or _utc(last) > _utc(now) or _utc(now) - _utc(last) > REMIND_AFTER


def backup_name(now: dt.datetime) -> str:
    """The file name of an automatic backup made at `now`."""
    return f"npmdesk-auto-{_utc(now).strftime(_NAME_TIME)}{SUFFIX}"


def default_name(day: dt.date) -> str:
    """The name offered for a backup made by hand (never pruned: it is not an automatic name)."""
    return f"npmdesk-backup-{day.isoformat()}{SUFFIX}"


def automatic_backups(folder: Path, vault_id: str | None = None) -> list[Path]:
    """The automatic backups in `folder` (of the vault `vault_id`, if given), newest first."""
    found: list[tuple[dt.datetime, Path]] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        match = _AUTO_NAME.fullmatch(name)
        if match is None:
            continue
        try:
            made = dt.datetime.strptime(match.group(1), _NAME_TIME).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        path = Path(folder) / name
        owner = _backup_of(path)
        if owner is not None and (vault_id is None or owner == vault_id):
            found.append((made, path))
    found.sort(reverse=True)
    return [path for _, path in found]


def prune(folder: Path, keep: int, vault_id: str | None = None) -> list[Path]:
    """Delete all but the `keep` newest automatic backups in `folder`; returns the deleted paths.

    Only files named like `backup_name` that are npmdesk backups (of `vault_id`, if given)
    count; a file that cannot be deleted is left and not reported.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    deleted = []
    for path in automatic_backups(folder, vault_id)[keep:]:
        with contextlib.suppress(OSError):
            os.unlink(path)
            deleted.append(path)
    return deleted


def _backup_of(path: Path) -> str | None:
    """The vault id in the header of the npmdesk backup at `path`, or None if it is not one."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return None
        with open(path, "rb") as source:
            # backup_format's own strict header reader; the members are not read.
            return backup_format._read_header(source, path).vault_id
    except (OSError, NpmdeskError):
        return None


def _utc(when: dt.datetime) -> dt.datetime:
    if when.tzinfo is None:
        raise ValueError("a timezone-aware time is needed")
    return when.astimezone(dt.UTC)
