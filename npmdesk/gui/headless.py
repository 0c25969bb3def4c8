"""Refusing to start the window where it cannot appear, in one sentence, before Qt aborts.

Without a display (over SSH, on a server) Qt's xcb platform plugin aborts the whole process with
a long message about `libxcb-cursor0`. `display_problem()` is asked before the QApplication is
made: on Linux, with no platform forced through QT_QPA_PLATFORM, it returns the error to show
when there is neither an X11 nor a Wayland display, or when Qt's X11 plugin cannot load (a
missing system library). Elsewhere (Windows, macOS) it always returns None.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

from npmdesk.errors import NpmdeskError


class NoDisplay(NpmdeskError):
    message = (
        "There is no screen to show the npmdesk window on (started over SSH or without a desktop); "
        "use the npmdesk command line instead (npmdesk --help)."
    )


class DisplayPluginMissing(NpmdeskError):
    message = (
        "The npmdesk window cannot open because a system library Qt needs is missing "
        "(on Debian or Ubuntu: sudo apt-get install libxcb-cursor0); "
        "the npmdesk command line works meanwhile (npmdesk --help)."
    )


def xcb_plugin() -> Path | None:
    """Qt's X11 platform plugin inside the installed PySide6, or None if it cannot be found."""
    try:
        from PySide6.QtCore import QLibraryInfo
    except ImportError:
        return None
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = folder / "libqxcb.so"
    return plugin if plugin.is_file() else None


def plugin_loads(plugin: Path) -> bool:
    """Whether the dynamic linker can load `plugin` with every library it needs."""
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | getattr(os, "RTLD_LOCAL", 0))
    except OSError:
        return False
    return True


def display_problem(environ: dict[str, str] | None = None, plugin: Path | None = None) -> NpmdeskError | None:
    """The error that stops the window from opening here, or None when it can open.

    `environ` defaults to os.environ; `plugin` to Qt's own X11 plugin (tests pass others).
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return NoDisplay()
    if env.get("WAYLAND_DISPLAY"):
        return None  # Qt chooses its Wayland plugin or falls back to XWayland by itself
    plugin = plugin or xcb_plugin()
    if plugin is not None and not plugin_loads(plugin):
        return DisplayPluginMissing()
    return None
