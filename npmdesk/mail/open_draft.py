"""Opening a written mail draft in the system's mail program, as the window does (it asks Qt's
QDesktopServices, which hands the file to the same system openers): `os.startfile` on Windows,
`open` on macOS, `xdg-open` in a desktop session elsewhere. The opener is started and left
running (a mail program may keep it until it quits); npmdesk opens no socket of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from npmdesk.errors import NpmdeskError

Opener = Callable[[Path], None]


class NoDesktop(NpmdeskError):
    message = ("--open needs a desktop session with a mail program, and none was found here: leave out --open "
               "and open the draft in your mail program yourself.")


class OpenFailed(NpmdeskError):
    message = "The system could not open the draft: open it in your mail program yourself."


def desktop_opener() -> Opener:
    """The system's way of opening a file in its program; NoDesktop when there is none (no
    graphical session, or no `xdg-open`). Asked before anything is written."""
    if sys.platform == "win32":
        return _start_file
    command = "/usr/bin/open" if sys.platform == "darwin" else shutil.which("xdg-open")
    if command is None or (sys.platform != "darwin" and not (os.environ.get("DISPLAY")
                                                              or os.environ.get("WAYLAND_DISPLAY"))):
        raise NoDesktop()
    return lambda path: _launch(command, path)


def _start_file(path: Path) -> None:
    try:
        os.startfile(path)  # type: ignore[attr-defined,unused-ignore]  # noqa: S606 - Windows only, the file we wrote
    except OSError:
        raise OpenFailed() from None


def _launch(command: str, path: Path) -> None:
    try:
        subprocess.Popen(  # noqa: S603 - the system's opener, on the draft npmdesk wrote
            [command, str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=True, start_new_session=True)
    except OSError:
        raise OpenFailed() from None
