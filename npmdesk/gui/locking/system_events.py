"""Lock when the desktop session locks or the computer is about to sleep (Linux, D-Bus).

Listened to, where there is a bus to listen on:
- system bus, `org.freedesktop.login1.Manager.PrepareForSleep(true)`: suspend or hibernate;
- system bus, `org.freedesktop.login1.Session.Lock` on this program's own login session
  (found with `GetSession("auto")`): `loginctl lock-session` and desktops that use logind;
- session bus, `org.freedesktop.ScreenSaver.ActiveChanged(true)` and
  `org.gnome.ScreenSaver.ActiveChanged(true)`: KDE, GNOME and others when the screen locks or
  the screen saver starts.

Decision: a screen-saver signal is taken from any sender on the session bus. Locking is the
safe direction, and every program on that bus runs as the user anyway.

No bus (Windows, macOS, a bare Linux console, the tests' missing system bus) or no such
service: nothing is connected and nothing is said. This module is the only one that talks
D-Bus; without QtDBus it does nothing.
"""

from __future__ import annotations

from PySide6.QtCore import SLOT, QObject, Signal, Slot

try:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
    HAVE_DBUS = True
except ImportError:  # pragma: no cover - Qt built without D-Bus: the names above stay unbound
    HAVE_DBUS = False

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
SCREENSAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver")

SUSPEND, SESSION_LOCKED, SCREEN_LOCKED = "suspend", "session-locked", "screen-locked"


def _bus(kind: str) -> QDBusConnection | None:
    if not HAVE_DBUS:
        return None
    bus = QDBusConnection.sessionBus() if kind == "session" else QDBusConnection.systemBus()
    return bus if bus.isConnected() else None


def _connect(bus: QDBusConnection, service: str, path: str, interface: str, name: str, receiver: QObject,
             slot: str) -> bool:
    """Deliver the D-Bus signal `interface.name` to `receiver`'s slot `slot` (a signature); False if refused."""
    # PySide6's stubs type SLOT() `-> str` but this `slot` parameter as bytes; a str is what works.
    return bool(bus.connect(service, path, interface, name, receiver, SLOT(slot)))  # type: ignore[call-overload]


class SystemLockListener(QObject):
    """Emits `lock_requested(reason)` (SUSPEND, SESSION_LOCKED or SCREEN_LOCKED).

    `session_bus` and `system_bus` default to the real buses; tests pass connections of their own.
    """

    lock_requested = Signal(str)

    def __init__(self, session_bus: QDBusConnection | None = None, system_bus: QDBusConnection | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session_bus = session_bus
        self._system_bus = system_bus
        self._watcher: QObject | None = None
        self.connected: list[str] = []  # what is being listened to (for tests and diagnostics)
        self.login_session_path = ""

    def start(self) -> None:
        """Connect to whatever is there; silently nothing where nothing is."""
        if not HAVE_DBUS or self.connected:
            return
        session = self._session_bus if self._session_bus is not None else _bus("session")
        system = self._system_bus if self._system_bus is not None else _bus("system")
        if session is not None and session.isConnected():
            for interface in SCREENSAVERS:
                if _connect(session, "", "", interface, "ActiveChanged", self, "_screensaver_active(bool)"):
                    self.connected.append(f"{interface}.ActiveChanged")
        if system is not None and system.isConnected():
            if _connect(system, LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", self,
                        "_prepare_for_sleep(bool)"):
                self.connected.append("login1.PrepareForSleep")
            self._find_login_session(system)

    def _find_login_session(self, system: QDBusConnection) -> None:
        call = QDBusMessage.createMethodCall(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "GetSession")
        call.setArguments(["auto"])
        watcher = QDBusPendingCallWatcher(system.asyncCall(call, 5_000), self)
        watcher.finished.connect(lambda done: self._login_session_found(system, done))
        self._watcher = watcher

    def _login_session_found(self, system: QDBusConnection, done: QDBusPendingCallWatcher) -> None:
        reply = done.reply()
        done.deleteLater()
        self._watcher = None
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return  # no logind, or this program is in no login session
        path = reply.arguments()[0]
        path = path.path() if hasattr(path, "path") else str(path)
        if path and _connect(system, LOGIN1, path, LOGIN1_SESSION, "Lock", self, "_session_locked()"):
            self.login_session_path = path
            self.connected.append("login1.Session.Lock")

    @Slot(bool)
    def _screensaver_active(self, active: bool) -> None:
        if active:
            self.lock_requested.emit(SCREEN_LOCKED)

    @Slot(bool)
    def _prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit(SUSPEND)

    @Slot()
    def _session_locked(self) -> None:
        self.lock_requested.emit(SESSION_LOCKED)
