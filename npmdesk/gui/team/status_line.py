"""The status bar's permanent team sentence: where this vault stands with the team's other devices.

    Team: up to date with 3 devices
    Team: syncing…
    Team: waiting for changeset 12 from Amina's laptop
    Team: a file from Amina's laptop was set aside (…)
    Team: the team folder is missing (…)
    Team: 1 device can no longer be reached by changesets (keys)
    Team: the last sync failed (…)

One sentence, the most pressing (a failed round, then the folder, a file set aside, a device left
out, a device waited for); the tooltip adds one line per device. It is a flat button: Tab reaches
it, and Space, Enter or a click emits `open_team_requested` (the Team dialog). Hidden while the
vault has no team. Names, paths and reasons come from outside: each is neutralised and
bidi-isolated (display.sentence), and a name's "&" is never taken for an access key.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.inline_error import error_style, error_text, filled
from npmdesk.team.status import DeviceState, MemberStatus, TeamStatus

REASON_CHARS = 90  # a reason is cut there in the line (the tooltip keeps it whole)


class Severity(IntEnum):
    """What the line says first: the highest."""

    UP_TO_DATE = 0
    WAITING = 1
    LEFT_OUT = 2
    SET_ASIDE = 3
    FOLDER_MISSING = 4
    FAILED = 5


@dataclass(frozen=True)
class DeviceLine:
    severity: Severity
    line: str  # the status bar's sentence (without "Team: ")
    detail: str  # the tooltip's line for this device


def _cut(text: str, chars: int = REASON_CHARS) -> str:
    return text if len(text) <= chars else text[: chars - 1].rstrip() + "\u2026"


class TeamStatusLine(QToolButton):
    open_team_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamStatusLine")
        self.setAutoRaise(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clicked.connect(self.open_team_requested)
        self.sentence = ""  # what the line says now, as shown (for tests and the accessible name)
        self.severity = Severity.UP_TO_DATE  # of what it said last (while syncing: before)
        self._details: list[str] = []
        self.clear()

    # ------------------------------------------------------------------------- states

    def show_status(self, status: TeamStatus) -> None:
        """The sentence for `status` (read after a round, or when there was nothing new)."""
        devices = [self._device(entry) for entry in status.members]
        self._details = [device.detail for device in devices]
        if status.folder is not None and not status.folder_present:
            self._say(display.sentence(self.tr("the team folder is missing ({path})"), path=str(status.folder)),
                      Severity.FOLDER_MISSING)
            return
        left_out = sum(1 for device in devices if device.severity == Severity.LEFT_OUT)
        worst = max(devices, key=lambda device: device.severity, default=None)
        if worst is not None and worst.severity == Severity.LEFT_OUT:
            self._say(self.tr("%n device(s) can no longer be reached by changesets (keys)", "", left_out),
                      Severity.LEFT_OUT)
        elif worst is not None and worst.severity != Severity.UP_TO_DATE:
            self._say(worst.line, worst.severity)
        else:
            self._say(self.tr("up to date with %n device(s)", "", len(devices)), Severity.UP_TO_DATE)

    def show_syncing(self) -> None:
        """A round is under way (what the line said before stays in the tooltip)."""
        self._say(self.tr("syncing…"))

    def show_failure(self, error: NpmdeskError) -> None:
        """A background round failed: one sentence, never a box."""
        reason = error_text(error)  # a template's sentence translated, then filled
        self._say(display.sentence(self.tr("the last sync failed ({reason})"), reason=_cut(reason)), Severity.FAILED)

    def _device(self, entry: MemberStatus) -> DeviceLine:
        member = entry.member
        device = member.name or member.fingerprint
        state = entry.state
        if state is DeviceState.LEFT_OUT:
            text = display.sentence(self.tr("{device} is left out: it is no longer a verified own device with keys"),
                                    device=device)
            return DeviceLine(Severity.LEFT_OUT, text, text)
        if state is DeviceState.SET_ASIDE and entry.refused:
            reason = filled(entry.refused)
            line = display.sentence(self.tr("a file from {device} was set aside ({reason})"), device=device,
                                    reason=_cut(display.drop_invisible(reason)))  # never cut inside an isolate
            detail = display.sentence(self.tr("a file from {device} was set aside ({reason})"), device=device,
                                      reason=reason)
            return DeviceLine(Severity.SET_ASIDE, line, detail)
        if state is DeviceState.NOT_STARTED:
            text = display.sentence(self.tr("waiting for the first snapshot from {device}"), device=device)
            return DeviceLine(Severity.WAITING, text, text)
        if state is DeviceState.WAITING:
            text = display.sentence(self.tr("waiting for changeset {number} from {device}"),
                                    number=entry.applied + 1, device=device)
            return DeviceLine(Severity.WAITING, text, text)
        return DeviceLine(Severity.UP_TO_DATE, "", display.sentence(self.tr("{device}: up to date"), device=device))

    # ------------------------------------------------------------------------- showing

    def _say(self, state: str, severity: Severity | None = None) -> None:
        """Say "Team: `state`"; a problem in the error colour (without `severity`: as before)."""
        if severity is not None:
            self.severity = severity
            self.setStyleSheet(error_style() if severity >= Severity.LEFT_OUT else "")
        self.sentence = self.tr("Team: {state}").format(state=state)
        self.setText(self.sentence.replace("&", "&&"))  # a name's "&" is text, not an access key
        self.setAccessibleName(self.sentence)
        lines = [self.sentence, *self._details, self.tr("Click, or press Space, to open the team settings.")]
        self.setToolTip("<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>")
        self.setAccessibleDescription("\n".join(lines[1:]))
        self.show()

    def clear(self) -> None:
        """No team (or the vault locked): hidden, nothing said."""
        self.sentence = ""
        self.severity = Severity.UP_TO_DATE
        self._details = []
        self.setStyleSheet("")
        self.setText("")
        self.setToolTip("")
        self.setAccessibleName(self.tr("Team status"))
        self.setAccessibleDescription("")
        self.hide()
