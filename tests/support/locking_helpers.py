"""Sessions for the locking, clipboard and preferences tests: a vault on disk with a few records,
a clock the test moves by hand, a preferences file of the test's own, and D-Bus connections."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtDBus import QDBusConnection

from npmdesk.gui.locking.system_events import SystemLockListener
from npmdesk.gui.main_window import MainWindow
from npmdesk.gui.session import Session
from npmdesk.gui.settings.preferences import Preferences
from npmdesk.gui.unlock.unlock_dialog import UnlockDialog
from npmdesk.records import Record, RecordStore
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.window_helpers import activate

WAIT_MS = 10_000
MARKERS = {
    "title": "QXLOCKTITLE-Заключённый-7351",
    "body": "QXLOCKBODY-المحتجز-8812 second line",
    "contact": "QXLOCKCONTACT Rapporteur Ortiz",
    "plain_contact": "QXLOCKPLAIN Secretariat desk",
    "age": "age1qxlockrecipient0000000000000000000000000000000000000000000",
}


class ManualClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def preferences_in(folder: Path) -> Preferences:
    return Preferences(QSettings(str(folder / "npmdesk.ini"), QSettings.Format.IniFormat))


def no_bus_listener() -> SystemLockListener:
    """A listener with no bus at all (as on Windows, or a console without D-Bus)."""
    nothing = QDBusConnection("npmdesk-test-no-bus")
    return SystemLockListener(session_bus=nothing, system_bus=nothing)


def make_locked_vault(vault_path: Path, keyring: MemoryKeyring) -> dict[str, str]:
    """A vault on disk, locked, with two contacts (one with an age recipient) and a communication;
    their ids by name."""
    vault, _code = Vault.create(vault_path, Secret.from_passphrase(PASSPHRASE), npm_name="Mecanismo Nacional",
                                user_name="Ana", argon2=TEST_PARAMS, device_keyring=keyring)
    try:
        store = RecordStore(vault, clock=FakeClock())
        contact = store.add(Record(kind="contact", title=MARKERS["contact"], status="active",
                                   fields={"role": "country_rapporteur", "age_recipient": MARKERS["age"]}))
        plain = store.add(Record(kind="contact", title=MARKERS["plain_contact"], status="active",
                                 fields={"role": "secretariat"}))
        record = store.add(Record(kind="communication", title=MARKERS["title"], body=MARKERS["body"],
                                  date="2026-03-02", status="sent", counterpart=contact.id,
                                  fields={"direction": "sent", "channel": "email"}))
        store.add(Record(kind="communication", title="Another letter", date="2026-02-01", status="sent",
                         fields={"direction": "received", "channel": "email"}))
    finally:
        vault.close()
    return {"contact": contact.id, "plain_contact": plain.id, "record": record.id}


def unlock(qtbot, session: Session) -> MainWindow:
    """Type the passphrase in the unlock dialog; the main window, shown and active."""
    qtbot.waitUntil(lambda: isinstance(session.dialog, UnlockDialog) and not session.dialog.busy, timeout=WAIT_MS)
    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=WAIT_MS)
    window = session.main_window
    assert window is not None
    activate(qtbot, window)
    return window


def is_locked(session: Session) -> bool:
    return session.vault is None and session.main_window is None and isinstance(session.dialog, UnlockDialog)


StartSession = Callable[..., Session]


@pytest.fixture(name="start_locking_session")
def start_locking_session_fixture(qtbot, vault_path: Path, keyring_double: MemoryKeyring,
                                  tmp_path: Path) -> Iterator[StartSession]:
    """`start(clock=…, preferences=…, listener=…)`: a started session on a locked vault (see
    make_locked_vault; its ids are in `session.ids`)."""
    ids = make_locked_vault(vault_path, keyring_double)
    sessions: list[Session] = []

    def start(clock: ManualClock | None = None, preferences: Preferences | None = None,
              listener: SystemLockListener | None = None) -> Session:
        session = Session(vault_path, keyring_double, clock=clock or ManualClock(),
                          preferences=preferences or preferences_in(tmp_path),
                          listener=listener or no_bus_listener())
        session.ids = ids  # type: ignore[attr-defined]
        sessions.append(session)
        session.start()
        return session

    yield start
    for session in sessions:
        session.shutdown()
