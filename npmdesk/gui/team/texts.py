"""What the Team dialog says, in the user's language (context "TeamDialog"): a member device's
state in words, how long ago it was seen, and one sync round's summary in a few sentences.

Every value from outside (a contact's name, a path, the core's reason for a file set aside) is
neutralised and bidi-isolated through display.sentence / display.gui_line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from npmdesk import display
from npmdesk.gui.inline_error import filled
from npmdesk.gui.records import formatting
from npmdesk.team.status import DeviceState, MemberStatus
from npmdesk.team.sync import SyncSummary

CONTEXT = "TeamDialog"
RELATIVE_DAYS = 7  # older than this: the date and time


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Translated in "TeamDialog"; `tr("%n day(s) ago", "", days)` for a plural."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation or None, n)


def short_fingerprint(fingerprint: str) -> str:
    """The first two groups of a fingerprint ("7KQ2-M9XD…"): enough to tell devices apart."""
    groups = fingerprint.split("-")
    return fingerprint if len(groups) <= 2 else "-".join(groups[:2]) + "…"


def device_name(entry: MemberStatus) -> str:
    return display.gui_line(entry.member.name) if entry.member.name else tr("(a deleted contact)")


def state_text(entry: MemberStatus) -> str:
    """Where this member device stands, as this vault sees it, in a few words."""
    state = entry.state
    if state is DeviceState.LEFT_OUT:
        return tr("no keys usable: it is no longer a verified own device with keys")
    if state is DeviceState.SET_ASIDE and entry.refused:
        return display.sentence(tr("a file was set aside: {why}"), why=filled(entry.refused))
    if state is DeviceState.NOT_STARTED:
        return tr("waiting for its first snapshot")
    if state is DeviceState.WAITING:
        return display.sentence(tr("waiting for changeset {number}"), number=entry.applied + 1)
    return tr("up to date")


def applied_text(entry: MemberStatus) -> str:
    """The last of its changesets applied here."""
    if entry.applied:
        return formatting.number_text(entry.applied)
    return tr("its snapshot") if entry.started else tr("none yet")


def theirs_text(entry: MemberStatus) -> str:
    """How far it applied this device's changesets ("has applied ours up to N")."""
    if entry.has_applied_ours is None:
        return tr("nothing yet")
    return display.sentence(tr("up to {number}"), number=formatting.number_text(entry.has_applied_ours))


def seen_text(moment: str | None, now: dt.datetime) -> str:
    """When a device last wrote to the team folder: "2 hours ago" within a week, else the date and time."""
    if not moment:
        return tr("never")
    try:
        when = dt.datetime.fromisoformat(moment)
    except ValueError:
        return display.gui_line(moment)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    seconds = int((now - when).total_seconds())
    if seconds < 60:  # a minute
        return tr("just now")
    if seconds < 3600:  # an hour
        return tr("%n minute(s) ago", "", seconds // 60)
    if seconds < 86400:  # a day
        return tr("%n hour(s) ago", "", seconds // 3600)
    if seconds < RELATIVE_DAYS * 86400:
        return tr("%n day(s) ago", "", seconds // 86400)
    return formatting.datetime_text(moment)


def round_text(summary: SyncSummary) -> str:
    """One sync round in a few sentences: what arrived, what was sent, and what needs a look."""
    parts = []
    applied = summary.applied
    if applied:
        parts.append(tr("Applied %n changeset(s) from the other devices.", "", len(applied)))
    if summary.written is not None:
        parts.append(display.sentence(tr("Sent this device's changes as changeset {number}."),
                                      number=summary.written.sequence))
    if summary.snapshots:
        parts.append(tr("Made a snapshot of this vault for %n new member device(s).", "", len(summary.snapshots)))
    conflicts = sum(one.conflicts for one in applied)
    if conflicts:
        parts.append(tr("%n record(s) were edited on both sides: see “Edited on both sides”.", "", conflicts))
    if summary.problems:
        parts.append(tr("%n file(s) were set aside: see the table.", "", len(summary.problems)))
    waiting = sum(1 for device in summary.devices if device.waiting)
    if waiting:
        parts.append(tr("%n device(s) wait for a changeset that is not in the folder yet.", "", waiting))
    if summary.left_out:
        parts.append(tr("%n member device(s) left out: no keys usable.", "", len(summary.left_out)))
    if summary.ignored:
        parts.append(tr("Ignored %n subfolder(s) of devices that are not members.", "", len(summary.ignored)))
    if not parts:
        parts.append(tr("Nothing new: up to date with %n device(s).", "", len(summary.devices)))
    return " ".join(parts)


def folder_line(folder: Path | None, members: int) -> str:
    """The team folder (its last part) and the number of member devices, in one line (Preferences → Team)."""
    if folder is None:
        return tr("No team folder chosen yet; %n member device(s).", "", members)
    return display.sentence(tr("Folder {folder}; %n member device(s).", "", members), folder=folder.name or str(folder))
