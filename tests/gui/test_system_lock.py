"""Locking when the desktop session locks or the computer suspends, through real D-Bus signals
on the private session bus the tests run in (scripts/with-keyring starts it)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusObjectPath

from npmdesk.gui.locking.system_events import SCREEN_LOCKED, SESSION_LOCKED, SUSPEND, SystemLockListener
from tests.support.locking_helpers import (  # noqa: F401
    WAIT_MS,
    is_locked,
    no_bus_listener,
    start_locking_session_fixture,
    unlock,
)

SESSION_PATH = "/org/freedesktop/login1/session/_31"


def private_connection(name: str) -> QDBusConnection:
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS"), "run the tests under scripts/with-keyring (a D-Bus session)"
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
    assert bus.isConnected(), bus.lastError().message()
    return bus


@pytest.fixture
def sender() -> Iterator[QDBusConnection]:
    """Another program on the session bus."""
    bus = private_connection("npmdesk-test-sender")
    yield bus
    QDBusConnection.disconnectFromBus("npmdesk-test-sender")


def emit(bus: QDBusConnection, path: str, interface: str, name: str, *args: object) -> None:
    signal = QDBusMessage.createSignal(path, interface, name)
    if args:
        signal.setArguments(list(args))
    assert bus.send(signal)


@ClassInfo({"D-Bus Interface": "org.freedesktop.login1.Manager"})
class FakeLogind(QObject):
    """Stands for systemd-logind: answers GetSession("auto") with one session's path."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(str, result=QDBusObjectPath)
    def GetSession(self, session_id: str) -> QDBusObjectPath:  # the D-Bus method's name
        self.asked.append(session_id)
        return QDBusObjectPath(SESSION_PATH)


@pytest.mark.parametrize("interface", ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"])
def test_the_screen_locking_locks_the_vault(qtbot, start_locking_session, sender, interface) -> None:
    session = start_locking_session(listener=SystemLockListener())  # the real session bus
    assert f"{interface}.ActiveChanged" in session.guard.listener.connected
    window = unlock(qtbot, session)
    requests: list[str] = []
    session.guard.listener.lock_requested.connect(requests.append)

    with qtbot.waitSignal(session.guard.listener.lock_requested, timeout=WAIT_MS):
        emit(sender, "/ScreenSaver", interface, "ActiveChanged", False)  # the screen saver stopping: nothing
        emit(sender, "/org/freedesktop/ScreenSaver", interface, "ActiveChanged", True)
    assert requests == [SCREEN_LOCKED]  # one sender's signals arrive in order: False did nothing
    qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)
    assert window.workspace is None

    # Locked already: another signal changes nothing (no second unlock dialog, no error).
    dialog = session.dialog
    emit(sender, "/ScreenSaver", interface, "ActiveChanged", True)
    qtbot.waitSignal(session.guard.listener.lock_requested, timeout=WAIT_MS).wait()
    assert session.dialog is dialog and is_locked(session)


def test_suspend_and_the_login_session_lock_lock_the_vault(qtbot, start_locking_session, sender) -> None:
    """logind lives on the system bus; here a fake one answers on a bus of the test's own."""
    logind = FakeLogind()
    assert sender.registerService("org.freedesktop.login1")
    assert sender.registerObject("/org/freedesktop/login1", logind,
                                 QDBusConnection.RegisterOption.ExportAllSlots)
    system = private_connection("npmdesk-test-system")
    try:
        listener = SystemLockListener(session_bus=QDBusConnection("npmdesk-test-no-bus"), system_bus=system)
        session = start_locking_session(listener=listener)
        qtbot.waitUntil(lambda: "login1.Session.Lock" in listener.connected, timeout=WAIT_MS)
        assert logind.asked == ["auto"] and listener.login_session_path == SESSION_PATH

        unlock(qtbot, session)
        requests: list[str] = []
        listener.lock_requested.connect(requests.append)
        manager = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
        with qtbot.waitSignal(listener.lock_requested, timeout=WAIT_MS):
            emit(sender, *manager, False)  # waking up: nothing
            emit(sender, *manager, True)
        assert requests == [SUSPEND]
        qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)

        unlock(qtbot, session)
        with qtbot.waitSignal(listener.lock_requested, timeout=WAIT_MS):
            emit(sender, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session", "Lock")  # another
            emit(sender, SESSION_PATH, "org.freedesktop.login1.Session", "Lock")
        assert requests == [SUSPEND, SESSION_LOCKED]
        qtbot.waitUntil(lambda: is_locked(session), timeout=WAIT_MS)
    finally:
        sender.unregisterObject("/org/freedesktop/login1")
        sender.unregisterService("org.freedesktop.login1")
        QDBusConnection.disconnectFromBus("npmdesk-test-system")


def test_without_any_bus_nothing_is_said_and_locking_still_works(qtbot, start_locking_session) -> None:
    listener = no_bus_listener()
    session = start_locking_session(listener=listener)
    assert listener.connected == []
    window = unlock(qtbot, session)
    window.lock_action.trigger()
    assert is_locked(session)


def test_a_bus_without_logind_only_listens_for_the_screen_saver(qtbot, start_locking_session) -> None:
    system = private_connection("npmdesk-test-empty-system")  # a bus where nobody answers GetSession
    try:
        listener = SystemLockListener(system_bus=system)
        start_locking_session(listener=listener)
        qtbot.waitUntil(lambda: listener._watcher is None, timeout=WAIT_MS)
        assert "login1.Session.Lock" not in listener.connected and listener.login_session_path == ""
        assert "org.freedesktop.ScreenSaver.ActiveChanged" in listener.connected
    finally:
        QDBusConnection.disconnectFromBus("npmdesk-test-empty-system")
